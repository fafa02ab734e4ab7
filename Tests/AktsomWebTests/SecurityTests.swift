import AktsomKit
import Testing
@testable import AktsomWeb

@Suite("The security layer: token, Host, CSRF, headers")
struct SecurityTests {
    static let allowed = AllowedHosts(bound: .loopbackIPv4, port: 8080)
    static let security = WebSecurity(allowed: allowed, accessToken: AccessToken(value: "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
                                      csrfToken: AccessToken(value: "feedfacecafebeef0011223344556677"))
    static let token = security.accessToken.value
    static let csrf = security.csrfToken.value
    static let cookie = ("Cookie", "aktsom-8080=\(token)")

    /// Echoes what reached the pages: the path, how the request was let in, the CSRF token.
    static var app: any Responder {
        var router = Router()
        router.get("/") { request in .text("hjem \(request.context.authentication.map { "\($0)" } ?? "-") \(request.context.csrfToken ?? "-")") }
        router.get("/tiltak") { request in .text("tiltak \(request.query["status"] ?? "")") }
        router.post("/tiltak/:id/oppdateringer") { request in .redirect(to: PathLink.to("tiltak", try request.parameters.require("id"))) }
        router.get("/api/status") { _ in .json(.object([("ok", .bool(true))])) }
        router.post("/api/tiltak") { _ in .json(.object([("lagret", .bool(true))]), status: .created) }
        return security.protect(router)
    }

    static func send(_ method: HTTPMethod = .get, _ target: String, _ headers: [(String, String)] = [], body: String = "") -> HTTPResponse {
        app.respond(to: .make(method, target, headers: headers, body: body))
    }

    @Test("makes a fresh token of 256 bits as hex each time")
    func tokens() {
        let first = AccessToken.random(), second = AccessToken.random()
        #expect(first.value.count == 64)
        #expect(first.value.allSatisfy { $0.isHexDigit })
        #expect(first != second)
        var generator = SeededGenerator(seed: 7)
        #expect(AccessToken.random(using: &generator, bytes: 4).value.count == 32)   // never fewer than 128 bits
    }

    @Test("compares tokens in full, refusing any difference in content or length")
    func comparison() {
        let token = AccessToken(value: "abcdef")
        #expect(token.matches("abcdef"))
        #expect(!token.matches("abcdeF"))
        #expect(!token.matches("abcde"))
        #expect(!token.matches("abcdefg"))
        #expect(!token.matches(""))
        #expect(!AccessToken(value: "").matches("a"))
    }

    @Test("refuses a request without the token with 401 and a bokmål page naming the printed link")
    func noToken() {
        let response = SecurityTests.send(.get, "/")
        #expect(response.status.code == 401)
        #expect(response.headers["WWW-Authenticate"] == "Bearer realm=\"aktsom\"")
        #expect(response.text.contains("Åpne lenken som «aktsom serve» skrev ut i terminalen"))
        #expect(response.text.contains("<html lang=\"nb\">"))
        let api = SecurityTests.send(.get, "/api/status")
        #expect(api.status.code == 401)
        #expect(api.headers["Content-Type"] == "application/json; charset=utf-8")
    }

    @Test("turns the token in the link into a strict cookie and a 303 to the same address without it")
    func tokenInQuery() {
        let response = SecurityTests.send(.get, "/tiltak?status=p%C3%A5g%C3%A5r&token=\(SecurityTests.token)&team=Bygg")
        #expect(response.status.code == 303)
        #expect(response.headers["Location"] == "/tiltak?status=p%C3%A5g%C3%A5r&team=Bygg")
        #expect(response.headers["Set-Cookie"] == "aktsom-8080=\(SecurityTests.token); Path=/; HttpOnly; SameSite=Strict")
        #expect(SecurityTests.send(.get, "/?token=\(SecurityTests.token)").headers["Location"] == "/")
    }

    @Test("refuses a wrong token in the link, and a token in the link of a POST")
    func wrongTokenInQuery() {
        let wrong = SecurityTests.send(.get, "/?token=\(String(SecurityTests.token.reversed()))")
        #expect(wrong.status.code == 401)
        #expect(wrong.headers["Set-Cookie"] == nil)
        #expect(SecurityTests.send(.get, "/?token=\(SecurityTests.token)&token=\(SecurityTests.token)").status.code == 401)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer?token=\(SecurityTests.token)").status.code == 401)
    }

    @Test("lets in a request with the cookie, and gives its page the CSRF token")
    func cookie() {
        let response = SecurityTests.send(.get, "/", [SecurityTests.cookie])
        #expect(response.status.code == 200)
        #expect(response.text == "hjem cookie \(SecurityTests.csrf)")
        #expect(SecurityTests.send(.get, "/", [("Cookie", "andre=1; aktsom-8080=feil; aktsom-8080=\(SecurityTests.token)")]).status.code == 200)
        #expect(SecurityTests.send(.get, "/", [("Cookie", "aktsom-8081=\(SecurityTests.token)")]).status.code == 401)
        #expect(SecurityTests.send(.get, "/", [("Cookie", "aktsom-8080=\(SecurityTests.token)x")]).status.code == 401)
    }

    @Test("lets in a script with Authorization: Bearer, and refuses a wrong one")
    func bearer() {
        let response = SecurityTests.send(.get, "/api/status", [("Authorization", "Bearer \(SecurityTests.token)")])
        #expect(response.status.code == 200)
        #expect(SecurityTests.send(.get, "/", [("Authorization", "bearer \(SecurityTests.token)")]).text.hasPrefix("hjem bearer"))
        #expect(SecurityTests.send(.get, "/api/status", [("Authorization", "Bearer nope")]).status.code == 401)
        #expect(SecurityTests.send(.get, "/api/status", [("Authorization", "Basic \(SecurityTests.token)")]).status.code == 401)
        #expect(SecurityTests.send(.get, "/api/status", [("Authorization", "Bearer nope"), SecurityTests.cookie]).status.code == 401)
    }

    @Test("refuses a Host that does not name the served address with 421, before the token is looked at")
    func host() {
        for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080", "[0:0:0:0:0:0:0:1]:8080"] {
            #expect(SecurityTests.send(.get, "/", [("Host", host), SecurityTests.cookie]).status.code == 200, "\(host)")
        }
        for host in ["evil.example:8080", "127.0.0.1:8081", "127.0.0.1", "localhost", "127.0.0.1.evil.example:8080", "[::1]", "::1:8080", "10.0.0.1:8080", ""] {
            let response = SecurityTests.send(.get, "/?token=\(SecurityTests.token)", [("Host", host)])
            #expect([421, 400].contains(response.status.code), "\(host)")
            #expect(response.headers["Set-Cookie"] == nil)
        }
        #expect(SecurityTests.send(.get, "/", [("Host", "evil.example:8080"), SecurityTests.cookie]).text.contains("http://127.0.0.1:8080/"))
    }

