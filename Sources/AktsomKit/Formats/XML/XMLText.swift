/// Text made safe for XML that Word, Excel and LibreOffice open without a repair prompt.
enum XMLText {
    /// Whether XML 1.0 allows the character at all (2.2): tab, line feed, carriage return and
    /// everything from space up, less the surrogates and U+FFFE, U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Text for element content: `&`, `<` and `>` escaped, characters XML cannot hold dropped
    /// (a control character pasted into a note would make the whole file unreadable).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default: if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The same, for an attribute value in double quotes: line ends and tabs kept as references,
    /// since a parser turns them into spaces otherwise.
    static func attribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
