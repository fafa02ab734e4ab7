import AktsomKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import AktsomWeb

@Suite("The server over real loopback sockets")
struct ServerTests {
    /// A server on 127.0.0.1 and a port the system chooses, stopped when the test is done.
    final class Running {
        let server: HTTPServer
        var port: Int { server.listener.port }
        var host: String { "127.0.0.1:\(port)" }

        init(_ responder: any Responder = ServerTests.router, address: IPAddress = .loopbackIPv4,
             configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
            var configuration = ServerConfiguration()
            configure(&configuration)
            server = try HTTPServer(listener: SocketListener(address: address, port: 0), responder: responder, configuration: configuration)
            server.start()
        }

        func client() throws -> LoopbackClient {
            try LoopbackClient(port: port, address: server.listener.address)
        }

        func stop() {
            server.stop()
            server.waitUntilStopped()
        }

        deinit {
            stop()
        }
    }

    static var router: Router {
        var router = Router()
        router.get("/") { _ in .text("hei") }
        router.get("/stor") { _ in HTTPResponse(body: (0..<(6 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) }) }
        router.post("/opplasting") { request in
            let file = try request.multipart().part(named: "fil")
            return .text("\(file?.fileName ?? "-") \(file?.bytes.count ?? 0) \(file?.bytes.last ?? 0)")
        }
        return router
    }

    @Test("answers a request over a real socket")
    func request() throws {
        let running = try Running()
        let response = try running.client().get("/", host: running.host)
        #expect(response.status == 200)
        #expect(response.text == "hei")
        #expect(response.headers["Date"] != nil)
    }

    @Test("serves two requests on one kept-alive connection")
    func keepAlive() throws {
        let running = try Running()
        let client = try running.client()
        #expect(try client.get("/", host: running.host).text == "hei")
        #expect(try client.get("/ukjent", host: running.host).status == 404)
        client.send("GET / HTTP/1.1\r\nHost: \(running.host)\r\nConnection: close\r\n\r\n")
        #expect(try client.response().closes)
        #expect(try client.isClosedByServer())
    }

    @Test("answers a malformed request with 400 and goes on serving")
    func malformed() throws {
        let running = try Running()
        let bad = try running.client()
        bad.send("GET / HTTP/1.1\r\nHost: \(running.host)\r\nBad Header: x\r\n\r\n")
        let response = try bad.response()
        #expect(response.status == 400)
        #expect(response.closes)
        #expect(try bad.isClosedByServer())
        let garbage = try running.client()
        garbage.send([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03, 0x0D, 0x0A, 0x0D, 0x0A])
        #expect(try garbage.response().status == 400)
        #expect(try running.client().get("/", host: running.host).status == 200)
    }

    @Test("times out a slow client with 408 without holding up another")
    func slowClient() throws {
        let running = try Running { $0.requestTimeout = .seconds(3) }
        let slow = try running.client()
        slow.send("GET / HTTP/1.1\r\nHost: \(running.host)\r\n")
        let other = try running.client()
        #expect(try other.get("/", host: running.host).text == "hei")
        #expect(!slow.hasDataWaiting)   // the other client was answered while the slow one still waited
        let timedOut = try slow.response()
        #expect(timedOut.status == 408)
        #expect(try slow.isClosedByServer())
    }

    @Test("reads a large upload and writes a large download in pieces")
    func largeBodies() throws {
        let running = try Running()
        let client = try running.client()
        let download = try client.get("/stor", host: running.host)
        #expect(download.body.count == 6 * 1024 * 1024)
        #expect(download.body == (0..<(6 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) })

        let file = [UInt8](repeating: 0x41, count: 4 * 1024 * 1024 - 1) + [0x42]
        let body = Array("--g\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"ark æ.csv\"\r\n\r\n".utf8) + file + Array("\r\n--g--\r\n".utf8)
        client.send("POST /opplasting HTTP/1.1\r\nHost: \(running.host)\r\nContent-Type: multipart/form-data; boundary=g\r\nExpect: 100-continue\r\nContent-Length: \(body.count)\r\n\r\n")
        let interim = try client.response()
        #expect(interim.status == 100)
        client.send(body)
        #expect(try client.response().text == "ark æ.csv 4194304 66")
    }

