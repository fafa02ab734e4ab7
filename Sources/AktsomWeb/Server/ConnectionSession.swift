/// Serves one connection from its first byte to its close: reads requests with a
/// ``RequestParser``, hands each to the responder, writes the response, and decides whether the
/// connection stays open.
///
/// - Keep-alive follows HTTP/1.1: open unless the client or the handler said `Connection: close`;
///   HTTP/1.0 is closed after each response. Pipelined requests are answered in order.
/// - A malformed request is answered with its status (400, 413, 414, 431, 501, 505) and closed.
/// - Waiting for the next request past ``ServerConfiguration/idleTimeout`` closes quietly; a
///   request that does not arrive in full within ``ServerConfiguration/requestTimeout`` gets 408.
/// - Once the server is stopping, the response in progress is sent with `Connection: close`
///   and an idle connection is closed at once.
public struct ConnectionSession {
    let connection: any Connection
    let responder: any Responder
    let configuration: ServerConfiguration
    let isStopping: @Sendable () -> Bool

    public init(connection: any Connection, responder: any Responder, configuration: ServerConfiguration,
                isStopping: @escaping @Sendable () -> Bool = { false }) {
        self.connection = connection
        self.responder = responder
        self.configuration = configuration
        self.isStopping = isStopping
    }

    /// How much one read takes at most.
    static let readSize = 64 * 1024

    public func run() {
        var parser = RequestParser(limits: configuration.limits)
        var served = 0
        var requestDeadline: ContinuousClock.Instant?
        while true {
            let step: RequestParser.Step
            do {
                step = try parser.next()
            } catch {
                refuse(HTTPError(error.status, error.message))
                return
            }
            switch step {
            case .expectsContinue:
                guard connection.write(ResponseWriter.continueLine, deadline: .now + configuration.writeTimeout) else { return close() }
            case .request(var request):
                requestDeadline = nil
                served += 1
                request.context.peer = connection.peer
                request.context.language = configuration.language
                let response = responder.respond(to: request)
                let keepAlive = request.wantsKeepAlive && !response.closesConnection && !isStopping()
                    && served < configuration.maximumRequestsPerConnection
                let bytes = ResponseWriter.bytes(for: response, headOnly: request.method == .head, keepAlive: keepAlive,
                                                 standardHeaders: configuration.standardHeaders, date: HTTPDate.format(configuration.now()))
                guard connection.write(bytes, deadline: .now + configuration.writeTimeout), keepAlive else { return close() }
            case .needMoreData:
                let idle = parser.isIdle
                if idle && isStopping() { return close() }
                let deadline: ContinuousClock.Instant
                if idle {
                    deadline = .now + configuration.idleTimeout
                } else {
                    deadline = requestDeadline ?? .now + configuration.requestTimeout
                    requestDeadline = deadline
                }
                switch connection.read(maximum: ConnectionSession.readSize, deadline: deadline, interruptible: idle) {
                case .bytes(let bytes):
                    parser.append(bytes)
                case .end, .stopped:
                    return close()
                case .timedOut:
                    if idle { return close() }
                    refuse(HTTPError(.requestTimeout, .init("Forespørselen kom ikke fram i tide.", en: "The request did not arrive in time.")))
                    return
                }
            }
        }
    }

    private func close() {
        connection.close(lingering: false)
    }

    /// Answers a request that cannot be served and closes: what follows it cannot be trusted.
    private func refuse(_ error: HTTPError) {
        let response = ErrorPage.response(for: error, language: configuration.language, json: false)
        let bytes = ResponseWriter.bytes(for: response, keepAlive: false, standardHeaders: configuration.standardHeaders,
                                         date: HTTPDate.format(configuration.now()))
        _ = connection.write(bytes, deadline: .now + configuration.writeTimeout)
        connection.close(lingering: true)
    }
}
