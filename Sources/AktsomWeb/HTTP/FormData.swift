import AktsomKit

/// Name–value pairs from a query string or an `application/x-www-form-urlencoded` body, in the
/// order sent. A name may repeat (`?status=pågår&status=forsinket`, a multi-select), so there is
/// a lookup for the first value and one for all.
public struct FormData: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public private(set) var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// The most fields one form or query may hold; more is refused rather than processed.
    public static let maximumFields = 1_000

    /// Decodes `a=1&b=%C3%A6+ø`: `+` is a space, escapes are strict, text is UTF-8. Empty pieces
    /// (`a=1&&b=2`) are skipped; a piece without `=` is a name with an empty value.
    /// Nil for a malformed escape, bytes that are not UTF-8 or too many fields.
    public init?(urlEncoded bytes: some Collection<UInt8>) {
        var fields: [Field] = []
        for piece in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            guard fields.count < FormData.maximumFields else { return nil }
            let name: String, value: String
            if let equals = piece.firstIndex(of: UInt8(ascii: "=")) {
                guard let decodedName = PercentEncoding.decode(bytes: piece[piece.startIndex..<equals], plusAsSpace: true),
                      let decodedValue = PercentEncoding.decode(bytes: piece[piece.index(after: equals)...], plusAsSpace: true)
                else { return nil }
                name = decodedName
                value = decodedValue
            } else {
                guard let decodedName = PercentEncoding.decode(bytes: piece, plusAsSpace: true) else { return nil }
                name = decodedName
                value = ""
            }
            fields.append(Field(name: name, value: value))
        }
        self.fields = fields
    }

    public init?(urlEncoded text: String) {
        self.init(urlEncoded: Array(text.utf8))
    }

    /// The first value sent under the name, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    public func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    public var isEmpty: Bool { fields.isEmpty }

    public mutating func append(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// The same fields with every value's line breaks as LF: a browser sends a textarea's lines
    /// with CRLF, and text is stored with LF.
    public func normalizingLineEndings() -> FormData {
        FormData(fields.map { Field(name: $0.name, value: LineEndings.normalized($0.value)) })
    }

    /// The pairs encoded as a query string or form body, without a leading `?`.
    public var encoded: String {
        fields.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }.joined(separator: "&")
    }
}
