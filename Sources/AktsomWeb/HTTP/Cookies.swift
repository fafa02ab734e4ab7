/// The cookies a browser sent in `Cookie:` (RFC 6265 §5.4): `name=value` pairs separated by `; `.
/// A malformed piece is skipped rather than refusing the request: a browser may hold cookies of
/// other programs on the same host, and those are none of Aktsom's business.
public struct Cookies: Sendable, Equatable {
    public private(set) var pairs: [(name: String, value: String)]

    public static func == (lhs: Cookies, rhs: Cookies) -> Bool {
        lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    public init(headers: HTTPHeaders) {
        var pairs: [(name: String, value: String)] = []
        for header in headers.values("Cookie") {
            for piece in header.split(separator: ";") {
                guard let equals = piece.firstIndex(of: "=") else { continue }
                let name = piece[piece.startIndex..<equals].trimmingSpaces
                var value = piece[piece.index(after: equals)...].trimmingSpaces
                if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                guard HTTPSyntax.isToken(name) else { continue }
                pairs.append((name, value))
            }
        }
        self.pairs = pairs
    }

    /// Every value sent under the name: two cookies of one name may come from different paths.
    public func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    public subscript(name: String) -> String? {
        values(name).first
    }
}

/// A cookie to set with `Set-Cookie` (RFC 6265 §4.1). Its defaults are the safe ones: HttpOnly,
/// SameSite=Strict, Path=/ and no lifetime (gone when the browser closes).
public struct SetCookie: Sendable, Equatable {
    public enum SameSite: String, Sendable {
        case strict = "Strict"
        case lax = "Lax"
    }

    public var name: String
    public var value: String
    public var path = "/"
    public var httpOnly = true
    public var sameSite = SameSite.strict
    /// Seconds; nil for a session cookie, 0 to delete it.
    public var maxAge: Int?
    /// Only over HTTPS; off, as the local server speaks plain HTTP on loopback.
    public var secure = false

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The header value. Characters a cookie value may not hold are left out, so a value can
    /// never add attributes of its own.
    public var headerValue: String {
        let safeValue = String(value.unicodeScalars.filter { scalar in
            scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F && !"\";,\\".unicodeScalars.contains(scalar)
        }.map(Character.init))
        var parts = ["\(name)=\(safeValue)", "Path=\(path)"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if httpOnly { parts.append("HttpOnly") }
        if secure { parts.append("Secure") }
        parts.append("SameSite=\(sameSite.rawValue)")
        return parts.joined(separator: "; ")
    }
}
