/// The names a request may use for this server in its `Host` header (or `Origin`): the served
/// address and the loopback names, each with the port. Checking them defeats DNS rebinding,
/// where a hostile page makes its own host name resolve to 127.0.0.1 to reach a local server;
/// the browser then sends that hostile name as `Host`, and is refused.
///
/// Bound to a wildcard address (`0.0.0.0`, `::`), any IP literal with the right port is
/// accepted but no other name: the server cannot know every address it is reached by, and a
/// rebinding attack always uses a name, never a literal.
public struct AllowedHosts: Sendable, Equatable {
    public let bound: IPAddress
    public let port: Int

    public init(bound: IPAddress, port: Int) {
        self.bound = bound
        self.port = port
    }

    /// `host:port` as a client on this machine writes it for the bound address: `127.0.0.1:8080`,
    /// `[::1]:8080`; a wildcard address is reached through loopback of its family.
    public var authority: String {
        let host = bound.isUnspecified ? (bound.isIPv6 ? IPAddress.loopbackIPv6 : IPAddress.loopbackIPv4) : bound
        return "\(host.uriHost):\(port)"
    }

    /// Whether `authority` (`localhost:8080`, `[::1]:8080`) names this server. The port is
    /// required unless the server listens on 80, HTTP's default.
    public func allows(_ authority: String) -> Bool {
        guard let (host, port) = AllowedHosts.split(authority), port == self.port else { return false }
        if HTTPSyntax.lowercased(host) == "localhost" { return true }
        guard let address = IPAddress(literal: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host),
              host.hasPrefix("[") == address.isIPv6
        else { return false }
        if address.isLoopback || address == bound { return true }
        return bound.isUnspecified
    }

    /// Host and port of `host:port`, `[v6]:port` or a host alone (port 80).
    static func split(_ authority: String) -> (String, Int)? {
        let text = authority.trimmingSpaces
        var host = text, portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = String(text[...close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                portText = rest.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty else { return nil }
        guard let portText else { return (host, 80) }
        guard !portText.isEmpty, portText.count <= 5, portText.utf8.allSatisfy(HTTPSyntax.isDigit), let port = Int(portText) else { return nil }
        return (host, port)
    }
}
