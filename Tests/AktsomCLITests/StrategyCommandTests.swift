import Foundation
import Testing

@Suite("The strategy itself: plan, areas, focus areas, governing documents")
struct StrategyCommandTests {
    @Test("plan edit sets the overall goal, owners, period, deadline and template; plan show shows them, and what is missing")
    func planEditAndShow() throws {
        let cli = try CLI.withSmallPlan()
        let empty = try cli.ok("plan", "show").stdout
        #expect(empty.contains("Overordnet mål:      – (sett med: aktsom plan edit --overall-goal \"…\")"), "\(empty)")
        try cli.ok("plan", "edit", "--overall-goal", "Fjordvik kommune skal være en ansvarlig og rettferdig forbruker.",
                   "--owner", "Kommunestyret", "--operational-owner", "Innkjøpsavdelingen", "--deadline", "05-31", "--period", "2025-2029")
        let plan = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(plan.contains("\"period\": \"2025-2029\",\n  \"overallGoal\": \"Fjordvik kommune skal være en ansvarlig og rettferdig forbruker.\",\n  \"owner\": \"Kommunestyret\",\n  \"operationalOwner\": \"Innkjøpsavdelingen\","))
        #expect(plan.contains("\"reportDeadline\": \"05-31\""))
        let shown = try cli.ok("plan", "show").stdout
        #expect(shown.contains("Eier:                Kommunestyret") && shown.contains("Operativt ansvarlig: Innkjøpsavdelingen"))
        #expect(shown.contains("Innhold:             2 mål, 3 tiltak, 1 risikoer, 0 anskaffelser"))
        let json = try cli.ok("plan", "show", "--json").stdout
        #expect(json.contains("\"overallGoal\": \"Fjordvik kommune skal være en ansvarlig og rettferdig forbruker.\""))
        #expect(json.contains("\"counts\": {\n    \"goals\": 2,"))
        try cli.ok("plan", "edit", "--owner", "", "--deadline", "")
        let cleared = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(!cleared.contains("\"owner\": \"Kommunestyret\"") && cleared.contains("\"reportDeadline\": \"06-30\""))
    }

