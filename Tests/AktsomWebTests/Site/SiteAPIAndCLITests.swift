import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("The JSON API, imports and the command line at the same time")
struct SiteAPIAndCLITests {
    @Test("the API answers with the same bytes as the commands' --json")
    func sameShapes() throws {
        let harness = try SiteHarness()
        let pairs: [(String, [String])] = [
            ("/api/measures", ["measure", "list", "--json"]),
            ("/api/measures?owner=Byggherre&due-within=365", ["measure", "list", "--owner", "Byggherre", "--due-within", "365", "--json"]),
            ("/api/measures?overdue&area=klima", ["measure", "list", "--overdue", "--area", "klima", "--json"]),
            ("/api/measures/klima-1.1", ["measure", "show", "klima-1.1", "--json"]),
            ("/api/check", ["check", "--json"]),
            ("/api/check?year=2025", ["check", "--year", "2025", "--json"]),
            ("/api/status", ["status", "--json"]),
        ]
        for (path, arguments) in pairs {
            let command = try harness.aktsom.run(arguments)
            // The command names files relative to where it runs; `aktsom serve` run there does too.
            let answer = harness.api(.get, path).text.replacingOccurrences(of: harness.aktsom.folder.path + "/", with: "")
            #expect(answer == command.out, "\(path)")
        }
        let refused = harness.api(.get, "/api/measures?status=ferdig")
        #expect(refused.status == .badRequest)
        #expect(refused.text.contains("ukjent status «ferdig»"))
        #expect(harness.api(.get, "/api/measures/finnes-ikke").status == .notFound)
    }

