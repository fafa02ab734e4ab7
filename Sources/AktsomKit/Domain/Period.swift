/// The years a strategy covers, such as 2025–2028.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public let first: Int
    public let last: Int

    public init?(first: Int, last: Int) {
        guard (1000...9999).contains(first), first <= last, last - first < 30 else { return nil }
        self.first = first
        self.last = last
    }

    /// Reads `2025-2028` (also with an en dash) or a single year `2025`.
    public init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 }),
              let first = Int(parts[0]), let last = Int(parts[parts.count - 1])
        else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ year: Int) -> Bool {
        (first...last).contains(year)
    }

    /// `2025-2028`: the form in files and on the command line.
    public var description: String {
        first == last ? String(first) : "\(first)-\(last)"
    }

    /// `2025–2028`: the form in reports.
    public var display: String {
        first == last ? String(first) : "\(first)–\(last)"
    }

    public static var expectedForm: Localized {
        Localized("forventet en periode som 2025-2028", en: "expected a period such as 2025-2028")
    }
}