    @Test("plan edit --template renumbers the 3.B categories, or refuses naming the measures")
    func planTemplate() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "edit", "klima-1.1", "--category", "3.B.7")
        let moved = try cli.ok("plan", "edit", "--template", "ehn-virksomhet").stdout
        #expect(moved.contains("Nye kategorikoder i ehn-virksomhet: klima-1.1 3.B.7 → 3.B.8."), "\(moved)")
        try cli.ok("measure", "edit", "klima-1.2", "--category", "3.B.6")
        let refused = try cli.fails(["plan", "edit", "--template", "ehn-offentlig"], exitCode: 1)
        #expect(refused.stderr.contains("1 tiltak har en kategori som ehn-offentlig ikke har"))
        #expect(refused.stderr.contains("tiltak «klima-1.2»: 3.B.6 Bidrag til utvikling, kompetanseheving og opplæring"))
        let typo = try cli.fails(["plan", "edit", "--template", "ehn-offentli"], exitCode: 2)
        #expect(typo.stderr.contains("mente du «ehn-offentlig»?"))
    }

    @Test("areas are added, edited and listed with SDGs by name and a note; the id comes from the name")
    func areas() throws {
        let cli = try CLI.withSmallPlan()
        let added = try cli.ok("area", "add", "--name", "Sirkulær økonomi", "--goal", "Kjøpe mindre, bruke lenger", "--sdgs", "12, 11",
                               "--sdg-note", "Mål 11 for byggene.").stdout
        #expect(added.contains("La til strategiområde sirkulaer: «Sirkulær økonomi»"))
        try cli.ok("area", "edit", "dyrevelferd", "--sdgs", "", "--sdg-note", "Ingen bærekraftsmål dekker dyrevelferd godt.", "--ethical")
        try cli.ok("area", "edit", "etikk", "--name", "Menneskerettigheter", "--not-ethical")
        let list = try cli.ok("area", "list").stdout
        #expect(list.contains("sirkulaer    Sirkulær økonomi"), "\(list)")
        #expect(list.contains("  Bærekraftsmål:       12 Ansvarlig forbruk og produksjon\n                       11 Bærekraftige byer og lokalsamfunn"), "\(list)")
        #expect(list.contains("Om bærekraftsmålene: Ingen bærekraftsmål dekker dyrevelferd godt."))
        let json = try cli.ok("area", "list", "--json").stdout
        #expect(json.contains("{\n          \"number\": 12,\n          \"name\": \"Ansvarlig forbruk og produksjon\"\n        }"), "\(json)")
        let plan = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(plan.contains("\"id\": \"dyrevelferd\",\n      \"name\": \"Dyrevelferd\",\n      \"sdgNote\": \"Ingen bærekraftsmål dekker dyrevelferd godt.\",\n      \"ethical\": true"))
        #expect(plan.contains("\"id\": \"etikk\",\n      \"name\": \"Menneskerettigheter\",\n      \"sdgs\": [8, 10, 12, 16]\n    }"))
    }

    @Test("an area that holds goals, or that a risk names, is refused naming them; an empty one goes")
    func areaRemove() throws {
        let cli = try CLI.withSmallPlan()
        let refused = try cli.fails(["area", "remove", "etikk"], exitCode: 1)
        #expect(refused.stderr.contains("strategiområdet «etikk» kan ikke fjernes: dette viser til det"))
        #expect(refused.stderr.contains("  mål «etikk-1» Etiske krav i alle høyrisikoanskaffelser"))
        #expect(refused.stderr.contains("  strategiområdet til risiko «risiko-1»"))
        try cli.ok("area", "remove", "dyrevelferd")
        #expect(try !cli.folder.read("Plans/fjordvik/plan.json").contains("dyrevelferd"))
    }

    @Test("goals take a focus area, and goal list, status and the action plan group by it")
    func focusAreas() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "edit", "klima-1", "--focus", "Direkte og indirekte utslipp")
        try cli.ok("goal", "add", "--area", "klima", "--focus", "direkte og indirekte utslipp", "--title", "Fossilfri bilpark")
        try cli.ok("goal", "add", "--area", "klima", "--focus", "Kompetanse", "--title", "Kurs for bestillere")
        try cli.ok("measure", "add", "--goal", "klima-3", "--title", "E-læring om klimakrav", "--owner", "Innkjøp")
        #expect(try cli.folder.read("Plans/fjordvik/plan.json").contains("\"area\": \"klima\",\n      \"focus\": \"Direkte og indirekte utslipp\",\n      \"title\": \"Fossilfri bilpark\""))
        let goals = try cli.ok("goal", "list", "--area", "klima").stdout
        #expect(goals.contains("SATSINGSOMRÅDE"), "\(goals)")
        let status = try cli.ok("status").stdout
        #expect(status.contains("  Satsingsområder:\n    Direkte og indirekte utslipp  ░░░░░░░░░░  0 %  2 tiltak  1 forfalt\n    Kompetanse                    ░░░░░░░░░░  0 %  1 tiltak"), "\(status)")
        #expect(try cli.ok("status", "--json").stdout.contains("\"focusAreas\": [\n        {\n          \"name\": \"Direkte og indirekte utslipp\",\n          \"total\": 2,"))
        try cli.ok("export", "--template", "handlingsplan", "--format", "md", "--out", "e")
        let report = try cli.folder.read("e/handlingsplan.md")
        #expect(report.contains("### Klima og miljø\n\n**FNs bærekraftsmål:**\n\n- 12 Ansvarlig forbruk og produksjon\n"), "\(report)")
        #expect(report.contains("#### Satsingsområde: Direkte og indirekte utslipp\n\n##### Halvere klimagassutslippene fra innkjøp\n"))
        #expect(report.contains("#### Satsingsområde: Kompetanse\n\n##### Kurs for bestillere\n"))
        #expect(report.contains("##### Fossilfri bilpark\n\nIngen tiltak i 2025.\n"))
        try cli.ok("goal", "edit", "klima-2", "--focus", "")
        #expect(try !cli.folder.read("Plans/fjordvik/plan.json").contains("\"title\": \"Fossilfri bilpark\",\n      \"focus\""))
    }

    @Test("governing documents are added, listed by scope, edited and removed, and the action plan lists them")
    func references() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("plan", "reference", "add", "--title", "FNs veiledende prinsipper", "--issuer", "FN", "--year", "2011", "--scope", "internasjonal")
        try cli.ok("plan", "reference", "add", "--title", "Klimaplan 2023–2030", "--issuer", "Fjordvik kommune", "--year", "2023",
                   "--scope", "kommunal", "--area", "klima", "--link", "https://fjordvik.kommune.no/klimaplan")
        let added = try cli.ok("plan", "reference", "add", "--title", "Åpenhetsloven", "--scope", "national", "--json").stdout
        #expect(added.contains("\"id\": \"dok-3\"") && added.contains("\"scope\": \"nasjonal\""))
        let list = try cli.ok("plan", "reference", "list").stdout
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines[1].hasPrefix("dok-2") && lines[2].hasPrefix("dok-3") && lines[3].hasPrefix("dok-1"), "\(list)")
        try cli.ok("plan", "reference", "edit", "dok-3", "--year", "2022", "--issuer", "Stortinget")
        try cli.ok("export", "--template", "handlingsplan", "--format", "md", "--out", "e")
        let report = try cli.folder.read("e/handlingsplan.md")
        #expect(report.contains("## Styrende dokumenter\n\n### Kommunale dokumenter\n\n- Klimaplan 2023–2030 (Fjordvik kommune, 2023). Gjelder Klima og miljø. https://fjordvik.kommune.no/klimaplan\n\n### Nasjonale dokumenter\n\n- Åpenhetsloven (Stortinget, 2022).\n\n### Internasjonale dokumenter\n\n- FNs veiledende prinsipper (FN, 2011).\n"), "\(report)")
        let removed = try cli.ok("plan", "reference", "remove", "dok-1").stdout
        #expect(removed.contains("Fjernet det styrende dokumentet «dok-1»: FNs veiledende prinsipper"))
        #expect(try cli.ok("plan", "reference", "list", "--json").stdout.components(separatedBy: "\"id\"").count == 3)
    }

    @Test("a plan written by version 1 loads, and takes the new fields of the current version")
    func version1Plan() throws {
        let cli = CLI()
        try FileManager.default.createDirectory(at: cli.folder.file("Plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Golden.packageRoot.appendingPathComponent("Tests/AktsomKitTests/Fixtures/format-v1"),
                                         to: cli.folder.file("Plans/formatvik"))
        #expect(try cli.folder.read("Plans/formatvik/plan.json").contains("\"version\": 1"))
        #expect(try cli.ok("plan", "show").stdout.contains("Virksomhet:          Formatvik kommune"))
        try cli.ok("plan", "edit", "--owner", "Kommunestyret")
        try cli.ok("area", "edit", "klima", "--sdg-note", "Mål 13 er kjernen.")
        try cli.ok("plan", "reference", "add", "--title", "Klimaplan", "--scope", "kommunal")
        let plan = try cli.folder.read("Plans/formatvik/plan.json")
        #expect(plan.contains("\"version\": 3") && plan.contains("\"owner\": \"Kommunestyret\"") && plan.contains("\"sdgNote\": \"Mål 13 er kjernen.\""))
        #expect(try cli.ok("measure", "list").stderr.isEmpty)
    }

    @Test("the plan group's help lists the governing-document commands a level further down")
    func groupHelp() throws {
        #expect(try CLI().ok("plan", "--help").stdout.contains("  plan reference remove  fjern et styrende dokument"))
    }
}
