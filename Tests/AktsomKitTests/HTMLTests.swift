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

    @Test("user text in every kind of report block, table cells included, is escaped in the HTML", arguments: [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><b>fet</b>", "Ja<b>", "A & B",
    ])
    func everyBlockEscaped(hostile: String) {
        let blocks: [ReportBlock] = [
            .paragraph(hostile), .field(label: hostile, value: hostile, fix: nil), .field(label: hostile, value: nil, fix: .writeGoalStatus(year: 2025, goal: hostile)),
            .list([hostile]), .table(ReportTable(id: hostile, columns: [hostile], rows: [[hostile, "Ja"], ["Nei", hostile]])),
            .group(title: hostile, blocks: [.table(ReportTable(id: "t", columns: ["c"], rows: [[hostile]]))]), .notFilled(fix: .setRiskGoal(risk: hostile)),
        ]
        let report = Report(templateID: "t", title: hostile, organisation: hostile, year: 2025, asOf: Day(iso: "2025-12-31")!,
                            sections: [ReportSection(id: hostile, title: hostile, level: 1, showsID: true, source: .data, blocks: blocks)])
        let html = HTMLRenderer.render(report)
        #expect(!html.contains(hostile), "\(hostile) came through unescaped")
        #expect(html.contains(HTML.escape(hostile)))
        #expect(!html.contains("<td>\(hostile)"), "a table cell came through unescaped")
        let preview = HTMLRenderer.body(report, linkingBlanks: true)
        #expect(!preview.contains(hostile), "the preview's links to the forms escape their ids too")
    }
}