    @Test("answers 503 beyond the connection limit, and serves again when a place is free")
    func connectionLimit() throws {
        let running = try Running { $0.maximumConnections = 1 }
        let first = try running.client()
        #expect(try first.get("/", host: running.host).status == 200)   // accepted, counted and kept open
        let second = try running.client()
        let busy = try second.response()
        #expect(busy.status == 503)
        #expect(busy.headers["Retry-After"] == "1")
        #expect(try second.isClosedByServer())
        first.close()
        var waited = 0
        while running.server.activeConnections > 0 && waited < 500 {
            usleep(10_000)
            waited += 1
        }
        #expect(try running.client().get("/", host: running.host).status == 200)
    }

    @Test("stops on request: idle connections close, new ones are refused, run returns")
    func shutdown() throws {
        let running = try Running()
        let idle = try running.client()
        #expect(try idle.get("/", host: running.host).status == 200)
        running.stop()
        #expect(try idle.isClosedByServer())
        #expect(throws: LoopbackClient.Failure.self) { try LoopbackClient(port: running.port) }
    }

    @Test("finishes a request in flight when it stops, and says the connection closes")
    func shutdownInFlight() throws {
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let responder = ClosureResponder { _ in
            entered.signal()
            release.wait()
            return .text("ferdig")
        }
        let running = try Running(responder)
        let client = try running.client()
        client.send("GET / HTTP/1.1\r\nHost: \(running.host)\r\n\r\n")
        entered.wait()
        running.server.stop()
        release.signal()
        let response = try client.response()
        #expect(response.text == "ferdig")
        #expect(response.closes)
        running.server.waitUntilStopped()
        #expect(running.server.activeConnections == 0)
    }

    @Test("serves over IPv6 loopback")
    func ipv6() throws {
        let running: Running
        do {
            running = try Running(address: .loopbackIPv6)
        } catch ListenError.addressNotAvailable {
            return   // a machine without IPv6 loopback: nothing to test
        }
        #expect(running.server.listener.address == .loopbackIPv6)
        #expect(try running.client().get("/", host: "[::1]:\(running.port)").text == "hei")
    }

    @Test("moves on to the next port when the one asked for is taken, and says so when all are")
    func portSearch() throws {
        let taken = try SocketListener(address: .loopbackIPv4, port: 0)
        guard taken.port < 65_000 else { return }
        do {
            let next = try SocketListener(address: .loopbackIPv4, port: taken.port, candidates: 10)
            #expect(next.port > taken.port && next.port < taken.port + 10)
        }
        #expect(throws: ListenError.addressInUse(.loopbackIPv4, taken.port...taken.port)) {
            try SocketListener(address: .loopbackIPv4, port: taken.port)
        }
        #expect(ListenError.addressInUse(.loopbackIPv4, 8080...8099).diagnostic.message.nb == "portene 8080–8099 på 127.0.0.1 er opptatt")
    }

    @Test("puts the security layer in front of a site: token, cookie, Host, headers")
    func webApp() throws {
        let app = try WebApp(address: .loopbackIPv4, port: 0, site: ServerTests.router)
        app.server.start()
        defer {
            app.server.stop()
            app.server.waitUntilStopped()
        }
        let host = "127.0.0.1:\(app.port)"
        #expect(app.link == "http://\(host)/?token=\(app.security.accessToken.value)")
        let client = try LoopbackClient(port: app.port)
        let refused = try client.get("/", host: host)
        #expect(refused.status == 401)
        #expect(refused.headers["Content-Security-Policy"]?.contains("frame-ancestors 'none'") == true)
        let redirect = try client.get("/?token=\(app.security.accessToken.value)", host: host)
        #expect(redirect.status == 303)
        let cookie = try #require(redirect.headers["Set-Cookie"]?.split(separator: ";").first.map(String.init))
        let page = try client.get("/", host: host, headers: [("Cookie", cookie)])
        #expect(page.text == "hei")
        #expect(page.headers["Cache-Control"] == "no-store")
        #expect(page.headers["X-Content-Type-Options"] == "nosniff")
        #expect(page.headers["Referrer-Policy"] == "no-referrer")
        #expect(try client.get("/", host: "rebind.example:\(app.port)", headers: [("Cookie", cookie)]).status == 421)
    }
}
