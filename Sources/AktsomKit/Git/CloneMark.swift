/// A short code that each git clone of a plan keeps in its own `.git/config` (`aktsom.clone`,
/// never committed) and puts on every id Aktsom makes there: `klima-1.5-k7qm`. Two clones that
/// each add a measure under `klima-1` then make `klima-1.5-k7qm` and `klima-1.5-t3xa`, which
/// merge as two records, and their journal lines can never be joined to the other's measure.
public enum CloneMark {
    public static let configKey = "aktsom.clone"

    /// Letters and digits that cannot be mistaken for each other (no l, o, 0, 1).
    static let letters = Array("abcdefghijkmnpqrstuvwxyz")
    static let characters = Array("abcdefghijkmnpqrstuvwxyz23456789")

    /// A new mark: a letter and three letters or digits, about a million in all, and never one
    /// the plan's ids already carry (so never a clone whose records are already merged).
    public static func make(avoiding ids: [String], using random: inout some RandomNumberGenerator) -> String {
        while true {
            var mark = String(letters.randomElement(using: &random) ?? "k")
            for _ in 0..<3 { mark.append(characters.randomElement(using: &random) ?? "7") }
            if !ids.contains(where: { $0.hasSuffix("-" + mark) }) { return mark }
        }
    }

    /// Whether text read from git config can be a mark: 2 to 8 lowercase letters and digits,
    /// starting with a letter, so every id made with it is still a valid id.
    public static func isValid(_ mark: String) -> Bool {
        guard let first = mark.first, first.isASCII, first.isLowercase, (2...8).contains(mark.count) else { return false }
        return mark.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
}
