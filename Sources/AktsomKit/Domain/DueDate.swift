/// A day, a quarter (`2025-Q2`) or a whole year (`2026`), the way action plans write dates: when a
/// measure is due, and when a goal, measure or risk starts and ends. A quarter or a year is due on
/// its last day and starts on its first.
public enum DueDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    case day(Day)
    case quarter(year: Int, quarter: Int)
    case year(Int)

    /// Reads `2025-06-30`, `30.06.2025`, `2025-Q2` (also `2025-q2`, `Q2 2025`), `2025`, and the
    /// quarter as Aktsom shows it, `2. kvartal 2025` (also `2 kvartal 2025`), so that what a page
    /// or a report shows can be typed back.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(parsing: trimmed) {
            self = .day(day)
            return
        }
        let words = trimmed.lowercased().split(separator: " ")
        if words.count == 3, words[1] == "kvartal", let quarter = Int(words[0].hasSuffix(".") ? words[0].dropLast() : words[0]),
           (1...4).contains(quarter), words[2].count == 4, let year = Int(words[2]), (1000...9999).contains(year) {
            self = .quarter(year: year, quarter: quarter)
            return
        }
        let upper = trimmed.uppercased()
        let parts: [Substring]
        if upper.hasPrefix("Q") {
            parts = upper.split(separator: " ").reversed()
        } else {
            parts = upper.split(separator: "-")
        }
        if parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1000...9999).contains(year),
           parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            self = .quarter(year: year, quarter: quarter)
            return
        }
        if trimmed.count == 4, let year = Int(trimmed), (1000...9999).contains(year) {
            self = .year(year)
            return
        }
        return nil
    }

    /// The day by which the measure must be done.
    public var lastDay: Day {
        switch self {
        case .day(let day):
            return day
        case .quarter(let year, let quarter):
            let month = quarter * 3
            return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? Day.latest
        case .year(let year):
            return Day.lastDay(of: year) ?? Day.latest
        }
    }

    /// The first day of the day, quarter or year: when something that starts then is in force.
    public var firstDay: Day {
        switch self {
        case .day(let day):
            return day
        case .quarter(let year, let quarter):
            return Day(year: year, month: quarter * 3 - 2, day: 1) ?? Day.earliest
        case .year(let year):
            return Day(year: year, month: 1, day: 1) ?? Day.earliest
        }
    }

    /// The year the deadline falls in.
    public var year: Int {
        lastDay.year
    }

    /// `2025-06-30`, `2025-Q2` or `2025`: the form in files and on the command line.
    public var description: String {
        switch self {
        case .day(let day): return day.iso
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        case .year(let year): return String(year)
        }
    }

    /// `30.06.2025`, `2. kvartal 2025`, `2025`: the form in reports and on screen.
    public func display(_ language: Language) -> String {
        switch self {
        case .day(let day): return day.norwegian
        case .quarter(let year, let quarter):
            return language == .nb ? "\(quarter). kvartal \(year)" : "Q\(quarter) \(year)"
        case .year(let year): return String(year)
        }
    }

    public static func < (lhs: DueDate, rhs: DueDate) -> Bool {
        lhs.lastDay < rhs.lastDay
    }

    public static var expectedForm: Localized {
        Localized("forventet en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ), et kvartal (ÅÅÅÅ-Qn eller «2. kvartal ÅÅÅÅ») eller et år (ÅÅÅÅ)",
                  en: "expected a date (YYYY-MM-DD or DD.MM.YYYY), a quarter (YYYY-Qn) or a year (YYYY)")
    }
}
