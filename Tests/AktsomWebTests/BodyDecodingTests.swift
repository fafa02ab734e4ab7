import AktsomKit
import Testing
@testable import AktsomWeb

@Suite("Decoding URLs, forms, multipart bodies and cookies")
struct BodyDecodingTests {
    @Test("percent-decodes strictly: a broken escape or bytes that are not UTF-8 give nil")
    func percentDecoding() {
        #expect(PercentEncoding.decode("2019%2F0412") == "2019/0412")
        #expect(PercentEncoding.decode("%C3%A6%c3%b8%C3%A5") == "æøå")
        #expect(PercentEncoding.decode("a+b") == "a+b")
        #expect(PercentEncoding.decode("a+b", plusAsSpace: true) == "a b")
        #expect(PercentEncoding.decode("100%") == nil)
        #expect(PercentEncoding.decode("%2") == nil)
        #expect(PercentEncoding.decode("%G0") == nil)
        #expect(PercentEncoding.decode("%FF") == nil)
        #expect(PercentEncoding.decode("%C3") == nil)
    }

    @Test("percent-encodes all but the unreserved characters, so a / stays inside its segment")
    func percentEncoding() {
        #expect(PercentEncoding.encode("2019/0412") == "2019%2F0412")
        #expect(PercentEncoding.encode("pågår & <x>") == "p%C3%A5g%C3%A5r%20%26%20%3Cx%3E")
        #expect(PercentEncoding.encode("klima-1.1_a~") == "klima-1.1_a~")
        for text in ["2019/0412", "æøå ÆØÅ", "a+b=c&d", "%41", "🙂"] {
            #expect(PercentEncoding.decode(PercentEncoding.encode(text)) == text)
        }
    }

    @Test("decodes url-encoded forms in order, with repeated names and empty values")
    func urlEncodedForm() throws {
        let form = try #require(FormData(urlEncoded: "status=p%C3%A5g%C3%A5r&note=Krav+tatt+inn%21&status=forsinket&tom=&flagg&&id=2019%2F0412"))
        #expect(form["status"] == "pågår")
        #expect(form.values("status") == ["pågår", "forsinket"])
        #expect(form["note"] == "Krav tatt inn!")
        #expect(form["tom"] == "")
        #expect(form["flagg"] == "")
        #expect(form["id"] == "2019/0412")
        #expect(form["mangler"] == nil)
        #expect(FormData(urlEncoded: "a=%E6%F8%E5") == nil)
        #expect(FormData(urlEncoded: "a=%") == nil)
        #expect(FormData(urlEncoded: Array(repeating: "a=1", count: FormData.maximumFields + 1).joined(separator: "&")) == nil)
        #expect(FormData(urlEncoded: form.encoded) == form)
    }

    @Test("reads a form body by its Content-Type and refuses other types and charsets")
    func requestForm() throws {
        let urlEncoded = try HTTPRequest(method: .post, target: "/", headers: HTTPHeaders([("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")]),
                                         body: Array("navn=%C3%86ra".utf8))
        #expect(try urlEncoded.form()["navn"] == "Æra")
        let json = try HTTPRequest(method: .post, target: "/", headers: HTTPHeaders([("Content-Type", "application/json")]), body: Array("{}".utf8))
        #expect(throws: HTTPError.self) { try json.form() }
        let latin1 = try HTTPRequest(method: .post, target: "/", headers: HTTPHeaders([("Content-Type", "application/x-www-form-urlencoded; charset=iso-8859-1")]),
                                     body: Array("a=b".utf8))
        #expect(throws: HTTPError.self) { try latin1.form() }
        #expect(try HTTPRequest(method: .post, target: "/").form().isEmpty)
    }

    static func multipartBody(_ boundary: String) -> [UInt8] {
        var body = Array("preamble to ignore\r\n--\(boundary)\r\n".utf8)
        body += Array("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken123\r\n--\(boundary)\r\n".utf8)
        body += Array("Content-Disposition: form-data; name=\"team\"\r\n\r\nBygg og eiendom – æøå\r\n--\(boundary)\r\n".utf8)
        body += Array("Content-Disposition: form-data; name=\"fil\"; filename=\"statusark-byggherre æøå.csv\"\r\nContent-Type: Text/CSV\r\n\r\n".utf8)
        body += [0xEF, 0xBB, 0xBF] + Array("ID;Ny status\r\nklima-1.1;pågår\r\n".utf8) + [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D]
        body += Array("\r\n--\(boundary)--\r\nepilogue".utf8)
        return body
    }

