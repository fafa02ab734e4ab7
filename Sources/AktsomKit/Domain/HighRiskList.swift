import Foundation

/// A list of product categories with a high risk of human-rights breaches in the supply chain:
/// DFØ's high-risk list (høyrisikolisten), or the organisation's own categories from its risk
/// assessment. Each category has the source's name and product examples, and the words Aktsom
/// matches a register's category by; the words are Aktsom's, not the source's.
public struct HighRiskList: Sendable {
    public struct Category: Sendable, Equatable {
        /// The source's name for it: `Arbeidstøy, fottøy og tekstil`.
        public let name: String
        /// The source's own page for the category, when it has one.
        public let page: String?
        /// The products the source names under it, in its words.
        public let examples: [String]
        /// Words that mark a register's category as belonging here, in lower case, matched as a
        /// word or the end of a compound word (see ``HighRiskList/match(_:)``).
        public let words: [String]
        /// Words matched only whole: `skap` is a cupboard, `kjøleskap` is not furniture.
        public let wholeWords: [String]

        public init(name: String, page: String? = nil, examples: [String] = [], words: [String], wholeWords: [String] = []) {
            self.name = name
            self.page = page
            self.examples = examples
            self.words = words
            self.wholeWords = wholeWords
        }
    }

    public let categories: [Category]
    /// The listed words by their bytes, each with its place in the list (categories in order,
    /// then their words, then their whole words) and its category: the first listed word that
    /// matches wins, as if the list were read from the top.
    private let listed: [[UInt8]: [(position: Int, category: Int, whole: Bool)]]
    /// The lengths, in bytes, the listed words come in: a word is looked up by its endings of
    /// these lengths, not compared with every listed word.
    private let lengths: [Int]

    public init(categories: [Category]) {
        self.categories = categories
        var listed: [[UInt8]: [(position: Int, category: Int, whole: Bool)]] = [:]
        var position = 0
        for (index, category) in categories.enumerated() {
            for (word, whole) in category.words.map({ ($0, false) }) + category.wholeWords.map({ ($0, true) }) {
                listed[Array(word.utf8), default: []].append((position, index, whole))
                position += 1
            }
        }
        self.listed = listed
        lengths = Set(listed.keys.map(\.count)).sorted()
    }

    /// An organisation's own categories, by name: each matched by the words of its name, less
    /// the small words that join them (`Kjøretøy og maskiner` by `kjøretøy` and `maskiner`).
    public init(ownCategories names: [String]) {
        guard !names.isEmpty else {
            self.init(categories: [])
            return
        }
        let joining: Set<String> = ["og", "i", "for", "av", "til", "med", "eller", "samt", "and", "or", "of"]
        self.init(categories: names.map { name in
            let words = name.precomposedStringWithCanonicalMapping.lowercased()
                .split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init).filter { !joining.contains($0) }
            return Category(name: name, words: words)
        })
    }

    /// The category a register's category belongs to, or nil.
    ///
    /// A category matches when one of its words ends with a listed word, because Norwegian puts
    /// the main noun last in compounds: `kontormøbler` is furniture and `vernesko` is footwear, but
    /// `kaffeautomater` (coffee machines) is not food. A listed word shorter than four letters,
    /// or listed as whole, matches only a whole word, so `te` (tea) does not match every word
    /// ending in -te. A word is a run of letters, digits and hyphens. Words are compared as UTF-8
    /// bytes, since this runs for every procurement of a register; the tests hold it to the same
    /// rule read character by character.
    public func match(_ category: String?) -> Category? {
        guard let category else { return nil }
        // Composed form, so `å` typed as `a` and a ring compares equal to the listed `å`.
        let text = category.utf8.contains(where: { $0 >= 0x80 }) ? category.precomposedStringWithCanonicalMapping : category
        let lowered = text.lowercased()
        let bytes = Array(lowered.utf8)
        var wordStart = 0, offset = 0
        for scalar in lowered.unicodeScalars {
            let width = UTF8.width(scalar)
            if !HighRiskList.isWordScalar(scalar) {
                if offset > wordStart, let found = matchWord(bytes[wordStart..<offset]) { return found }
                wordStart = offset + width
            }
            offset += width
        }
        return offset > wordStart ? matchWord(bytes[wordStart..<offset]) : nil
    }

    /// Letters (with their accents), digits and `-`.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(truncatingIfNeeded: scalar.value)
            return byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    private func matchWord(_ word: ArraySlice<UInt8>) -> Category? {
        var best: (position: Int, category: Int)?
        for length in lengths {
            guard length <= word.count else { break }
            guard let entries = listed[Array(word.suffix(length))] else { continue }
            for entry in entries where best.map({ entry.position < $0.position }) ?? true {
                // The whole word, or its end: four letters at least, so `te` (tea) does not
                // match every word ending in -te, and never a word listed as whole.
                if length == word.count || (!entry.whole && length >= 4) { best = (entry.position, entry.category) }
            }
        }
        return best.map { categories[$0.category] }
    }
}
