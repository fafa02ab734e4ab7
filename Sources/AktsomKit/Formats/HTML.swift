/// Escaping for HTML and SVG (XML) text. Every piece of user text that goes into the HTML
/// report passes through here, so a title like `<script>` or `"A & B"` shows as written and can
/// never become markup.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in text and in quoted attribute values. Other
    /// control characters than tab and line breaks are not allowed in HTML and become U+FFFD.
    public static func escape(_ text: String) -> String {
        escaped(text, keepingLines: false)
    }

    /// Escaped text with line breaks kept as `<br>`.
    public static func escapeKeepingLines(_ text: String) -> String {
        escaped(text, keepingLines: true)
    }

    /// One pass over the UTF-8 bytes, copying runs that need nothing: reports escape a lot of
    /// text, and every character that needs escaping is ASCII.
    private static func escaped(_ text: String, keepingLines: Bool) -> String {
        var text = text
        return text.withUTF8 { utf8 -> String in
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count + 16)
            var runStart = 0
            for (index, byte) in utf8.enumerated() {
                let replacement: StaticString?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x0A: replacement = keepingLines ? "<br>\n" : nil
                case 0x0D where keepingLines && index + 1 < utf8.count && utf8[index + 1] == 0x0A: replacement = ""
                case 0x09, 0x0D: replacement = nil
                case 0..<0x20: replacement = "\u{FFFD}"
                default: replacement = nil
                }
                guard let replacement else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Escaped text in which every web address is a link to itself (``WebAddress``): the address
    /// is the link's text, so it shows in full on paper too. Line breaks are kept as `<br>` when asked.
    public static func linking(_ text: String, keepingLines: Bool) -> String {
        let segments = WebAddress.segments(in: text)
        guard segments.contains(where: { if case .address = $0 { return true } else { return false } }) else {
            return escaped(text, keepingLines: keepingLines)
        }
        return segments.map { segment in
            switch segment {
            case .text(let plain): return escaped(String(plain), keepingLines: keepingLines)
            case .address(let address):
                let escapedAddress = escaped(String(address), keepingLines: false)
                return "<a href=\"\(escapedAddress)\">\(escapedAddress)</a>"
            }
        }.joined()
    }

    /// A value safe as an `id` attribute and URL fragment: `2.A.2` stays, anything odd becomes `-`.
    public static func anchor(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}
