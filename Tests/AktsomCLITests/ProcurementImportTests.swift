import Foundation
import Testing

@Suite("Importing procurements from Excel and e-procurement exports")
struct ProcurementImportTests {
    static let header = ["Saksnummer", "Tittel", "År", "Kategori", "Type avtale", "Antall leverandører", "Verdi (NOK)", "Høyrisiko",
                         "Kvalifikasjonskrav", "Tildelingskriterier", "Kontraktsvilkår"]

    static let rows: [[String]] = [
        header,
        ["2024/0117", "Sengetøy og håndklær; sykehjem", "2024", "Tekstiler", "rammeavtale", "3", "12 400 000,00", "", "Ja", "Nei", "Ja"],
        ["2025/0042", "Elbiler til hjemmetjenesten", "2025", "Kjøretøy", "enkeltkontrakt", "1", "kr 3 000 000", "", "nei", "x", "x"],
        ["2025/0077", "Rådgivning \"grønn\" omstilling\nfase 2", "2025", "Konsulenttjenester", "rammeavtale", "4", "1.234.567", "nei", "", "", ""],
    ]

    @Test("reads Windows-1252 with ; and CRLF, as Norwegian Excel saves it")
    func windows1252() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("anskaffelser.csv", ExcelFile.windows1252(Self.rows))
        let result = try cli.ok("procurement", "import", "anskaffelser.csv")
        #expect(result.stdout.contains("3 rader (Windows-1252, skilletegn ;)"))
        #expect(result.stdout.contains("Importert: 3 nye, 0 endret, 0 uendret."))
        let json = try cli.ok("procurement", "show", "2024/0117", "--json").stdout
        #expect(json.contains("\"title\": \"Sengetøy og håndklær; sykehjem\""))
        #expect(json.contains("\"value\": 12400000"))
        #expect(json.contains("\"ethicalRequirements\": [\"qualification\", \"contract\"]"))
        #expect(json.contains("\"highRisk\": true"))
        let rådgivning = try cli.ok("procurement", "show", "2025/0077", "--json").stdout
        #expect(rådgivning.contains("\"title\": \"Rådgivning \\\"grønn\\\" omstilling\\nfase 2\""))
        #expect(rådgivning.contains("\"value\": 1234567"))
        #expect(rådgivning.contains("\"highRisk\": false") && rådgivning.contains("\"highRiskSetByHand\": true"))
    }

    @Test("reads UTF-8 with BOM and commas, English headers in any case, ISO and Norwegian dates")
    func utf8WithBOM() throws {
        let cli = try CLI.withSmallPlan()
        let rows = [
            ["CASE NUMBER", "title", "Start date", "Category", "Suppliers", "Value", "High risk", "QUALIFICATION", "Award", "Contract terms"],
            ["2025/0301", "Kaffe, te og kakao", "14.03.2025", "Mat og drikke", "2", "250000", "Yes", "No", "No", "Yes"],
            ["2025/0302", "Møbler til Sjøgata skole", "2025-08-01", "Møbler", "1", "1 200 000", "", "yes", "", ""],
        ]
        try cli.folder.write("export.csv", ExcelFile.utf8WithBOM(rows, separator: ",", lineEnd: "\n"))
        let result = try cli.ok("procurement", "import", "export.csv")
        #expect(result.stdout.contains("(UTF-8 med BOM, skilletegn ,)"))
        let list = try cli.ok("procurement", "list", "--year", "2025", "--json").stdout
        #expect(list.contains("\"id\": \"2025/0301\"") && list.contains("\"id\": \"2025/0302\""))
        #expect(list.contains("\"title\": \"Kaffe, te og kakao\""))
        #expect(list.contains("\"andel-hoyrisiko-med-etiske-krav\": 100"))
    }

    @Test("reads a tab-separated file with an instruction line above the header")
    func tabsAndPreamble() throws {
        let cli = try CLI.withSmallPlan()
        let text = "Eksport fra KGV-systemet 2025-10-01\nID\tTittel\tÅr\n2025/0500\tSnøbrøyting\t2025\n"
        try cli.folder.write("kgv.txt", text)
        let result = try cli.ok("procurement", "import", "kgv.txt")
        #expect(result.stdout.contains("skilletegn tabulator"))
        #expect(try cli.ok("procurement", "show", "2025/0500").stdout.contains("Snøbrøyting"))
    }

    @Test("rows with an id that exists update it, and --dry-run shows what would change without saving")
    func updatesAndDryRun() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("a.csv", ExcelFile.windows1252(Self.rows))
        try cli.ok("procurement", "import", "a.csv")
        var changed = Self.rows
        changed[1][6] = "12 900 000"
        changed[1][10] = "Nei"
        changed.append(["2025/0099", "Solcellepaneler på Fjordhallen", "2025", "Solcellepaneler", "totalentreprise", "1", "4 000 000", "", "Ja", "", "Ja"])
        try cli.folder.write("a.csv", ExcelFile.windows1252(changed))
        let before = cli.folder.snapshot()
        let dryRun = try cli.ok("procurement", "import", "a.csv", "--dry-run")
        #expect(cli.folder.snapshot() == before)
        #expect(dryRun.stdout.contains("ny:      2025/0099  Solcellepaneler på Fjordhallen"))
        #expect(dryRun.stdout.contains("endret:  2024/0117: verdi 12 400 000 → 12 900 000; kontraktsvilkår (etikk) Ja → Nei"))
        #expect(dryRun.stdout.contains("Prøvekjøring: 1 ny, 1 endret, 2 uendret. Ingenting er lagret."))
        try cli.ok("procurement", "import", "a.csv")
        #expect(try cli.ok("procurement", "show", "2024/0117", "--json").stdout.contains("\"value\": 12900000"))
        let again = try cli.ok("procurement", "import", "a.csv")
        #expect(again.stdout.contains("0 nye, 0 endret, 4 uendret"))
    }

    @Test("one bad row rejects the whole import, and every bad row is listed by line and column")
    func allOrNothing() throws {
        let cli = try CLI.withSmallPlan()
        var rows = Self.rows
        rows[2][6] = "tre millioner"
        rows[3][2] = "20255"
        rows.append(["2024/0117", "Dobbel", "2024", "", "", "", "", "", "ja", "kanskje", ""])
        rows.append(["", "Uten id", "2025", "", "", "", "", "", "", "", ""])
        try cli.folder.write("feil.csv", ExcelFile.windows1252(rows))
        let result = try cli.fails(["procurement", "import", "feil.csv"], exitCode: 1)
        #expect(result.stderr.contains("feil.csv: importen er avvist og ingenting er lagret (5 feil)"))
        #expect(result.stderr.contains("linje 3, kolonne «Verdi (NOK)»: ugyldig verdi «tre millioner»"))
        #expect(result.stderr.contains("linje 4, kolonne «År»: ugyldig verdi «20255»"))
        // Row 4's title spans two lines of the file, but is one row in Excel: rows after it are
        // named by Excel's row numbers.
        #expect(result.stderr.contains("linje 5, kolonne «Saksnummer»: «2024/0117» står også på linje 2"))
        #expect(result.stderr.contains("linje 5, kolonne «Tildelingskriterier»: ugyldig verdi «kanskje»"))
        #expect(result.stderr.contains("linje 6, kolonne «Saksnummer»: id mangler"))
    }

    @Test("bad files are refused with a message that names the problem", arguments: [
        ("", "filen er tom"),
        ("\u{FEFF}", "filen er tom"),
        ("Saksnummer;Tittel\r\n", "ingen rader å importere"),
        ("ID|Tittel|År\n1|x|2025\n", "fant ikke overskriftsraden"),
        ("Navn;Beløp\nx;5\n", "fant ikke overskriftsraden"),
        ("ID;Tittel\n2025/1;\"Ikke lukket\n", "lukkes aldri"),
        ("ID;Tittel\n2025/1;\n", "ny anskaffelse uten tittel"),
        ("ID;Tittel;Tiltak\n2025/1;X;klima-9.9\n", "tiltaket «klima-9.9» finnes ikke"),
        ("ID;Tittel\n../../etc;X\n", "ugyldig id «../../etc»"),
    ])
    func badFiles(text: String, message: String) throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("f.csv", text)
        let result = try cli.fails(["procurement", "import", "f.csv"], exitCode: 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a missing file is named")
    func missingFile() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["procurement", "import", "finnes-ikke.csv"], exitCode: 1)
        #expect(result.stderr.contains("finner ikke finnes-ikke.csv"))
    }

    @Test("the import links measures named in a Tiltak column")
    func linksMeasures() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("t.csv", "ID;Tittel;Tiltak\n2025/0001;Arbeidsklær;etikk-1.1, klima-1.1\n")
        try cli.ok("procurement", "import", "t.csv")
        #expect(try cli.ok("procurement", "show", "2025/0001", "--json").stdout.contains("\"measures\": [\"klima-1.1\", \"etikk-1.1\"]"))
    }

    @Test("the summary names only what changes, each record on one line")
    func summaryNamesOnlyChanges() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("t.csv", "ID;Tittel;Tiltak\n2025/0001;Arbeidsklær;etikk-1.1\n2025/0002;\"Renhold,\nsentrumsbygg\";\n")
        let first = try cli.ok("procurement", "import", "t.csv").stdout
        #expect(first.contains("2025/0002  Renhold, sentrumsbygg\n"), "\(first)")
        // The same link again with a new title: the title changes, the link is no news.
        try cli.folder.write("t.csv", "ID;Tittel;Tiltak\n2025/0001;Arbeidsklær og sko;etikk-1.1\n")
        let second = try cli.ok("procurement", "import", "t.csv", "--dry-run").stdout
        #expect(second.contains("2025/0001: tittel Arbeidsklær → Arbeidsklær og sko"), "\(second)")
        #expect(!second.contains("kobles til tiltak"), "\(second)")
    }
}

