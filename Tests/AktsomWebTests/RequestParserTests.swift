import Testing
@testable import AktsomWeb

@Suite("Reading HTTP/1.1 requests")
struct RequestParserTests {
    @Test("reads the request line, headers with any case and a Content-Length body")
    func simpleRequest() throws {
        let request = try #require(Parsing.single("POST /tiltak/klima-1.1?vis=alt HTTP/1.1\r\nHost: 127.0.0.1:8080\r\ncontent-TYPE: text/plain\r\nContent-Length: 5\r\n\r\nhallo"))
        #expect(request.method == .post)
        #expect(request.target == "/tiltak/klima-1.1?vis=alt")
        #expect(request.path == "/tiltak/klima-1.1")
        #expect(request.query["vis"] == "alt")
        #expect(request.version == .http1_1)
        #expect(request.headers["Content-Type"] == "text/plain")
        #expect(request.authority == "127.0.0.1:8080")
        #expect(request.body == Array("hallo".utf8))
    }

    @Test("gives the same request whether the bytes come at once or one at a time")
    func incremental() throws {
        let text = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nHost: h\r\n\r\n"
        guard case .requests(let whole, false) = Parsing.parse(text), case .requests(let bytewise, false) = Parsing.parse(text, chunk: 1) else {
            Issue.record("not parsed")
            return
        }
        #expect(whole.map(\.path) == ["/a", "/b"])
        #expect(bytewise.map(\.path) == ["/a", "/b"])
        #expect(bytewise.map(\.body) == [Array("abc".utf8), []])
    }

    @Test("waits for the rest of a head or body that has not arrived")
    func partial() {
        guard case .requests(let none, true) = Parsing.parse("GET / HTTP/1.1\r\nHost: h\r\n") else { Issue.record("expected to wait"); return }
        #expect(none.isEmpty)
        guard case .requests(let noBody, true) = Parsing.parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc") else { Issue.record("expected to wait"); return }
        #expect(noBody.isEmpty)
    }

    @Test("skips empty lines before a request line, but not without end")
    func leadingEmptyLines() {
        #expect(Parsing.single("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")?.path == "/")
        #expect(Parsing.error(String(repeating: "\r\n", count: 20) + "GET / HTTP/1.1\r\nHost: h\r\n\r\n") == .malformedRequestLine)
    }

    @Test("refuses HTTP/0.9, other major versions and garbage request lines")
    func requestLines() {
        #expect(Parsing.error("GET /\r\n\r\n") == .http09)
        #expect(Parsing.error("GET / HTTP/2.0\r\nHost: h\r\n\r\n") == .unsupportedVersion("HTTP/2.0"))
        #expect(Parsing.error("GET / HTTP/2.0\r\nHost: h\r\n\r\n")?.status.code == 505)
        #expect(Parsing.error("GET / HTTP/1.10\r\nHost: h\r\n\r\n") == .malformedRequestLine)
        #expect(Parsing.error("GET / http/1.1\r\nHost: h\r\n\r\n") == .malformedRequestLine)
        #expect(Parsing.error("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") == .malformedRequestLine)
        #expect(Parsing.error("GE(T / HTTP/1.1\r\nHost: h\r\n\r\n") == .malformedRequestLine)
        #expect(Parsing.error("\u{16}\u{03}\u{01}\u{02}\u{00}\u{01}\r\n\r\n") == .malformedRequestLine)
        #expect(Parsing.error("hello\r\n\r\n")?.status.code == 400)
    }

    @Test("takes a later HTTP/1.x as 1.1 and HTTP/1.0 as 1.0, which needs no Host")
    func versions() {
        #expect(Parsing.single("GET / HTTP/1.0\r\n\r\n")?.version == .http1_0)
        #expect(Parsing.single("GET / HTTP/1.2\r\nHost: h\r\n\r\n")?.version == .http1_1)
    }

    @Test("accepts origin-form and absolute-form targets, and nothing else")
    func targets() throws {
        let absolute = try #require(Parsing.single("GET http://127.0.0.1:8080/a?b=c HTTP/1.1\r\nHost: other\r\n\r\n"))
        #expect(absolute.target == "/a?b=c")
        #expect(absolute.authority == "127.0.0.1:8080")
        #expect(Parsing.single("GET http://127.0.0.1:8080 HTTP/1.1\r\nHost: h\r\n\r\n")?.path == "/")
        #expect(Parsing.error("GET * HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
        #expect(Parsing.error("GET ftp://x/ HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
        #expect(Parsing.error("GET http://user@host/ HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
        #expect(Parsing.error("GET /a#frag HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
        #expect(Parsing.error(Array("GET /æ HTTP/1.1\r\nHost: h\r\n\r\n".utf8)) == .invalidTarget)
        #expect(Parsing.error("GET /a%ZZ?x=%C3 HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidQuery)
    }

    @Test("refuses a request line over its limit with 414, before it ends")
    func requestLineLimit() {
        var limits = HTTPLimits()
        limits.requestLineBytes = 64
        let long = "GET /" + String(repeating: "a", count: 100)
        #expect(Parsing.error(long, limits: limits) == .requestLineTooLong)
        #expect(Parsing.error(long, limits: limits)?.status.code == 414)
        #expect(Parsing.single("GET /" + String(repeating: "a", count: 40) + " HTTP/1.1\r\nHost: h\r\n\r\n", limits: limits) != nil)
    }

