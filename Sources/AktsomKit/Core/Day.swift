/// A calendar day, with no time and no time zone: a due date, the date of a status update,
/// the last day of a reporting year. Kept apart from Foundation's `Date` so that "the 31st of
/// December" never shifts with the machine's time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month and day in one number (`year << 9 | month << 5 | day`): four bytes, ordered as
    /// days are, since a journal holds one per line.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// A valid day, or nil for an impossible one such as 2025-02-30 or 2025-13-45.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// For days known to be valid; never for input.
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// The first and last days Aktsom can represent; a clock outside them is clamped.
    public static let earliest = Day(unchecked: 1000, 1, 1)
    public static let latest = Day(unchecked: 9999, 12, 31)

    /// Reads `YYYY-MM-DD`. Anything else, including a day that does not exist, is nil.
    public init?(iso text: some StringProtocol) {
        // Read in place when the text is contiguous, as it nearly always is: every date in a
        // plan and its index passes through here.
        guard let day = text.utf8.withContiguousStorageIfAvailable(Day.init(isoUTF8:))
            ?? Array(text.utf8).withUnsafeBufferPointer(Day.init(isoUTF8:)) else { return nil }
        self = day
    }

    /// Reads `YYYY-MM-DD` from UTF-8 bytes.
    init?(isoUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              let year = Day.number(utf8[0..<4]), let month = Day.number(utf8[5..<7]),
              let day = Day.number(utf8[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Reads `dd.mm.yyyy` (also `d.m.yyyy`), the form Norwegian spreadsheets use.
    public init?(norwegian text: some StringProtocol) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4,
              let day = Day.number(Array(parts[0].utf8)[...]),
              let month = Day.number(Array(parts[1].utf8)[...]),
              let year = Day.number(Array(parts[2].utf8)[...])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Reads either `YYYY-MM-DD` or `dd.mm.yyyy`.
    public init?(parsing text: some StringProtocol) {
        if let day = Day(iso: text) { self = day } else if let day = Day(norwegian: text) { self = day } else { return nil }
    }

    /// `2025-03-14`: the form in files and on the command line.
    public var iso: String {
        "\(year)-\(Day.pad(month))-\(Day.pad(day))"
    }

    /// `14.03.2025`: the form in reports and terminal output.
    public var norwegian: String {
        "\(Day.pad(day)).\(Day.pad(month)).\(year)"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.packed < rhs.packed
    }

    /// Days since 1970-01-01 (negative before), for counting and adding days without a calendar.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The day with the given ordinal, or nil outside years 1000–9999.
    public init?(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The day `count` days later (earlier when negative); stays put at the ends of the range.
    public func adding(days count: Int) -> Day {
        Day(ordinal: ordinal + count) ?? self
    }

    /// The same day `count` months later, or the month's last day when it is shorter: six months
    /// after 31 August is 28 (or 29) February.
    public func adding(months count: Int) -> Day {
        let months = year * 12 + (month - 1) + count
        let (newYear, newMonth) = (months / 12, months % 12 + 1)
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear))) ?? self
    }

    /// Whole days from this day to `other`: positive when `other` is later.
    public func days(until other: Day) -> Int {
        other.ordinal - ordinal
    }

    /// 1 for Monday … 7 for Sunday (ISO 8601).
    public var weekday: Int {
        let shifted = (ordinal + 3) % 7   // 1970-01-01 was a Thursday.
        return (shifted < 0 ? shifted + 7 : shifted) + 1
    }

    public static func lastDay(of year: Int) -> Day? { Day(year: year, month: 12, day: 31) }

    public static func firstDay(of year: Int) -> Day? { Day(year: year, month: 1, day: 1) }

    /// The day a report or a check on `year` made on `today` is for: 31 December, or today while
    /// the year is not over, so nothing is called overdue before its deadline.
    public static func yearEnd(_ year: Int, notAfter today: Day) -> Day { min(today, lastDay(of: year) ?? today) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
