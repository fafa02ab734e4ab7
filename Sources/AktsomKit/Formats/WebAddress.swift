/// Web addresses in the organisation's own text («Se https://www.fjordvik.kommune.no/innkjop.»):
/// real reports give a link as the status of an activity, so the HTML report and the pages make
/// them links. Only `http://` and `https://` are taken; an address runs to the next space or
/// `<`, `>`, `"`, and punctuation that ends a sentence around it (`.`, `,`, `)`, `»` …) is left
/// outside, as a reader would.
public enum WebAddress {
    /// A piece of text: plain, or an address.
    public enum Segment: Equatable, Sendable {
        case text(Substring)
        case address(Substring)
    }

    /// The text cut into plain pieces and addresses, in order; text without an address is one piece.
    public static func segments(in text: String) -> [Segment] {
        guard mayHoldAddress(text) else { return text.isEmpty ? [] : [.text(text[...])] }
        var segments: [Segment] = []
        var plainStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if let end = addressEnd(in: text, from: index) {
                if plainStart < index { segments.append(.text(text[plainStart..<index])) }
                segments.append(.address(text[index..<end]))
                index = end
                plainStart = end
            } else {
                index = text.index(after: index)
            }
        }
        if plainStart < text.endIndex { segments.append(.text(text[plainStart...])) }
        return segments
    }

    /// A quick look at the bytes for `http` in any case: most text has none, and reports escape a lot of text.
    static func mayHoldAddress(_ text: String) -> Bool {
        let pattern: [UInt8] = Array("http".utf8)
        var matched = 0
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = lower == pattern[0] ? 1 : 0
            }
        }
        return false
    }

    /// Where an address that starts at `start` ends, or nil when none starts there.
    private static func addressEnd(in text: String, from start: String.Index) -> String.Index? {
        // An address starts a word: «xhttps://» is not one.
        if start > text.startIndex {
            let before = text[text.index(before: start)]
            guard !(before.isLetter || before.isNumber || before == "/" || before == "@") else { return nil }
        }
        let rest = text[start...]
        let scheme: Int
        if rest.lowercased().hasPrefix("https://") { scheme = 8 } else if rest.lowercased().hasPrefix("http://") { scheme = 7 } else { return nil }
        var end = text.index(start, offsetBy: scheme)
        let hostStart = end
        while end < text.endIndex, !isOutside(text[end]) { end = text.index(after: end) }
        // Trailing punctuation belongs to the sentence, and a `)` that closes nothing opened inside.
        while end > hostStart {
            let last = text[text.index(before: end)]
            if ".,;:!?»”’'\"".contains(last) {
                end = text.index(before: end)
            } else if last == ")", text[start..<end].filter({ $0 == "(" }).count < text[start..<end].filter({ $0 == ")" }).count {
                end = text.index(before: end)
            } else {
                break
            }
        }
        // Something that could be a host must follow the scheme.
        guard end > hostStart, text[hostStart..<end].first.map({ $0.isLetter || $0.isNumber }) == true else { return nil }
        return end
    }

    private static func isOutside(_ character: Character) -> Bool {
        character.isWhitespace || "<>\"«»{}|\\^`".contains(character) || character.unicodeScalars.contains { $0.value < 0x20 }
    }
}
