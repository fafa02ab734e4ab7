import Foundation
import Testing

/// The first thing a lead does with Aktsom: enter last year, because that report is due now. No
/// record gets a start typed in; each takes its time from where it was put. What a year's report
/// still leaves out because of its dates is named with why and the fix.
@Suite("A past year entered afterwards")
struct PastYearEnteredTests {
    /// Lillevik kommune's 2023, typed in on 7 December 2026 under its 2023–2026 strategy, the way
    /// a lead does it: annual goals, measures with owners and due dates (some with status updates
    /// dated 2023, some without), a strategic goal, risks with and without a year's report.
    static func enteredIn2026() throws -> CLI {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/lillevik", "--org", "Lillevik kommune", "--period", "2023-2026")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2023", "--title", "Etiske krav i alle høyrisikoavtaler i 2023")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2023", "--title", "Opplæring av alle innkjøpere i 2023")
        try cli.ok("goal", "add", "--area", "etikk", "--title", "Risikobasert oppfølging i hele strategiperioden")
        try cli.ok("risk", "add", "--title", "Tvangsarbeid i tekstilproduksjon", "--geography", "Bangladesh", "--area", "etikk")
        try cli.ok("risk", "add", "--title", "Sosial dumping på byggeplasser", "--geography", "Norge", "--area", "etikk")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Sjekkliste for høyrisiko", "--owner", "Innkjøp", "--due", "2023-Q2",
                   "--category", "3.B.3", "--risk", "risiko-1")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Egenrapportering fra leverandøren av arbeidsklær", "--owner", "Innkjøp",
                   "--due", "2023-12-31", "--category", "3.B.3", "--risk", "risiko-1")
        try cli.ok("measure", "add", "--goal", "etikk-2", "--title", "Kurs i etisk handel for innkjøperne", "--owner", "HR", "--due", "2023-Q4",
                   "--category", "3.B.6")
        try cli.ok("measure", "add", "--goal", "etikk-3", "--title", "Kontroll av lønn og arbeidstid på byggeplass", "--owner", "Byggherre",
                   "--due", "2026-12-31", "--category", "3.B.3", "--risk", "risiko-2")
        try cli.ok("update", "etikk-1.1", "--status", "gjennomført", "--date", "2023-04-20", "--note", "Tatt i bruk")
        try cli.ok("update", "etikk-2.1", "--status", "pågår", "--date", "2023-09-01")
        try cli.ok("risk", "report", "risiko-1", "--year", "2023", "--status", "Pågår", "--results", "Egenrapport mottatt")
        return cli
    }

    static let goals = ["Etiske krav i alle høyrisikoavtaler i 2023", "Opplæring av alle innkjøpere i 2023", "Risikobasert oppfølging i hele strategiperioden"]
    static let measures = ["Sjekkliste for høyrisiko", "Egenrapportering fra leverandøren av arbeidsklær", "Kurs i etisk handel for innkjøperne",
                           "Kontroll av lønn og arbeidstid på byggeplass"]
    static let risks = ["Tvangsarbeid i tekstilproduksjon", "Sosial dumping på byggeplasser"]

    /// What each template has a place for: every template lists the year's goals; the 2023 forms
    /// list the measures in 3.B and the risks in part 2; the 2020 form lists the ethical area's
    /// measures in 3.1, and neither it nor the action plan has a place for risks.
    static func expected(in template: String) -> [String] {
        switch template {
        case "ehn-2020", "handlingsplan": return goals + measures
        default: return goals + measures + risks
        }
    }

    @Test("every record of the past year is in that year's report, in every template", arguments: FiledReportTests.templates)
    func everyRecordInItsYear(template: String) throws {
        let cli = try Self.enteredIn2026()
        let asOf = template == "handlingsplan" ? ["--as-of", "2023-12-31"] : ["--year", "2023"]
        let export = try cli.ok(["export", "--template", template, "--format", "md", "--out", "out"] + asOf)
        let markdown = try cli.folder.read("out/\(template).md")
        for title in Self.expected(in: template) {
            #expect(markdown.contains(title), "«\(title)» is missing from \(template) 2023")
        }
        if template != "handlingsplan" {
            #expect(!export.stderr.contains("ikke med i 2023"), "nothing of 2023 is left out: \(export.stderr)")
        }
    }

    @Test("none of them is in the year before", arguments: FiledReportTests.templates)
    func noneInTheYearBefore(template: String) throws {
        let cli = try Self.enteredIn2026()
        let asOf = template == "handlingsplan" ? ["--as-of", "2022-12-31"] : ["--year", "2022"]
        try cli.ok(["export", "--template", template, "--format", "md", "--out", "out"] + asOf)
        // 2022's report names 2023's annual goals only as the goals for the year to come.
        let markdown = try cli.folder.read("out/\(template).md")
            .replacingOccurrences(of: "- Etiske krav i alle høyrisikoavtaler i 2023\n- Opplæring av alle innkjøpere i 2023\n", with: "")
            .replacingOccurrences(of: "| Etiske krav i alle høyrisikoavtaler i 2023 |\n| Opplæring av alle innkjøpere i 2023 |\n", with: "")
        for title in Self.expected(in: template) {
            #expect(!markdown.contains(title), "«\(title)» belongs to 2023, not to 2022's \(template)")
        }
    }

    @Test("what a year's report leaves out because of its dates is named in the export, year show and the check, with the fix")
    func leftOutIsNamed() throws {
        // No period: a strategic goal typed in today counts from today.
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/lillevik", "--org", "Lillevik kommune")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Fossilfrie byggeplasser")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Krav om utslippsfrie maskiner", "--owner", "Byggherre", "--category", "3.B.2")
        try cli.ok("risk", "add", "--title", "Klimagassutslipp fra bygg", "--area", "klima")
        // Done before 2023 began: the rule working, not named.
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Kartlegging av maskinparken", "--start", "2021")
        try cli.ok("update", "klima-1.2", "--status", "gjennomført", "--date", "2022-06-01")

        let export = try cli.ok("export", "--year", "2023", "--format", "md,json", "--out", "out")
        #expect(export.stderr.contains("Lagret, men ikke med i 2023 fordi det gjelder fra senere (3):"), "\(export.stderr)")
        #expect(export.stderr.contains("tiltak klima-1.1 «Krav om utslippsfrie maskiner» er ikke med i 2023: det gjelder fra 07.12.2026"))
        #expect(export.stderr.contains("aktsom measure edit klima-1.1 --start 2023"))
        #expect(export.stderr.contains("aktsom goal edit klima-1 --start 2023") && export.stderr.contains("aktsom risk edit risiko-1 --start 2023"))
        #expect(!export.stderr.contains("klima-1.2"), "a measure finished before the year is the rule working")

        let json = try cli.ok("export", "--year", "2023", "--format", "md", "--out", "out", "--json")
        let leftOut = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["leftOut"] as? [[String: Any]]
        #expect(leftOut?.map { $0["id"] as? String } == ["klima-1", "klima-1.1", "risiko-1"])
        #expect(leftOut?.first?["fix"] as? String == "aktsom goal edit klima-1 --start 2023")
        #expect(leftOut?.first?["since"] as? String == "2026-12-07")

        let show = try cli.ok("year", "show", "2023")
        #expect(show.stdout.contains("Lagret, men ikke med i 2023") && show.stdout.contains("aktsom measure edit klima-1.1 --start 2023"))
        let check = try cli.ok("check", "--year", "2023", "--json")
        #expect(check.stdout.contains("\"check\": \"left-out-by-dates\"") && check.stdout.contains("\"severity\": \"notice\""))

        // The fix brings the goal in, and the measure with it.
        try cli.ok("goal", "edit", "klima-1", "--start", "2023")
        let fixed = try cli.ok("export", "--year", "2023", "--format", "md", "--out", "out")
        #expect(!fixed.stderr.contains("klima-1.1") && !fixed.stderr.contains("klima-1 "))
        #expect(try cli.folder.read("out/ehn-offentlig.md").contains("Krav om utslippsfrie maskiner"))
        #expect(fixed.stderr.contains("risiko-1"), "the risk has a start of its own to set")
    }
}

