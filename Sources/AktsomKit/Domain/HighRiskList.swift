import Foundation

/// DFØ's high-risk list (høyrisikolisten): product categories with a high risk of human-rights
/// breaches in the supply chain, the usual starting point for a risk assessment.
public enum HighRiskList {
    public struct Category: Sendable, Equatable {
        public let name: String
        /// Words that mark a procurement category as belonging here, in lower case.
        public let words: [String]
    }

    public static let categories: [Category] = [
        Category(name: "Arbeidsklær, sko og verneutstyr",
                 words: ["arbeidsklær", "arbeidstøy", "arbeidsantrekk", "uniform", "uniformer", "vernesko", "sko", "fottøy",
                         "verneutstyr", "vernebekledning", "verneklær", "workwear", "ppe", "yrkesklær", "tjenesteklær"]),
        Category(name: "Tekstiler",
                 words: ["tekstil", "tekstiler", "sengetøy", "håndklær", "gardiner", "linnedtøy", "klær", "textiles"]),
        Category(name: "IKT-utstyr (PC, AV, mobil)",
                 words: ["ikt", "ikt-utstyr", "pc", "pc-er", "datamaskiner", "bærbare", "nettbrett", "mobil", "mobiltelefoner",
                         "telefoner", "skjermer", "servere", "av-utstyr", "elektronikk", "datautstyr", "it-utstyr", "ict", "computers"]),
        Category(name: "Medisinsk forbruksmateriell",
                 words: ["medisinsk", "forbruksmateriell", "engangshansker", "hansker", "sprøyter", "bandasjer",
                         "sykepleieartikler", "medical"]),
        Category(name: "Mat og drikke",
                 words: ["mat", "matvarer", "drikke", "kaffe", "te", "kakao", "sjokolade", "frukt", "grønt", "grønnsaker",
                         "kjøtt", "sjømat", "fisk", "næringsmidler", "kantine", "food"]),
        Category(name: "Solcellepaneler",
                 words: ["solcellepaneler", "solceller", "solcelleanlegg", "solpaneler", "solar"]),
        Category(name: "Naturstein",
                 words: ["naturstein", "stein", "granitt", "brostein", "skifer", "gatestein", "kantstein"]),
        Category(name: "Stål",
                 words: ["stål", "armering", "armeringsstål", "steel"]),
        Category(name: "Møbler",
                 words: ["møbler", "inventar", "furniture"]),
        Category(name: "Kjøretøy og batterier",
                 words: ["kjøretøy", "biler", "elbiler", "busser", "batterier", "batteri", "vehicles"]),
    ]

    /// The high-risk category a procurement category belongs to, or nil.
    ///
    /// A category matches when one of its words ends with a listed word, because Norwegian puts
    /// the main noun last in compounds: `kontormøbler` is furniture and `vernesko` is footwear, but
    /// `kaffeautomater` (coffee machines) is not food. A word is a run of letters, digits and
    /// hyphens. Words are compared as UTF-8 bytes, since this runs for every procurement of a
    /// register; the tests hold it to the same rule read character by character.
    public static func match(_ category: String?) -> Category? {
        guard let category else { return nil }
        // Composed form, so `å` typed as `a` and a ring compares equal to the listed `å`.
        let text = category.utf8.contains(where: { $0 >= 0x80 }) ? category.precomposedStringWithCanonicalMapping : category
        let lowered = text.lowercased()
        let bytes = Array(lowered.utf8)
        var wordStart = 0, offset = 0
        for scalar in lowered.unicodeScalars {
            let width = UTF8.width(scalar)
            if !isWordScalar(scalar) {
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

    private static let listedWords: [(category: Category, word: [UInt8])] = categories.flatMap { category in
        category.words.map { (category, Array($0.utf8)) }
    }

    private static func matchWord(_ word: ArraySlice<UInt8>) -> Category? {
        for (category, listed) in listedWords {
            if word.elementsEqual(listed) { return category }
            // Four letters at least, so `te` (tea) does not match every word ending in -te.
            if listed.count >= 4, word.count > listed.count, word.suffix(listed.count).elementsEqual(listed) { return category }
        }
        return nil
    }
}
