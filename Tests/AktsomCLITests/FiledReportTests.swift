import Foundation
import Testing

/// A plan that holds two strategy periods, and a past year entered afterwards, as a lead does
/// when a year already reported is moved into Aktsom: the export of that year is the report the
/// organisation filed, with nothing to edit before pasting it into the form.
@Suite("The report as the organisation files it")
struct FiledReportTests {
    static let templates = ["ehn-offentlig", "ehn-virksomhet", "ehn-2020", "handlingsplan"]

    /// Strandvik kommune: a 2021–2024 strategy and the current 2025–2028 one, entered in March
    /// 2026; the year 2023 is filled in afterwards.
    static func twoPeriods() throws -> CLI {
        let cli = CLI(now: "2026-03-10")
        try cli.ok("init", "Plans/strandvik", "--org", "Strandvik kommune", "--period", "2025-2028")
        // The previous strategy, with its dates, and the current one.
        try cli.ok("goal", "add", "--area", "klima", "--title", "Fossilfri bilpark innen 2024", "--start", "2021", "--end", "2024")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Halvere klimagassutslippene fra innkjøp innen 2030", "--start", "2025")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2023", "--title", "Utvidet oppfølging av tre avtaler",
                   "--target", "3", "--unit", "avtaler", "--indicator", "avtaler-fulgt-opp")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2024", "--title", "Etiske krav i alle høyrisikoavtaler")
        try cli.ok("goal", "add", "--area", "etikk", "--title", "Risikobasert oppfølging av alle høyrisikoavtaler", "--start", "2025")
        try cli.ok("risk", "add", "--title", "Tvangsarbeid i tekstilproduksjon", "--geography", "Bangladesh", "--area", "etikk",
                   "--start", "2021", "--goal", "Arbeidsklær skal produseres uten tvangsarbeid.")
        try cli.ok("risk", "add", "--title", "Sosial dumping i bygg og anlegg", "--geography", "Norge", "--area", "etikk", "--start", "2021")
        try cli.ok("risk", "add", "--title", "Tvangsarbeid i solcellepaneler", "--geography", "Kina", "--area", "etikk")
        try cli.ok("procurement", "add", "--id", "2023/014", "--title", "Arbeidsklær til hjemmetjenesten", "--year", "2023",
                   "--category", "Arbeidsklær", "--type", "rammeavtale", "--suppliers", "2", "--requirements", "qualification,contract")
        try cli.ok("procurement", "add", "--id", "2023/021", "--title", "Renhold av skolene", "--year", "2023", "--category", "Renhold",
                   "--type", "rammeavtale", "--suppliers", "1")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Elbiler i hjemmetjenesten", "--owner", "Drift", "--due", "2023-Q4",
                   "--category", "3.B.2", "--start", "2022", "--end", "2024")
        // No start: entering its history with --date places it in 2023.
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Revisjon hos leverandøren av arbeidsklær", "--owner", "Innkjøp",
                   "--due", "2023-12-31", "--risk", "risiko-1", "--procurement", "2023/014", "--category", "3.B.3")
        // The current strategy's measures, due 2026–2028: never part of 2023.
        try cli.ok("measure", "add", "--goal", "klima-2", "--title", "Klimakrav i alle byggeprosjekter", "--owner", "Byggherre", "--due", "2027-Q2", "--category", "3.B.2")
        try cli.ok("measure", "add", "--goal", "etikk-3", "--title", "Sjekkliste for høyrisiko i alle nye anskaffelser", "--owner", "Innkjøp",
                   "--due", "2026-Q4", "--risk", "risiko-1", "--category", "3.B.3")
        try cli.ok("update", "klima-1.1", "--status", "pågår", "--date", "2023-02-01", "--note", "Ti biler bestilt")
        try cli.ok("update", "klima-1.1", "--status", "gjennomført", "--date", "2023-11-20", "--note", "Alle ti biler levert")
        try cli.ok("update", "etikk-1.1", "--status", "pågår", "--date", "2023-03-01", "--note", "Revisor valgt")
        try cli.ok("update", "etikk-1.1", "--status", "gjennomført", "--date", "2023-10-05", "--note", "Revisjon gjennomført i Dhaka")
        try cli.ok("followup", "add", "2023/014", "--kind", "revisjon", "--date", "2023-09-20", "--supplier", "Nordtekstil AS")
        try cli.ok("followup", "add", "2023/021", "--kind", "statusmøte", "--date", "2023-05-02")
        try cli.ok("deviation", "add", "2023/014", "--type", "Lønn", "--where", "Underleverandør i Bangladesh",
                   "--status", "Pågående. Handlingsplan levert av leverandør", "--action", "Etterbetaling og ny revisjon", "--date", "2023-09-20")
        // The year as the organisation reported it: its own counts win over the register's.
        try cli.ok("year", "set", "2023", "--spend", "640 000 000", "--active-contracts", "52", "--announced", "41", "--employees", "1450",
                   "--agreements-followed-up", "3", "--suppliers-followed-up", "4", "--contact-name", "Siri Holm", "--contact-title", "Innkjøpssjef",
                   "--contact-email", "siri.holm@strandvik.kommune.no", "--address", "Strandgata 1, 6900 Strandvik")
        try cli.ok("year", "note", "2023", "--section", "forord", "--text", "Strandvik kommune har i 2023 tatt viktige steg for ansvarlige innkjøp.")
        try cli.ok("year", "note", "2023", "--section", "struktur", "--text", "Kommunen har 1 450 ansatte i fire sektorer.")
        try cli.ok("year", "note", "2023", "--section", "1.A.1", "--text", "https://www.strandvik.kommune.no/innkjop")
        try cli.ok("year", "note", "2023", "--section", "4.A.2", "--text", "I tillegg fulgte vi opp én avtale sammen med nabokommunene.")
        try cli.ok("year", "note", "2023", "--section", "4.A.3", "--text", "Avviket følges opp kvartalsvis.")
        try cli.ok("year", "note", "2023", "--section", "3.B.7", "--blank")
        try cli.ok("year", "note", "2023", "--section", "6.A.2", "--blank")
        try cli.ok("goal", "report", "etikk-1", "--year", "2023", "--text", "Nådd: tre avtaler fikk utvidet oppfølging.")
        try cli.ok("risk", "report", "risiko-1", "--year", "2023", "--status", "Pågår", "--year-goal", "Revisjon hos leverandøren",
                   "--results", "Ett avvik funnet og fulgt opp.")
        return cli
    }

    @Test("the past year, exported with every template, matches its golden files", arguments: templates)
    func golden(template: String) throws {
        let cli = try Self.twoPeriods()
        let asOf = template == "handlingsplan" ? ["--as-of", "2023-12-31"] : ["--year", "2023"]
        try cli.ok(["export", "--template", template, "--out", "out"] + asOf)
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("strandvik-2023/\(template)"))
    }

    @Test("only the year's measures, goals and risks are in it; the next strategy's are not")
    func timeTrue() throws {
        let cli = try Self.twoPeriods()
        try cli.ok("export", "--year", "2023", "--out", "out")
        let markdown = try cli.folder.read("out/ehn-offentlig.md")
        #expect(markdown.contains("Elbiler i hjemmetjenesten – gjennomført"))
        #expect(markdown.contains("Revisjon hos leverandøren av arbeidsklær – gjennomført"))
        for later in ["Klimakrav i alle byggeprosjekter", "Sjekkliste for høyrisiko", "Tvangsarbeid i solcellepaneler",
                      "Halvere klimagassutslippene", "Risikobasert oppfølging"] {
            #expect(!markdown.contains(later), "\(later) belongs to the current strategy, not to 2023")
        }
        #expect(markdown.contains("### MÅL FOR KOMMENDE ÅR\n\n- Etiske krav i alle høyrisikoavtaler\n"))
        // The check of 2023 asks for nothing about measures that did not exist then.
        let check = try cli.run("check", "--year", "2023", "--json")
        #expect(!check.stdout.contains("klima-2.1") && !check.stdout.contains("etikk-3.1"), "\(check.stdout)")
        #expect(!check.stdout.contains("measure-without-status"))
    }

    @Test("entered figures win in every form, and year show and check show both")
    func enteredBeatsDerived() throws {
        let cli = try Self.twoPeriods()
        try cli.ok("export", "--year", "2023", "--out", "o")
        try cli.ok("export", "--year", "2023", "--template", "ehn-2020", "--out", "t")
        let offentlig = try cli.folder.read("o/ehn-offentlig.md")
        #expect(offentlig.contains("**Oppgi antall avtaler hvor det har vært gjennomført kontraktsoppfølging under rapporteringsåret:** 3\n"))
        #expect(offentlig.contains("4 leverandører på 3 avtaler har vært gjenstand for kontraktsoppfølging"))
        let legacy = try cli.folder.read("t/ehn-2020.md")
        #expect(legacy.contains("**Antall anskaffelser som omfattes av rapporten:** 41\n"), "the entered --announced, not the register's 2")
        #expect(legacy.contains("**Antall leverandører fulgt opp:** 4\n"))
        // Entered and counted are set against each other only where the lead says the register is
        // complete for the year, and named in the form's words.
        let unsure = try cli.ok("year", "show", "2023").stdout
        #expect(unsure.contains("Registeret er ikke oppgitt som komplett for 2023") && !unsure.contains("ulikt"), "\(unsure)")
        #expect(!(try cli.run("check", "--year", "2023")).stdout.contains("rapporten viser det oppgitte"))
        try cli.ok("year", "set", "2023", "--register-complete", "ja")
        let shown = try cli.ok("year", "show", "2023").stdout
        #expect(shown.contains("Oppgi antall avtaler hvor det har vært gjennomført kontraktsoppfølging") && shown.contains("3        2           ulikt"), "\(shown)")
        #expect(!shown.contains("2020-skjemaet"), "no other template's field in ehn-offentlig's year")
        let check = try cli.run("check", "--year", "2023")
        #expect(check.stdout.contains("Oppgi antall avtaler hvor det har vært gjennomført kontraktsoppfølging under rapporteringsåret i 2023: oppgitt 3, registrert 2; rapporten viser det oppgitte"), "\(check.stdout)")
        #expect(check.stdout.contains("og 3 merknader til vurdering"), "two differences of the form and the contract start counted from 1 January: \(check.stdout)")
        // A difference is a notice for the lead, not a failure: with the real gaps fixed (a risk
        // without a measure, a high-risk agreement whose self-report was not received), check passes.
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Seriøsitetskrav i bygg", "--risk", "risiko-2", "--start", "2023", "--end", "2023")
        try cli.ok("update", "klima-1.2", "--status", "gjennomført", "--date", "2023-06-01")
        try cli.ok("followup", "add", "2023/014", "--kind", "egenrapportering", "--sent", "2023-03-01", "--answered", "2023-04-02", "--outcome", "ok")
        #expect(try cli.run("check", "--year", "2023").exitCode == 0)
        // Going back to the counted figure.
        try cli.ok("year", "set", "2023", "--agreements-followed-up", "")
        #expect(try cli.folder.read("Plans/strandvik/years/2023.json").contains("\"leverandorer-fulgt-opp\": 4"))
        #expect(!(try cli.folder.read("Plans/strandvik/years/2023.json")).contains("avtaler-fulgt-opp"))
    }

    @Test("the lead's status text stands alone; derived progress only where none was written")
    func ownWordsAlone() throws {
        let cli = try Self.twoPeriods()
        try cli.ok("export", "--year", "2023", "--format", "md", "--out", "o")
        let markdown = try cli.folder.read("o/ehn-offentlig.md")
        #expect(markdown.contains("#### Utvidet oppfølging av tre avtaler\n\n**Status:** Nådd: tre avtaler fikk utvidet oppfølging.\n\n####"))
        #expect(!markdown.contains("Målverdi 3 avtaler"), "no sentence of Aktsom's beside the lead's")
        #expect(!markdown.contains("Fra planen"))
        #expect(markdown.contains("#### Fossilfri bilpark innen 2024\n\n**Status:** 1 av 1 tiltak gjennomført per 31.12.2023.\n"))
        let shown = try cli.ok("year", "show", "2023").stdout
        #expect(shown.contains("Fra dataene: 1 av 1 tiltak gjennomført per 31.12.2023. Målverdi 3 avtaler, faktisk 3."), "\(shown)")
    }

    @Test("every saved note appears, blank marks export empty, and the deviation keeps its own words")
    func saidAndLeftBlank() throws {
        let cli = try Self.twoPeriods()
        try cli.ok("export", "--year", "2023", "--format", "md,json", "--out", "o")
        let markdown = try cli.folder.read("o/ehn-offentlig.md")
        #expect(markdown.contains("## Forord fra virksomhetsleder\n\nStrandvik kommune har i 2023 tatt viktige steg for ansvarlige innkjøp.\n"))
        #expect(markdown.contains("| Arbeidsklær til hjemmetjenesten | Nordtekstil AS | revisjon | 20.09.2023 |\n\nI tillegg fulgte vi opp én avtale sammen med nabokommunene.\n"),
                "a note for a data section follows the data")
        #expect(markdown.contains("| Pågående. Handlingsplan levert av leverandør |\n\nAvviket følges opp kvartalsvis.\n"))
        #expect(markdown.contains("#### 3.B.7 Annen relevant informasjon\n\n## 4 Overvåking"), "left blank on purpose: no «Ikke utfylt»")
        #expect(markdown.contains("#### 6.A.2 Beskriv eventuelle tilfeller av gjenoppretting i rapporteringsperioden.\n\n### 6.B"))
        let json = try cli.folder.read("o/ehn-offentlig.json")
        #expect(json.contains("\"source\": \"left-blank\""))
        let shown = try cli.ok("year", "show", "2023").stdout
        let missing = shown.components(separatedBy: "Ikke utfylt i").last ?? ""
        #expect(!missing.contains("3.B.7") && !missing.contains("6.A.2"), "\(missing)")
        #expect(shown.contains("3.B.7     (tom med vilje)"))
        // --text later replaces the mark.
        try cli.ok("year", "note", "2023", "--section", "3.B.7", "--text", "Vi deltar i innkjøpsnettverket.")
        try cli.ok("export", "--year", "2023", "--format", "md", "--out", "p")
        #expect(try cli.folder.read("p/ehn-offentlig.md").contains("#### 3.B.7 Annen relevant informasjon\n\nVi deltar i innkjøpsnettverket.\n"))
    }

    @Test("3.A.1 holds the risks reported on; with none reported, every risk is listed as not filled")
    func reportedRisksOnly() throws {
        let cli = try Self.twoPeriods()
        try cli.ok("export", "--year", "2023", "--format", "md", "--out", "o")
        let risks = try cli.folder.read("o/ehn-offentlig.md").components(separatedBy: "### 3.A.1").last?.components(separatedBy: "### 3.B").first ?? ""
        #expect(risks.contains("#### Tvangsarbeid i tekstilproduksjon"))
        #expect(!risks.contains("Sosial dumping i bygg og anlegg"), "no block for a risk not reported on")
        #expect(!risks.contains("Ikke utfylt"))
        let plain = try CLI.withSmallPlan()
        try plain.ok("export", "--year", "2025", "--format", "md", "--out", "o")
        let unreported = try plain.folder.read("o/ehn-offentlig.md").components(separatedBy: "### 3.A.1").last?.components(separatedBy: "### 3.B").first ?? ""
        #expect(unreported.contains("#### Tvangsarbeid i produksjon av solcellepaneler") && unreported.contains("_Ikke utfylt._"))
    }
}
