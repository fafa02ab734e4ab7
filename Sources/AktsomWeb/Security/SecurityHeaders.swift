/// The headers every response carries, set once in the server's configuration so an error page
/// from the parser gets them as surely as a page from a handler. A response that sets one of
/// them itself keeps its own (a stylesheet may be cached; a report preview may need its own CSP).
public enum SecurityHeaders {
    /// The Content-Security-Policy: nothing by default; styles, images and form posts only from
    /// this server; no framing, no `<base>`. Scripts only when a page serves a static one.
    public static func contentSecurityPolicy(allowingScripts: Bool = false) -> String {
        var directives = ["default-src 'none'", "style-src 'self'", "img-src 'self' data:", "form-action 'self'",
                          "frame-ancestors 'none'", "base-uri 'none'"]
        if allowingScripts { directives.insert("script-src 'self'", at: 1) }
        return directives.joined(separator: "; ")
    }

    public static func standard(allowingScripts: Bool = false) -> HTTPHeaders {
        HTTPHeaders([
            ("Content-Security-Policy", contentSecurityPolicy(allowingScripts: allowingScripts)),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
            // Pages show a public body's plan: nothing is kept in a cache or on disk by the browser.
            ("Cache-Control", "no-store"),
        ])
    }
}
