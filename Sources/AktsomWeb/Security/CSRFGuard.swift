import AktsomKit

/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) from a browser unless it carries
/// the server's CSRF token: in the form field `_csrf` (``Markup/postForm(action:for:multipart:_:content:)``
/// puts it there) or the header `X-CSRF-Token`. The SameSite=Strict cookie already keeps other
/// sites out; this is the second lock, and it also refuses a request whose `Origin` or
/// `Sec-Fetch-Site` says it came from elsewhere.
///
/// Requests let in by `Authorization: Bearer` need no CSRF token: a page on another site cannot
/// make a browser send that header.
///
/// Every request that passes gets the token in ``RequestContext/csrfToken``, for its page's forms.
public struct CSRFGuard: Middleware {
    public static let fieldName = "_csrf"
    public static let headerName = "X-CSRF-Token"
    public let token: AccessToken
    public let allowed: AllowedHosts

    public init(token: AccessToken, allowed: AllowedHosts) {
        self.token = token
        self.allowed = allowed
    }

    public func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
        var request = request
        request.context.csrfToken = token.value
        guard !request.method.isSafe, request.context.authentication != .bearer else { return next.respond(to: request) }

        if let site = request.headers["Sec-Fetch-Site"], !["same-origin", "none"].contains(HTTPSyntax.lowercased(site)) {
            return refusal(request, CSRFGuard.foreign)
        }
        if let origin = request.headers["Origin"] {
            let lower = HTTPSyntax.lowercased(origin)
            guard lower.hasPrefix("http://"), allowed.allows(String(origin.dropFirst(7))) else { return refusal(request, CSRFGuard.foreign) }
        }
        var sent = request.headers[CSRFGuard.headerName]
        if sent == nil, let type = request.contentType?.value, ["application/x-www-form-urlencoded", "multipart/form-data"].contains(type) {
            do {
                sent = try request.form()[CSRFGuard.fieldName]
            } catch {
                return ErrorPage.response(for: error, to: request)
            }
        }
        guard let sent, token.matches(sent) else { return refusal(request, CSRFGuard.missing) }
        return next.respond(to: request)
    }

    static let missing = Localized(
        "Skjemaet ble ikke tatt imot: det mangler et gyldig skjematoken, kanskje fordi serveren er startet på nytt. Last siden på nytt og send skjemaet igjen.",
        en: "The form was not accepted: it lacks a valid form token, perhaps because the server was restarted. Reload the page and send the form again.")

    static let foreign = Localized(
        "Skjemaet ble ikke tatt imot: det ble sendt fra en annen side enn Aktsom.",
        en: "The form was not accepted: it was sent from a page other than Aktsom.")

    private func refusal(_ request: HTTPRequest, _ message: Localized) -> HTTPResponse {
        ErrorPage.response(for: HTTPError(.forbidden, message), to: request)
    }
}
