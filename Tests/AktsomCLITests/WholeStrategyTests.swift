import Foundation
import Testing

/// A real strategy of the kind a municipality adopts, entered from an empty folder with commands
/// alone, never a hand edit: the vision and who owns it, five areas (four with SDGs and a note on
/// the choice, one without), focus areas, thirteen governing documents of all three scopes,
/// goals, measures and prioritized risks. Its action plan is kept as a golden file.
@Suite("A whole strategy entered with commands alone")
struct WholeStrategyTests {
    static func enterStrategy() throws -> CLI {
        var cli = CLI(now: "2025-02-03")
        func run(_ arguments: String...) throws { try cli.ok(arguments) }
        try run("init", "Plans/nordvik", "--org", "Nordvik kommune", "--period", "2025-2028")
        try run("plan", "edit", "--overall-goal", "Nordvik kommune skal være en ansvarlig og rettferdig forbruker. Innkjøpene skal bidra til lavere utslipp, trygge arbeidsforhold og mindre avfall, hos oss og i leverandørkjedene.",
                "--owner", "Kommunestyret", "--operational-owner", "Innkjøpsavdelingen i samarbeid med virksomhetene")

        // The areas as this strategy names them, with the SDGs it chose and why.
        try run("area", "edit", "klima", "--name", "Klima og natur", "--goal", "Innkjøpene skal halvere sine klimagassutslipp innen 2030 og ta vare på naturen.",
                "--sdgs", "7,13,15", "--sdg-note", "Energi (7) er tatt med fordi bygg og drift står for mest av utslippene; mål 12 ligger under sirkulær økonomi.")
        try run("area", "edit", "etikk", "--name", "Menneskerettigheter i leverandørkjeden", "--goal", "Ingen av varene vi kjøper skal være laget med tvangsarbeid eller barnearbeid.",
                "--sdgs", "8,10", "--sdg-note", "Mål 16 er flyttet til arbeidslivsområdet, der korrupsjon hører hjemme.")
        try run("area", "edit", "seriositet", "--name", "Seriøst arbeidsliv", "--goal", "Alle som arbeider på kommunens oppdrag, skal ha ordnede lønns- og arbeidsvilkår.",
                "--sdgs", "8,16", "--sdg-note", "Mål 8 og 16: anstendig arbeid og institusjoner uten korrupsjon.")
        try run("area", "edit", "dyrevelferd", "--goal", "Maten vi serverer, skal komme fra dyr som har hatt det godt.",
                "--sdgs", "", "--sdg-note", "Ingen av bærekraftsmålene handler om dyrevelferd, så området har ingen.")
        try run("area", "add", "--name", "Sirkulær økonomi", "--goal", "Vi skal kjøpe mindre, bruke lenger og velge ombruk først.",
                "--sdgs", "12,11", "--sdg-note", "Mål 12 er kjernen; mål 11 gjelder ombruk i kommunale bygg.")
        try run("area", "add", "--name", "Feilregistrert område")
        try run("area", "remove", "feilregistrert")

        // Goals under focus areas, measures and prioritized risks.
        try run("goal", "add", "--area", "klima", "--focus", "Direkte og indirekte utslipp", "--title", "Fossilfri kjøretøypark innen 2027")
        try run("goal", "add", "--area", "klima", "--focus", "Direkte og indirekte utslipp", "--title", "Utslippsfrie bygge- og anleggsplasser innen 2028")
        try run("goal", "add", "--area", "klima", "--focus", "Kompetanse", "--title", "Alle innkjøpere kan bruke klimakrav")
        try run("goal", "add", "--area", "etikk", "--focus", "Kontraktsoppfølging", "--title", "Risikobasert oppfølging av alle høyrisikoavtaler")
        try run("goal", "add", "--area", "etikk", "--title", "Etiske krav i alle anskaffelser på DFØs høyrisikoliste", "--year", "2025",
                "--target", "100", "--unit", "%", "--indicator", "andel-hoyrisiko-med-etiske-krav")
        try run("goal", "add", "--area", "seriositet", "--focus", "Kontraktsoppfølging", "--title", "Stikkprøver av lønns- og arbeidsvilkår i alle byggekontrakter")
        try run("goal", "add", "--area", "dyrevelferd", "--title", "Høye krav til dyrevelferd i matavtalene")
        try run("goal", "add", "--area", "sirkulaer", "--focus", "Ombruk", "--title", "Ombruk av møbler og inventar før nykjøp")
        try run("risk", "add", "--title", "Tvangsarbeid i produksjon av solcellepaneler", "--theme", "Tvangsarbeid", "--geography", "Kina (Xinjiang)", "--area", "etikk")
        try run("risk", "add", "--title", "Sosial dumping på byggeplasser", "--theme", "Arbeidsvilkår", "--geography", "Norge", "--area", "seriositet")
        try run("measure", "add", "--goal", "klima-1", "--title", "Krav om nullutslippskjøretøy i leasingavtalen", "--owner", "Innkjøpsavdelingen", "--due", "2025-Q4", "--category", "3.B.2")
        try run("measure", "add", "--goal", "klima-2", "--title", "Krav om utslippsfri byggeplass i alle nye entrepriser", "--owner", "Eiendom", "--due", "2026-06-30", "--category", "3.B.2")
        try run("measure", "add", "--goal", "klima-3", "--title", "Kurs i klimakrav for alle innkjøpere", "--owner", "Innkjøpsavdelingen", "--due", "2025-Q2")
        try run("measure", "add", "--goal", "etikk-1", "--title", "Revisjon av leverandøren av solcellepaneler", "--owner", "Eiendom", "--due", "2025-Q3", "--risk", "risiko-1", "--category", "3.B.3")
        try run("measure", "add", "--goal", "etikk-2", "--title", "Sjekkliste for høyrisiko i konkurransegrunnlagene", "--owner", "Innkjøpsavdelingen", "--due", "2025-03-31")
        try run("measure", "add", "--goal", "seriositet-1", "--title", "Seks stikkprøver per år sammen med Arbeidstilsynet", "--owner", "Eiendom", "--due", "2025-12-31", "--risk", "risiko-2")
        try run("measure", "add", "--goal", "dyrevelferd-1", "--title", "Dyrevelferd som tildelingskriterium i ny matavtale", "--owner", "Helse og omsorg", "--due", "2026-Q1")
        try run("measure", "add", "--goal", "sirkulaer-1", "--title", "Ombrukslager for møbler", "--owner", "Eiendom", "--due", "2025-09-30")
        try run("measure", "add", "--goal", "sirkulaer-1", "--title", "Dobbeltført tiltak", "--owner", "Eiendom")
        try run("measure", "remove", "sirkulaer-1.2")

        // The governing documents: four municipal, five national, four international.
        let references: [[String]] = [
            ["Kommuneplanens samfunnsdel 2024–2036", "Nordvik kommune", "2024", "kommunal", ""],
            ["Klima- og miljøplan 2023–2030", "Nordvik kommune", "2023", "kommunal", "klima"],
            ["Innkjøpsstrategi for Nordvik kommune", "Nordvik kommune", "2022", "kommunal", ""],
            ["Retningslinjer for seriøsitet i bygg- og anleggskontrakter", "Nordvik kommune", "2021", "kommunal", "seriositet"],
            ["Lov om offentlige anskaffelser (anskaffelsesloven)", "Stortinget", "2016", "nasjonal", ""],
            ["Lov om virksomheters åpenhet og arbeid med grunnleggende menneskerettigheter og anstendige arbeidsforhold (åpenhetsloven)", "Stortinget", "2021", "nasjonal", "etikk"],
            ["Forskrift om offentlige anskaffelser, § 7-9 om klima- og miljøhensyn", "Nærings- og fiskeridepartementet", "2023", "nasjonal", "klima"],
            ["Forskrift om lønns- og arbeidsvilkår i offentlige kontrakter", "Arbeids- og inkluderingsdepartementet", "2008", "nasjonal", "seriositet"],
            ["Stortingsmelding 22 (2018–2019) Smartere innkjøp", "Nærings- og fiskeridepartementet", "2019", "nasjonal", ""],
            ["FNs veiledende prinsipper for næringsliv og menneskerettigheter", "FN", "2011", "internasjonal", "etikk"],
            ["OECDs retningslinjer for flernasjonale selskaper om ansvarlig næringsliv", "OECD", "2023", "internasjonal", ""],
            ["ILOs kjernekonvensjoner", "ILO", "1998", "internasjonal", "etikk"],
            ["FNs bærekraftsmål", "FN", "2015", "internasjonal", ""],
        ]
        for (title, issuer, year, scope, area) in references.map({ ($0[0], $0[1], $0[2], $0[3], $0[4]) }) {
            try cli.ok(["plan", "reference", "add", "--title", title, "--issuer", issuer, "--year", year, "--scope", scope]
                       + (area.isEmpty ? [] : ["--area", area]))
        }
        try run("plan", "reference", "edit", "dok-13", "--link", "https://www.fn.no/om-fn/fns-baerekraftsmaal")

        // The year's work so far.
        cli.now = "2025-10-15"
        try run("update", "klima-1.1", "--status", "pågår", "--note", "Konkurransen er kunngjort.", "--date", "2025-09-01")
        try run("update", "klima-3.1", "--status", "gjennomført", "--note", "42 innkjøpere har tatt kurset.", "--date", "2025-06-12")
        try run("update", "etikk-1.1", "--status", "forsinket", "--note", "Revisor er ikke på plass før i november.", "--date", "2025-09-30")
        try run("update", "etikk-2.1", "--status", "gjennomført", "--date", "2025-03-20")
        try run("update", "seriositet-1.1", "--status", "pågår", "--note", "Fire av seks stikkprøver er gjort.", "--date", "2025-10-01")
        try run("update", "sirkulaer-1.1", "--status", "pågår", "--date", "2025-05-05")
        return cli
    }

