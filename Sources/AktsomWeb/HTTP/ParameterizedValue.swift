/// A header value with parameters: `multipart/form-data; boundary=xyz` or
/// `form-data; name="fil"; filename="rapport æ.csv"` (RFC 9110 §5.6.6).
///
/// The main value and parameter names are lower-cased; parameter values keep their case.
/// A quoted value may hold `;` and spaces. Browsers do not backslash-escape inside the quoted
/// names of multipart parts (they send `"` as `%22`, WHATWG HTML §4.10.21.8), so a part header is
/// read with `backslashEscapes: false` and a `\` in a Windows file name stays a `\`.
public struct ParameterizedValue: Sendable, Equatable {
    public let value: String
    public let parameters: [(name: String, value: String)]

    public static func == (lhs: ParameterizedValue, rhs: ParameterizedValue) -> Bool {
        lhs.value == rhs.value && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }

    /// The first parameter of that name (any case), or nil.
    public subscript(name: String) -> String? {
        parameters.first { $0.name == HTTPSyntax.lowercased(name) }?.value
    }

    /// Nil when the text is malformed: an unterminated quote, a parameter without `=`, a
    /// parameter name that is not a token, or a parameter given twice.
    public init?(_ text: String, backslashEscapes: Bool = true) {
        let bytes = Array(text.utf8)
        var index = 0
        func skipSpaces() {
            while index < bytes.count && HTTPSyntax.isWhitespace(bytes[index]) { index += 1 }
        }
        skipSpaces()
        let valueStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: ";") { index += 1 }
        let main = String(decoding: bytes[valueStart..<index], as: UTF8.self).trimmingSpaces
        guard !main.isEmpty else { return nil }
        var parameters: [(name: String, value: String)] = []
        while index < bytes.count {
            index += 1   // the `;`
            skipSpaces()
            if index == bytes.count { break }   // a trailing `;` is tolerated
            let nameStart = index
            while index < bytes.count && HTTPSyntax.isTokenByte(bytes[index]) { index += 1 }
            let name = HTTPSyntax.lowercased(String(decoding: bytes[nameStart..<index], as: UTF8.self))
            skipSpaces()
            guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            skipSpaces()
            var value: [UInt8] = []
            if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") { closed = true; index += 1; break }
                    if byte == UInt8(ascii: "\\") && backslashEscapes && index + 1 < bytes.count {
                        value.append(bytes[index + 1])
                        index += 2
                        continue
                    }
                    value.append(byte)
                    index += 1
                }
                guard closed else { return nil }
                skipSpaces()
                guard index == bytes.count || bytes[index] == UInt8(ascii: ";") else { return nil }
            } else {
                let start = index
                while index < bytes.count && bytes[index] != UInt8(ascii: ";") { index += 1 }
                value = Array(String(decoding: bytes[start..<index], as: UTF8.self).trimmingSpaces.utf8)
                guard value.allSatisfy(HTTPSyntax.isTokenByte) else { return nil }
            }
            guard !parameters.contains(where: { $0.name == name }) else { return nil }
            parameters.append((name, String(decoding: value, as: UTF8.self)))
        }
        self.value = HTTPSyntax.lowercased(main)
        self.parameters = parameters
    }
}
