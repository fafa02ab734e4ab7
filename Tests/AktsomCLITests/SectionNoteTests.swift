import Foundation
import Testing

@Suite("A say over every section: year note, --blank, --keep and year start")
struct SectionNoteTests {
    @Test("a note is taken for every section of the plan's templates, data sections and the foreword too", arguments: [
        "forord", "nokkelinformasjon", "anskaffelser", "mal-rapporteringsaret", "2.A.2", "2.A.3", "3.A.1", "3.B.7", "4.A.2", "4.A.3", "4", "struktur",
    ])
    func everySection(section: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.ok("year", "note", "2025", "--section", section, "--text", "Vårt eget svar på \(section).")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "o")
        #expect(try cli.folder.read("o/ehn-offentlig.md").contains("Vårt eget svar på \(section)."), "a saved note is never left out")
    }

    @Test("an id no template has is refused with the valid ids; one only another template shows is saved with a warning")
    func unknownAndOtherTemplate() throws {
        let cli = try CLI.withSmallPlan()
        let refused = try cli.fails(["year", "note", "2025", "--section", "4.A.9", "--text", "x"], exitCode: 2)
        #expect(refused.stderr.contains("ukjent seksjon «4.A.9»") && refused.stderr.contains("gyldige seksjoner: ") && refused.stderr.contains("forord"))
        let other = try cli.ok("year", "note", "2025", "--section", "5.A.3", "--text", "Henvendelser besvares innen tre uker.")
        #expect(other.stderr.contains("5.A.3 finnes ikke i planens mal; lagret, og vises i ehn-virksomhet"), "\(other.stderr)")
        try cli.ok("export", "--year", "2025", "--template", "ehn-virksomhet", "--format", "md", "--out", "v")
        #expect(try cli.folder.read("v/ehn-virksomhet.md").contains("Henvendelser besvares innen tre uker."))
    }

    @Test("--text, --blank and --keep are one at a time, and --keep needs a copied answer")
    func oneAtATime() throws {
        let cli = try CLI.withSmallPlan()
        try cli.fails(["year", "note", "2025", "--section", "1.A.1", "--text", "x", "--blank"], exitCode: 2)
        try cli.fails(["year", "note", "2025", "--section", "1.A.1"], exitCode: 2)
        let keep = try cli.fails(["year", "note", "2025", "--section", "1.A.1", "--keep"], exitCode: 2)
        #expect(keep.stderr.contains("er ikke kopiert fra et tidligere år"))
    }

    @Test("year start copies last year's answers and contact as a marked draft, never figures or status texts")
    func startFromLastYear() throws {
        var cli = try CLI.withSmallPlan(now: "2025-12-20")
        try cli.ok("year", "set", "2025", "--employees", "620", "--contact-name", "Kari Nordmann", "--agreements-followed-up", "2")
        try cli.ok("year", "note", "2025", "--section", "1.A.1", "--text", "https://fjordvik.no/innkjop")
        try cli.ok("year", "note", "2025", "--section", "1.B.1", "--text", "Innkjøpsavdelingen koordinerer.")
        try cli.ok("year", "note", "2025", "--section", "6.A.2", "--blank")
        try cli.ok("goal", "report", "klima-1", "--year", "2025", "--text", "I rute.")
        cli.now = "2026-02-01"
        try cli.ok("year", "note", "2026", "--section", "1.B.1", "--text", "Ny organisering fra 2026.")
        let started = try cli.ok("year", "start", "2026", "--from", "2025")
        #expect(started.stdout.contains("2 svar kopiert som utkast"), "\(started.stdout)")
        let year = try cli.folder.read("Plans/fjordvik/years/2026.json")
        #expect(year.contains("\"copiedFrom\": 2025") && year.contains("Kari Nordmann") && year.contains("Ny organisering fra 2026."))
        #expect(!year.contains("620") && !year.contains("avtaler-fulgt-opp") && !year.contains("I rute."))
        var shown = try cli.ok("year", "show", "2026").stdout
        #expect(shown.contains("https://fjordvik.no/innkjop  «uendret fra 2025»"), "\(shown)")
        #expect(!shown.contains("Ny organisering fra 2026.  «uendret"))
        #expect(shown.contains("kontaktinformasjonen er uendret fra 2025"))
        let check = try cli.run("check", "--year", "2026", "--json").stdout
        #expect(check.contains("\"check\": \"copied-answer-unreviewed\"") && check.contains("\"severity\": \"notice\""))
        try cli.ok("year", "note", "2026", "--section", "1.A.1", "--keep")
        try cli.ok("year", "note", "2026", "--section", "6.A.2", "--keep")
        try cli.ok("year", "set", "2026", "--keep-contact")
        shown = try cli.ok("year", "show", "2026").stdout
        #expect(!shown.contains("uendret fra 2025"), "\(shown)")
        #expect(try cli.folder.read("Plans/fjordvik/years/2026.json").contains("https://fjordvik.no/innkjop"))
        try cli.fails(["year", "start", "2026", "--from", "2026"], exitCode: 2)
        try cli.fails(["year", "start", "2027", "--from", "2024"], exitCode: 1)
    }

    @Test("a deviation status the state cannot be read from is refused with the list, and --state settles it")
    func deviationWording() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/001", "--title", "Arbeidsklær", "--year", "2025")
        let refused = try cli.fails(["deviation", "add", "2025/001", "--type", "Lønn", "--where", "Fabrikk", "--status", "Leverandøren har svart"], exitCode: 2)
        #expect(refused.stderr.contains("åpen, under arbeid, pågående, lukket, avsluttet, ferdig"))
        try cli.ok("deviation", "add", "2025/001", "--type", "Lønn", "--where", "Fabrikk", "--status", "Leverandøren har svart", "--state", "under arbeid")
        try cli.ok("deviation", "update", "avvik-1", "--status", "Avsluttet etter ny revisjon", "--action", "Etterbetaling")
        let json = try cli.ok("procurement", "show", "2025/001", "--json").stdout
        #expect(json.contains("\"status\": \"Avsluttet etter ny revisjon\"") && json.contains("\"state\": \"lukket\""), "\(json)")
    }
}