    @Test("every part of it is in the plan, and its action plan matches the golden files")
    func wholeStrategy() throws {
        let cli = try Self.enterStrategy()
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-10-15", "--out", "out")
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("nordvik/handlingsplan"))

        let plan = try cli.ok("plan", "show", "--json").stdout
        #expect(plan.contains("\"owner\": \"Kommunestyret\"") && plan.contains("\"references\": 13"))
        let areas = try cli.ok("area", "list", "--json").stdout
        #expect(areas.components(separatedBy: "\"ethical\"").count == 6, "five areas")
        #expect(areas.contains("\"id\": \"dyrevelferd\",\n      \"name\": \"Dyrevelferd\",\n      \"overarchingGoal\": \"Maten vi serverer, skal komme fra dyr som har hatt det godt.\",\n      \"sdgs\": [],"))
        let markdown = try cli.folder.read("out/handlingsplan.md")
        for expected in [
            "**Overordnet mål:** Nordvik kommune skal være en ansvarlig og rettferdig forbruker.",
            "**Eier av strategien:** Kommunestyret",
            "### Klima og natur\n\n**Overordnet mål:** Innkjøpene skal halvere sine klimagassutslipp innen 2030 og ta vare på naturen.\n\n**FNs bærekraftsmål:**\n\n- 7 Ren energi til alle\n- 13 Stoppe klimaendringene\n- 15 Liv på land\n",
            "**FNs bærekraftsmål:** Ingen\n\nIngen av bærekraftsmålene handler om dyrevelferd, så området har ingen.\n",
            "#### Satsingsområde: Direkte og indirekte utslipp\n\n##### Fossilfri kjøretøypark innen 2027\n",
            "### Internasjonale dokumenter\n\n- FNs veiledende prinsipper for næringsliv og menneskerettigheter (FN, 2011). Gjelder Menneskerettigheter i leverandørkjeden.\n",
        ] {
            #expect(markdown.contains(expected), "missing «\(expected)» in:\n\(markdown)")
        }
        #expect(!markdown.contains("Dobbeltført") && !markdown.contains("Feilregistrert"))
    }
}
