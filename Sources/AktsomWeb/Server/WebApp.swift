import AktsomKit

/// A server ready to run: listening, with fresh tokens, the security layer in front of the
/// site and the security headers on every response. `aktsom serve` makes one; tests make one on
/// port 0 around a router of their own.
public struct WebApp: Sendable {
    public let server: HTTPServer
    public let security: WebSecurity

    /// Binds `address` at `port` (or the next free of `candidates` ports) and puts `site`
    /// behind the Host check, the token gate and the CSRF guard.
    public init(address: IPAddress, port: Int, candidates: Int = 1, configuration: ServerConfiguration = ServerConfiguration(),
                accessToken: AccessToken = .random(), site: any Responder) throws(ListenError) {
        let listener = try SocketListener(address: address, port: port, candidates: candidates)
        security = WebSecurity(allowed: AllowedHosts(bound: address, port: listener.port), accessToken: accessToken)
        var configuration = configuration
        for field in SecurityHeaders.standard() { configuration.standardHeaders.setIfAbsent(field.name, field.value) }
        server = try HTTPServer(listener: listener, responder: security.protect(site), configuration: configuration)
    }

    /// The port listened on.
    public var port: Int { server.listener.port }

    /// The link with the token, to print and open: `http://127.0.0.1:8080/?token=…`.
    public var link: String { security.link }
}
