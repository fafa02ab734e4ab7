import Testing
@testable import AktsomKit

/// The organisation's own text as it was typed: web addresses become links in HTML and stay as
/// written in Markdown, lists stay lists, and line breaks are stored as LF.
@Suite("The lead's own words in every format")
struct OwnWordsTests {
    @Test("web addresses are found with the sentence's punctuation left outside", arguments: [
        ("Se https://www.fjordvik.kommune.no/innkjop.", ["https://www.fjordvik.kommune.no/innkjop"]),
        ("(lenke: http://x.no/a_b)", ["http://x.no/a_b"]),
        ("https://no.wikipedia.org/wiki/Fisk_(dyr) er lenken", ["https://no.wikipedia.org/wiki/Fisk_(dyr)"]),
        ("«https://a.no/s?x=1&y=2»,", ["https://a.no/s?x=1&y=2"]),
        ("HTTPS://A.NO og https://b.no", ["HTTPS://A.NO", "https://b.no"]),
        ("ftp://x.no, javascript:alert(1), xhttps://a.no, https://", []),
        ("ingen lenke her", []),
    ])
    func addresses(text: String, expected: [String]) {
        let found = WebAddress.segments(in: text).compactMap { segment -> String? in
            if case .address(let address) = segment { return String(address) }
            return nil
        }
        #expect(found == expected)
        // The pieces put back together are the text.
        #expect(WebAddress.segments(in: text).map { segment -> String in
            switch segment { case .text(let plain): return String(plain); case .address(let address): return String(address) }
        }.joined() == text)
    }

    @Test("HTML makes each address a link to itself, everything escaped; Markdown keeps it as written")
    func linksAndMarkdown() {
        let text = "Policy: https://x.no/a?b=1&c=<2> og *viktig*"
        #expect(HTML.linking(text, keepingLines: false)
            == "Policy: <a href=\"https://x.no/a?b=1&amp;c=\">https://x.no/a?b=1&amp;c=</a>&lt;2&gt; og *viktig*")
        #expect(Markdown.escape("Se https://x.no/a_b_c*d [her]") == "Se https://x.no/a_b_c*d \\[her\\]")
        #expect(Markdown.cell("https://x.no/a|b") == "https://x.no/a\\|b")
        #expect(HTML.linking("<script>", keepingLines: false) == "&lt;script&gt;")
    }

    @Test("lines that start with «- » or «1. » are lists; a date is not an item, and neither is one numbered line")
    func lists() {
        #expect(TextBlocks.parse("Vi har:\n- krav\n- oppfølging\n\nSå videre.")
            == [.paragraph("Vi har:"), .bullets(["krav", "oppfølging"]), .paragraph("Så videre.")])
        #expect(TextBlocks.parse("1. Kartlegging\n2. Krav\n   i alle avtaler") == [.numbered(start: 1, items: ["Kartlegging", "Krav\ni alle avtaler"])])
        #expect(TextBlocks.parse("1. januar 2025 startet vi.\n2. mars fulgte vi opp.") == [.paragraph("1. januar 2025 startet vi.\n2. mars fulgte vi opp.")])
        #expect(TextBlocks.parse("3. plass i landet") == [.paragraph("3. plass i landet")])
        #expect(TextBlocks.parse("-20 % utslipp") == [.paragraph("-20 % utslipp")])
        #expect(TextBlocks.parse("a\r\n\r\nb") == [.paragraph("a"), .paragraph("b")])
    }

    @Test("a note's list is a list in Markdown, HTML and JSON, never escaped into «\\-»")
    func listInEveryFormat() {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune"))
        data.editYear(2025) { $0.notes["1.E.1"] = "Erfaringer:\r\n- bedre krav\r\n- mer oppfølging\r\n\r\nLes mer på https://x.no." }
        let report = ReportBuilder(data: data, template: .ehnOffentlig, year: 2025).build()
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("Erfaringer:\n\n- bedre krav\n- mer oppfølging\n\nLes mer på https://x.no.\n"), "\(markdown)")
        #expect(!markdown.contains("\\-"))
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<ul>\n<li>bedre krav</li>\n<li>mer oppfølging</li>\n</ul>"))
        #expect(html.contains("Les mer på <a href=\"https://x.no\">https://x.no</a>."))
        #expect(JSONReportRenderer.render(report).contains("\"type\": \"list\""))
    }

    @Test("line breaks are LF once read, from any door", arguments: ["a\r\nb", "a\rb", "a\nb"])
    func lineEndings(text: String) {
        #expect(LineEndings.normalized(text) == "a\nb")
    }
}