    @Test("POST /api/measures/ID/updates answers 201 with what update --json prints, and refuses bad values as JSON")
    func postUpdate() throws {
        let harness = try SiteHarness()
        let created = harness.api(.post, "/api/measures/klima-1.3/updates", json: #"{"status": "pågår", "note": "Fra API", "date": "2025-05-01"}"#)
        #expect(created.status == .created)
        let twin = try SiteHarness()
        let command = try twin.aktsom.run(["update", "klima-1.3", "--status", "pågår", "--note", "Fra API", "--date", "2025-05-01", "--json"])
        #expect(created.text == command.out)
        #expect(try harness.journal().contains("Fra API"))
        let before = try harness.files()
        let bad = harness.api(.post, "/api/measures/klima-1.3/updates", json: #"{"status": "pågår", "date": "2025-02-30"}"#)
        #expect(bad.status == .badRequest)
        #expect(bad.text.contains("\"error\": \"--date: ugyldig verdi «2025-02-30»"))
        #expect(harness.api(.post, "/api/measures/klima-1.3/updates", json: #"{"note": "uten status"}"#).status == .badRequest)
        #expect(harness.api(.post, "/api/measures/nope/updates", json: #"{"status": "pågår"}"#).status == .notFound)
        #expect(harness.api(.post, "/api/measures/klima-1.3/updates", json: "[1").status == .badRequest)
        #expect(try harness.files() == before)
    }

    @Test("a status update from the form or the API goes the command's way: through the plan index, with the same lines")
    func writesThroughTheIndex() throws {
        let harness = try SiteHarness(), twin = try SiteHarness()
        let index = harness.folder + "/.aktsom-index"
        #expect(!FileManager.default.fileExists(atPath: index))
        #expect(harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("note", "Fra skjemaet"), ("date", "2025-05-02")]).status == .seeOther)
        #expect(FileManager.default.fileExists(atPath: index), "the form's write keeps the index, as aktsom update does")
        #expect(harness.api(.post, "/api/measures/klima-1.4/updates", json: #"{"status": "forsinket", "note": "Fra API"}"#).status == .created)
        #expect(try twin.aktsom.run(["update", "klima-1.3", "--status", "pågår", "--note", "Fra skjemaet", "--date", "2025-05-02"]).code == 0)
        #expect(try twin.aktsom.run(["update", "klima-1.4", "--status", "forsinket", "--note", "Fra API"]).code == 0)
        #expect(try harness.journal() == twin.journal(), "the same lines as the commands write")
        // An unknown measure is refused by the form as by the command, and nothing is written.
        let before = try harness.files()
        #expect(harness.post("/tiltak/finnes-ikke/status", [("status", "pågår")]).status == .notFound)
        #expect(try harness.files() == before)
    }

    @Test("a command's write between two page loads shows on the next load")
    func commandLineWriteShows() throws {
        let harness = try SiteHarness()
        #expect(!harness.get("/tiltak/klima-1.3").text.contains("Skrevet i terminalen"))
        #expect(try harness.aktsom.run(["update", "klima-1.3", "--status", "forsinket", "--note", "Skrevet i terminalen"]).code == 0)
        #expect(harness.get("/tiltak/klima-1.3").text.contains("Skrevet i terminalen"))
        #expect(try harness.aktsom.run(["goal", "add", "--area", "etikk", "--title", "Mål fra terminalen"]).code == 0)
        #expect(harness.get("/handlingsplan").text.contains("Mål fra terminalen"))
    }

    @Test("updates from the command line and from the server at the same time all land")
    func concurrentWrites() throws {
        let harness = try SiteHarness()
        let processes = (0..<4).map { index in
            harness.aktsom.process(["update", "klima-1.4", "--status", "pågår", "--note", "cli \(index)"])
        }
        for process in processes {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            _ = harness.post("/tiltak/klima-1.4/status", [("status", "pågår"), ("note", "web \(index)")])
        }
        for process in processes { process.waitUntilExit() }
        let journal = try harness.journal()
        for index in 0..<4 { #expect(journal.contains("\"note\": \"cli \(index)\"")) }
        for index in 0..<8 { #expect(journal.contains("\"note\": \"web \(index)\"")) }
        #expect(harness.get("/tiltak/klima-1.4").text.contains("Historikk"))
    }

    @Test("a status sheet is previewed row by row and imported only on confirm; a bad sheet is rejected and writes nothing")
    func sheetImport() throws {
        let harness = try SiteHarness()
        let sheet = harness.get("/statusark/Byggherre")
        #expect(sheet.headers["Content-Disposition"]?.contains("statusark-byggherre.csv") == true)
        var text = sheet.text
        let lines = text.components(separatedBy: "\r\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("klima-1.4;") })
        var filled = lines
        filled[row] = lines[row] + "pågår;Anbud ute;"
        // The sheet's last columns are Ny status;Nytt notat;Dato: fill them in place.
        let cells = lines[row].components(separatedBy: ";")
        filled[row] = (cells.dropLast(3) + ["pågår", "Anbud ute", ""]).joined(separator: ";")
        text = filled.joined(separator: "\r\n")
        let before = try harness.files()
        let preview = harness.upload("/import/statusark", fields: [("team", "Byggherre")], file: Array(text.utf8), fileName: "C:\\Users\\lead\\statusark.csv")
        #expect(preview.status == .ok)
        #expect(preview.text.contains("registrert"))
        #expect(preview.text.contains("statusark.csv"))
        #expect(try harness.files() == before)
        let slot = try #require(preview.text.firstMatch(of: /name="slot" value="([0-9a-f]+)"/)?.output.1)
        let confirmed = harness.post("/import/bekreft", [("slot", String(slot)), ("kind", "statusark")])
        #expect(confirmed.status == .seeOther)
        #expect(try harness.journal().contains("Anbud ute"))
        #expect(FileManager.default.fileExists(atPath: harness.folder + "/.aktsom-index"), "imported as aktsom sheet import does, through the index")
        #expect(harness.post("/import/bekreft", [("slot", String(slot)), ("kind", "statusark")]).status == .conflict)

        let afterImport = try harness.files()
        filled[row] = (cells.dropLast(3) + ["ferdig", "", ""]).joined(separator: ";")
        let rejected = harness.upload("/import/statusark", fields: [("team", "Byggherre")], file: Array(filled.joined(separator: "\r\n").utf8), fileName: "ark.csv")
        #expect(rejected.text.contains("Arket kan ikke importeres"))
        #expect(rejected.text.contains("ukjent status «ferdig»"))
        #expect(!rejected.text.contains("name=\"slot\""))
        #expect(try harness.files() == afterImport)
    }

    @Test("the status sheet as a workbook: downloaded from the export page, filled in, previewed and imported from the import page")
    func sheetWorkbook() throws {
        let harness = try SiteHarness()
        #expect(harness.get("/eksport").text.contains("/statusark/Byggherre?format=xlsx"))
        let sheet = harness.get("/statusark/Byggherre?format=xlsx")
        #expect(sheet.headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(sheet.headers["Content-Disposition"]?.contains("statusark-byggherre.xlsx") == true)
        let read = try Spreadsheet.read(sheet.body, file: "s.xlsx", expectedHeader: Localized(verbatim: "")) { $0.first == "ID" }
        let row = try #require(read.rows.first { $0.cells.first == "klima-1.4" }).line
        // The team picks «pågår» from the list and writes a note, and the workbook is saved.
        let archive = try ZipArchive(bytes: sheet.body)
        var writer = ZipWriter()
        for entry in archive.entries {
            var contents = try archive.contents(of: entry)
            if entry.name == "xl/worksheets/sheet1.xml" {
                contents = Array(String(decoding: contents, as: UTF8.self)
                    .replacingOccurrences(of: "<c r=\"I\(row)\" s=\"4\"/>", with: "<c r=\"I\(row)\" s=\"4\" t=\"inlineStr\"><is><t>pågår</t></is></c>")
                    .replacingOccurrences(of: "<c r=\"J\(row)\" s=\"4\"/>", with: "<c r=\"J\(row)\" s=\"4\" t=\"inlineStr\"><is><t>Anbud ute i Excel</t></is></c>").utf8)
            }
            writer.add(entry.name, contents)
        }
        let before = try harness.files()
        let preview = harness.upload("/import/statusark", fields: [("team", "")], file: writer.finished(), fileName: "C:\\Users\\lead\\Statusark Byggherre (utfylt).xlsx")
        #expect(preview.status == .ok)
        #expect(preview.text.contains("Statusark Byggherre (utfylt).xlsx"))
        #expect(preview.text.contains("Anbud ute i Excel"))
        #expect(try harness.files() == before)
        let slot = try #require(preview.text.firstMatch(of: /name="slot" value="([0-9a-f]+)"/)?.output.1)
        #expect(harness.post("/import/bekreft", [("slot", String(slot)), ("kind", "statusark")]).status == .seeOther)
        #expect(try harness.journal().contains("Anbud ute i Excel"))
    }

    @Test("a download carries a safe file name and the same bytes as the export")
    func download() throws {
        let harness = try SiteHarness()
        let file = harness.get("/eksport/fil/ehn-offentlig.json?year=2025")
        #expect(file.headers["Content-Disposition"] == "attachment; filename=\"ehn-offentlig-2025.json\"; filename*=UTF-8''ehn-offentlig-2025.json")
        let exported = try harness.aktsom.run(["export", "--year", "2025", "--format", "json", "--out", "ut"])
        #expect(exported.code == 0)
        #expect(file.body == Array(try Data(contentsOf: harness.aktsom.folder.appendingPathComponent("ut/ehn-offentlig.json"))))
        // The Word document too: listed on the page, the same bytes as `export --format docx`.
        #expect(harness.get("/eksport?year=2025").text.contains("/eksport/fil/ehn-offentlig.docx?year=2025"))
        let word = harness.get("/eksport/fil/ehn-offentlig.docx?year=2025")
        #expect(word.headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        #expect(word.headers["Content-Disposition"]?.contains("ehn-offentlig-2025.docx") == true)
        #expect(try harness.aktsom.run(["export", "--year", "2025", "--format", "docx", "--out", "word"]).code == 0)
        #expect(word.body == Array(try Data(contentsOf: harness.aktsom.folder.appendingPathComponent("word/ehn-offentlig.docx"))))
        let report = harness.get("/eksport/rapport?year=2025")
        #expect(report.headers["Content-Security-Policy"]?.contains("style-src 'unsafe-inline'") == true)
        #expect(report.headers["Content-Security-Policy"]?.contains("script") == false)
    }
}
