/// The character classes of HTTP's grammar (RFC 9110 §5.6), on bytes. The parser, the header
/// writer and the cookie and form decoders all ask here, so "what is a token" is decided once.
enum HTTPSyntax {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")

    /// `tchar`: the characters of a method, a header name or a parameter name.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    static func isToken(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isTokenByte)
    }

    /// A byte allowed inside a field value: visible ASCII, space, tab and obs-text (0x80–0xFF).
    /// Everything else (NUL, CR, LF, other controls, DEL) is refused.
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// Visible ASCII, the only bytes a request target may hold (RFC 3986 after encoding).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// ASCII lower case, for comparing header names and tokens without regard to case.
    static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Whether two names are equal ignoring ASCII case, without building new strings.
    static func equalsIgnoringCase(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Bool {
        var left = lhs.utf8.makeIterator(), right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case let (a?, b?):
                let la = a >= 65 && a <= 90 ? a + 32 : a, lb = b >= 65 && b <= 90 ? b + 32 : b
                if la != lb { return false }
            default: return false
            }
        }
    }

    /// The comma-separated tokens of a list header (`Connection: keep-alive, Upgrade`), lower case.
    static func listTokens(_ value: String) -> [String] {
        value.split(separator: ",").map { lowercased($0.trimmingSpaces) }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (HTTP's OWS), and nothing else.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end && HTTPSyntax.isWhitespace(bytes[start]) { start += 1 }
        while end > start && HTTPSyntax.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
