import AktsomKit

/// What the layers in front of a handler learned about a request: who it was let in as, the
/// CSRF token forms on the page must carry, the language to answer in. The security middleware
/// fills it; handlers read it. It travels inside the request, so no state is shared between
/// threads.
public struct RequestContext: Sendable, Equatable {
    /// How the request proved it holds the server's token.
    public enum Authentication: Sendable, Equatable {
        /// The HttpOnly cookie a browser got on its first visit.
        case cookie
        /// `Authorization: Bearer …`, as scripts send it; such requests cannot come from
        /// another site's page, so they need no CSRF token.
        case bearer
    }

    public var authentication: Authentication?
    /// The token every POST form on a page must send back (see ``Markup/postForm(action:for:multipart:content:)``).
    public var csrfToken: String?
    public var language: Language = .nb
    /// This page's stamp, carried by its forms so that a form sent twice is noticed (see
    /// ``ResubmissionGuard``).
    public var formStamp: String?
    /// The client's address, for log lines: `127.0.0.1:53412`.
    public var peer: String?

    public init() {}
}
