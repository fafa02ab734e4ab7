import Foundation
import Testing
@testable import AktsomKit

/// Workbooks as LibreOffice Calc saved them (Fixtures/xlsx, made by regenerate.sh from the
/// .fods and .csv beside it) and as built here part by part, read as an import reads them.
@Suite("Reading Excel workbooks")
struct XLSXReaderTests {
    /// The folder the workbooks are read from: `AKTSOM_XLSX_FIXTURES` when CI has just made them
    /// again with LibreOffice, else the committed ones.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")
    static let fixtures: URL = {
        if let folder = ProcessInfo.processInfo.environment["AKTSOM_XLSX_FIXTURES"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")
    }()

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static let plan = "Handlingsplan Fjordvik 2025 (endelig).xlsx"
    static let register = "Anskaffelser – eksport fra KGV.xlsx"

    @Test("LibreOffice's workbook: sheets in order, merged cells filled, dates, percentages and numbers as a CSV has them")
    func libreOfficePlan() throws {
        let workbook = try XLSXWorkbook(bytes: Self.fixture(Self.plan))
        #expect(workbook.sheetNames == ["Handlingsplan 2025", "Skjult hjelpeark", "Anskaffelser"])
        #expect(workbook.sheets.map(\.hidden) == [false, true, false])
        let sheet = try workbook.sheet()
        #expect(sheet.name == "Handlingsplan 2025")
        #expect(sheet.mergedRanges == ["A3:A5", "B3:B4"])
        let rows = Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.number, $0.cells) })
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(rows[2] == ["Område", "Mål", "Tiltak", "Ansvarlig", "Frist", "Startet", "Andel", "Kostnad (NOK)"])
        #expect(rows[3] == ["Klima og miljø", "Utslippsfrie bygge- og anleggsplasser", "Krav om utslippsfri byggeplass i alle nye kontrakter",
                            "Byggherre", "2025-06-30", "2025-01-15", "30 %", "48500000"])
        // The merged area and goal reach the rows below; a two-paragraph cell keeps its line break.
        #expect(rows[4] == ["Klima og miljø", "Utslippsfrie bygge- og anleggsplasser", "Dialogmøte med leverandørene\nfør konkurransen",
                            "Innkjøpsavdelingen", "2026-03-01", "", "12,5 %", "12,5"])
        #expect(rows[5] == ["Klima og miljø", "Fossilfri bilpark", "Elektriske tjenestebiler & ladepunkter", "Eiendom", "løpende", "TRUE"])
        #expect(rows[6]?[2] == "Sjekkliste for høyrisiko <alle> «nye» anskaffelser")
        let register = try workbook.sheet(named: "anskaffelser")
        #expect(register.rows.map(\.cells) == [
            ["Saksnummer", "Tittel", "Avtalestart", "Verdi (NOK)", "Høyrisiko"],
            ["2019/0412", "Arbeidsklær; sko", "2024-03-01", "48500000", "Ja"],
            // LibreOffice writes 28 February 1900 as serial 60, which the format (and Excel) reads as
            // the 29th, a day that never was: it is shown as Excel shows it, and refused where a date is read.
            ["2025/0001", "Kaffe", "1900-02-29", "3000", "Nei"],
        ])
    }

    @Test("a register LibreOffice saved from a Norwegian CSV reads as that CSV does")
    func libreOfficeRegisterFromCSV() throws {
        let workbook = try Spreadsheet.read(Self.fixture(Self.register), file: Self.register, expectedHeader: Localized(verbatim: ""))
        let csv = try Spreadsheet.read(Array(try Data(contentsOf: Self.sources.appendingPathComponent("anskaffelser.csv"))), file: "anskaffelser.csv",
                                       expectedHeader: Localized(verbatim: ""))
        #expect(workbook.header == csv.header)
        #expect(workbook.rows.map(\.line) == csv.rows.map(\.line))
        // LibreOffice took 01.03.2024 for a date and 48500000,50 for a number; they come back as an import reads them.
        #expect(workbook.rows[0].cells == ["2019/0412", "Arbeidsklær; sko", "2024", "2024-03-01", "Arbeidsklær", "rammeavtale", "3", "48500000,5", "Ja", "Ja", "Nei", "x"])
        #expect(csv.rows[0].cells[3] == "01.03.2024")
        #expect(workbook.format == .xlsx(sheet: "anskaffelser", sheets: ["anskaffelser"]))
        #expect(workbook.numbering == .row)
    }

    @Test("the sheet is chosen by name, and a missing one is named with the sheets there are")
    func sheetChoice() throws {
        let bytes = try Self.fixture(Self.plan)
        let read = try Spreadsheet.read(bytes, file: "plan.xlsx", expectedHeader: Localized(verbatim: ""), sheet: "Anskaffelser")
        #expect(read.header.first == "Saksnummer")
        #expect(read.headerLine == 1)
        do {
            _ = try Spreadsheet.read(bytes, file: "plan.xlsx", expectedHeader: Localized(verbatim: ""), sheet: "Tiltak")
            Issue.record("a missing sheet was read")
        } catch {
            let text = error.diagnostic.rendered(.nb)
            #expect(text.contains("plan.xlsx"))
            #expect(text.contains("«Handlingsplan 2025», «Skjult hjelpeark», «Anskaffelser»"), "\(text)")
            #expect(text.contains("--sheet"))
        }
    }

    @Test("rows keep their Excel numbers, and the header is found below a title row")
    func excelRowNumbers() throws {
        let read = try Spreadsheet.read(try Self.fixture(Self.plan), file: "plan.xlsx", expectedHeader: Localized(verbatim: "")) { cells in
            cells.contains("Tiltak")
        }
        #expect(read.headerLine == 2)
        #expect(read.preamble.map(\.line) == [1])
        #expect(read.rows.map(\.line) == [3, 4, 5, 6])
        let error = read.refused([ImportProblem(line: 12, column: "Frist", Localized("ugyldig dato", en: "invalid date"))])
        #expect(error.diagnostic.notes.first?.nb == "  rad 12, kolonne «Frist»: ugyldig dato")
    }

    // MARK: Workbooks built part by part

    /// A workbook of one sheet from its XML; `styles` and `strings` are added when given.
    static func workbook(sheet: String, strings: String? = nil, styles: String? = nil, workbookPr: String = "",
                         sheets: String = #"<sheet name="Ark1" sheetId="1" r:id="rId1"/>"#) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var writer = ZipWriter()
        writer.add("[Content_Types].xml", text: "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        writer.add("_rels/.rels", text: "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        writer.add("xl/workbook.xml", text: "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">\(workbookPr)<sheets>\(sheets)</sheets></workbook>")
        var rels = "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        if strings != nil { rels += "<Relationship Id=\"rId2\" Type=\"\(relationships)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>" }
        if styles != nil { rels += "<Relationship Id=\"rId3\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>" }
        writer.add("xl/_rels/workbook.xml.rels", text: "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        writer.add("xl/worksheets/sheet1.xml", text: "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet)</sheetData></worksheet>")
        if let strings { writer.add("xl/sharedStrings.xml", text: "<sst xmlns=\"\(main)\">\(strings)</sst>") }
        if let styles { writer.add("xl/styles.xml", text: "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>") }
        return writer.finished()
    }

    static func cells(_ bytes: [UInt8]) throws(WorkbookError) -> [[String]] {
        try XLSXWorkbook(bytes: bytes).sheet().rows.map(\.cells)
    }

    @Test("shared, rich and inline strings, _x000D_ escapes, booleans, errors and formulas' saved values")
    func cellTypes() throws {
        let strings = "<si><t>Tiltak</t></si><si><r><t>Fet </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">og vanlig</t></r><rPh><t>ふりがな</t></rPh></si><si><t>Linje_x000D_\nto _x005F_x0041_</t></si>"
        let sheet = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>innebygd &amp; «tekst»</t></is></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>A1&amp;"!"</f><v>Tiltak!</v></c><c r="E3"><f>1+1</f><v>2</v></c></row>
            """
        #expect(try Self.cells(Self.workbook(sheet: sheet, strings: strings)) == [
            ["Tiltak", "Fet og vanlig", "", "innebygd & «tekst»"],
            ["Linje\r\nto _x0041_", "FALSE", "#N/A", "Tiltak!", "2"],
        ])
    }

    @Test("numbers by their format: built-in and custom dates, times, percentages, the 1904 system")
    func numberFormats() throws {
        let styles = """
            <numFmts count="3"><numFmt numFmtId="164" formatCode="[$-414]d\\. mmmm yyyy;@"/><numFmt numFmtId="165" formatCode="0.0&quot; dager&quot;"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="10"/></cellXfs>
            """
        let sheet = """
            <row r="1"><c s="1"><v>45838</v></c><c s="2"><v>1</v></c><c s="1"><v>59</v></c><c s="1"><v>60</v></c><c s="1"><v>61</v></c></row>
            <row r="2"><c s="3"><v>12.25</v></c><c s="4"><v>45838.5</v></c><c s="4"><v>45838</v></c><c s="5"><v>0.1234</v></c><c><v>0.30000000000000004</v></c><c><v>-4</v></c></row>
            """
        #expect(try Self.cells(Self.workbook(sheet: sheet, styles: styles)) == [
            ["2025-06-30", "1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"],
            ["12,25", "2025-06-30 12:00", "2025-06-30", "12,34 %", "0,3", "-4"],
        ])
        let mac = Self.workbook(sheet: #"<row r="1"><c s="1"><v>0</v></c><c s="1"><v>44376</v></c></row>"#, styles: styles,
                                workbookPr: #"<workbookPr date1904="1"/>"#)
        #expect(try Self.cells(mac) == [["1904-01-01", "2025-06-30"]])
    }

    @Test("Excel's serials: the 1900 leap-year quirk on both sides of 29 February 1900")
    func serials() {
        #expect(ExcelDate.day(serial: 1, system: .from1900)?.iso == "1900-01-01")
        #expect(ExcelDate.day(serial: 59, system: .from1900)?.iso == "1900-02-28")
        #expect(ExcelDate.day(serial: 60, system: .from1900) == nil)
        #expect(ExcelDate.day(serial: 61, system: .from1900)?.iso == "1900-03-01")
        #expect(ExcelDate.day(serial: 45_838.99, system: .from1900)?.iso == "2025-06-30")
        #expect(ExcelDate.day(serial: 2_958_465, system: .from1900)?.iso == "9999-12-31")
        #expect(ExcelDate.day(serial: -1, system: .from1900) == nil)
        #expect(ExcelDate.day(serial: .nan, system: .from1900) == nil)
        #expect(NumberFormat(code: "General") == .number)
        #expect(NumberFormat(code: "#,##0.00\\ \"kr\"") == .number)
        #expect(NumberFormat(code: "0.00E+00") == .number)
        #expect(NumberFormat(code: "[Red]dd.mm.yy") == .date)
        #expect(NumberFormat(code: "[h]:mm") == .time(seconds: false))
        #expect(NumberFormat(code: "0%;[Red]-0%") == .percent)
        #expect(NumberFormat(code: "\"dag\" 0") == .number)
    }

    @Test("merged ranges fill every cell, rows and columns they reach included")
    func mergedRanges() throws {
        let sheet = #"<row r="2"><c r="B2" t="inlineStr"><is><t>Klima</t></is></c><c r="D2" t="inlineStr"><is><t>x</t></is></c></row>"#
        var bytes = Self.workbook(sheet: sheet)
        // The merge list comes after sheetData.
        let archive = try ZipArchive(bytes: bytes)
        var writer = ZipWriter()
        for entry in archive.entries {
            var contents = try archive.contents(of: entry)
            if entry.name == "xl/worksheets/sheet1.xml" {
                contents = Array(String(decoding: contents, as: UTF8.self)
                    .replacingOccurrences(of: "</sheetData>", with: "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"B2:C4\"/><mergeCell ref=\"E7:F7\"/></mergeCells>").utf8)
            }
            writer.add(entry.name, contents)
        }
        bytes = writer.finished()
        let read = try XLSXWorkbook(bytes: bytes).sheet()
        #expect(read.rows.map(\.number) == [2, 3, 4])
        #expect(read.rows.map(\.cells) == [["", "Klima", "Klima", "x"], ["", "Klima", "Klima"], ["", "Klima", "Klima"]])
    }

    @Test("a damaged, foreign or oversized workbook is refused with the file, the part and the limit named")
    func refusals() throws {
        func message(_ bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits()) -> String {
            do {
                _ = try Spreadsheet.read(bytes, file: "Plan (endelig).xlsx", expectedHeader: Localized(verbatim: ""), limits: limits)
                return "read"
            } catch {
                return error.diagnostic.rendered(.nb)
            }
        }
        // Escaped markup in a cell is text, not markup.
        #expect(message(Self.workbook(sheet: #"<row r="1"><c t="inlineStr"><is><t>&lt;!DOCTYPE</t></is></c></row>"#)) == "read")
        let doctype = message(Self.workbook(sheet: "").replacingSheet { "<!DOCTYPE w [<!ENTITY a \"aaaa\">]>" + $0 })
        #expect(doctype.contains("DOCTYPE") && doctype.contains("xl/worksheets/sheet1.xml"), "\(doctype)")
        let formula = message(Self.workbook(sheet: #"<row r="4"><c r="C4"><f>SUM(A1:A3)</f></c></row>"#))
        #expect(formula.contains("Plan (endelig).xlsx") && formula.contains("C4") && formula.contains("formel uten lagret verdi"), "\(formula)")
        let backwards = message(Self.workbook(sheet: #"<row r="5"/><row r="3"/>"#))
        #expect(backwards.contains("xl/worksheets/sheet1.xml") && backwards.contains("stigende"), "\(backwards)")
        let badXML = message(Self.workbook(sheet: #"<row r="1"><c><v>1</c></row>"#))
        #expect(badXML.contains("xl/worksheets/sheet1.xml, linje 1") && badXML.contains("</c>"), "\(badXML)")
        var small = WorkbookLimits()
        small.cells = 3
        let big = message(Self.workbook(sheet: #"<row r="1"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>"#), limits: small)
        #expect(big.contains("mer enn 3 celler") && big.contains("høyst 3"), "\(big)")
        let merged = message(Self.workbook(sheet: #"<row r="1"><c><v>1</v></c></row>"#).replacingSheet { $0.replacingOccurrences(of: "</sheetData>", with: #"</sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>"#) })
        #expect(merged.contains("mer enn 2 000 000 celler"), "\(merged)")
        var writer = ZipWriter()
        writer.add("mimetype", text: "application/vnd.oasis.opendocument.spreadsheet")
        #expect(message(writer.finished()).contains(".ods"))
        #expect(message([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).contains(".xls"))
        #expect(message(Array(try Self.fixture(Self.plan).dropLast(30))).contains("avkortet eller skadet"))
    }

    @Test("the XML reader: references, CDATA, comments; refused: DOCTYPE, crossed and unclosed tags, bare &")
    func xmlReader() throws {
        func events(_ text: String) throws(XMLError) -> [XMLEvent] {
            var reader = XMLReader(Array(text.utf8))
            var out: [XMLEvent] = []
            while let event = try reader.next() { out.append(event) }
            return out
        }
        #expect(try events("<?xml version=\"1.0\"?>\n<!-- c --><x:a b='1 &amp; 2' c=\"&#xE6;&#248;\"><![CDATA[<ikke>]]>t&lt;&gt;&quot;&apos;\r\n</x:a>") == [
            .start(name: "a", attributes: ["b": "1 & 2", "c": "æø"]), .text("<ikke>"), .text("t<>\"'\n"), .end(name: "a"),
        ])
        for bad in ["<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a><b></a></b>", "<a>", "<a>1 & 2</a>", "<a b=1/>", "<a b=\"1\" b=\"2\"/>",
                    "<a/><b/>", "tekst<a/>", "<a>&#0;</a>", "<a>&bogus;</a>", "", "<a b=\"<\"/>"] {
            #expect(throws: XMLError.self, "\(bad)") { try events(bad) }
        }
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(throws: XMLError.self) { try events(deep) }
    }
}

extension Array where Element == UInt8 {
    /// The same workbook with its sheet's XML changed.
    func replacingSheet(_ change: (String) -> String) -> [UInt8] {
        guard let archive = try? ZipArchive(bytes: self) else { return self }
        var writer = ZipWriter()
        for entry in archive.entries {
            guard var contents = try? archive.contents(of: entry) else { return self }
            if entry.name == "xl/worksheets/sheet1.xml" { contents = Array(change(String(decoding: contents, as: UTF8.self)).utf8) }
            writer.add(entry.name, contents)
        }
        return writer.finished()
    }
}
