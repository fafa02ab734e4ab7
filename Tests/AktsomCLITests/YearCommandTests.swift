import Foundation
import Testing

@Suite("Yearly reporting entries: year set, year note, year show")
struct YearCommandTests {
    @Test("year set stores key figures and contact details, reading Norwegian numbers")
    func setFigures() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("year", "set", "2025", "--spend", "2 000 000 000", "--active-contracts", "145", "--announced", "302",
                   "--employees", "5 200", "--contact-name", "Kari Nordmann", "--contact-email", "kari@fjordvik.no")
        try cli.ok("year", "set", "2025", "--address", "Rådhusgata 1, 5900 Fjordvik")
        let year = try cli.folder.read("Plans/fjordvik/years/2025.json")
        #expect(year.contains("\"spend\": 2000000000"))
        #expect(year.contains("\"employees\": 5200"))
        #expect(year.contains("\"name\": \"Kari Nordmann\""))
        #expect(year.contains("\"address\": \"Rådhusgata 1, 5900 Fjordvik\""))
        let shown = try cli.ok("year", "show", "2025").stdout
        #expect(shown.contains("Samlet innkjøp (NOK):    2 000 000 000"))
        #expect(shown.contains("Ikke utfylt i ehn-offentlig ("))
    }

    @Test("year show lists exactly what the export marks as not filled in, with the command that fills it")
    func showAgreesWithExport() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "Erfaringer")
        let exported = try cli.ok("export", "--year", "2025", "--format", "json", "--out", "e")
        let shown = try cli.ok("year", "show", "2025")
        // The export's summary and year show name the same count.
        let count = exported.stdout.split(separator: "\n").first { $0.contains("svar er ikke utfylt") }?.split(separator: " ").first ?? "?"
        #expect(shown.stdout.contains("Ikke utfylt i ehn-offentlig (\(count) svar):"), "\(shown)\n\(exported)")
        // A note written is not listed, nor a section filled from data (2.A.3, the prioritized risks);
        // a missing note is, with its command.
        let missing = shown.stdout.components(separatedBy: "Ikke utfylt i").last ?? ""
        #expect(!missing.contains("\n  1.E.1 ") && !missing.contains("\n  2.A.3 "), "\(missing)")
        #expect(missing.contains("\n  1.D.1 "), "\(missing)")
        #expect(missing.contains("aktsom year note 2025 --section 1.D.1 --text"), "\(missing)")
        let json = try cli.ok("year", "show", "2025", "--json").stdout
        #expect(json.contains("\"notFilled\": ["))
        #expect(json.contains("\"section\": \"1.D.1\""))
    }

    @Test("year note stores an answer per section and an empty text removes it")
    func notes() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "Vi har lært mye.\n\nOg endret rutiner.")
        #expect(try cli.ok("year", "show", "2025", "--json").stdout.contains("\"section\": \"1.E.1\""))
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "e")
        #expect(try cli.folder.read("e/ehn-offentlig.md").contains("### 1.E.1 Erfaringer og endringer\n\nVi har lært mye.\n\nOg endret rutiner.\n"))
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "")
        #expect(!(try cli.folder.read("Plans/fjordvik/years/2025.json")).contains("1.E.1"))
    }

    @Test("an unknown section, an empty change or a bad yes/no is refused", arguments: [
        (["year", "note", "2025", "--section", "1.E.2", "--text", "x"], "ukjent seksjon «1.E.2»"),
        (["year", "set", "2025"], "ingenting å endre"),
        (["year", "set", "2025", "--transparency-act", "kanskje"], "--transparency-act: ugyldig verdi «kanskje»"),
        (["year", "set", "2025", "--employees", "mange"], "--employees: ugyldig verdi «mange»"),
        (["year", "set", "twentyfive", "--employees", "5"], "YYYY: ugyldig verdi «twentyfive»"),
    ])
    func refused(arguments: [String], message: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("the strategy period never blocks recording a year before or after it; year show notes it")
    func outsidePeriod() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("year", "set", "2022", "--employees", "5")
        try cli.ok("goal", "add", "--area", "klima", "--year", "2022", "--title", "Et mål fra forrige strategi")
        try cli.ok("year", "note", "2031", "--section", "1.A.1", "--text", "Neste strategi")
        let shown = try cli.ok("year", "show", "2022").stdout
        #expect(shown.contains("Merk: 2022 er utenfor strategiperioden 2025–2028"), "\(shown)")
        #expect(shown.contains("Ansatte:") && shown.contains(" 5"))
        #expect(!(try cli.ok("year", "show", "2025").stdout.contains("utenfor strategiperioden")))
    }
}
