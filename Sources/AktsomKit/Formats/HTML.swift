/// Escaping for HTML and SVG (XML) text. Every piece of user text that goes into the HTML
/// report passes through here, so a title like `<script>` or `"A & B"` shows as written and can
/// never become markup.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and line breaks are not allowed in HTML.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Escaped text with line breaks kept as `<br>`.
    public static func escapeKeepingLines(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "<br>\n")
    }

    /// A value safe as an `id` attribute and URL fragment: `2.A.2` stays, anything odd becomes `-`.
    public static func anchor(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}