    @Test("accepts the bound address and any IP literal, but no name, when bound to every interface")
    func wildcardHosts() {
        let wildcard = AllowedHosts(bound: IPAddress(literal: "0.0.0.0") ?? .loopbackIPv4, port: 8080)
        #expect(wildcard.allows("192.168.1.20:8080"))
        #expect(wildcard.allows("localhost:8080"))
        #expect(!wildcard.allows("intranett.kommune.no:8080"))
        #expect(!wildcard.allows("192.168.1.20:8081"))
        #expect(wildcard.authority == "127.0.0.1:8080")
        let lan = AllowedHosts(bound: IPAddress(literal: "192.168.1.20") ?? .loopbackIPv4, port: 80)
        #expect(lan.allows("192.168.1.20"))
        #expect(lan.allows("192.168.1.20:80"))
        #expect(!lan.allows("192.168.1.21"))
        #expect(AllowedHosts(bound: .loopbackIPv6, port: 9000).authority == "[::1]:9000")
    }

    @Test("refuses a browser's POST without the CSRF token or with a wrong one, with 403")
    func csrfRefused() {
        let form = [SecurityTests.cookie, ("Content-Type", "application/x-www-form-urlencoded")]
        let missing = SecurityTests.send(.post, "/tiltak/a/oppdateringer", form, body: "status=p%C3%A5g%C3%A5r")
        #expect(missing.status.code == 403)
        #expect(missing.text.contains("Last siden på nytt og send skjemaet igjen"))
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form, body: "_csrf=\(SecurityTests.token)&status=x").status.code == 403)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form, body: "_csrf=&status=x").status.code == 403)
        #expect(SecurityTests.send(.post, "/api/tiltak", [SecurityTests.cookie, ("Content-Type", "application/json")], body: "{}").status.code == 403)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form, body: "_csrf=%ZZ").status.code == 400)
    }

    @Test("accepts a browser's POST with the CSRF token in the form, a multipart form or the header")
    func csrfAccepted() {
        let form = [SecurityTests.cookie, ("Content-Type", "application/x-www-form-urlencoded")]
        let response = SecurityTests.send(.post, "/tiltak/2019%2F0412/oppdateringer", form, body: "_csrf=\(SecurityTests.csrf)&status=p%C3%A5g%C3%A5r")
        #expect(response.status.code == 303)
        #expect(response.headers["Location"] == "/tiltak/2019%2F0412")
        let multipart = "--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(SecurityTests.csrf)\r\n--x--\r\n"
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", [SecurityTests.cookie, ("Content-Type", "multipart/form-data; boundary=x")],
                                   body: multipart).status.code == 303)
        #expect(SecurityTests.send(.post, "/api/tiltak", [SecurityTests.cookie, ("X-CSRF-Token", SecurityTests.csrf)], body: "{}").status.code == 201)
    }

    @Test("needs no CSRF token from a script with Bearer")
    func csrfBearer() {
        #expect(SecurityTests.send(.post, "/api/tiltak", [("Authorization", "Bearer \(SecurityTests.token)")], body: "{}").status.code == 201)
    }

    @Test("refuses a POST that says it came from another site, token or not")
    func foreignOrigin() {
        let form = [SecurityTests.cookie, ("Content-Type", "application/x-www-form-urlencoded")]
        let body = "_csrf=\(SecurityTests.csrf)"
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form + [("Origin", "http://evil.example")], body: body).status.code == 403)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form + [("Origin", "null")], body: body).status.code == 403)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form + [("Sec-Fetch-Site", "cross-site")], body: body).status.code == 403)
        #expect(SecurityTests.send(.post, "/tiltak/a/oppdateringer", form + [("Origin", "http://127.0.0.1:8080"), ("Sec-Fetch-Site", "same-origin")],
                                   body: body).status.code == 303)
    }

    @Test("sets a strict Content-Security-Policy and the other security headers")
    func headers() {
        let headers = SecurityHeaders.standard()
        #expect(headers["Content-Security-Policy"] == "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        #expect(headers["X-Content-Type-Options"] == "nosniff")
        #expect(headers["Referrer-Policy"] == "no-referrer")
        #expect(headers["Cache-Control"] == "no-store")
        #expect(SecurityHeaders.contentSecurityPolicy(allowingScripts: true).contains("script-src 'self'"))
        #expect(!SecurityHeaders.contentSecurityPolicy().contains("script-src"))
    }

    @Test("builds the link to print from the served address and the token")
    func link() {
        #expect(SecurityTests.security.link == "http://127.0.0.1:8080/?token=\(SecurityTests.token)")
        let v6 = WebSecurity(allowed: AllowedHosts(bound: .loopbackIPv6, port: 8081), accessToken: AccessToken(value: "t"))
        #expect(v6.link == "http://[::1]:8081/?token=t")
    }
}

/// A fixed sequence of random numbers, for a test that needs a generator but not randomness.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
