import Foundation
import Testing

@Suite("Setting up a plan: init, goals, measures, risks")
struct PlanCommandTests {
    @Test("init creates a plan folder with the four areas and the strategy period")
    func initCreatesPlan() throws {
        let cli = CLI()
        let result = try cli.ok("init", "Plans/fjordvik", "--org", "Fjordvik kommune", "--period", "2025-2028")
        #expect(result.stdout.contains("klima, etikk, dyrevelferd, seriositet"))
        let plan = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(plan.contains("\"organisation\": \"Fjordvik kommune\""))
        #expect(plan.contains("\"period\": \"2025-2028\""))
        #expect(plan.hasPrefix("{\n  \"format\": \"aktsom-plan\",\n  \"version\": 3,"))
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl") == "{\"format\": \"aktsom-journal\", \"version\": 1}\n")
    }

    @Test("init takes every template the exporter has, the 2020 form included, and exports with it by default", arguments: ["ehn-offentlig", "ehn-virksomhet", "ehn-2020"])
    func initTakesEveryTemplate(template: String) throws {
        let cli = CLI()
        try cli.ok("init", "Plans/x", "--org", "Medlem AS", "--template", template)
        try cli.ok("goal", "add", "--area", "klima", "--title", "Mål")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Tiltak", "--category", "3.B.2")
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "o")
        #expect(cli.folder.exists("o/\(template).md"))
    }

    @Test("a goal takes a description beside its title, shown under the title in the reports")
    func goalDescription() throws {
        let cli = CLI()
        try cli.ok("init", "Plans/x", "--org", "Fjordvik kommune")
        try cli.ok("goal", "add", "--area", "klima", "--year", "2025", "--title", "Halvere utslippene", "--description", "Målt mot 2019.")
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "o")
        #expect(try cli.folder.read("o/ehn-offentlig.md").contains("#### Halvere utslippene\n\nMålt mot 2019.\n\n**Status:**"))
        try cli.ok("goal", "edit", "klima-1", "--description", "")
        #expect(!(try cli.folder.read("Plans/x/plan.json")).contains("description"))
    }

    @Test("init refuses to overwrite an existing plan")
    func initRefusesExisting() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["init", "Plans/fjordvik", "--org", "Noe annet"], exitCode: 1)
        #expect(result.stderr.contains("det finnes allerede en plan i Plans/fjordvik"))
    }

    @Test("goals get ids from their area, strategic or annual")
    func goalIDs() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "add", "--area", "klima", "--title", "Mer ombruk")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Egen id", "--id", "K-SPESIELL")
        let list = try cli.ok("goal", "list", "--json").stdout
        #expect(list.contains("\"id\": \"klima-2\""))
        #expect(list.contains("\"id\": \"K-SPESIELL\""))
        #expect(list.contains("\"kind\": \"annual\""))
        let text = try cli.ok("goal", "list", "--area", "etikk").stdout
        #expect(text.contains("årsmål 2025"))
        #expect(!text.contains("klima-1"))
    }

    @Test("a goal's target can be bound to an indicator")
    func goalTarget() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "add", "--area", "etikk", "--title", "Krav i høyrisiko", "--target", "100", "--unit", "%",
                   "--indicator", "andel-hoyrisiko-med-etiske-krav")
        #expect(try cli.folder.read("Plans/fjordvik/plan.json").contains("\"indicator\": \"andel-hoyrisiko-med-etiske-krav\""))
        let bad = try cli.fails(["goal", "add", "--area", "etikk", "--title", "x", "--target", "5", "--indicator", "andel-krav"], exitCode: 2)
        #expect(bad.stderr.contains("gyldige indikatorer"))
        try cli.fails(["goal", "add", "--area", "etikk", "--title", "x", "--unit", "%"], exitCode: 2)
    }

    @Test("goal report stores the year's status text in the year file")
    func goalReport() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "report", "etikk-1", "--year", "2025", "--text", "Nådd: krav i 14 av 14.")
        let year = try cli.folder.read("Plans/fjordvik/years/2025.json")
        #expect(year.contains("\"goal\": \"etikk-1\""))
        #expect(year.contains("\"status\": \"Nådd: krav i 14 av 14.\""))
        let wrongYear = try cli.fails(["goal", "report", "etikk-1", "--year", "2026", "--text", "x"], exitCode: 1)
        #expect(wrongYear.stderr.contains("årsmål for 2025"))
    }

    @Test("measures get ids from their goal and keep owner, due date and category")
    func measureAdd() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Ombruk av møbler", "--owner", "Eiendom", "--due", "2026-Q2", "--category", "3.B.1")
        let shown = try cli.ok("measure", "show", "klima-1.3").stdout
        #expect(shown.contains("Ansvarlig:"))
        #expect(shown.contains("Eiendom"))
        #expect(shown.contains("2. kvartal 2026 (30.06.2026)"))
        #expect(shown.contains("3.B.1 Reduksjon av natur- og miljøpåvirkning"))
    }

    @Test("measure edit changes fields and links, and an empty value clears a field")
    func measureEdit() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "edit", "klima-1.1", "--owner", "Eiendom og bygg", "--due", "2026-Q2", "--risk", "risiko-1")
        var json = try cli.ok("measure", "show", "klima-1.1", "--json").stdout
        #expect(json.contains("\"owner\": \"Eiendom og bygg\""))
        #expect(json.contains("\"due\": \"2026-Q2\""))
        #expect(json.contains("\"risks\": [\"risiko-1\"]"))
        try cli.ok("measure", "edit", "klima-1.1", "--owner", "", "--remove-risk", "risiko-1")
        json = try cli.ok("measure", "show", "klima-1.1", "--json").stdout
        #expect(!json.contains("\"owner\""))
        #expect(json.contains("\"risks\": []"))
        try cli.fails(["measure", "edit", "klima-1.1"], exitCode: 2)
        try cli.fails(["measure", "edit", "klima-1.1", "--remove-risk", "risiko-1"], exitCode: 1)
        // The JSON after an edit shows the measure as it stands, status included.
        try cli.ok("update", "klima-1.1", "--status", "pågår")
        let edited = try cli.ok("measure", "edit", "klima-1.1", "--owner", "Byggherre", "--json").stdout
        #expect(edited.contains("\"status\": \"pågår\""), "\(edited)")
    }

    @Test("risks get ids, and risk report keeps earlier fields when only some are given")
    func risks() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("risk", "add", "--title", "Lønnsdumping på byggeplasser", "--theme", "Arbeidstakerrettigheter", "--geography", "Norge", "--area", "seriositet")
        #expect(try cli.ok("risk", "list").stdout.contains("risiko-2"))
        try cli.ok("risk", "report", "risiko-2", "--year", "2025", "--status", "Pågår", "--year-goal", "Kontroll på alle byggeplasser")
        try cli.ok("risk", "report", "risiko-2", "--year", "2025", "--results", "12 kontroller")
        let year = try cli.folder.read("Plans/fjordvik/years/2025.json")
        #expect(year.contains("\"status\": \"Pågår\""))
        #expect(year.contains("\"yearGoal\": \"Kontroll på alle byggeplasser\""))
        #expect(year.contains("\"results\": \"12 kontroller\""))
        try cli.fails(["risk", "report", "risiko-2", "--year", "2025"], exitCode: 2)
    }

    @Test("goal edit and risk edit change wording and targets and keep ids")
    func editGoalsAndRisks() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "edit", "etikk-1", "--title", "Etiske krav i høyrisiko", "--target", "90", "--unit", "%")
        try cli.ok("goal", "edit", "klima-1", "--year", "2026")
        var json = try cli.ok("goal", "list", "--json").stdout
        #expect(json.contains("\"title\": \"Etiske krav i høyrisiko\"") && json.contains("\"value\": 90"))
        #expect(json.contains("\"year\": 2026"))
        try cli.ok("goal", "edit", "klima-1", "--year", "")
        json = try cli.ok("goal", "list", "--json").stdout
        #expect(!json.contains("\"year\": 2026"))
        try cli.ok("risk", "edit", "risiko-1", "--goal", "Ingen tvangsarbeid", "--rationale", "Alvorlig og sannsynlig", "--geography", "Kina")
        let risk = try cli.ok("risk", "list", "--json").stdout
        #expect(risk.contains("\"overarchingGoal\": \"Ingen tvangsarbeid\"") && risk.contains("\"geography\": \"Kina\""))
        try cli.fails(["risk", "edit", "risiko-1"], exitCode: 2)
        try cli.fails(["goal", "edit", "klima-7", "--title", "x"], exitCode: 1)
        try cli.fails(["risk", "edit", "risiko-1", "--area", "klma"], exitCode: 1)
    }
}
