import Foundation
import Testing
@testable import AktsomKit

@Suite("CSV reading and writing")
struct CSVTests {
    private func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(in: text, separator: CSVReader.detectSeparator(in: text))
    }

    @Test("detects ; , and tab from the header line, ignoring quoted ones", arguments: [
        ("a;b;c\n1,5;2;3", ";"), ("a,b,c\n1;2;3", ","), ("a\tb\tc", "\t"), ("\"a;b\",c,d", ","), ("a", ";"),
    ])
    func detectsSeparator(text: String, separator: String) {
        #expect(CSVReader.detectSeparator(in: text) == separator.unicodeScalars.first)
    }

    @Test("reads quoted cells with separators, quotes and line breaks, and numbers rows as a spreadsheet does")
    func quotedCells() throws {
        let text = "ID;Tittel;Verdi\r\n2019/0412;\"Arbeidsklær; sko\";\"48 500 000,00\"\r\n2020/1;\"Linje 1\r\nLinje \"\"2\"\"\";5\r\n\r\n2021/7;Siste;\n"
        let parsed = try records(text)
        // The two-line cell is one row in Excel; the blank line is a row of its own.
        #expect(parsed.map(\.line) == [1, 2, 3, 5])
        #expect(parsed[1].cells == ["2019/0412", "Arbeidsklær; sko", "48 500 000,00"])
        #expect(parsed[2].cells == ["2020/1", "Linje 1\nLinje \"2\"", "5"])
        #expect(parsed[3].cells == ["2021/7", "Siste", ""])
    }

    @Test("accepts bare CR line ends and a missing final newline")
    func lineEnds() throws {
        #expect(try records("a;b\r1;2\r3;4").map(\.cells) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test("names the line of a quote that never closes")
    func unclosedQuote() {
        do {
            _ = try records("a;b\n1;\"abc\n2;3\n")
            Issue.record("accepted an unclosed quote")
        } catch let error as CSVError {
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("decodes UTF-8 with and without BOM, UTF-16 and Windows-1252")
    func decodesEncodings() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("æøå".utf8)) == ("æøå", .utf8WithBOM))
        #expect(TextDecoding.decode(Array("æøå".utf8)) == ("æøå", .utf8))
        #expect(TextDecoding.decode([0xE6, 0xF8, 0xE5, 0x80, 0x96]) == ("æøå€–", .windows1252))
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("æ;b".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(TextDecoding.decode(utf16).text == "æ;b")
    }

    @Test("writes Excel-ready CSV: BOM, semicolons, CRLF, quotes where needed")
    func writes() {
        let text = CSVWriter.document([["ID", "Tittel"], ["a", "x; \"y\"\nz"], ["b", "æøå"]])
        #expect(text == "\u{FEFF}ID;Tittel\r\na;\"x; \"\"y\"\"\nz\"\r\nb;æøå\r\n")
    }

    @Test("neutralizes every cell Excel would run as a formula", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+47 99", "'+47 99"), ("-rm", "'-rm"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\rx", "'\rx"), ("-4", "'-4"), ("vanlig", "vanlig"), ("2019/0412", "2019/0412"), ("", ""),
        ("\u{FF1D}SUM(A1)", "'\u{FF1D}SUM(A1)"), ("\u{FF0B}47", "'\u{FF0B}47"), ("\u{FF0D}1", "'\u{FF0D}1"), ("\u{FF20}x", "'\u{FF20}x"),
        (" =1+1", "' =1+1"), ("\u{00A0}=1", "'\u{00A0}=1"), ("\u{200B}=1", "'\u{200B}=1"), ("\n=1", "'\n=1"),
        (" \u{200B}\u{00A0}+1", "' \u{200B}\u{00A0}+1"), ("  @SUM", "'  @SUM"), (" hei", " hei"), ("\u{00A0}", "\u{00A0}"), ("a=b", "a=b"),
    ])
    func neutralizes(text: String, expected: String) {
        #expect(CSVWriter.neutralized(text) == expected)
        #expect(CSVWriter.restored(CSVWriter.neutralized(text)) == text)
    }

    @Test("ids Excel would read as a number, a date or a truth value are written as text, and read back", arguments: [
        ("1.10", true), ("12", true), ("2019/0412", true), ("3-4", true), ("1e5", true), ("2E-3", true), ("jan-25", true),
        ("1.mai", true), ("sann", true), ("TRUE", true), ("klima-1.10", false), ("risiko-3", false), ("e5", false), ("mai-plan", false),
    ])
    func keepsIDsAsText(id: String, wrapped: Bool) throws {
        let text = String(CSVWriter.document([["ID", "Tittel"], [id, "x"]], textColumns: [0]).dropFirst())
        #expect(text.contains("\"=\"\"\(id)\"\"\"") == wrapped, "\(text)")
        let cell = try records(text)[1].cells[0]
        #expect(Spreadsheet.cell(CSVRecord(line: 2, cells: [cell]), 0) == id)
    }

    @Test("what it writes reads back cell for cell")
    func roundTrip() throws {
        let rows = [["ID", "Notat"], ["klima-1.1", "Linje 1\nLinje 2; med \"sitat\""], ["x", " mellomrom "]]
        let text = String(CSVWriter.document(rows).dropFirst())
        #expect(try records(text).map(\.cells) == rows)
    }
}
