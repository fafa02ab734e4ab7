import Foundation

/// Where "now" comes from. Commands take one instead of asking the system, so tests and the
/// example export can fix the date; the command line makes one from the system clock, or from
/// `AKTSOM_NOW` when a script needs a fixed moment.
public struct WallClock: Sendable {
    /// The moment, as seconds since 1970 in UTC.
    public let now: @Sendable () -> Date
    /// The zone in which "today" is counted; Norwegian municipalities live in Europe/Oslo.
    public let timeZone: TimeZone

    public init(timeZone: TimeZone, now: @escaping @Sendable () -> Date) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The machine's own clock and time zone.
    public static var system: WallClock {
        WallClock(timeZone: TimeZone.current) { Date() }
    }

    /// A clock that always answers the same moment: noon of `day` in UTC unless a time is given.
    public static func fixed(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) -> WallClock {
        WallClock(timeZone: timeZone) { date }
    }

    /// Reads `2025-06-01` or `2025-06-01T09:30:00Z`, the forms `AKTSOM_NOW` takes.
    public static func fixed(parsing text: String) -> WallClock? {
        let utc = TimeZone(identifier: "UTC") ?? .current
        if let day = Day(iso: text) {
            return .fixed(Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + 43_200)), timeZone: utc)
        }
        // The usual form is read directly: Foundation's formatter costs a command more than
        // recording a status update on a small plan does.
        if let seconds = RecordedTime(text).secondsSince1970 {
            return .fixed(Date(timeIntervalSince1970: TimeInterval(seconds)), timeZone: utc)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { return nil }
        return .fixed(date, timeZone: utc)
    }

    /// Today, in the clock's time zone.
    public func today() -> Day {
        let date = now()
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let ordinal = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return Day(ordinal: ordinal) ?? (ordinal < 0 ? Day.earliest : Day.latest)
    }

    /// `2025-03-14T10:22:05Z`: when a status update was recorded, in UTC to the second.
    public func timestamp() -> String {
        let seconds = Int(now().timeIntervalSince1970.rounded(.down))
        let ordinal = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let remainder = seconds - ordinal * 86_400
        let day = Day(ordinal: ordinal)?.iso ?? "2000-01-01"
        let h = remainder / 3600, m = remainder / 60 % 60, s = remainder % 60
        return "\(day)T\(pad(h)):\(pad(m)):\(pad(s))Z"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
