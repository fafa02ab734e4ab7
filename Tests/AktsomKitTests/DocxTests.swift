import Foundation
import Testing
@testable import AktsomKit

/// The report as a Word document, from the same filled `Report` the other renderers see.
@Suite("Reports as Word documents")
struct DocxTests {
    static func example() throws -> PlanData {
        try PlanStore(folder: FuzzTests.example.path, fileSystem: LocalFileSystem()).load().data
    }

    /// The text of each paragraph in the body with the style it has, in order.
    static func paragraphs(_ document: String) -> [(style: String?, text: String)] {
        var reader = XMLReader(Array(document.utf8))
        var out: [(style: String?, text: String)] = []
        var style: String?, text = "", depth = 0, inText = false
        while let event = try? reader.next() {
            switch event {
            case .start("p", _):
                depth += 1
                if depth == 1 { style = nil; text = "" }
            case .start("pStyle", let attributes): if depth == 1 { style = attributes["w:val"] }
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .start("br", _): text += "\n"
            case .text(let content): if inText { text += content }
            case .end("p"):
                if depth == 1 { out.append((style, text)) }
                depth -= 1
            default: break
            }
        }
        return out
    }

    @Test("every template: a well-formed package, the sections as Word headings at their levels, tables with a repeated header row")
    func everyTemplate() throws {
        let data = try Self.example()
        for template in TemplateCatalog.all {
            let report = ReportBuilder(data: data, template: template, year: 2025).build()
            let bytes = DocxRenderer.render(report)
            let opened = try OfficePackageCheck.open(bytes)
            let document = opened.text("word/document.xml")
            let paragraphs = Self.paragraphs(document)
            #expect(paragraphs.first?.style == "Title" && paragraphs.first?.text == report.title)
            let headings = paragraphs.filter { $0.style?.hasPrefix("Heading") == true }
            // Each section's heading, at its level, in the report's order.
            var expected = report.charts.isEmpty ? [] : [("Heading1", "Oversikt")]
            func walk(_ blocks: [ReportBlock], level: Int) {
                for case .group(let title, let inner) in blocks {
                    expected.append(("Heading\(min(level + 1, 6))", TextTable.singleLine(title)))
                    walk(inner, level: min(level + 1, 6))
                }
            }
            for section in report.sections {
                let level = min(max(section.level, 1), 6)
                expected.append(("Heading\(level)", section.heading + (section.source == .blank ? "  ikke utfylt" : "")))
                walk(section.blocks, level: level)
            }
            #expect(headings.map { "\($0.style ?? "") \($0.text)" } == expected.map { "\($0.0) \($0.1)" }, "\(template.id)")
            // One Word table per report table and per chart, each with a repeated header row.
            let tables = document.components(separatedBy: "<w:tbl>").count - 1
            #expect(tables == report.tables.count + report.charts.count, "\(template.id)")
            #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == tables)
            // A picture per chart: a PNG and its SVG.
            #expect(opened.parts.keys.filter { $0.hasSuffix(".png") }.count == report.charts.count)
            #expect(opened.parts.keys.filter { $0.hasSuffix(".svg") }.count == report.charts.count)
            #expect(opened.text("word/header1.xml").contains(XMLText.escape(report.organisation)))
            #expect(opened.text("word/footer1.xml").contains(" PAGE ") && opened.text("word/footer1.xml").contains(" NUMPAGES "))
            #expect(DocxRenderer.render(report) == bytes, "the same report makes the same bytes")
        }
    }

