/// Escaping for Markdown (CommonMark and GitHub's tables). Every piece of user text that goes into
/// the Markdown report passes through here, so a note that begins with `#` stays a sentence and not
/// a heading, and `<script>` shows as written instead of passing through as markup.
///
/// Only what would change the meaning is escaped, with a backslash, so the text still reads as
/// written: inline markup characters anywhere, block markers at the start of a line.
public enum Markdown {
    /// Escapes inline markup everywhere and block markers at the start of each line. Leading
    /// spaces are dropped, since four of them would turn the line into code.
    public static func escape(_ text: String) -> String {
        keepingAddresses(text, escapeText)
    }

    /// Text for a table cell: one line, with `|` escaped too.
    public static func cell(_ text: String) -> String {
        keepingAddresses(text, escapeCellText)
    }

    /// Escapes the text but keeps its web addresses as written (``WebAddress``): a link copied
    /// from the Markdown works, and a viewer that links addresses links it. Each address stands
    /// in for a private-use character while the rest is escaped, then is put back.
    static func keepingAddresses(_ text: String, _ escape: (String) -> String) -> String {
        let segments = WebAddress.segments(in: text)
        var addresses: [Substring] = []
        var masked = ""
        for segment in segments {
            switch segment {
            case .text(let plain): masked += plain
            case .address(let address):
                addresses.append(address)
                masked += "\u{E000}"
            }
        }
        guard !addresses.isEmpty else { return escape(text) }
        var out = ""
        var next = addresses.makeIterator()
        for character in escape(masked) {
            if character == "\u{E000}", let address = next.next() { out += address } else { out.append(character) }
        }
        return out
    }

    private static func escapeText(_ text: String) -> String {
        // Most text has nothing to escape: one line, no markup character, an ordinary first letter.
        if let first = text.utf8.first, !mayStartBlock(first), !text.utf8.contains(where: { isInline($0) || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return text
        }
        return escapeEveryLine(text)
    }

    /// The escaping itself, line by line; ``escape(_:)`` skips it for text that has nothing to escape.
    static func escapeEveryLine(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in escapeLine(line.drop(while: { $0 == " " || $0 == "\t" })) }.joined(separator: "\n")
    }

    private static func escapeCellText(_ text: String) -> String {
        let line = TextTable.singleLine(text)
        if !line.utf8.contains(where: { isInline($0) || $0 == UInt8(ascii: "|") }) { return line }
        return escapeCell(line)
    }

    /// A cell's escaping itself; ``cell(_:)`` skips it for a line that has nothing to escape.
    static func escapeCell(_ line: String) -> String {
        escapeInline(Substring(line), atLineStart: false).replacingOccurrences(of: "|", with: "\\|")
    }

    /// The characters escaped wherever they stand (`&` only before an entity name, `_` only
    /// outside a word): text without any of them comes out as it went in.
    private static func isInline(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "&"): return true
        default: return false
        }
    }

    /// What may begin a block at the start of a line, or be dropped there: `#`, `>`, `-`, `+`,
    /// `=`, a digit (a numbered list), a space or a tab.
    private static func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\t"),
             UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }

    private static func escapeLine(_ line: Substring) -> String {
        var prefix = ""
        var rest = line
        if let first = rest.first {
            if "#>".contains(first) {
                prefix = "\\" + String(first)
                rest = rest.dropFirst()
            } else if "-+=".contains(first), rest.dropFirst().first.map({ $0 == " " || $0 == first }) ?? true {
                // A list item (`- `, `+ `) or a line of `-` or `=` that would underline the one above.
                prefix = "\\" + String(first)
                rest = rest.dropFirst()
            } else if first.isASCII, first.isNumber {
                // `1. januar` or `2) …` at the start of a line would begin a numbered list.
                let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
                let after = rest.dropFirst(digits.count)
                if digits.count <= 9, let marker = after.first, ".)".contains(marker), after.dropFirst().first.map({ $0 == " " }) ?? true {
                    prefix = String(digits) + "\\" + String(marker)
                    rest = after.dropFirst()
                }
            }
        }
        return prefix + escapeInline(rest, atLineStart: prefix.isEmpty)
    }

    private static func escapeInline(_ text: Substring, atLineStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previous: Character? = atLineStart ? nil : " "
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index) < text.endIndex ? text[text.index(after: index)] : nil
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "~":
                out += "\\" + String(character)
            case "_":
                // Inside a word (`ingrid_aasen`) an underscore cannot start emphasis.
                let inWord = (previous.map(isWordCharacter) ?? false) && (next.map(isWordCharacter) ?? false)
                out += inWord ? "_" : "\\_"
            case "&":
                // Only `&amp;`, `&#123;` and the like would be read as an entity.
                let rest = text[text.index(after: index)...]
                let name = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") })
                out += !name.isEmpty && rest.dropFirst(name.count).first == ";" ? "\\&" : "&"
            default:
                out.append(character)
            }
            previous = character
            index = text.index(after: index)
        }
        return out
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
