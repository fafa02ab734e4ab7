import Foundation
import Testing

/// One piece of bad input: what to break, what to run, and what the message must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let setup: @Sendable (TemporaryFolder) throws -> Void
    let arguments: [String]
    let exitCode: Int32
    /// Every fragment must appear in stderr: the place (file:line, line number, flag or id) and the problem.
    let expected: [String]

    var testDescription: String { name }

    init(_ name: String, _ arguments: [String], exit: Int32, _ expected: [String], setup: @escaping @Sendable (TemporaryFolder) throws -> Void = { _ in }) {
        self.name = name
        self.arguments = arguments
        self.exitCode = exit
        self.expected = expected
        self.setup = setup
    }
}

/// Edits a text file of the fixture in place.
func edit(_ path: String, _ change: @escaping @Sendable (String) -> String) -> @Sendable (TemporaryFolder) throws -> Void {
    { folder in try folder.write(path, change(try folder.read(path))) }
}

func replace(_ path: String, _ old: String, _ new: String) -> @Sendable (TemporaryFolder) throws -> Void {
    { folder in
        let text = try folder.read(path)
        // A case whose fixture text is gone would test nothing: fail it, never the whole run.
        guard text.contains(old) else { throw FixtureMissing(text: old, file: path) }
        try folder.write(path, text.replacingOccurrences(of: old, with: new))
    }
}

struct FixtureMissing: Error, CustomStringConvertible {
    let text: String
    let file: String
    var description: String { "the fixture's \(file) lacks \(text)" }
}

func write(_ path: String, _ bytes: [UInt8]) -> @Sendable (TemporaryFolder) throws -> Void {
    { folder in try folder.write(path, Data(bytes)) }
}

func write(_ path: String, _ text: String) -> @Sendable (TemporaryFolder) throws -> Void {
    write(path, Array(text.utf8))
}

let plan = "Plans/fjordvik/plan.json"
let register = "Plans/fjordvik/procurements.json"
let journal = "Plans/fjordvik/journal.jsonl"
let year2025 = "Plans/fjordvik/years/2025.json"
let sheetHeader = "Statusark\r\nID;Område;Mål;Tiltak;Frist;Forfalt;Status nå;Siste notat;Ny status;Nytt notat;Dato (valgfri)\r\n"