/// A count or Ja/Nei the report derives from the register stands only where the register can
/// back it; an entered figure is never joined with a counted one.
@Suite("No answer the organisation never gave")
struct UnbackedCountTests {
    @Test("with nothing in the register for the year, counts and Ja/Nei are «Ikke utfylt»; a register said to be complete backs a 0")
    func unbackedCounts() throws {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/x", "--org", "Medlem AS")
        try cli.ok("export", "--year", "2020", "--template", "ehn-2020", "--format", "md", "--out", "a")
        let legacy = try cli.folder.read("a/ehn-2020.md")
        #expect(legacy.contains("**Antall anskaffelser som omfattes av rapporten:** _Ikke utfylt._"), "\(legacy)")
        #expect(!legacy.contains("Ingen avvik registrert"))
        try cli.ok("export", "--year", "2020", "--format", "md", "--out", "b")
        let offentlig = try cli.folder.read("b/ehn-offentlig.md")
        #expect(offentlig.contains("kontraktsoppfølging under rapporteringsåret:** _Ikke utfylt._"))
        #expect(!offentlig.contains("0 leverandører på 0 avtaler") && !offentlig.contains("\nNei\n"))

        try cli.ok("year", "set", "2020", "--register-complete", "ja")
        try cli.ok("export", "--year", "2020", "--template", "ehn-2020", "--format", "md", "--out", "c")
        #expect(try cli.folder.read("c/ehn-2020.md").contains("**Antall anskaffelser som omfattes av rapporten:** 0\n"))
    }

