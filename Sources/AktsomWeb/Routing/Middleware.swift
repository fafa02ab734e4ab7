/// A step in front of the handlers, in the spirit of Hummingbird's and Vapor's middleware: it
/// sees the request first, may answer it itself (a refusal) or change it and pass it on, and sees
/// the response on its way out.
public protocol Middleware: Sendable {
    func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse
}

/// Middleware in front of a responder, the first in the list outermost: it sees the request
/// first and the response last.
public struct MiddlewareChain: Responder {
    private let middleware: [any Middleware]
    private let responder: any Responder

    public init(_ middleware: [any Middleware], responder: any Responder) {
        self.middleware = middleware
        self.responder = responder
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        Link(middleware: middleware[...], responder: responder).respond(to: request)
    }

    /// The rest of the chain from one middleware on, as a responder the middleware can call.
    private struct Link: Responder {
        let middleware: ArraySlice<any Middleware>
        let responder: any Responder

        func respond(to request: HTTPRequest) -> HTTPResponse {
            guard let first = middleware.first else { return responder.respond(to: request) }
            return first.respond(to: request, next: Link(middleware: middleware.dropFirst(), responder: responder))
        }
    }
}