/// Registers as LibreOffice Calc saved them (Tests/AktsomKitTests/Fixtures/xlsx).
@Suite("Importing procurements from Excel workbooks")
struct ProcurementWorkbookImportTests {
    static func fixture(_ name: String) throws -> Data {
        let folder = ProcessInfo.processInfo.environment["AKTSOM_XLSX_FIXTURES"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("AktsomKitTests/Fixtures/xlsx")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    @Test("a register saved as .xlsx imports as its CSV does: numbers, dates and yes/no as the cells show them")
    func workbookLikeCSV() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("Anskaffelser – eksport fra KGV.xlsx", try Self.fixture("Anskaffelser – eksport fra KGV.xlsx"))
        let dry = try cli.ok("procurement", "import", "Anskaffelser – eksport fra KGV.xlsx", "--dry-run")
        #expect(dry.stdout.contains("3 rader (Excel-arbeidsbok, arket «anskaffelser»)"), "\(dry.stdout)")
        try cli.ok("procurement", "import", "Anskaffelser – eksport fra KGV.xlsx")
        let shown = try cli.ok("procurement", "show", "2019/0412", "--json").stdout
        #expect(shown.contains("\"title\": \"Arbeidsklær; sko\""))
        #expect(shown.contains("\"value\": 48500000.5"), "\(shown)")
        #expect(shown.contains("\"highRisk\": true"))
        // The same file again changes nothing.
        #expect(try cli.ok("procurement", "import", "Anskaffelser – eksport fra KGV.xlsx").stdout.contains("0 nye, 0 endret, 3 uendret"))
    }

    @Test("the sheet is chosen with --sheet; a row's problem is named by its Excel row; a missing sheet lists the sheets")
    func sheetsAndRows() throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("plan.xlsx", try Self.fixture("Handlingsplan Fjordvik 2025 (endelig).xlsx"))
        let missing = try cli.fails(["procurement", "import", "plan.xlsx", "--sheet", "Avtaler"], exitCode: 1)
        #expect(missing.stderr.contains("arbeidsboken har ikke noe ark som heter «Avtaler»; arkene er «Handlingsplan 2025», «Skjult hjelpeark», «Anskaffelser»"), "\(missing.stderr)")
        // Row 3 of «Anskaffelser» has no year and starts on Excel's 29 February 1900 (LibreOffice's
        // serial 60 for the 28th), which no calendar has; the year comes from the start date.
        let refused = try cli.fails(["procurement", "import", "plan.xlsx", "--sheet", "Anskaffelser"], exitCode: 1)
        #expect(refused.stderr.contains("rad 3, kolonne «Avtalestart»"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("linje"), "\(refused.stderr)")
    }
}
