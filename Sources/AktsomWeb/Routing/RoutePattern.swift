import AktsomKit
/// A route's path: literal segments and named ones, `/tiltak/:id/oppdateringer`.
///
/// A request path is split on `/` while still percent-encoded and only then is each segment
/// decoded, so `%2F` inside an id never splits it. Literal segments are compared with the decoded
/// segment, so `/område/klima` matches `/omr%C3%A5de/klima`. Nothing is normalised: `//`, a
/// trailing `/`, `.` and `..` are segments like any other and match no route that lacks them.
public struct RoutePattern: Sendable, Equatable, CustomStringConvertible {
    public enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    public let segments: [Segment]
    public let description: String

    /// Reads `/a/:name/b`; a segment `:name` is a parameter, any other is literal text.
    public init(_ pattern: String) {
        description = pattern
        segments = RoutePattern.split(pattern).map { segment in
            segment.count > 1 && segment.hasPrefix(":") ? .parameter(String(segment.dropFirst())) : .literal(segment)
        }
    }

    /// How specific the pattern is, to choose between two that match: literal segments earlier
    /// win, so `/tiltak/ny` is chosen over `/tiltak/:id` for `/tiltak/ny`.
    var specificity: [Bool] {
        segments.map { if case .literal = $0 { return true } else { return false } }
    }

    /// The parameters when the decoded segments match, else nil. A parameter never matches an
    /// empty segment.
    func match(_ decoded: [String]) -> PathParameters? {
        guard decoded.count == segments.count else { return nil }
        var parameters = PathParameters()
        for (segment, value) in zip(segments, decoded) {
            switch segment {
            case .literal(let text): if text != value { return nil }
            case .parameter(let name):
                guard !value.isEmpty else { return nil }   // `/tiltak/` names no measure
                parameters.set(name, value)
            }
        }
        return parameters
    }

    /// `/` → `[]`; `/a/b` → `["a", "b"]`; `/a/` → `["a", ""]`.
    static func split(_ path: String) -> [String] {
        guard path != "/" else { return [] }
        var pieces = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if pieces.first == "" { pieces.removeFirst() }
        return pieces
    }

    /// The request path's segments, each decoded on its own; nil when one is not valid %-encoding.
    static func decodedSegments(of path: String) -> [String]? {
        var decoded: [String] = []
        for piece in split(path) {
            guard let text = PercentEncoding.decode(piece) else { return nil }
            decoded.append(text)
        }
        return decoded
    }
}
