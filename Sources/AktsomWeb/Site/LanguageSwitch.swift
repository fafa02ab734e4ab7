import AktsomKit

/// Bokmål by default, English when the person chose it: the choice is a cookie set by the link
/// in the page header, so every page after it (and the forms' messages) follows, as `--lang`.
struct LanguageChoice: Middleware {
    static let cookieName = "aktsom-lang"

    func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
        var request = request
        if let code = request.cookies.values(LanguageChoice.cookieName).last, let language = Language(code: code) {
            request.context.language = language
        }
        return next.respond(to: request)
    }
}

/// `GET /sprak/en?tilbake=/handlingsplan`: sets the language cookie and goes back to the page.
/// Only a path on this server is followed back; anything else goes to the start page.
enum LanguageSwitch: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/sprak/:code") { request in
            let code = try request.parameters.require("code")
            guard let language = Language(code: code) else { throw HTTPError.notFound }
            var response = HTTPResponse.redirect(to: request.query["tilbake"] ?? "/")
            var cookie = SetCookie(name: LanguageChoice.cookieName, value: language.rawValue)
            cookie.path = "/"
            response.headers.add("Set-Cookie", cookie.headerValue)
            return response
        }
    }

    /// The link that switches to `language` and comes back to the page the request was for.
    static func link(to language: Language, from request: HTTPRequest) -> String {
        PathLink.to("sprak", language.rawValue, query: [("tilbake", request.target)])
    }
}
