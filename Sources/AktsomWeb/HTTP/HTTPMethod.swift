/// A request method, as sent: `GET`, `POST` … Methods are case-sensitive (RFC 9110 §9.1), so
/// `get` is a different, unknown method; any token is kept, and the router answers 405 or 501.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")

    /// Methods that must not change anything (RFC 9110 §9.2.1): they need no CSRF token.
    public var isSafe: Bool {
        self == .get || self == .head || self == .options
    }

    /// The methods this server knows at all; another token gets 501 Not Implemented.
    public var isKnown: Bool {
        [.get, .head, .post, .put, .patch, .delete, .options].contains(self)
    }

    public var description: String { rawValue }
}

/// The protocol version of a request: only HTTP/1.0 and HTTP/1.1 are served.
public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)

    public var description: String { "HTTP/\(major).\(minor)" }
}
