import Testing
@testable import AktsomKit

/// The defects a reader found when the HTML was printed to A4 in Chromium, each held by a test.
@Suite("The report on paper")
struct ReportPrintTests {
    private func report(rows: [[String]] = [["Tiltak", "FORFALT"]], marked: Set<Int> = [0]) -> Report {
        Report(templateID: "t", title: "T", organisation: "O", year: 2025, asOf: Day(iso: "2025-12-31")!, sections: [
            ReportSection(id: "s", title: "S", level: 2, showsID: false, source: .data, blocks: [
                .paragraph("Målverdi 30 %, faktisk 2 150 000 kroner"),
                .table(ReportTable(id: "x", columns: ["A", "B"], rows: rows, rowIDs: ["m-1"], markedRows: marked)),
            ]),
        ], charts: [Chart(id: "c", title: "c", style: .stacked, series: ["a"], tones: [.good],
                          rows: [Chart.Row(label: "Redusere klimagassutslipp fra kjøretøyparken med 30 prosent innen 2030", values: [3])],
                          caption: "c")])
    }

    @Test("print rules: A4 with page numbers, tables that wrap to the page, headings kept with what follows")
    func printRules() {
        let html = HTMLRenderer.render(report())
        #expect(html.contains("size: A4;"))
        #expect(html.contains("@bottom-right { content: \"Side \" counter(page) \" av \" counter(pages)"))
        #expect(html.contains("overflow-wrap: break-word"))
        #expect(html.contains("h1, h2, h3, h4, h5, h6 { break-after: avoid;"))
    }

    @Test("a number stays on one line with its unit and its digit groups")
    func numbersTogether() {
        let html = HTMLRenderer.render(report())
        #expect(html.contains("30&nbsp;%") && html.contains("2&nbsp;150&nbsp;000"))
        #expect(HTMLRenderer.keepNumbersTogether("3 av 4") == "3 av 4")
    }

    @Test("an overdue row is marked")
    func markedRows() {
        let html = HTMLRenderer.render(report())
        #expect(html.contains("<tr class=\"marked\"><td>Tiltak</td><td>FORFALT</td></tr>"))
        #expect(html.contains("tr.marked td {"))
    }

    @Test("chart labels are whole, wrapped onto lines instead of cut")
    func labelsWhole() {
        let label = "Redusere klimagassutslipp fra kjøretøyparken med 30 prosent innen 2030"
        let svg = SVGChart.render(report().charts[0])
        for word in label.split(separator: " ") { #expect(svg.contains(String(word)), "\(word)") }
        #expect(!svg.contains("…"))
        #expect(SVGChart.wrap(label, width: 36).allSatisfy { $0.count <= 36 })
        #expect(SVGChart.wrap(label, width: 36).joined(separator: " ") == label)
        #expect(SVGChart.wrap(String(repeating: "x", count: 80), width: 36).joined() == String(repeating: "x", count: 80))
    }

    @Test("a row's id is kept in JSON and in the CSV's first column, not in the text")
    func rowIDs() {
        let report = report(rows: [["Arbeidsklær", "Ja"]], marked: [])
        #expect(JSONReportRenderer.render(report).contains("\"rowIds\": [\"m-1\"]"))
        let csv = CSVReportRenderer.render(report)[0].content
        #expect(csv.contains("ID;A;B\r\n") && csv.contains("m-1;Arbeidsklær;Ja"))
        #expect(!MarkdownRenderer.render(report).contains("m-1"))
    }

    @Test("an overarching goal ending with a full stop gets no second one")
    func sentences() {
        #expect(ReportText.sentences(["Overordnet mål: Vi skal kjøpe klimavennlig.", "Bærekraftsmål: 12, 13"])
                == "Overordnet mål: Vi skal kjøpe klimavennlig. Bærekraftsmål: 12, 13.")
    }
}
