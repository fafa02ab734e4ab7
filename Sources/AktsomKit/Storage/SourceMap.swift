/// Where each record and field of a decoded file stood, so that a problem found later (a link
/// to a goal that does not exist) can still be shown at its line and column.
public struct SourceMap: Sendable {
    /// The file as the user would type its path.
    public let file: String
    private let bytes: [UInt8]
    private var offsets: [String: Int] = [:]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// Remembers where `key` (such as `measure klima-1.1 goal`) stood.
    public mutating func record(_ key: String, at offset: Int) {
        offsets[key] = offset
    }

    public func location(of key: String) -> SourceLocation? {
        offsets[key].map { location(at: $0) }
    }

    public func location(at offset: Int) -> SourceLocation {
        SourceLocation(file: file, bytes: bytes, offset: offset)
    }

    /// A JSON problem in this file, placed at its line and column.
    public func diagnostic(for error: JSONError) -> Diagnostic {
        Diagnostic(.data, location: location(at: error.offset), message: error.message, notes: error.notes)
    }

    /// Keys for the source map, kept in one place so writer and reader agree.
    public static func key(_ kind: RecordKind, _ id: String, _ field: String? = nil) -> String {
        field.map { "\(kind.rawValue) \(id) \($0)" } ?? "\(kind.rawValue) \(id)"
    }
}
