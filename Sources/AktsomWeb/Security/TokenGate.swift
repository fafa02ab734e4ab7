import AktsomKit

/// Lets in only requests that hold the server's access token.
///
/// - The first visit opens the printed link, `/?token=…`: the gate sets the token as an
///   HttpOnly, SameSite=Strict cookie and redirects (303) to the same address without the
///   token, so it does not stay in the address bar, the history or a bookmark.
/// - A browser then sends the cookie; a script sends `Authorization: Bearer …` (for `/api/…`).
/// - Anything else gets 401 with a page (JSON under `/api/`) saying to open the printed link.
///
/// The cookie's name holds the port, as cookies are shared between ports of one host: two
/// servers on 8080 and 8081 keep their own. Tokens are compared in constant time.
public struct TokenGate: Middleware {
    public static let queryName = "token"
    public let token: AccessToken
    public let cookieName: String

    public init(token: AccessToken, port: Int) {
        self.token = token
        self.cookieName = "aktsom-\(port)"
    }

    public func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
        let offered = request.query.values(TokenGate.queryName)
        if !offered.isEmpty {
            guard offered.count == 1, request.method == .get || request.method == .head, token.matches(offered[0]) else {
                return refusal(request, message: TokenGate.wrongLink)
            }
            var rest = FormData(request.query.fields.filter { $0.name != TokenGate.queryName })
            if rest.fields.count > FormData.maximumFields { rest = FormData() }
            var response = HTTPResponse.redirect(to: request.path + (rest.isEmpty ? "" : "?" + rest.encoded))
            var cookie = SetCookie(name: cookieName, value: token.value)
            cookie.path = "/"
            response.headers.add("Set-Cookie", cookie.headerValue)
            return response
        }
        var admitted = request
        if let authorization = request.headers["Authorization"] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, HTTPSyntax.lowercased(String(parts[0])) == "bearer", token.matches(parts[1].trimmingSpaces) else {
                return refusal(request, message: TokenGate.wrongLink)
            }
            admitted.context.authentication = .bearer
            return next.respond(to: admitted)
        }
        // Evaluate every cookie of the name, so the time taken does not tell which one matched.
        let matched = request.cookies.values(cookieName).reduce(false) { $0 || token.matches($1) }
        guard matched else { return refusal(request, message: TokenGate.missing) }
        admitted.context.authentication = .cookie
        return next.respond(to: admitted)
    }

    static let missing = Localized(
        "Aktsom er bare åpen for den som har lenken. Åpne lenken som «aktsom serve» skrev ut i terminalen (den slutter med ?token=…). Lenken gjelder til serveren stoppes; start den på nytt for en ny lenke.",
        en: "Aktsom is only open to whoever has the link. Open the link «aktsom serve» printed in the terminal (it ends in ?token=…). The link holds until the server stops; start it again for a new link.")

    static let wrongLink = Localized(
        "Lenken har feil eller utløpt token. Åpne lenken som «aktsom serve» skrev ut sist den ble startet.",
        en: "The link has a wrong or expired token. Open the link «aktsom serve» printed when it was last started.")

    private func refusal(_ request: HTTPRequest, message: Localized) -> HTTPResponse {
        ErrorPage.response(for: HTTPError(.unauthorized, message, headers: HTTPHeaders([("WWW-Authenticate", "Bearer realm=\"aktsom\"")])),
                           to: request)
    }
}
