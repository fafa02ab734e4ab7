import Foundation
import Testing

/// Status sheets go out to teams and come back days or weeks later, sometimes twice: an old
/// sheet must never undo a newer status, and no row may be recorded twice.
@Suite("Status sheets that come back late or twice")
struct SheetRoundTripTests {
    /// Exports Innkjøp's sheet on `day`, lets `fill` edit it as Excel would, and saves it.
    static func sheet(_ cli: inout CLI, on day: String, fill: (inout [String], [String: Int]) -> Void) throws {
        cli.now = day
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        try cli.folder.write("ark.csv", ExcelFile.utf8WithBOM(try TeamWorkflowTests.excelEdit(try cli.folder.bytes("ark.csv"), fill: fill)))
    }

    static func journalLines(_ cli: CLI) throws -> [Substring] {
        try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n")
    }

    @Test("the same sheet imported on several days records each row once")
    func importedOnSeveralDays() throws {
        var cli = try CLI.withSmallPlan()
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "klima-1.2" { row[column["Ny status"]!] = "pågår"; row[column["Nytt notat"]!] = "Startet" }
            if row[0] == "etikk-1.1" { row[column["Nytt notat"]!] = "Fem leverandører kartlagt" }
        }
        cli.now = "2025-06-03"
        #expect(try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp").stdout.contains("Importert: 2 nye statusoppdateringer"))
        let recorded = try Self.journalLines(cli)
        for day in ["2025-06-03T15:00:00Z", "2025-06-10", "2025-09-01"] {
            cli.now = day
            let again = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
            #expect(again.stdout.contains("Importert: 0 nye statusoppdateringer, 2 rader uten endring."), "\(day): \(again)")
        }
        #expect(try Self.journalLines(cli) == recorded)
    }

    @Test("a sheet imported again after a newer status never undoes it")
    func reimportAfterNewerStatus() throws {
        var cli = try CLI.withSmallPlan()
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "klima-1.2" { row[column["Ny status"]!] = "pågår" }
        }
        try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
        cli.now = "2025-06-04"
        try cli.ok("update", "klima-1.2", "--status", "gjennomført")
        cli.now = "2025-06-09"
        try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
        #expect(try cli.ok("measure", "show", "klima-1.2").stdout.contains("gjennomført"))
        #expect(try Self.journalLines(cli).last?.contains("gjennomført") == true)
    }

    @Test("a row whose measure changed after the sheet was made is held back and named, unless --force")
    func staleRowHeldBack() throws {
        var cli = try CLI.withSmallPlan()
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "klima-1.2" { row[column["Ny status"]!] = "pågår"; row[column["Nytt notat"]!] = "I gang" }
            if row[0] == "etikk-1.1" { row[column["Nytt notat"]!] = "Kartlegging startet" }
        }
        cli.now = "2025-06-03"
        try cli.ok("update", "klima-1.2", "--status", "gjennomført", "--note", "Vedtatt")
        cli.now = "2025-06-04"
        let dryRun = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp", "--dry-run")
        #expect(dryRun.stdout.contains("Ikke registrert, fordi tiltaket er endret etter at arket ble laget"), "\(dryRun)")
        #expect(dryRun.stdout.contains("linje 3  klima-1.2: arket viste planlagt, nå gjennomført; raden ville satt pågår"), "\(dryRun)")
        let imported = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp", "--json")
        #expect(imported.stdout.contains("\"heldBack\": [") && imported.stdout.contains("\"currentStatus\": \"gjennomført\""), "\(imported)")
        #expect(try cli.ok("measure", "show", "klima-1.2").stdout.contains("gjennomført"))
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl").contains("Kartlegging startet"), "the other row is recorded")
        try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp", "--force")
        #expect(try Self.journalLines(cli).last?.contains("\"note\": \"I gang\"") == true)
    }

    @Test("a sheet without its time is held to the status it showed")
    func olderSheetComparesStatusShown() throws {
        var cli = try CLI.withSmallPlan()
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "klima-1.2" { row[column["Ny status"]!] = "pågår" }
        }
        // A sheet made before sheets carried their time.
        let text = try cli.folder.read("ark.csv").replacingOccurrences(of: " (2025-06-02T12:00:00Z)", with: "")
        #expect(!text.contains("T12:00:00Z"))
        try cli.folder.write("ark.csv", text)
        cli.now = "2025-06-03"
        try cli.ok("update", "klima-1.2", "--status", "forsinket")
        cli.now = "2025-06-04"
        let result = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
        #expect(result.stdout.contains("klima-1.2: arket viste planlagt, nå forsinket"), "\(result)")
    }

    @Test("rows are named by the spreadsheet's row number, also after a cell with a line break")
    func rowNumbersAfterMultiLineCell() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Tredje", "--owner", "Innkjøp")
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "klima-1.2" { row[column["Nytt notat"]!] = "Første linje\nandre linje" }
            if row[0] == "klima-1.3" { row[column["Ny status"]!] = "ferdig" }
        }
        // CRLF and the LF inside the note are each one Character: every one ends a line in the file.
        let lines = try cli.folder.read("ark.csv").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(lines.firstIndex { $0.hasPrefix("klima-1.3") } == 5, "klima-1.3 is on file line 6, and row 5 in Excel")
        let result = try cli.fails(["sheet", "import", "ark.csv", "--team", "Innkjøp"], exitCode: 1)
        #expect(result.stderr.contains("linje 5, kolonne «Ny status»: ukjent status «ferdig»"), "\(result.stderr)")
    }

    @Test("an id Excel would read as a number or a date is written as text and read back")
    func numberLikeIds() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--id", "1.10", "--title", "Tiltak med tall-id", "--owner", "Innkjøp")
        try cli.ok("measure", "add", "--goal", "klima-1", "--id", "jan-25", "--title", "Tiltak med dato-id", "--owner", "Innkjøp")
        try Self.sheet(&cli, on: "2025-06-02") { row, column in
            if row[0] == "=\"1.10\"" { row[column["Ny status"]!] = "pågår" }
        }
        let text = try cli.folder.read("ark.csv")
        #expect(text.contains("\r\n\"=\"\"1.10\"\"\";"), "\(text)")
        #expect(text.contains("\r\n\"=\"\"jan-25\"\"\";"), "\(text)")
        #expect(text.contains("\r\nklima-1.2;"), "ordinary ids stay as they are")
        // Imported as the file is, and as Excel saves it: the formula gives way to its text.
        cli.now = "2025-06-03"
        try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp", "--dry-run")
        try cli.folder.write("ark.csv", text.replacingOccurrences(of: "\"=\"\"1.10\"\"\"", with: "1.10"))
        #expect(try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp").stdout.contains("1.10  pågår"))
    }
}
