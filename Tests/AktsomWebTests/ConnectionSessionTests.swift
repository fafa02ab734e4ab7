import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("Serving one connection: keep-alive, pipelining, errors, timeouts")
struct ConnectionSessionTests {
    /// Answers with the method, path and body; `/stopp` asks the server to stop while answering.
    final class EchoResponder: Responder, @unchecked Sendable {
        private let lock = NSLock()
        private var stopping = false
        private var seen: [HTTPRequest] = []

        var isStopping: Bool { lock.withLock { stopping } }
        var requests: [HTTPRequest] { lock.withLock { seen } }

        func respond(to request: HTTPRequest) -> HTTPResponse {
            lock.withLock {
                seen.append(request)
                if request.path == "/stopp" { stopping = true }
            }
            return .text("\(request.method) \(request.path) \(String(decoding: request.body, as: UTF8.self))")
        }
    }

    static func serve(_ script: [ScriptedConnection.Event], configure: (inout ServerConfiguration) -> Void = { _ in })
        -> (ScriptedConnection, EchoResponder) {
        let connection = ScriptedConnection(script)
        let responder = EchoResponder()
        var configuration = ServerConfiguration()
        configuration.standardHeaders = SecurityHeaders.standard()
        configure(&configuration)
        ConnectionSession(connection: connection, responder: responder, configuration: configuration,
                          isStopping: { responder.isStopping }).run()
        return (connection, responder)
    }

    static let get = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"

    @Test("answers two requests on one kept-alive connection, then closes when the client does")
    func keepAlive() {
        let (connection, _) = ConnectionSessionTests.serve([.send(ConnectionSessionTests.get), .send("POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi")])
        let responses = connection.responses()
        #expect(responses.map(\.text) == ["GET /a ", "POST /b hi"])
        #expect(responses.allSatisfy { !$0.closes })
        #expect(connection.closed?.lingering == false)
        #expect(connection.closed?.times == 1)
    }

    @Test("answers pipelined requests in order")
    func pipelined() {
        let (connection, _) = ConnectionSessionTests.serve([.send("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n")])
        #expect(connection.responses().map(\.text) == ["GET /1 ", "GET /2 ", "GET /3 "])
    }

    @Test("closes after a request with Connection: close, leaving what follows unanswered")
    func connectionClose() {
        let (connection, responder) = ConnectionSessionTests.serve([.send("GET /1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n")])
        #expect(connection.responses().count == 1)
        #expect(connection.responses().first?.closes == true)
        #expect(responder.requests.count == 1)
    }

    @Test("closes an HTTP/1.0 connection after its response")
    func http10() {
        let (connection, _) = ConnectionSessionTests.serve([.send("GET /1 HTTP/1.0\r\n\r\nGET /2 HTTP/1.0\r\n\r\n")])
        #expect(connection.responses().count == 1)
        #expect(connection.responses().first?.closes == true)
    }

    @Test("answers a malformed request with 400 and the security headers, and closes without calling the handler")
    func malformed() {
        let (connection, responder) = ConnectionSessionTests.serve([.send("GET / HTTP/1.1\r\nHost: h\r\nBad Header: x\r\n\r\n")])
        let response = connection.responses().first
        #expect(response?.status == 400)
        #expect(response?.closes == true)
        #expect(response?.headers["Content-Security-Policy"]?.hasPrefix("default-src 'none'") == true)
        #expect(response?.text.contains("En overskrift kan ikke leses.") == true)
        #expect(connection.closed?.lingering == true)
        #expect(responder.requests.isEmpty)
    }

    @Test("answers each limit with its own status", arguments: [
        ("GET /" + String(repeating: "a", count: 9_000) + " HTTP/1.1\r\n", 414),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "a", count: 40_000), 431),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2000000\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        ("GET / HTTP/3.0\r\nHost: h\r\n\r\n", 505),
    ])
    func limits(request: String, status: Int) {
        let (connection, _) = ConnectionSessionTests.serve([.send(request)])
        #expect(connection.responses().map(\.status) == [status])
    }

    @Test("answers 408 to a request that stops arriving, and closes")
    func slowRequest() {
        let (connection, responder) = ConnectionSessionTests.serve([.send("GET / HTTP/1.1\r\nHo"), .stall])
        #expect(connection.responses().map(\.status) == [408])
        #expect(connection.closed?.lingering == true)
        #expect(responder.requests.isEmpty)
    }

    @Test("closes an idle kept-alive connection quietly when it times out")
    func idleTimeout() {
        let (connection, _) = ConnectionSessionTests.serve([.send(ConnectionSessionTests.get), .stall])
        #expect(connection.responses().map(\.status) == [200])
        #expect(connection.closed?.lingering == false)
    }

    @Test("sends 100 Continue before reading a body the client holds back")
    func expectContinue() {
        let (connection, _) = ConnectionSessionTests.serve([.send("POST /u HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"), .send("data")])
        #expect(connection.writtenText.hasPrefix("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"))
        #expect(connection.writtenText.hasSuffix("POST /u data"))
    }

    @Test("leaves out the body of a HEAD response")
    func head() {
        let (connection, _) = ConnectionSessionTests.serve([.send("HEAD /a HTTP/1.1\r\nHost: h\r\n\r\n")])
        #expect(connection.writtenText.hasSuffix("Content-Length: 8\r\n\r\n"))
    }

    @Test("closes after the response in progress when the server stops, and at once when idle")
    func shutdown() {
        let (during, _) = ConnectionSessionTests.serve([.send("GET /stopp HTTP/1.1\r\nHost: h\r\n\r\n"), .send(ConnectionSessionTests.get)])
        #expect(during.responses().map(\.status) == [200])
        #expect(during.responses().first?.closes == true)
        let (idle, _) = ConnectionSessionTests.serve([.send(ConnectionSessionTests.get), .shutdown, .send(ConnectionSessionTests.get)])
        #expect(idle.responses().count == 1)
        #expect(idle.interruptibleReads == [true, true])
    }

    @Test("does not cut off a request that is half received when the server stops")
    func shutdownMidRequest() {
        let (connection, _) = ConnectionSessionTests.serve([.send("GET /a HTTP/1.1\r\n"), .shutdown, .send("Host: h\r\n\r\n")])
        #expect(connection.interruptibleReads.prefix(2) == [true, false])
        #expect(connection.responses().map(\.status) == [200])
    }

    @Test("closes a connection after its allowed number of requests")
    func requestsPerConnection() {
        let (connection, _) = ConnectionSessionTests.serve([.send(ConnectionSessionTests.get + ConnectionSessionTests.get + ConnectionSessionTests.get)]) {
            $0.maximumRequestsPerConnection = 2
        }
        #expect(connection.responses().map(\.closes) == [false, true])
    }

    @Test("gives the handler the configured language and the client's address, and sends Date")
    func context() {
        let (connection, responder) = ConnectionSessionTests.serve([.send(ConnectionSessionTests.get)]) {
            $0.language = .en
            $0.now = { Date(timeIntervalSince1970: 784_111_777) }
        }
        #expect(responder.requests.first?.context.language == .en)
        #expect(responder.requests.first?.context.peer == "127.0.0.1:50000")
        #expect(connection.responses().first?.headers["Date"] == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}
