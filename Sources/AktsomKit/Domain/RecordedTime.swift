/// When a status update was written: a UTC time to the second, `2025-03-14T10:22:05Z`.
///
/// A journal holds one per line, so the usual form is kept as a number of seconds rather than
/// as text (a city's journal has hundreds of thousands); any other text a hand put in the file is
/// kept exactly as written. Either way the value reads back as the text it came from.
public struct RecordedTime: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    private enum Storage: Hashable, Sendable {
        /// Seconds since 1970-01-01T00:00:00Z, for text in the canonical form.
        case utc(Int64)
        case text(String)
    }

    private let storage: Storage

    public init(_ text: String) {
        var copy = text
        storage = copy.withUTF8(RecordedTime.seconds(inCanonical:)).map(Storage.utc) ?? .text(text)
    }

    /// A time in the canonical form read straight from UTF-8 bytes; nil for any other text.
    init?(canonicalUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let seconds = RecordedTime.seconds(inCanonical: bytes) else { return nil }
        storage = .utc(seconds)
    }

    /// Seconds since 1970-01-01T00:00:00Z for a time in the canonical form; nil for other text.
    public var secondsSince1970: Int64? {
        if case .utc(let seconds) = storage { return seconds }
        return nil
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The text it was written as.
    public var description: String {
        switch storage {
        case .text(let text): return text
        case .utc(let seconds):
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let rest = seconds - days * 86_400
            let day = Day(ordinal: Int(days))?.iso ?? "0000-00-00"
            return "\(day)T\(RecordedTime.pad(rest / 3600)):\(RecordedTime.pad(rest / 60 % 60)):\(RecordedTime.pad(rest % 60))Z"
        }
    }

    /// Canonical times compare by value, which is the same order as their text; anything else
    /// compares by text.
    public static func < (lhs: RecordedTime, rhs: RecordedTime) -> Bool {
        if case .utc(let left) = lhs.storage, case .utc(let right) = rhs.storage { return left < right }
        return lhs.description < rhs.description
    }

    /// Order with a missing time first, as an update without one was written before Aktsom
    /// recorded times.
    public static func isBefore(_ lhs: RecordedTime?, _ rhs: RecordedTime?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let left?, let right?): return left < right
        }
    }

    /// Seconds for exactly `YYYY-MM-DDTHH:MM:SSZ` with a real day and time, else nil.
    private static func seconds(inCanonical utf8: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard utf8.count == 20, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"), utf8[10] == UInt8(ascii: "T"),
              utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"), utf8[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<start + count {
                let digit = utf8[index]
                guard (48...57).contains(digit) else { return nil }
                value = value * 10 + Int(digit - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let dayOfMonth = number(8, 2),
              let day = Day(year: year, month: month, day: dayOfMonth),
              let hours = number(11, 2), hours < 24, let minutes = number(14, 2), minutes < 60,
              let seconds = number(17, 2), seconds < 60 else { return nil }
        return Int64(day.ordinal) * 86_400 + Int64(hours * 3600 + minutes * 60 + seconds)
    }

    private static func pad(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