@Suite("A catalogue of bad input")
struct BadInputCatalogueTests {
    /// The plan every case starts from: the small plan with a register, a year and a journal,
    /// made once and copied per case.
    static let fixture: TemporaryFolder = {
        let cli: CLI
        do {
            cli = try CLI.withSmallPlan()
            try cli.ok("procurement", "add", "--id", "2025/001", "--title", "Arbeidsklær", "--year", "2025", "--category", "Arbeidsklær",
                       "--requirements", "contract", "--measure", "etikk-1.1")
            try cli.ok("followup", "add", "2025/001", "--kind", "revisjon", "--date", "2025-05-01")
            try cli.ok("deviation", "add", "2025/001", "--type", "Lønn", "--where", "Fabrikk", "--action", "Plan", "--status", "åpen", "--date", "2025-05-01")
            try cli.ok("year", "set", "2025", "--employees", "620")
            try cli.ok("goal", "report", "etikk-1", "--year", "2025", "--text", "Nådd")
            try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "Erfaringer")
            try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Startet")
        } catch {
            fatalError("could not build the catalogue fixture: \(error)")
        }
        return cli.folder
    }()

    static func copyOfFixture() throws -> CLI {
        let cli = CLI()
        try? FileManager.default.removeItem(at: cli.folder.url)
        try FileManager.default.copyItem(at: fixture.url, to: cli.folder.url)
        return cli
    }

    static let cases: [BadInput] = [
        // Plan files
        BadInput("plan: text where a number belongs", ["status"], exit: 1, [plan + ":42:15: «year» i mål «etikk-1» skal være et heltall, men er tekst"],
                 setup: replace(plan, "\"year\": 2025", "\"year\": \"2025\"")),
        BadInput("plan: a missing required field", ["status"], exit: 1, [plan + ":55:5: feltet «title» mangler i tiltak «klima-1.2»"],
                 setup: replace(plan, "      \"title\": \"Klimabudsjett for innkjøp\",\n", "")),
        BadInput("plan: an unknown field", ["status"], exit: 1, [plan + ":58:7: ukjent felt «titel» i tiltak «klima-1.2»", "mente du «title»?"],
                 setup: replace(plan, "\"title\": \"Klimabudsjett for innkjøp\"", "\"titel\": \"Klimabudsjett for innkjøp\"")),
        BadInput("plan: a duplicate id", ["status"], exit: 1, [plan + ":56:13: tiltak «klima-1.1» står to ganger"],
                 setup: replace(plan, "\"id\": \"klima-1.2\"", "\"id\": \"klima-1.1\"")),
        BadInput("plan: a link to a goal that does not exist", ["status"], exit: 1, [plan + ":57:15: tiltak «klima-1.2» viser til mål «klima-3»", "mente du «klima-1»?"],
                 setup: replace(plan, "\"goal\": \"klima-1\",\n      \"title\": \"Klimabudsjett", "\"goal\": \"klima-3\",\n      \"title\": \"Klimabudsjett")),
        BadInput("plan: a link to a procurement that does not exist", ["status"], exit: 1, [plan + ":69:24: tiltak «etikk-1.1» viser til anskaffelse «2025/002»"],
                 setup: replace(plan, "\"procurements\": [\"2025/001\"]", "\"procurements\": [\"2025/002\"]")),
        BadInput("plan: an impossible due date", ["measure", "list"], exit: 1, [plan + ":60:14: «due» i tiltak «klima-1.2»: ugyldig frist «2025-02-30»"],
                 setup: replace(plan, "\"due\": \"2025-12-31\"", "\"due\": \"2025-02-30\"")),
        BadInput("plan: a huge number", ["status"], exit: 1, [plan + ":40:27: «value» i målverdien", "ugyldig tall"],
                 setup: replace(plan, "\"id\": \"etikk-1\",\n      \"area\": \"etikk\",", "\"id\": \"etikk-1\",\n      \"target\": {\"value\": 1e400},\n      \"area\": \"etikk\",")),
        BadInput("plan: an SDG out of range", ["status"], exit: 1, [plan + ":12:24: «sdgs» i strategiområde «klima» er 18, men skal være et heltall fra 1 til 17"],
                 setup: replace(plan, "\"sdgs\": [12, 13, 15]", "\"sdgs\": [12, 13, 18]")),
        BadInput("plan: an id with path characters", ["status"], exit: 1, [plan + ":33:13: ugyldig id «../klima» for mål"],
                 setup: replace(plan, "\"id\": \"klima-1\",", "\"id\": \"../klima\",")),
        BadInput("plan: an empty file", ["status"], exit: 1, [plan + ":1:1: filen er tom"], setup: write(plan, "")),
        BadInput("plan: only a byte order mark", ["status"], exit: 1, [plan + ":1:2: filen er tom"], setup: write(plan, [0xEF, 0xBB, 0xBF])),
        BadInput("plan: truncated", ["status"], exit: 1, [plan + ":18:17: filen slutter for tidlig"], setup: edit(plan) { String($0.prefix(400)) }),
        BadInput("plan: a trailing comma", ["status"], exit: 1, [plan + ":12:28: komma rett før ]"],
                 setup: replace(plan, "\"sdgs\": [12, 13, 15]", "\"sdgs\": [12, 13, 15, ]")),
        BadInput("plan: saved as Windows-1252", ["status"], exit: 1, [plan + ":11:29: ugyldig UTF-8 i teksten", "lagres som UTF-8"],
                 setup: { folder in try folder.write(plan, try folder.read(plan).data(using: .windowsCP1252) ?? Data()) }),
        BadInput("plan: a newer format version", ["status"], exit: 1, [plan + ":3:14:", "formatversjon 9", "oppgrader Aktsom"],
                 setup: replace(plan, "\"version\": 3", "\"version\": 9")),
        BadInput("plan: another kind of file", ["status"], exit: 1, [plan + ":2:13:", "filen er «aktsom-year», men her ventes «aktsom-plan»"],
                 setup: replace(plan, "\"format\": \"aktsom-plan\"", "\"format\": \"aktsom-year\"")),
        BadInput("plan: a git conflict left in", ["status"], exit: 1, [plan + ":8:1: filen har en uløst git-konflikt"],
                 setup: replace(plan, "  \"areas\": [\n", "<<<<<<< HEAD\n  \"areas\": [\n")),
        // Saved with CRLF (a Windows checkout): lines and columns are counted as with LF.
        BadInput("plan: CRLF line ends, a bad value at its line and column", ["measure", "list"], exit: 1,
                 [plan + ":60:14: «due» i tiltak «klima-1.2»: ugyldig frist «2025-02-30»"],
                 setup: edit(plan) { $0.replacingOccurrences(of: "\"due\": \"2025-12-31\"", with: "\"due\": \"2025-02-30\"").replacingOccurrences(of: "\n", with: "\r\n") }),
        BadInput("plan: an unknown scope of a governing document", ["status"], exit: 1, [plan + ":", "ukjent nivå «komunal»", "mente du «kommunal»?"],
                 setup: replace(plan, "\n  ]\n}", "\n  ],\n  \"references\": [{\"id\": \"dok-1\", \"title\": \"Klimaplan\", \"scope\": \"komunal\"}]\n}")),
        BadInput("plan: a governing document for an area that does not exist", ["status"], exit: 1, [plan + ":", "styrende dokument «dok-1» viser til strategiområde «miljo»"],
                 setup: replace(plan, "\n  ]\n}", "\n  ],\n  \"references\": [{\"id\": \"dok-1\", \"title\": \"Klimaplan\", \"scope\": \"kommunal\", \"area\": \"miljo\"}]\n}")),
        BadInput("plan: a removed measure that is also in the plan", ["status"], exit: 1, [plan + ":", "tiltak «klima-1.1» står både blant tiltakene og som fjernet"],
                 setup: replace(plan, "\n  ]\n}", "\n  ],\n  \"removed\": [{\"kind\": \"measure\", \"id\": \"klima-1.1\", \"title\": \"x\", \"removed\": \"2025-05-01\"}]\n}")),
        BadInput("plan: an SDG note that is not text", ["status"], exit: 1, [plan + ":", "«sdgNote» i strategiområde «klima» skal være tekst"],
                 setup: replace(plan, "\"sdgs\": [12, 13, 15]", "\"sdgs\": [12, 13, 15], \"sdgNote\": 13")),
        // The register and the year
        BadInput("register: an unknown deviation state", ["status"], exit: 1, [register + ":27:20: «state» i avvik «avvik-1»: ukjent avvikstilstand «kanskje»", "gyldige tilstander: åpen, under arbeid, lukket"],
                 setup: replace(register, "\"state\": \"åpen\"", "\"state\": \"kanskje\"")),
        BadInput("register: a deviation status whose state cannot be read, and no state", ["status"], exit: 1,
                 [register + ":26:21: «status» i avvik «avvik-1»: kan ikke lese tilstanden av avviksstatusen «Ikke avklart»", "legg til \"state\""],
                 setup: replace(register, "\"status\": \"åpen\",\n          \"state\": \"åpen\",", "\"status\": \"Ikke avklart\",")),
        BadInput("register: a version 1 deviation status that is not a state", ["status"], exit: 1, [register + ":26:21: «status» i avvik «avvik-1»: kan ikke lese tilstanden"],
                 setup: { folder in
                     let text = try folder.read(register).replacingOccurrences(of: "\"version\": 3", with: "\"version\": 1")
                         .replacingOccurrences(of: "\"state\": \"åpen\",", with: "").replacingOccurrences(of: "\"status\": \"åpen\"", with: "\"status\": \"uklart\"")
                     try folder.write(register, text)
                 }),
        BadInput("register: an unknown follow-up kind", ["status"], exit: 1, [register + ":16:19: «kind» i oppfølging «oppfolging-1»: ukjent oppfølgingstype «inspeksjon»"],
                 setup: replace(register, "\"kind\": \"revisjon\"", "\"kind\": \"inspeksjon\"")),
        BadInput("register: a misspelt follow-up kind", ["status"], exit: 1, [register + ":", "ukjent oppfølgingstype «revisjn»", "mente du «revisjon»?"],
                 setup: replace(register, "\"kind\": \"revisjon\"", "\"kind\": \"revisjn\"")),
        BadInput("register: an unknown requirement phase", ["status"], exit: 1, [register + ":11:19: «etikk» i kravene i «2025/001»: ukjent fase «kontrakt-ish»"],
                 setup: replace(register, "\"etikk\": [\"contract\"]", "\"etikk\": [\"kontrakt-ish\"]")),
        BadInput("register: requirements for an area that does not exist", ["status"], exit: 1, [register + ":11:9: anskaffelse «2025/001» viser til strategiområde «miljo»"],
                 setup: replace(register, "\"etikk\": [\"contract\"]", "\"miljo\": [\"contract\"]")),
        BadInput("register: a negative number of suppliers", ["status"], exit: 1, [register + ":9:20: «suppliers» i anskaffelse «2025/001» er -2, men skal være et heltall fra 0"],
                 setup: replace(register, "\"year\": 2025,", "\"year\": 2025,\n      \"suppliers\": -2,")),
        BadInput("register: a negative value", ["status"], exit: 1, [register + ":9:16: «value» i anskaffelse «2025/001»: negativt beløp"],
                 setup: replace(register, "\"year\": 2025,", "\"year\": 2025,\n      \"value\": -5,")),
        BadInput("year: named for another year", ["status"], exit: 1, [year2025 + ":4:11: filen gjelder år 2024, men heter 2025.json"],
                 setup: replace(year2025, "\"year\": 2025", "\"year\": 2024")),
        BadInput("year: a note twice", ["status"], exit: 1, [year2025 + ":19:18: «1.E.1» står to ganger"],
                 setup: replace(year2025, "\"notes\": [", "\"notes\": [\n    {\"section\": \"1.E.1\", \"text\": \"x\"},")),
        BadInput("year: a status text for a goal that does not exist", ["status"], exit: 1, [year2025 + ":11:15: året 2025 viser til mål «etikk-9»"],
                 setup: replace(year2025, "\"goal\": \"etikk-1\"", "\"goal\": \"etikk-9\"")),
        // The journal
        BadInput("journal: a newer version", ["update", "klima-1.1", "--status", "pågår"], exit: 1, [journal + ":1:1:", "formatversjon 3"],
                 setup: replace(journal, "\"version\": 1", "\"version\": 3")),
        BadInput("journal: the header line removed", ["update", "klima-1.1", "--status", "pågår"], exit: 1,
                 [journal + ":1:1:", "journalen mangler hodelinjen", "aktsom repair"],
                 setup: edit(journal) { String($0.drop { $0 != "\n" }.dropFirst()) }),
        BadInput("journal: the header line removed, met by a reading command", ["status"], exit: 1, [journal + ":1:1:", "journalen mangler hodelinjen"],
                 setup: edit(journal) { String($0.drop { $0 != "\n" }.dropFirst()) }),
        BadInput("journal: a newer version, met by a command that does not read it", ["procurement", "add", "--title", "Møbler"], exit: 1,
                 [journal + ":1:1:", "formatversjon 2", "oppgrader Aktsom"], setup: replace(journal, "\"version\": 1", "\"version\": 2")),
        BadInput("journal: a folder, met by a command that does not read it", ["procurement", "add", "--title", "Møbler"], exit: 1,
                 [journal + " er en mappe, ikke en fil"], setup: { folder in
                     try FileManager.default.removeItem(at: folder.file(journal))
                     try FileManager.default.createDirectory(at: folder.file(journal), withIntermediateDirectories: true)
                 }),
        BadInput("journal: missing", ["update", "klima-1.1", "--status", "pågår"], exit: 1, [journal + " finnes ikke", "git checkout"],
                 setup: { folder in try FileManager.default.removeItem(at: folder.file(journal)) }),
        BadInput("register: missing", ["procurement", "add", "--title", "Møbler"], exit: 1, [register + " finnes ikke", "aktsom repair"],
                 setup: { folder in try FileManager.default.removeItem(at: folder.file(register)) }),
        BadInput("register: missing, met by a reading command", ["status"], exit: 1, [register + " finnes ikke"],
                 setup: { folder in try FileManager.default.removeItem(at: folder.file(register)) }),
        BadInput("years: a file, not a folder", ["year", "note", "2025", "--section", "1.E.1", "--text", "Svar"], exit: 1,
                 ["Plans/fjordvik/years er ikke en mappe"], setup: { folder in
                     try FileManager.default.removeItem(at: folder.file("Plans/fjordvik/years"))
                     try folder.write("Plans/fjordvik/years", "2025")
                 }),
        BadInput("years: a file, not a folder, met by a reading command", ["status"], exit: 1, ["Plans/fjordvik/years er ikke en mappe"], setup: { folder in
                     try FileManager.default.removeItem(at: folder.file("Plans/fjordvik/years"))
                     try folder.write("Plans/fjordvik/years", "2025")
                 }),
        // CSV imports
        BadInput("import: a negative value", ["procurement", "import", "a.csv"], exit: 1, ["linje 2, kolonne «Verdi (NOK)»: ugyldig verdi «-5»", "null eller mer"],
                 setup: write("a.csv", "ID;Tittel;Verdi (NOK)\r\n2025/9;Renhold;-5\r\n")),
        BadInput("import: a workbook cut short", ["procurement", "import", "a.xlsx"], exit: 1,
                 ["a.xlsx: importen er avvist", "filen er for kort til å være et ZIP-arkiv", "lagre den på nytt"],
                 setup: write("a.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])),
        BadInput("sheet: an old Excel workbook instead of CSV", ["sheet", "import", "s.xls", "--team", "Innkjøp"], exit: 1,
                 ["s.xls", "filen er en Excel-arbeidsbok i det gamle formatet (.xls)", "Excel-arbeidsbok (.xlsx)"],
                 setup: write("s.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00])),
        BadInput("import: header only", ["procurement", "import", "a.csv"], exit: 1, ["a.csv: importen er avvist", "linje 1: filen har overskrifter, men ingen rader"],
                 setup: write("a.csv", "ID;Tittel\r\n")),
        BadInput("import: an empty file", ["procurement", "import", "a.csv"], exit: 1, ["a.csv: importen er avvist", "filen er tom"], setup: write("a.csv", "")),
        BadInput("import: only a byte order mark", ["procurement", "import", "a.csv"], exit: 1, ["a.csv", "filen er tom"], setup: write("a.csv", [0xEF, 0xBB, 0xBF])),
        BadInput("import: the wrong separator", ["procurement", "import", "a.csv"], exit: 1, ["a.csv", "linje 1: fant ikke overskriftsraden", "ID|Tittel"],
                 setup: write("a.csv", "ID|Tittel\n2025/9|X\n")),
        BadInput("import: a quote that never closes", ["procurement", "import", "a.csv"], exit: 1, ["a.csv", "linje 2: et anførselstegn (\") åpnes men lukkes aldri"],
                 setup: write("a.csv", "ID;Tittel\n2025/9;\"X\n")),
        BadInput("import: a number in the wrong form", ["procurement", "import", "a.csv"], exit: 1, ["linje 2, kolonne «Verdi»: ugyldig verdi «1,234,567»"],
                 setup: write("a.csv", "ID;Tittel;Verdi\n2025/9;X;\"1,234,567\"\n")),
        BadInput("import: a huge number", ["procurement", "import", "a.csv"], exit: 1, ["linje 2, kolonne «Verdi»: ugyldig verdi «99999999999999999999»"],
                 setup: write("a.csv", "ID;Tittel;Verdi\n2025/9;X;99999999999999999999\n")),
        BadInput("import: an impossible date", ["procurement", "import", "a.csv"], exit: 1, ["linje 2, kolonne «Startdato»: ugyldig verdi «30.02.2025»"],
                 setup: write("a.csv", "ID;Tittel;Startdato\n2025/9;X;30.02.2025\n")),
        BadInput("import: a duplicate id in the file", ["procurement", "import", "a.csv"], exit: 1, ["linje 3, kolonne «ID»: «2025/9» står også på linje 2"],
                 setup: write("a.csv", "ID;Tittel\n2025/9;X\n2025/9;Y\n")),
        BadInput("import: Windows-1252 with a bad yes/no", ["procurement", "import", "a.csv"], exit: 1, ["linje 2, kolonne «Kontraktsvilkår»: ugyldig verdi «kanskje»"],
                 setup: { folder in try folder.write("a.csv", ExcelFile.windows1252([["ID", "Tittel", "Kontraktsvilkår"], ["2025/9", "Møbler", "kanskje"]])) }),
        // Status sheets
        BadInput("sheet: a row for another team", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["linje 3, kolonne «ID»: tiltaket «klima-1.1» er ikke Innkjøp sitt"],
                 setup: write("s.csv", sheetHeader + "klima-1.1;;;;;;;;pågår;;\r\n")),
        BadInput("sheet: no team given, and the sheet names none", ["sheet", "import", "s.csv", "--team", ""], exit: 1,
                 ["arket sier ikke hvilket team det er laget for", "oppgi teamet (--team)"],
                 setup: write("s.csv", sheetHeader + "klima-1.2;;;;;;;;pågår;;\r\n")),
        BadInput("sheet: made for another team than --team", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1,
                 ["linje 1: arket er statusarket for «Byggherre», ikke for «Innkjøp»", "--team \"Byggherre\""],
                 setup: write("s.csv", "Statusark for Byggherre – Fjordvik kommune, laget 01.06.2025. La ID stå.\r\n" + sheetHeader.components(separatedBy: "\r\n")[1] + "\r\nklima-1.1;;;;;;;;pågår;;\r\n")),
        BadInput("sheet: an unknown status", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["linje 3, kolonne «Ny status»: ukjent status «ok»"],
                 setup: write("s.csv", sheetHeader + "klima-1.2;;;;;;;;ok;;\r\n")),
        BadInput("sheet: an unknown id", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["linje 3, kolonne «ID»: tiltaket «klima-1.3» finnes ikke", "mente du «klima-1.2»?"],
                 setup: write("s.csv", sheetHeader + "klima-1.3;;;;;;;;pågår;;\r\n")),
        BadInput("sheet: an impossible date", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["linje 3, kolonne «Dato (valgfri)»: ugyldig dato «32.01.2025»"],
                 setup: write("s.csv", sheetHeader + "klima-1.2;;;;;;;;pågår;;32.01.2025\r\n")),
        BadInput("sheet: not a status sheet", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["s.csv", "fant ikke overskriftsraden"],
                 setup: write("s.csv", "ID;Tittel\r\nklima-1.2;x\r\n")),
        BadInput("sheet: for a team the plan does not have", ["sheet", "import", "s.csv", "--team", "Inkjøp"], exit: 1, ["ingen tiltak har ansvarlig «Inkjøp»", "mente du «Innkjøp»?"],
                 setup: write("s.csv", sheetHeader)),
        BadInput("sheet: a misspelt status", ["sheet", "import", "s.csv", "--team", "Innkjøp"], exit: 1, ["linje 3, kolonne «Ny status»: ukjent status «pågårr»; mente du «pågår»?"],
                 setup: write("s.csv", sheetHeader + "klima-1.2;;;;;;;;pågårr;;\r\n")),
        // Command-line flags
        BadInput("flag: unknown", ["measure", "list", "--ower", "Innkjøp"], exit: 2, ["ukjent valg «--ower»", "mente du «--owner»?"]),
        BadInput("flag: a required one missing", ["procurement", "add", "--id", "x"], exit: 2, ["mangler --title TEXT"]),
        BadInput("flag: a value missing at the end", ["goal", "add", "--area", "klima", "--title"], exit: 2, ["--title mangler verdi"]),
        BadInput("flag: a value forgotten before the next flag", ["update", "klima-1.1", "--status", "pågår", "--note", "--json"], exit: 2,
                 ["--note mangler verdi: «--json» er et valg", "--note=--json"]),
        BadInput("flag: an empty plan folder", ["status", "--plan", ""], exit: 2, ["--plan er tom"]),
        BadInput("flag: an empty export folder", ["export", "--year", "2025", "--out", ""], exit: 2, ["--out er tom"]),
        BadInput("flag: an empty sheet file", ["sheet", "export", "--team", "Innkjøp", "--out", " "], exit: 2, ["--out er tom"]),
        BadInput("flag: an empty calendar file", ["calendar", "--out", ""], exit: 2, ["--out er tom"]),
        BadInput("flag: an empty file to import", ["sheet", "import", "", "--team", "Innkjøp"], exit: 2, ["FILE er tom"]),
        BadInput("flag: given twice", ["goal", "add", "--area", "klima", "--title", "a", "--title", "b"], exit: 2, ["--title er gitt mer enn én gang"]),
        BadInput("flag: a number of the wrong type", ["procurement", "add", "--title", "x", "--suppliers", "to"], exit: 2, ["--suppliers: ugyldig verdi «to»"]),
        BadInput("flag: a negative sum of money", ["year", "set", "2025", "--spend", "-100"], exit: 2, ["--spend: ugyldig verdi «-100»", "null eller mer"]),
        BadInput("flag: a huge number", ["procurement", "add", "--title", "x", "--value", "99999999999999999999"], exit: 2, ["--value: ugyldig verdi «99999999999999999999»"]),
        BadInput("flag: an impossible date", ["followup", "add", "2025/001", "--kind", "dialog", "--date", "2025-02-29"], exit: 2, ["--date: ugyldig verdi «2025-02-29»"]),
        BadInput("flag: an unknown status", ["update", "klima-1.1", "--status", "klar"], exit: 2, ["ukjent status «klar»", "gyldige verdier: planlagt, pågår"]),
        BadInput("flag: an unknown language", ["status", "--lang", "sv"], exit: 2, ["ukjent språk «sv»"]),
        BadInput("flag: an unknown command", ["statsu"], exit: 2, ["ukjent kommando «statsu»", "mente du «status»?"]),
        BadInput("flag: an unknown id", ["procurement", "show", "2025/01"], exit: 1, ["anskaffelsen «2025/01» finnes ikke", "mente du «2025/001»?"]),
        BadInput("flag: a duplicate id", ["procurement", "add", "--id", "2025/001", "--title", "x"], exit: 1, ["det finnes allerede en anskaffelse med id «2025/001»"]),
        BadInput("flag: a dangling link", ["measure", "edit", "klima-1.1", "--procurement", "2025/999"], exit: 1, ["anskaffelsen «2025/999» finnes ikke"]),
        BadInput("flag: an unknown template", ["export", "--year", "2025", "--template", "ehn-2021"], exit: 2, ["ukjent mal «ehn-2021»", "mente du «ehn-2020»?"]),
        BadInput("flag: a plan folder that is a file", ["status", "--plan", "Plans/fjordvik/plan.json"], exit: 1, ["plan-mappen Plans/fjordvik/plan.json finnes ikke"]),
        BadInput("flag: a misspelt status", ["update", "klima-1.1", "--status", "gjennomfrt"], exit: 2, ["--status: ukjent status «gjennomfrt»", "mente du «gjennomført»?"]),
        BadInput("flag: a misspelt follow-up kind", ["followup", "add", "2025/001", "--kind", "statusmøde", "--date", "2025-05-01"], exit: 2,
                 ["--kind: ukjent oppfølgingstype «statusmøde»", "mente du «statusmøte»?", "gyldige typer: egenrapportering"]),
        BadInput("flag: a misspelt deviation state", ["deviation", "update", "avvik-1", "--status", "x", "--state", "lukke"], exit: 2, ["ukjent avvikstilstand «lukke»", "mente du «lukket»?"]),
        // The strategy: plan, areas, governing documents
        BadInput("plan edit: a misspelt template", ["plan", "edit", "--template", "ehn-offentli"], exit: 2, ["--template: ukjent rapportmal «ehn-offentli»", "mente du «ehn-offentlig»?"]),
        BadInput("plan edit: an impossible deadline", ["plan", "edit", "--deadline", "02-30"], exit: 2, ["--deadline: ugyldig verdi «02-30»", "MM-DD"]),
        BadInput("plan edit: a period backwards", ["plan", "edit", "--period", "2028-2025"], exit: 2, ["--period: ugyldig verdi «2028-2025»"]),
        BadInput("plan edit: an empty organisation", ["plan", "edit", "--org", " "], exit: 2, ["--org kan ikke være tom"]),
        BadInput("plan edit: nothing to change", ["plan", "edit"], exit: 2, ["ingenting å endre", "--overall-goal"]),
        BadInput("plan edit: a category the new template lacks", ["plan", "edit", "--template", "ehn-offentlig"], exit: 1, ["tiltak «klima-1.1»: 3.B.6"],
                 setup: { folder in
                     try replace(plan, "\"reportTemplate\": \"ehn-offentlig\"", "\"reportTemplate\": \"ehn-virksomhet\"")(folder)
                     try replace(plan, "\"due\": \"2025-Q1\",", "\"due\": \"2025-Q1\",\n      \"category\": \"3.B.6\",")(folder)
                 }),
        BadInput("plan show: an option it does not take", ["plan", "show", "--year", "2025"], exit: 2, ["ukjent valg «--year»"]),
        BadInput("plan reference add: a misspelt scope", ["plan", "reference", "add", "--title", "Klimaplan", "--scope", "komunal"], exit: 2,
                 ["--scope: ukjent nivå «komunal»", "mente du «kommunal»?", "gyldige nivåer: kommunal, nasjonal, internasjonal"]),
        BadInput("plan reference add: no scope", ["plan", "reference", "add", "--title", "Klimaplan"], exit: 2, ["mangler --scope"]),
        BadInput("plan reference add: an area that does not exist", ["plan", "reference", "add", "--title", "x", "--scope", "kommunal", "--area", "klma"], exit: 1,
                 ["strategiområdet «klma» finnes ikke", "mente du «klima»?"]),
        BadInput("plan reference add: an empty title", ["plan", "reference", "add", "--title", "", "--scope", "nasjonal"], exit: 2, ["--title kan ikke være tom"]),
        BadInput("plan reference add: a year that is not one", ["plan", "reference", "add", "--title", "x", "--scope", "nasjonal", "--year", "20x5"], exit: 2, ["--year: ugyldig verdi «20x5»"]),
        BadInput("plan reference edit: an unknown document", ["plan", "reference", "edit", "dok-9", "--year", "2020"], exit: 1, ["det styrende dokumentet «dok-9» finnes ikke"]),
        BadInput("plan reference list: an option it does not take", ["plan", "reference", "list", "--scope", "nasjonal"], exit: 2, ["ukjent valg «--scope»"]),
        BadInput("plan reference remove: an unknown document", ["plan", "reference", "remove", "dok-1"], exit: 1, ["det styrende dokumentet «dok-1» finnes ikke"]),
        BadInput("area add: a taken id", ["area", "add", "--name", "Klima", "--id", "klima"], exit: 1, ["det finnes allerede et strategiområde med id «klima»"]),
        BadInput("area add: an SDG out of range", ["area", "add", "--name", "Hav", "--sdgs", "14,18"], exit: 2, ["--sdgs: ugyldig bærekraftsmål «18»", "fra 1 til 17"]),
        BadInput("area add: ethical and not", ["area", "add", "--name", "Hav", "--ethical", "--not-ethical"], exit: 2, ["--ethical og --not-ethical kan ikke brukes sammen"]),
        BadInput("area add: no name", ["area", "add", "--sdgs", "14"], exit: 2, ["mangler --name"]),
        BadInput("area edit: an unknown area", ["area", "edit", "klma", "--name", "Klima"], exit: 1, ["strategiområdet «klma» finnes ikke", "mente du «klima»?"]),
        BadInput("area edit: nothing to change", ["area", "edit", "klima"], exit: 2, ["ingenting å endre"]),
        BadInput("area edit: SDGs that are not numbers", ["area", "edit", "klima", "--sdgs", "tolv"], exit: 2, ["--sdgs: ugyldig bærekraftsmål «tolv»"]),
        BadInput("area list: an option it does not take", ["area", "list", "--area", "klima"], exit: 2, ["ukjent valg «--area»"]),
        BadInput("area remove: an area with goals and requirements", ["area", "remove", "etikk"], exit: 1,
                 ["strategiområdet «etikk» kan ikke fjernes", "mål «etikk-1»", "kravene i område «etikk» i anskaffelse «2025/001»", "--cascade"]),
        // Every record editable and removable
        BadInput("goal remove: a goal with measures", ["goal", "remove", "klima-1"], exit: 1, ["målet «klima-1» kan ikke fjernes", "tiltak «klima-1.1»", "--dry-run"]),
        BadInput("goal remove: an unknown goal", ["goal", "remove", "klima-9", "--cascade"], exit: 1, ["målet «klima-9» finnes ikke", "mente du «klima-1»?"]),
        BadInput("goal remove: a misspelt flag", ["goal", "remove", "klima-1", "--casade"], exit: 2, ["ukjent valg «--casade»", "mente du «--cascade»?"]),
        BadInput("goal edit: an empty title", ["goal", "edit", "klima-1", "--title", ""], exit: 2, ["--title kan ikke være tom"]),
        BadInput("goal report: both text and remove", ["goal", "report", "etikk-1", "--year", "2025", "--text", "x", "--remove"], exit: 2, ["oppgi enten --text eller --remove"]),
        BadInput("goal report: removing a text that is not there", ["goal", "report", "etikk-1", "--year", "2026", "--remove"], exit: 1, ["målet «etikk-1» har ingen statustekst for 2026"]),
        BadInput("measure remove: an unknown measure", ["measure", "remove", "klima-1.9"], exit: 1, ["tiltaket «klima-1.9» finnes ikke", "mente du «klima-1.1»?"]),
        BadInput("measure remove: a measure already removed", ["measure", "remove", "klima-1.1"], exit: 1, ["tiltaket «klima-1.1» ble fjernet 01.05.2025", "aktsom history klima-1.1"],
                 setup: { folder in
                     try replace(plan, "\"id\": \"klima-1.1\"", "\"id\": \"klima-1.5\"")(folder)
                     try replace(plan, "\n  ]\n}", "\n  ],\n  \"removed\": [{\"kind\": \"measure\", \"id\": \"klima-1.1\", \"title\": \"x\", \"removed\": \"2025-05-01\"}]\n}")(folder)
                 }),
        BadInput("measure add: the id of a removed measure", ["measure", "add", "--goal", "klima-1", "--title", "x", "--id", "klima-1.1"], exit: 1,
                 ["id-en «klima-1.1» tilhørte tiltaket «Gammelt», som ble fjernet 01.05.2025"],
                 setup: { folder in
                     try replace(plan, "\"id\": \"klima-1.1\"", "\"id\": \"klima-1.5\"")(folder)
                     try replace(plan, "\n  ]\n}", "\n  ],\n  \"removed\": [{\"kind\": \"measure\", \"id\": \"klima-1.1\", \"title\": \"Gammelt\", \"removed\": \"2025-05-01\"}]\n}")(folder)
                 }),
        BadInput("risk remove: a risk a measure answers", ["risk", "remove", "risiko-1"], exit: 1, ["risikoen «risiko-1» kan ikke fjernes", "koblingen fra tiltak «etikk-1.1» til risiko «risiko-1»"]),
        BadInput("risk report: removing a report that is not there", ["risk", "report", "risiko-1", "--year", "2025", "--remove"], exit: 1, ["risikoen «risiko-1» har ingen rapport for 2025"]),
        BadInput("risk report: remove and a text", ["risk", "report", "risiko-1", "--year", "2025", "--remove", "--results", "x"], exit: 2, ["--remove kan ikke brukes sammen med"]),
        BadInput("procurement remove: follow-ups, deviations and links", ["procurement", "remove", "2025/001", "--dry-run"], exit: 1,
                 ["anskaffelsen «2025/001» kan ikke fjernes", "oppfølgingen (revisjon 01.05.2025)", "avvik «avvik-1»", "koblingen fra tiltak «etikk-1.1»"]),
        BadInput("deviation edit: nothing to change", ["deviation", "edit", "avvik-1"], exit: 2, ["ingenting å endre", "deviation update"]),
        BadInput("deviation edit: an unknown deviation", ["deviation", "edit", "avvik-9", "--type", "x"], exit: 1, ["avviket «avvik-9» finnes ikke", "mente du «avvik-1»?"]),
        BadInput("deviation edit: found in the future", ["deviation", "edit", "avvik-1", "--date", "2030-01-01"], exit: 2, ["datoen 01.01.2030 er fram i tid"]),
        BadInput("deviation edit: an empty type", ["deviation", "edit", "avvik-1", "--type", ""], exit: 2, ["--type kan ikke være tom"]),
        BadInput("deviation remove: an unknown deviation", ["deviation", "remove", "avvik-2"], exit: 1, ["avviket «avvik-2» finnes ikke", "mente du «avvik-1»?"]),
        BadInput("year note: removing an answer that is not there", ["year", "note", "2025", "--section", "1.A.1", "--remove"], exit: 1, ["2025 har ikke noe svar på 1.A.1"]),
        BadInput("year note: remove and a text", ["year", "note", "2025", "--section", "1.E.1", "--remove", "--text", "x"], exit: 2, ["oppgi én av --text, --blank, --keep og --remove"]),
    ] + dutyCases + ruleCases

    @Test("each is refused with a message naming the place and the problem, and nothing changes", arguments: cases)
    func refused(_ input: BadInput) throws {
        let cli = try Self.copyOfFixture()
        try input.setup(cli.folder)
        let result = try cli.fails(input.arguments, exitCode: input.exitCode)
        for fragment in input.expected {
            #expect(result.stderr.contains(fragment), "missing «\(fragment)» in:\n\(result.stderr)")
        }
    }

    @Test("a plan saved with CRLF line ends is read and changed like any other")
    func crlfPlanIsFine() throws {
        let cli = try Self.copyOfFixture()
        try edit(plan) { $0.replacingOccurrences(of: "\n", with: "\r\n") }(cli.folder)
        #expect(try cli.ok("measure", "show", "klima-1.2").stdout.contains("Klimabudsjett for innkjøp"))
        try cli.ok("measure", "edit", "klima-1.2", "--owner", "Byggherre")
        #expect(try cli.ok("measure", "list", "--owner", "Byggherre").stdout.contains("klima-1.2"))
    }

    @Test("the catalogue covers at least 40 cases")
    func size() {
        #expect(Self.cases.count >= 40)
    }
}