    @Test("parses multipart/form-data: fields, a file's name, type and exact bytes, æøå included")
    func multipart() throws {
        let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        let body = try MultipartBody(parsing: BodyDecodingTests.multipartBody(boundary), boundary: boundary)
        #expect(body.parts.map(\.name) == ["_csrf", "team", "fil"])
        #expect(try body.textFields()["team"] == "Bygg og eiendom – æøå")
        let file = try #require(body.part(named: "fil"))
        #expect(file.fileName == "statusark-byggherre æøå.csv")
        #expect(file.contentType == "text/csv")
        #expect(file.bytes == [0xEF, 0xBB, 0xBF] + Array("ID;Ny status\r\nklima-1.1;pågår\r\n".utf8) + [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D])
        #expect(body.part(named: "team")?.isFile == false)

        let request = try HTTPRequest(method: .post, target: "/", headers: HTTPHeaders([("Content-Type", "multipart/form-data; boundary=\"\(boundary)\"")]),
                                      body: BodyDecodingTests.multipartBody(boundary))
        #expect(try request.form()["_csrf"] == "token123")
        #expect(try request.multipart().parts.count == 3)
    }

    @Test("keeps an empty file field and an empty value")
    func emptyParts() throws {
        let text = "--b\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n\r\n--b--\r\n"
        let body = try MultipartBody(parsing: Array(text.utf8), boundary: "b")
        #expect(body.part(named: "fil")?.fileName == "")
        #expect(body.part(named: "fil")?.bytes == [])
        #expect(body.part(named: "note")?.text == "")
    }

    @Test("refuses malformed multipart bodies and too many parts")
    func malformedMultipart() {
        func refused(_ text: String, boundary: String = "b", limits: MultipartBody.Limits = MultipartBody.Limits()) -> Int? {
            do {
                _ = try MultipartBody(parsing: Array(text.utf8), boundary: boundary, limits: limits)
                return nil
            } catch {
                return error.status.code
            }
        }
        let part = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
        #expect(refused(part + "--b--") == nil)
        #expect(refused(part) == 400)                                                      // no closing delimiter
        #expect(refused("no delimiter at all") == 400)
        #expect(refused("--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--") == 400)        // no Content-Disposition
        #expect(refused("--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--b--") == 400)
        #expect(refused("--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--") == 400)  // no name
        #expect(refused("--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--b--") == 400)
        #expect(refused("--bjunk\r\n" + part + "--b--") == 400)
        #expect(refused(part + "--b--", boundary: "") == 400)
        #expect(refused(part + "--b--", boundary: String(repeating: "b", count: 71)) == 400)
        var limits = MultipartBody.Limits()
        limits.maximumParts = 2
        #expect(refused(part + part + part + "--b--", limits: limits) == 413)
        #expect(refused(part + part + "--b--", limits: limits) == nil)
        let invalidUTF8 = try? MultipartBody(parsing: Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n".utf8) + [0xFF] + Array("\r\n--b--".utf8), boundary: "b")
        #expect(throws: HTTPError.self) { try invalidUTF8?.textFields() }
    }

    @Test("reads header parameters with quoted values and refuses broken ones")
    func parameters() throws {
        let type = try #require(ParameterizedValue("Multipart/Form-Data; Boundary=\"a b;c\"; charset=utf-8"))
        #expect(type.value == "multipart/form-data")
        #expect(type["boundary"] == "a b;c")
        #expect(type["CHARSET"] == "utf-8")
        #expect(ParameterizedValue("form-data; name=\"unterminated") == nil)
        #expect(ParameterizedValue("form-data; name") == nil)
        #expect(ParameterizedValue("form-data; name=a; name=b") == nil)
        #expect(ParameterizedValue("form-data; filename=\"C:\\mappe\\fil.csv\"", backslashEscapes: false)?["filename"] == "C:\\mappe\\fil.csv")
        #expect(ParameterizedValue("text/plain; a=\"x\\\"y\"")?["a"] == "x\"y")
    }

    @Test("reads cookies, skipping pieces that are not name=value")
    func cookies() {
        let cookies = Cookies(headers: HTTPHeaders([("Cookie", "aktsom-8080=abc; junk; other=\"q\"; aktsom-8080=def"), ("Cookie", "x=1")]))
        #expect(cookies["aktsom-8080"] == "abc")
        #expect(cookies.values("aktsom-8080") == ["abc", "def"])
        #expect(cookies["other"] == "q")
        #expect(cookies["x"] == "1")
        #expect(cookies["junk"] == nil)
    }

    @Test("writes a Set-Cookie with safe defaults that a value cannot add attributes to")
    func setCookie() {
        #expect(SetCookie(name: "aktsom-8080", value: "abc").headerValue == "aktsom-8080=abc; Path=/; HttpOnly; SameSite=Strict")
        var cookie = SetCookie(name: "n", value: "a; Domain=evil.example\r\nX: y")
        cookie.maxAge = 0
        #expect(cookie.headerValue == "n=aDomain=evil.exampleX:y; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")
    }
}
