import AktsomKit
import Testing
@testable import AktsomWeb

@Suite("Building HTML that escapes by default")
struct MarkupTests {
    @Test("escapes every string given to the builder, in text and in attributes")
    func escaping() {
        let hostile = "<script>alert('x')</script> & \"Bærum\""
        let markup = Markup.element(.p, [.class(hostile), .title("\"><img src=x>")]) {
            hostile
            Markup.element(.strong) { 42 }
        }
        #expect(markup.html == "<p class=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bærum&quot;\" title=\"&quot;&gt;&lt;img src=x&gt;\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bærum&quot;<strong>42</strong></p>")
        #expect(!markup.html.contains("<script"))
    }

    @Test("supports if, else and for in the builder")
    func control() {
        let items = ["a", "<b>"]
        let flag = false
        let markup = Markup.element(.ul) {
            for item in items { Markup.element(.li) { item } }
            if flag { "aldri" } else { Markup.element(.li) { "ellers" } }
        }
        #expect(markup.html == "<ul><li>a</li><li>&lt;b&gt;</li><li>ellers</li></ul>")
    }

    @Test("keeps line breaks of a note as <br> and escapes the rest")
    func lines() {
        #expect(Markup.lines("linje 1\n<linje 2>").html == "linje 1<br>\n&lt;linje 2&gt;")
    }

    @Test("lets only local paths and http(s) addresses into links")
    func urls() {
        #expect(Markup.link(to: "/tiltak/2019%2F0412") { "x" }.html == "<a href=\"/tiltak/2019%2F0412\">x</a>")
        #expect(Markup.link(to: "https://www.etiskhandel.no/") { "EHN" }.html.contains("href=\"https://www.etiskhandel.no/\""))
        for hostile in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<x>", "//evil.example", "vbscript:x", " javascript:x"] {
            #expect(Attribute.safeURL(hostile) == "#", "\(hostile)")
        }
        #expect(Markup.void(.img, [.src("data:image/png;base64,xx")]).html == "<img src=\"#\">")
    }

    @Test("puts the CSRF field first in every POST form, and none without a token")
    func postForm() {
        var request = HTTPRequest.make(.get, "/")
        request.context.csrfToken = "abc123"
        let form = Markup.postForm(action: PathLink.to("tiltak", "2019/0412", "oppdateringer"), for: request) {
            Markup.element(.button, [.type("submit")]) { "Lagre" }
        }
        #expect(form.html == "<form method=\"post\" action=\"/tiltak/2019%2F0412/oppdateringer\"><input type=\"hidden\" name=\"_csrf\" value=\"abc123\"><button type=\"submit\">Lagre</button></form>")
        let upload = Markup.postForm(action: "/import", for: request, multipart: true) { "" }
        #expect(upload.html.contains("enctype=\"multipart/form-data\""))
        #expect(Markup.csrfField(for: .make(.get, "/")) == .empty)
    }

    @Test("writes a whole document with language, charset, title and the stylesheet")
    func document() {
        let html = HTMLDocument(title: "Fjordvik <kommune>", language: .en) { Markup.element(.h1) { "Hei" } }.html
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Fjordvik &lt;kommune&gt;</title>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/static/aktsom.css\">"))
        #expect(html.contains("<body><h1>Hei</h1></body></html>"))
    }

    @Test("serves the stylesheet from the binary as CSS")
    func stylesheet() {
        var router = Router()
        router.serve(.stylesheet)
        let response = router.respond(to: .make(.get, "/static/aktsom.css"))
        #expect(response.status.code == 200)
        #expect(response.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(response.text.contains(":root"))
        #expect(router.respond(to: .make(.get, "/static/../Package.swift")).status.code == 404)
        #expect(router.respond(to: .make(.get, "/static/%2E%2E%2FPackage.swift")).status.code == 404)
    }
}
