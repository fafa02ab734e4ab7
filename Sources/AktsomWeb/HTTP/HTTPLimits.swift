/// How much of a request the parser accepts before refusing it. Each limit has its own answer:
/// a request line over ``requestLineBytes`` gets 414, headers over ``headerBytes`` or
/// ``headerFields`` get 431, a body over its limit gets 413, all before the excess is read.
public struct HTTPLimits: Sendable, Equatable {
    /// The request line: method, target and version (a long query string counts here).
    public var requestLineBytes = 8 * 1024
    /// All header lines together, after the request line.
    public var headerBytes = 32 * 1024
    public var headerFields = 100
    /// A body that is not an upload: forms, JSON to the API.
    public var bodyBytes = 1024 * 1024
    /// A `multipart/form-data` body, the form with a file (an import's spreadsheet).
    public var uploadBodyBytes = 10 * 1024 * 1024
    /// Empty lines tolerated before a request line (RFC 9112 §2.2 asks to ignore at least one).
    public var leadingEmptyLines = 8

    public init() {}
}