    @Test("user text is escaped, and characters XML cannot hold are dropped, never a broken document")
    func hostileText() throws {
        let report = Report(templateID: "t", title: "Rapport <b>&</b>", organisation: "Org \"A\" & <B>", year: 2025, asOf: Day(iso: "2025-12-31") ?? .latest,
                            sections: [ReportSection(id: "1", title: "Tittel\u{1}\u{FFFE} ]]>", level: 1, showsID: true, source: .data, blocks: [
                                .paragraph("<script>alert(1)</script>\nny linje\tfane _x0041_"),
                                .field(label: "Felt & mer", value: nil, fix: .writeAnswer(year: 2025, section: "1")),
                                .table(ReportTable(id: "x", columns: ["A<", "B&"], rows: [["Ja", "Nei"], ["1\n2", ""]], markedRows: [1])),
                                .list(["én", "to <tre>"]),
                                .numberedList(start: 3, items: ["tre", "fire"]),
                                .field(label: "Liste i svaret", value: "Slik:\n- første punkt\n- andre punkt", fix: nil),
                            ])],
                            charts: [Chart(id: "c", title: "Figur & <tittel>", style: .stacked, series: ["a<", "b"], tones: [.good, .bad],
                                           rows: [Chart.Row(label: "Rad «æøå» <x>", values: [2, 3])], caption: "Tekst & mer")])
        let opened = try OfficePackageCheck.open(DocxRenderer.render(report))
        let document = opened.text("word/document.xml")
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!document.contains("\u{1}") && !document.contains("\u{FFFE}"))
        let paragraphs = Self.paragraphs(document)
        // The tab is Word's own tab element, between the two pieces of text.
        #expect(paragraphs.contains { $0.text == "<script>alert(1)</script>\nny linjefane _x0041_" })
        #expect(opened.text("word/header1.xml").contains("Org &quot;A&quot; &amp; &lt;B&gt;"))
        // Lists as typed: a numbered list from its first number, an answer's «- » lines as bullets.
        #expect(paragraphs.contains { $0.text == "3.tre" } && paragraphs.contains { $0.text == "4.fire" })
        #expect(document.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"40\"/></w:pPr><w:r><w:t xml:space=\"preserve\">første punkt</w:t>"))
        #expect(paragraphs.contains { $0.text == "Slik:" })
        // A blank answer says what fills it, as the Markdown does: the command, in a code font.
        let command = XMLText.escape(Fix.writeAnswer(year: 2025, section: "1").command)
        #expect(document.contains("<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/></w:rPr><w:t xml:space=\"preserve\">\(command)</w:t>"))
        let svg = opened.text("word/media/figur-1-c.svg")
        #expect(svg.contains("Rad «æøå» &lt;x&gt;") && svg.contains("font-size=\"12\""))
    }

    @Test("a chart's picture: a PNG that decodes, twice the SVG's size, with the bars' colours where the SVG puts them")
    func chartPicture() throws {
        let chart = Chart(id: "c", title: "Status", style: .stacked, series: ["gjennomført", "forsinket"], tones: [.good, .warning],
                          rows: [Chart.Row(label: "Klima og miljø", values: [3, 1])], caption: "")
        let png = ChartPicture.png(chart)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height; IDAT: the zlib stream, read with Aktsom's own decoder.
        let reader = { (offset: Int) -> Int in Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8 | Int(png[offset + 3]) }
        let width = reader(16), height = reader(20)
        let size = ChartPicture.size(ofSVG: ChartPicture.svg(chart))
        #expect(Double(width) == size.width * 2 && Double(height) == size.height * 2)
        let idatLength = reader(33)
        #expect(String(decoding: png[37..<41], as: UTF8.self) == "IDAT")
        #expect(CRC32.checksum(png[37..<(41 + idatLength)]) == UInt32(reader(41 + idatLength)))
        let stream = png[(41 + 2)..<(41 + idatLength - 4)]
        let filtered = try Inflate.decompress(stream, limit: (width * 3 + 1) * height)
        #expect(filtered.count == (width * 3 + 1) * height)
        // Undo the «Up» filter and look at the middle of the first bar: the «good» green, #2e7d32.
        var pixels = [UInt8](repeating: 0, count: width * 3 * height)
        for row in 0..<height {
            #expect(filtered[row * (width * 3 + 1)] == 2)
            for column in 0..<(width * 3) {
                let above = row > 0 ? pixels[(row - 1) * width * 3 + column] : 0
                pixels[row * width * 3 + column] = filtered[row * (width * 3 + 1) + 1 + column] &+ above
            }
        }
        let x = (SVGChart.labelWidth + 20) * 2, y = (SVGChart.top + 8) * 2
        let index = (y * width + x) * 3
        #expect(Array(pixels[index..<(index + 3)]) == [0x2E, 0x7D, 0x32])
        // Left of the bars, where the label is drawn, some pixels are ink-dark.
        let labelRow = (SVGChart.top + 12) * 2
        let dark = (0..<(SVGChart.labelWidth * 2)).filter { pixels[(labelRow * width + $0) * 3] < 128 }
        #expect(!dark.isEmpty)
    }

    @Test("the run encoder's output is read back by the decoder, and by zlib's rules")
    func runDeflate() throws {
        let samples: [[UInt8]] = [[], [7], [UInt8](repeating: 0, count: 70_000), Array("aaaabbbbbbbbbbbbcdcdcd æøå".utf8), (0..<5_000).map { UInt8($0 % 251) }]
        for sample in samples {
            #expect(try Inflate.decompress(RunDeflate.compress(sample)[...], limit: sample.count + 1) == sample)
        }
        let zlib = RunDeflate.zlib(Array("123456789".utf8))
        #expect(zlib.prefix(2) == [0x78, 0x01] && (0x78 * 256 + 0x01) % 31 == 0)
        #expect(Array(zlib.suffix(4)) == [0x09, 0x1E, 0x01, 0xDE])   // Adler-32 of «123456789»
    }
}
