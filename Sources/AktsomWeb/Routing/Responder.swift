/// Anything that answers requests: the router, a middleware chain, a test's stub.
///
/// Threading: the server calls ``respond(to:)`` on the connection's own thread, for many
/// connections at once, so a responder must be `Sendable` and must not keep mutable state
/// without a lock. It is synchronous: a page is computed and returned, nothing to await.
public protocol Responder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse
}

/// A responder made from a closure, for small cases and tests.
public struct ClosureResponder: Responder {
    private let body: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.body = body
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        body(request)
    }
}
