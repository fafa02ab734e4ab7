import AktsomKit
import Foundation

/// The HTTP/1.1 server: accepts connections on a ``SocketListener`` and serves each on its own
/// thread with a ``ConnectionSession``.
///
/// ## Threading model
/// - ``run()`` is the accept loop and blocks its caller until the server has stopped
///   (``start()`` runs it on a thread of its own instead).
/// - Each accepted connection is served on a new thread, which reads requests, calls the
///   responder and writes responses, one request after the other. So the responder is called
///   from many threads at once, one call per connection at a time: it must be `Sendable`, and
///   whatever it shares between requests (a cached plan) needs a lock.
/// - At most ``ServerConfiguration/maximumConnections`` are served at once; the next one is
///   answered 503 at once by the accept loop and closed, so a flood cannot make threads without end.
/// - ``stop()`` may be called from any thread (a signal handler's queue): the accept loop stops
///   and closes the listening socket, idle connections close, responses in progress are
///   finished and sent with `Connection: close`, and ``run()`` returns when all connections are
///   done or ``ServerConfiguration/shutdownGrace`` has passed.
public final class HTTPServer: Sendable {
    public let listener: SocketListener
    private let responder: any Responder
    private let configuration: ServerConfiguration
    private let registry: ConnectionRegistry
    private let wake: WakePipe

    public init(listener: SocketListener, responder: any Responder, configuration: ServerConfiguration = ServerConfiguration()) throws(ListenError) {
        self.listener = listener
        self.responder = responder
        self.configuration = configuration
        self.registry = ConnectionRegistry(maximum: configuration.maximumConnections)
        self.wake = try WakePipe()
    }

    /// The number of connections being served now.
    public var activeConnections: Int { registry.count }

    /// Runs the accept loop on a new thread and returns at once.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "aktsom-accept"
        thread.start()
    }

    /// Asks the server to stop; returns at once. ``run()`` returns when it has.
    public func stop() {
        if registry.beginStopping() { wake.signal() }
    }

    /// Waits until a server started with ``start()`` has stopped.
    public func waitUntilStopped() {
        registry.waitUntilFinished()
    }

    /// Accepts and serves connections until ``stop()``; returns once they are finished.
    public func run() {
        defer { registry.markFinished() }
        while !registry.isStopping {
            let events = SystemCalls.poll([(listener.descriptor, SystemCalls.readable), (wake.readDescriptor, SystemCalls.readable)], until: nil)
            if registry.isStopping || (events?[1] ?? 0) != 0 { break }
            guard let accepted = listener.accept() else {
                acceptFailed(SystemCalls.errorNumber)
                continue
            }
            guard registry.enter() else {
                refuseBusy(accepted.descriptor)
                continue
            }
            let connection = SocketConnection(descriptor: accepted.descriptor, peer: accepted.peer, wake: wake)
            let thread = Thread { [self] in
                ConnectionSession(connection: connection, responder: responder, configuration: configuration,
                                  isStopping: { [registry] in registry.isStopping }).run()
                registry.leave()
            }
            thread.name = "aktsom-connection"
            thread.stackSize = 8 << 20   // as the main thread's: AktsomKit's readers recurse on nested JSON
            thread.start()
        }
        listener.close()
        let grace = Double(configuration.shutdownGrace.components.seconds) + Double(configuration.shutdownGrace.components.attoseconds) / 1e18
        if !registry.waitUntilEmpty(before: Date(timeIntervalSinceNow: grace)) {
            configuration.log("\(registry.count) forbindelse(r) var ikke ferdige etter \(grace) s og ble avbrutt")
        }
    }

    /// A failed accept: nothing waiting (another wake-up took it), the client gone already, or
    /// out of descriptors, when the loop pauses a moment rather than spin.
    private func acceptFailed(_ error: Int32) {
        switch error {
        case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED, EPROTO:
            return
        default:
            configuration.log("accept feilet (errno \(error))")
            _ = SystemCalls.poll([(wake.readDescriptor, SystemCalls.readable)], until: .now + .milliseconds(100))
        }
    }

    /// 503 to a connection over the limit, sent without waiting (it fits any socket buffer), and closed.
    private func refuseBusy(_ descriptor: Int32) {
        let response = ErrorPage.response(for: HTTPError(.serviceUnavailable, Localized(
            "Serveren har for mange åpne forbindelser akkurat nå. Prøv igjen om litt.",
            en: "The server has too many open connections right now. Try again shortly.")), language: configuration.language, json: false)
        var bytes = response
        bytes.headers.set("Retry-After", "1")
        _ = SystemCalls.send(descriptor, ResponseWriter.bytes(for: bytes, keepAlive: false, standardHeaders: configuration.standardHeaders,
                                                              date: HTTPDate.format(configuration.now())), dontWait: true)
        SystemCalls.shutdownWrites(descriptor)
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        _ = SystemCalls.receive(descriptor, into: &buffer, dontWait: true)
        SystemCalls.closeDescriptor(descriptor)
    }
}
