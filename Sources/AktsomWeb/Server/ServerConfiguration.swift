import AktsomKit
import Foundation

/// The server's limits and timeouts, chosen for one person's browser on the same machine: room
/// for a browser's six parallel connections several times over, and short enough waits that a
/// stuck client frees its place soon.
public struct ServerConfiguration: Sendable {
    /// Sizes of request line, headers and bodies (see ``HTTPLimits``).
    public var limits = HTTPLimits()
    /// Connections served at once; one more gets 503 and is closed.
    public var maximumConnections = 64
    /// How long an open connection may wait for its next request (and a new one for its first).
    public var idleTimeout: Duration = .seconds(10)
    /// How long a request may take to arrive once its first byte has: slow clients get 408.
    public var requestTimeout: Duration = .seconds(30)
    /// How long a response may take to be taken by the client.
    public var writeTimeout: Duration = .seconds(30)
    /// After a shutdown is asked for, how long requests in flight may take to finish.
    public var shutdownGrace: Duration = .seconds(3)
    /// Requests on one connection before it is closed, so no connection is held forever.
    public var maximumRequestsPerConnection = 1_000
    /// Headers every response carries unless it sets its own: ``SecurityHeaders/standard(allowingScripts:)``.
    public var standardHeaders = HTTPHeaders()
    /// The language of the pages the server writes itself (400, 408, 503 …).
    public var language = Language.nb
    /// The clock for the `Date` header.
    public var now: @Sendable () -> Date = { Date() }
    /// Where the server reports what went wrong (a handler's error, a failed accept).
    public var log: @Sendable (String) -> Void = { _ in }

    public init() {}
}