    @Test("entering one figure of 4.A.2's pair shows the other as not filled in, never as a count that disagrees")
    func pairFromOneSource() throws {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/x", "--org", "Lillestrøm kommune")
        try cli.ok("procurement", "add", "--id", "a", "--title", "Arbeidsklær", "--year", "2023", "--suppliers", "5")
        try cli.ok("followup", "add", "a", "--kind", "egenrapportering", "--sent", "2023-03-01")
        try cli.ok("year", "set", "2023", "--agreements-followed-up", "3")
        try cli.ok("export", "--year", "2023", "--format", "md", "--out", "o")
        let markdown = try cli.folder.read("o/ehn-offentlig.md")
        #expect(!markdown.contains("5 leverandører på 3 avtaler"))
        #expect(markdown.contains("**Antall leverandører fulgt opp:** _Ikke utfylt._"))
        #expect(markdown.contains("**Antall avtaler fulgt opp:** 3"))
        #expect(markdown.contains("| Arbeidsklær | Alle på avtalen | egenrapportering | 01.03.2023 |"), "the table lists the self-report the count holds")
    }
}

/// The work of a whole strategy period: the action plan for the period lists every measure of
/// it with its final status and when it was done, and a goal whose measures were all done earlier
/// is carried out, never «without measures».
@Suite("The action plan of a strategy period")
struct PeriodActionPlanTests {
    static func plan() throws -> CLI {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/x", "--org", "Lillestrøm kommune", "--period", "2022-2025")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Fossilfri bilpark")
        try cli.ok("goal", "add", "--area", "etikk", "--title", "Etiske krav i høyrisikoavtaler")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Elbiler i hjemmetjenesten", "--owner", "Drift", "--due", "2022-Q4")
        try cli.ok("update", "klima-1.1", "--status", "gjennomført", "--date", "2022-11-01")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Sjekkliste for høyrisiko", "--owner", "Innkjøp", "--due", "2023-Q2")
        try cli.ok("update", "etikk-1.1", "--status", "gjennomført", "--date", "2023-05-10")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Revisjon hos leverandøren", "--owner", "Innkjøp", "--due", "2025-Q4")
        try cli.ok("update", "etikk-1.2", "--status", "pågår", "--date", "2025-03-01")
        return cli
    }

    @Test("export --period lists every measure of the period with its final status and the day it was done")
    func wholePeriod() throws {
        let cli = try Self.plan()
        let export = try cli.ok("export", "--template", "handlingsplan", "--period", "--format", "md")
        #expect(export.stdout.contains("Exports/x/2022-2025/"), "\(export.stdout)")
        let markdown = try cli.folder.read("Exports/x/2022-2025/handlingsplan.md")
        #expect(markdown.contains("Hele strategiperioden 2022–2025 · Status per 31.12.2025"))
        #expect(markdown.contains("| Tiltak | Ansvarlig | Frist | Status | Gjennomført | Siste notat |"))
        #expect(markdown.contains("| Elbiler i hjemmetjenesten | Drift | 4. kvartal 2022 | gjennomført | 01.11.2022 |"), "\(markdown)")
        #expect(markdown.contains("| Sjekkliste for høyrisiko | Innkjøp | 2. kvartal 2023 | gjennomført | 10.05.2023 |"))
        #expect(markdown.contains("| Revisjon hos leverandøren | Innkjøp | 4. kvartal 2025 | pågår |  |"))
        #expect(markdown.contains("I strategiperioden 2022–2025 har handlingsplanen hatt 3 tiltak"))
    }

    @Test("the last year's action plan says a goal's measures were all done, and the check asks for no measure")
    func doneGoal() throws {
        let cli = try Self.plan()
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-12-31", "--format", "md", "--out", "o")
        let markdown = try cli.folder.read("o/handlingsplan.md")
        #expect(markdown.contains("Alle tiltakene under målet er gjennomført, det siste 01.11.2022."), "\(markdown)")
        #expect(!markdown.contains("Ingen tiltak i 2025"))
        let check = try cli.run("check", "--year", "2025", "--json")
        #expect(!check.stdout.contains("goal-without-measure"), "\(check.stdout)")
        let refused = try cli.fails(["export", "--template", "handlingsplan", "--period", "--plan", "Plans/x", "--year", "2025", "--as-of", "x"], exitCode: 2)
        #expect(!refused.stderr.isEmpty)
    }
}

