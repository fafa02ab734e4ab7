import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("Writing responses")
struct ResponseWriterTests {
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("writes the status line, headers, Content-Length and body")
    func basic() {
        let bytes = ResponseWriter.bytes(for: .text("hei æ"), date: "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(ResponseWriterTests.text(bytes) == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 6\r\n\r\nhei æ")
    }

    @Test("leaves the body out for HEAD but keeps its length, and sends none for 204 and 304")
    func bodiless() {
        let head = ResponseWriterTests.text(ResponseWriter.bytes(for: .text("hallo"), headOnly: true))
        #expect(head.hasSuffix("Content-Length: 5\r\n\r\n"))
        let noContent = ResponseWriterTests.text(ResponseWriter.bytes(for: HTTPResponse(status: .noContent, body: Array("x".utf8))))
        #expect(noContent == "HTTP/1.1 204 No Content\r\n\r\n")
    }

    @Test("says Connection: close when the connection will close")
    func close() {
        #expect(ResponseWriterTests.text(ResponseWriter.bytes(for: .text(""), keepAlive: false)).contains("\r\nConnection: close\r\n"))
        #expect(!ResponseWriterTests.text(ResponseWriter.bytes(for: .text(""))).contains("Connection"))
    }

    @Test("owns the framing and neutralises header injection")
    func framingAndInjection() {
        var response = HTTPResponse.text("abc")
        response.headers.add("Content-Length", "999")
        response.headers.add("Transfer-Encoding", "chunked")
        response.headers.add("X-Note", "a\r\nSet-Cookie: stolen=1")
        response.headers.add("Bad Name", "x")
        let text = ResponseWriterTests.text(ResponseWriter.bytes(for: response))
        #expect(text.contains("Content-Length: 3\r\n"))
        #expect(!text.contains("999") && !text.contains("chunked"))
        #expect(text.contains("X-Note: a  Set-Cookie: stolen=1\r\n"))
        #expect(!text.contains("\r\nSet-Cookie"))
        #expect(!text.contains("Bad Name"))
    }

    @Test("adds the standard headers unless the response set its own")
    func standardHeaders() {
        var response = StaticAsset.stylesheet.response
        response.headers.add("X-Own", "1")
        let text = ResponseWriterTests.text(ResponseWriter.bytes(for: response, standardHeaders: SecurityHeaders.standard()))
        #expect(text.contains("Cache-Control: no-cache\r\n"))
        #expect(!text.contains("no-store"))
        #expect(text.contains("X-Content-Type-Options: nosniff\r\n"))
    }

    @Test("formats the Date header as IMF-fixdate")
    func date() {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 1_767_225_599)) == "Wed, 31 Dec 2025 23:59:59 GMT")
    }

    @Test("redirects only to paths on this server")
    func redirects() {
        #expect(HTTPResponse.redirect(to: "/tiltak/2019%2F0412?vis=alt").headers["Location"] == "/tiltak/2019%2F0412?vis=alt")
        #expect(HTTPResponse.redirect(to: "/x").status.code == 303)
        for hostile in ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\r\nX: y", ""] {
            #expect(HTTPResponse.redirect(to: hostile).headers["Location"] == "/")
        }
    }

    @Test("sends JSON in AktsomKit's stable style")
    func json() {
        let response = HTTPResponse.json(.object([("navn", .string("Æra")), ("antall", .int(2))]))
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(ResponseWriterTests.text(response.body) == JSONWriter.pretty(.object([("navn", .string("Æra")), ("antall", .int(2))])))
    }

    @Test("gives downloads a safe ASCII file name and the real one in filename*")
    func downloads() {
        let response = HTTPResponse.download(Array("x".utf8), fileName: "Årsrapport 2025 – Fjordvik.html", contentType: "text/html; charset=utf-8")
        #expect(response.headers["Content-Disposition"]
                == "attachment; filename=\"Arsrapport 2025 _ Fjordvik.html\"; filename*=UTF-8''%C3%85rsrapport%202025%20%E2%80%93%20Fjordvik.html")
        #expect(ContentDisposition.attachment(fileName: "../../etc/passwd") == "attachment; filename=\"_.._etc_passwd\"; filename*=UTF-8''_.._etc_passwd")
        #expect(ContentDisposition.attachment(fileName: "a\"b\r\n;c.csv") == "attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%22b%3Bc.csv")
        #expect(ContentDisposition.attachment(fileName: "...") == "attachment; filename=\"nedlasting\"; filename*=UTF-8''nedlasting")
        #expect(ContentDisposition.attachment(fileName: "Bærekraft ØÅ é.csv").contains("filename=\"Baerekraft OA e.csv\""))
    }
}