    @Test("refuses headers over their size or count with 431")
    func headerLimits() {
        var limits = HTTPLimits()
        limits.headerBytes = 100
        limits.headerFields = 3
        let big = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + String(repeating: "x", count: 200)
        #expect(Parsing.error(big, limits: limits) == .headersTooLarge)
        #expect(Parsing.error(big, limits: limits)?.status.code == 431)
        let many = "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"
        #expect(Parsing.error(many, limits: limits) == .tooManyHeaderFields)
        #expect(Parsing.single("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n", limits: limits) != nil)
    }

    @Test("refuses bare CR, bare LF, folded lines, a space before the colon and control characters")
    func headerSyntax() {
        #expect(Parsing.error("GET / HTTP/1.1\nHost: h\n\n") == .badLineEnding)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n") == .badLineEnding)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n continued\r\n\r\n") == .obsoleteLineFolding)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost : h\r\n\r\n") == .malformedHeader)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: h\r\nNo colon here\r\n\r\n") == .malformedHeader)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n") == .malformedHeader)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{0}b\r\n\r\n") == .malformedHeader)
    }

    @Test("trims spaces around a header value and keeps UTF-8 in it")
    func headerValues() {
        let request = Parsing.single("GET / HTTP/1.1\r\nHost: h\r\nX-Navn: \t Bærum kommune  \r\n\r\n")
        #expect(request?.headers["x-navn"] == "Bærum kommune")
    }

    @Test("needs exactly one Host in HTTP/1.1")
    func host() {
        #expect(Parsing.error("GET / HTTP/1.1\r\n\r\n") == .missingHost)
        #expect(Parsing.error("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .duplicateHost)
    }

    @Test("refuses a duplicate, signed, listed or huge Content-Length")
    func contentLength() {
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc") == .duplicateContentLength)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\n\r\nabc") == .invalidContentLength)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +3\r\n\r\nabc") == .invalidContentLength)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \r\n\r\n") == .invalidContentLength)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n") == .invalidContentLength)
    }

    @Test("refuses a body over its limit with 413 before reading it, with a larger limit for uploads")
    func bodyLimits() {
        var limits = HTTPLimits()
        limits.bodyBytes = 10
        limits.uploadBodyBytes = 100
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits) == .bodyTooLarge(limit: 10))
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits)?.status.code == 413)
        let upload = "POST / HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 50\r\n\r\n"
        guard case .requests(_, true) = Parsing.parse(upload, limits: limits) else { Issue.record("an upload of 50 bytes should be waited for"); return }
        #expect(Parsing.error(upload.replacingOccurrences(of: "50", with: "101"), limits: limits) == .bodyTooLarge(limit: 100))
    }

    @Test("answers Transfer-Encoding with 501 and an unknown Expect with 417")
    func unsupported() {
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")?.status.code == 501)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc") == .transferEncodingNotSupported)
        #expect(Parsing.error("POST / HTTP/1.1\r\nHost: h\r\nExpect: something\r\nContent-Length: 3\r\n\r\nabc")?.status.code == 417)
    }

    @Test("asks for 100 Continue once when the client expects it, then reads the body")
    func expectContinue() throws {
        var parser = RequestParser()
        parser.append(Array("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .expectsContinue = try parser.next() else { Issue.record("expected 100 Continue"); return }
        guard case .needMoreData = try parser.next() else { Issue.record("expected to wait for the body"); return }
        parser.append(Array("ok".utf8))
        guard case .request(let request) = try parser.next() else { Issue.record("expected the request"); return }
        #expect(request.body == Array("ok".utf8))
        #expect(parser.isIdle)
    }

    @Test("keeps HTTP/1.1 connections open unless told to close, and closes HTTP/1.0")
    func keepAlive() {
        #expect(Parsing.single("GET / HTTP/1.1\r\nHost: h\r\n\r\n")?.wantsKeepAlive == true)
        #expect(Parsing.single("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n")?.wantsKeepAlive == false)
        #expect(Parsing.single("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n")?.wantsKeepAlive == false)
        #expect(Parsing.single("GET / HTTP/1.0\r\n\r\n")?.wantsKeepAlive == false)
        #expect(Parsing.single("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")?.wantsKeepAlive == false)
    }

    @Test("reads pipelined requests in order and keeps the bytes of the next one")
    func pipelined() throws {
        let text = "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nxGET /3 HTTP/1.1\r\nHo"
        guard case .requests(let requests, true) = Parsing.parse(text) else { Issue.record("expected two requests and a partial third"); return }
        #expect(requests.map(\.path) == ["/1", "/2"])
    }

    @Test("decodes the query string: UTF-8, + as a space, %2F kept inside a value")
    func query() throws {
        let request = try #require(Parsing.single("GET /s?team=Bygg+og+eiendom&id=2019%2F0412&navn=%C3%A6%C3%B8%C3%A5&tom HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.query["team"] == "Bygg og eiendom")
        #expect(request.query["id"] == "2019/0412")
        #expect(request.query["navn"] == "æøå")
        #expect(request.query["tom"] == "")
        #expect(request.path == "/s")
    }
}
