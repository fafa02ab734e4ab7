import AktsomKit

/// Chooses the handler for a request by method and path, and turns what the handler throws into
/// an answer.
///
///     var router = Router()
///     router.get("/tiltak/:id") { request in
///         let id = try request.parameters.require("id")
///         …
///     }
///
/// - A path no route matches gets 404; a path some route matches, but not with this method,
///   gets 405 with `Allow`; a method the server does not know at all gets 501.
/// - `HEAD` is answered by the `GET` handler; the writer leaves the body out.
/// - Of two routes that match, the one with literal segments earlier wins (`/tiltak/ny` over
///   `/tiltak/:id`), then the one registered first.
/// - A handler throws ``HTTPError`` for an answer such as 400 or 404 with a message; anything
///   else it throws is a 500, logged, and the person sees a short page without the details.
public struct Router: Responder {
    public typealias Handler = @Sendable (HTTPRequest) throws -> HTTPResponse

    private struct Route: Sendable {
        let method: HTTPMethod
        let pattern: RoutePattern
        let handler: Handler
    }

    private var routes: [Route] = []
    /// Where unexpected errors are reported (the server's log); ignored by default.
    public var log: @Sendable (String) -> Void

    public init(log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.log = log
    }

    public mutating func get(_ pattern: String, _ handler: @escaping Handler) {
        add(.get, pattern, handler)
    }

    public mutating func post(_ pattern: String, _ handler: @escaping Handler) {
        add(.post, pattern, handler)
    }

    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {
        routes.append(Route(method: method, pattern: RoutePattern(pattern), handler: handler))
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let segments = RoutePattern.decodedSegments(of: request.path) else {
            return ErrorPage.response(for: .badRequest(Localized("Adressen har ugyldig %-koding.", en: "The address has invalid %-encoding.")), to: request)
        }
        guard request.method.isKnown else {
            return ErrorPage.response(for: HTTPError(.notImplemented, Localized("Metoden \(request.method) støttes ikke.",
                                                                                en: "The method \(request.method) is not supported.")), to: request)
        }
        let matching = routes.compactMap { route in route.pattern.match(segments).map { (route, $0) } }
        guard !matching.isEmpty else { return ErrorPage.response(for: .notFound, to: request) }

        let wanted = request.method == .head && !matching.contains { $0.0.method == .head } ? HTTPMethod.get : request.method
        let candidates = matching.filter { $0.0.method == wanted }
        guard let (route, parameters) = candidates.max(by: { Router.lessSpecific($0.0.pattern, than: $1.0.pattern) }) else {
            var headers = HTTPHeaders()
            headers.set("Allow", Router.allow(matching.map(\.0.method)))
            return ErrorPage.response(for: HTTPError(.methodNotAllowed, Localized("Siden tar ikke imot \(request.method).",
                                                                                  en: "The page does not accept \(request.method)."), headers: headers), to: request)
        }
        var routed = request
        routed.parameters = parameters
        do {
            return try route.handler(routed)
        } catch let error as HTTPError {
            if error.status.code >= 500 { log("\(request.method) \(request.path): \(error.message.en)") }
            return ErrorPage.response(for: error, to: routed)
        } catch {
            log("\(request.method) \(request.path): \(error)")
            return ErrorPage.response(for: HTTPError(.internalServerError, ErrorPage.unexpected), to: routed)
        }
    }

    /// Orders patterns by specificity. `max(by:)` keeps the first of equal maxima, so among equally
    /// specific routes the one registered first wins.
    private static func lessSpecific(_ lhs: RoutePattern, than rhs: RoutePattern) -> Bool {
        lhs.specificity.lexicographicallyPrecedes(rhs.specificity) { !$0 && $1 }
    }

    /// `GET, HEAD, POST`: the methods in a fixed order, `HEAD` wherever `GET` is.
    static func allow(_ methods: [HTTPMethod]) -> String {
        var all = Set(methods)
        if all.contains(.get) { all.insert(.head) }
        let order: [HTTPMethod] = [.get, .head, .post, .put, .patch, .delete, .options]
        return order.filter(all.contains).map(\.rawValue).joined(separator: ", ")
    }
}