@Suite("An ended measure is overdue nowhere")
struct EndedMeasureTests {
    @Test("a measure whose end has passed is not overdue in the list, the overview, the team's sheet or the check")
    func endedIsNotOverdue() throws {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/x", "--org", "Fjordvik kommune")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Mål")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Avsluttet tiltak", "--owner", "Drift", "--due", "2025-Q2", "--start", "2024", "--end", "2025")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Forfalt tiltak", "--owner", "Drift", "--due", "2026-Q1")
        let list = try cli.ok("measure", "list", "--overdue", "--json").stdout
        #expect(list.contains("klima-1.2") && !list.contains("klima-1.1"), "\(list)")
        #expect(try cli.ok("status").stdout.contains("1 forfalt"))
        try cli.ok("sheet", "export", "--team", "Drift", "--out", "drift.csv")
        let sheet = try cli.folder.read("drift.csv")
        let ended = try #require(sheet.components(separatedBy: "\r\n").first { $0.contains("Avsluttet tiltak") })
        #expect(!ended.contains("FORFALT"), "\(ended)")
        let check = try cli.run("check", "--json").stdout
        #expect(!check.contains("\"subject\": \"klima-1.1\""), "\(check)")
    }
}

@Suite("A finding acknowledged with a reason")
struct FindingAcknowledgementTests {
    @Test("an acknowledged finding is shown with its reason, no longer fails the check, is kept in the year's file and can be reopened")
    func acknowledgeAndReopen() throws {
        let cli = CLI(now: "2026-12-07")
        try cli.ok("init", "Plans/x", "--org", "Fjordvik kommune", "--period", "2023-2026")
        try cli.ok("goal", "add", "--area", "klima", "--year", "2023", "--title", "Kartlegge utslippene")
        #expect(try cli.run("check", "--year", "2023").exitCode == 1)
        let before = try cli.folder.snapshot()
        let wrong = try cli.fails(["finding", "acknowledge", "goal-without-measure", "klima-9", "--year", "2023", "--reason", "x"], exitCode: 1)
        #expect(wrong.stderr.contains("kontrollen for 2023 har ikke funnet goal-without-measure «klima-9»") && wrong.stderr.contains("mente du"), "\(wrong.stderr)")
        try cli.fails(["finding", "acknowledge", "goal-without-measure", "klima-1", "--year", "2023", "--reason", " "], exitCode: 2)
        #expect(try cli.folder.snapshot() == before, "a refused acknowledgement changes nothing")

        try cli.ok("finding", "acknowledge", "goal-without-measure", "klima-1", "--year", "2023", "--reason", "Kartleggingen ble gjort av fylket; ingen tiltak hos oss.")
        let check = try cli.run("check", "--year", "2023")
        #expect(check.exitCode == 0, "\(check)")
        #expect(check.stdout.contains("0 funn; 1 kvittert ut") && check.stdout.contains("kvittert ut 07.12.2026: Kartleggingen ble gjort av fylket"))
        #expect(try cli.run("check", "--year", "2023", "--json").stdout.contains("\"reason\": \"Kartleggingen ble gjort av fylket; ingen tiltak hos oss.\""))
        #expect(try cli.folder.read("Plans/x/years/2023.json").contains("\"acknowledged\""))
        #expect(try cli.run("check", "--year", "2024").stdout.contains("goal-without-measure") == false, "the annual goal is 2023's only")

        try cli.ok("finding", "reopen", "goal-without-measure", "klima-1", "--year", "2023")
        #expect(try cli.run("check", "--year", "2023").exitCode == 1)
        try cli.fails(["finding", "reopen", "goal-without-measure", "klima-1", "--year", "2023"], exitCode: 1)
    }
}
