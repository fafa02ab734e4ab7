/// The security layer as one piece: the secrets made at start and the middleware that use them,
/// in the order they must run: the Host check, the token gate, the CSRF guard, the guard against
/// a form sent twice, then the pages.
public struct WebSecurity: Sendable {
    public let accessToken: AccessToken
    public let csrfToken: AccessToken
    public let allowed: AllowedHosts
    /// The forms sent so far, kept for as long as the server runs.
    public let sentForms = SentForms()

    /// Fresh random tokens for a server bound to `allowed`'s address and port.
    public init(allowed: AllowedHosts, accessToken: AccessToken = .random(), csrfToken: AccessToken = .random()) {
        self.accessToken = accessToken
        self.csrfToken = csrfToken
        self.allowed = allowed
    }

    /// The link to print: `http://127.0.0.1:8080/?token=…`.
    public var link: String {
        "http://\(allowed.authority)/?\(TokenGate.queryName)=\(accessToken.value)"
    }

    public var middleware: [any Middleware] {
        [HostCheck(allowed: allowed), TokenGate(token: accessToken, port: allowed.port), CSRFGuard(token: csrfToken, allowed: allowed),
         ResubmissionGuard(sent: sentForms)]
    }

    /// `app` behind the checks.
    public func protect(_ app: any Responder) -> any Responder {
        MiddlewareChain(middleware, responder: app)
    }
}
