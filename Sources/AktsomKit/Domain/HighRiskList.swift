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
    /// `kaffeautomater` (coffee machines) is not food. Words are compared as UTF-8 bytes, since
    /// this runs for every procurement of a register.
    public static func match(_ category: String?) -> Category? {
        guard let category else { return nil }
        let lowered = Array(category.lowercased().utf8)
        var start = 0
        while start < lowered.count {
            var end = start
            while end < lowered.count && isWordByte(lowered[end]) { end += 1 }
            if end > start, let found = matchWord(lowered[start..<end]) { return found }
            start = end + 1
        }
        return nil
    }

    /// Letters, digits, `-`, and every byte of a non-ASCII character (æ, ø, å).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
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
