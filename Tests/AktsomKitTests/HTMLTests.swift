import Testing
@testable import AktsomKit

@Suite("HTML escaping")
struct HTMLTests {
    @Test("escapes markup characters so user text can never become markup")
    func escapes() {
        #expect(HTML.escape("<script>alert('x')</script> & \"q\"") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(HTML.escape("æøå – ok") == "æøå – ok")
        #expect(HTML.escape("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test("keeps line breaks as <br> and makes safe anchors")
    func linesAndAnchors() {
        #expect(HTML.escapeKeepingLines("a<\nb") == "a&lt;<br>\nb")
        #expect(HTML.anchor("2.A.2") == "2.A.2")
        #expect(HTML.anchor("tiltak-klima/1 \"x\"") == "tiltak-klima-1--x-")
    }
}
