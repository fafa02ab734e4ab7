import AktsomKit

/// Refuses a request whose `Host` (or absolute-form target) does not name this server, with 421
/// Misdirected Request; see ``AllowedHosts`` for why. It stands first in the chain, so a
/// rebinding page learns nothing, not even whether its token guess was right.
public struct HostCheck: Middleware {
    public let allowed: AllowedHosts

    public init(allowed: AllowedHosts) {
        self.allowed = allowed
    }

    public func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
        guard let authority = request.authority, !authority.isEmpty else {
            return ErrorPage.response(for: .badRequest(Localized("Forespørselen mangler Host.", en: "The request has no Host.")), to: request)
        }
        guard allowed.allows(authority) else {
            return ErrorPage.response(for: HTTPError(.misdirectedRequest, Localized(
                "Denne serveren svarer bare på http://\(allowed.authority)/. Åpne lenken som aktsom serve skrev ut.",
                en: "This server only answers at http://\(allowed.authority)/. Open the link aktsom serve printed.")), to: request)
        }
        return next.respond(to: request)
    }
}
