import AktsomKit
import Foundation
import Testing

/// The status sheet as an Excel workbook: `sheet export --out FILE.xlsx` and back with `sheet
/// import`, under the same rules as the CSV.
@Suite("Status sheets as Excel workbooks")
struct SheetWorkbookTests {
    /// The sheet part of a workbook.
    static func sheetXML(_ bytes: Data) throws -> String {
        let archive = try ZipArchive(bytes: Array(bytes))
        return String(decoding: try archive.contents(of: try #require(archive.entry(named: "xl/worksheets/sheet1.xml"))), as: UTF8.self)
    }

    /// The workbook with cells filled in as a spreadsheet saves them: text as inline strings, a
    /// date as a serial number in the sheet's date style. `cells` maps `I3` to its value.
    static func filled(_ bytes: Data, _ cells: [String: String], dates: [String: Int] = [:]) throws -> Data {
        let archive = try ZipArchive(bytes: Array(bytes))
        var writer = ZipWriter()
        for entry in archive.entries {
            var contents = try archive.contents(of: entry)
            if entry.name == "xl/worksheets/sheet1.xml" {
                var xml = String(decoding: contents, as: UTF8.self)
                for (place, text) in cells {
                    let empty = try #require(xml.range(of: "<c r=\"\(place)\" s=\""), "no cell \(place)")
                    let close = try #require(xml[empty.upperBound...].range(of: "\"/>"))
                    let style = xml[empty.upperBound..<close.lowerBound]
                    xml.replaceSubrange(empty.lowerBound..<close.upperBound, with: "<c r=\"\(place)\" s=\"\(style)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>")
                }
                for (place, serial) in dates {
                    let empty = try #require(xml.range(of: "<c r=\"\(place)\" s=\""), "no cell \(place)")
                    let close = try #require(xml[empty.upperBound...].range(of: "\"/>"))
                    let style = xml[empty.upperBound..<close.lowerBound]
                    xml.replaceSubrange(empty.lowerBound..<close.upperBound, with: "<c r=\"\(place)\" s=\"\(style)\"><v>\(serial)</v></c>")
                }
                contents = Array(xml.utf8)
            }
            writer.add(entry.name, contents)
        }
        return Data(writer.finished())
    }

    @Test("the workbook holds what the CSV holds, with the status list, locked ids, frozen header and marked overdue rows")
    func workbookLikeCSV() throws {
        let cli = try CLI.withSmallPlan(now: "2025-06-01")
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        let written = try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "Statusark Innkjøp (juni).xlsx")
        #expect(written.stdout.contains("med 2 tiltak til Statusark Innkjøp (juni).xlsx"))
        let bytes = try cli.folder.bytes("Statusark Innkjøp (juni).xlsx")
        // Read back as an import reads it, it is the CSV, row for row, but for the instruction line.
        let workbook = try Spreadsheet.read(Array(bytes), file: "x.xlsx", expectedHeader: Localized(verbatim: "")) { $0.first == "ID" }
        let csv = try Spreadsheet.read(Array(try cli.folder.bytes("ark.csv")), file: "x.csv", expectedHeader: Localized(verbatim: "")) { $0.first == "ID" }
        #expect(workbook.header == csv.header)
        #expect(workbook.headerLine == 2 && csv.headerLine == 2)
        #expect(workbook.rows.map(\.line) == csv.rows.map(\.line))
        #expect(workbook.rows.map(\.cells) == csv.rows.map { $0.cells.map(CSVWriter.restored).reversed().drop { $0.isEmpty }.reversed() })
        #expect(workbook.preamble.first?.cells.first?.hasPrefix("Statusark for Innkjøp – Fjordvik kommune, laget 01.06.2025 (2025-06-01T") == true)
        let xml = try Self.sheetXML(bytes)
        #expect(xml.contains(#"<dataValidation type="list" allowBlank="1""#) && xml.contains(#"sqref="I3:I4"><formula1>"planlagt,pågår,gjennomført,forsinket,avbrutt"</formula1>"#))
        #expect(xml.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<sheetProtection sheet="1""#))
        #expect(xml.contains(#"<mergeCell ref="A1:K1"/>"#))
        // The same plan on the same day and time makes the same bytes.
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "igjen.xlsx")
        #expect(try cli.folder.bytes("igjen.xlsx") == bytes)
    }

    @Test("a filled workbook is imported under the CSV's rules: statuses, notes, dates, and refusals by Excel row")
    func roundTrip() throws {
        var cli = try CLI.withSmallPlan(now: "2025-06-01")
        try cli.ok("update", "klima-1.1", "--status", "pågår", "--by", "Byggherre")
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.xlsx")
        let sheet = try cli.folder.bytes("ark.xlsx")
        let rows = try Spreadsheet.read(Array(sheet), file: "ark.xlsx", expectedHeader: Localized(verbatim: "")) { $0.first == "ID" }.rows
        let klima = try #require(rows.first { $0.cells.first == "klima-1.2" }).line
        let etikk = try #require(rows.first { $0.cells.first == "etikk-1.1" }).line
        // 45 807 is 30 May 2025, as Excel stores a date typed as 30.05.2025.
        try cli.folder.write("ark.xlsx", try Self.filled(sheet, ["I\(klima)": "gjennomført", "J\(klima)": "Budsjettet er vedtatt &amp; lagt ut",
                                                                 "J\(etikk)": "Fem leverandører kartlagt"], dates: ["K\(klima)": 45_807]))
        cli.now = "2025-06-03"
        let dry = try cli.ok("sheet", "import", "ark.xlsx", "--team", "Innkjøp", "--dry-run")
        #expect(dry.stdout.contains("ark.xlsx: statusark for Innkjøp (Excel-arbeidsbok, arket «Statusark»)"), "\(dry.stdout)")
        #expect(dry.stdout.contains("klima-1.2  gjennomført 30.05.2025: Budsjettet er vedtatt & lagt ut"), "\(dry.stdout)")
        #expect(try cli.ok("sheet", "import", "ark.xlsx", "--team", "Innkjøp").stdout.contains("Importert: 2 nye statusoppdateringer"))
        #expect(try cli.ok("sheet", "import", "ark.xlsx", "--team", "Innkjøp").stdout.contains("Importert: 0 nye statusoppdateringer, 2 rader uten endring."))
        #expect(try cli.ok("history", "klima-1.2").stdout.contains("Budsjettet er vedtatt & lagt ut"))

        // A status not in the list (typed over the drop-down, or pasted) is refused by its Excel row.
        try cli.folder.write("feil.xlsx", try Self.filled(sheet, ["I\(etikk)": "ferdig"]))
        let refused = try cli.fails(["sheet", "import", "feil.xlsx", "--team", "Innkjøp"], exitCode: 1)
        #expect(refused.stderr.contains("rad \(etikk), kolonne «Ny status»: ukjent status «ferdig»"), "\(refused.stderr)")
        // Read for another team, it is refused as a whole, as the CSV is.
        let other = try cli.fails(["sheet", "import", "ark.xlsx", "--team", "Byggherre"], exitCode: 1)
        #expect(other.stderr.contains("arket er statusarket for «Innkjøp», ikke for «Byggherre»"), "\(other.stderr)")
    }
}
