import AktsomKit

extension Commands {
    static let riskAdd = Command(
        path: ["risk", "add"],
        abstract: Localized("legg til en prioritert risiko for negativ påvirkning", en: "add a prioritized risk of negative impact"),
        options: [
            .value("--title", "TEXT", Localized("den prioriterte negative påvirkningen/skaden", en: "the prioritized negative impact"), required: true),
            CommonOptions.id,
            .value("--theme", "TEXT", Localized("relatert tema, for eksempel tvangsarbeid", en: "related theme, for example forced labour")),
            .value("--geography", "TEXT", Localized("hvor, for eksempel Kina eller Sørøst-Asia", en: "where, for example China or South-East Asia")),
            .value("--area", "AREA", Localized("strategiområdet risikoen hører til", en: "the strategy area of the risk")),
            .value("--goal", "TEXT", Localized("overordnet mål for håndteringen", en: "overarching goal for handling it")),
            .value("--rationale", "TEXT", Localized("bakgrunn for prioriteringen", en: "why it is prioritized")),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [Example("aktsom risk add --title \"Tvangsarbeid i produksjon av solcellepaneler\" --theme Tvangsarbeid --geography \"Kina (Xinjiang)\" --area etikk")]
    ) { invocation in
        var draft = RiskDraft(title: try invocation.required("--title"), id: invocation.text("--id"), theme: invocation.text("--theme"),
                              geography: invocation.text("--geography"), area: invocation.text("--area"),
                              overarchingGoal: invocation.text("--goal"), rationale: invocation.text("--rationale"))
        draft.active = try invocation.newActivePeriod()
        let (risk, plan) = try invocation.change(makingIDs: draft.id == nil) { data, _ in (try data.addRisk(draft), data.plan) }
        invocation.confirm(Localized("La til risiko \(risk.id): \(quoted(risk.title))", en: "Added risk \(risk.id): \(quoted(risk.title))"),
                           json: .object([("risk", RecordJSON.risk(risk, plan: plan))]))
        return .success
    }

    static let riskList = Command(
        path: ["risk", "list"],
        abstract: Localized("vis de prioriterte risikoene og tiltakene mot dem", en: "list the prioritized risks and the measures against them"),
        examples: [Example("aktsom risk list")]
    ) { invocation in
        let listing = RiskListing(plan: try invocation.load(journal: .skip).plan)
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let riskReport = Command(
        path: ["risk", "report"],
        abstract: Localized("skriv risikoens status, årsmål og resultater for et år (til 3.A.1)", en: "write the risk's status, year goal and results for a year (for 3.A.1)"),
        discussion: Localized("Felt som ikke oppgis, beholder teksten de hadde. --remove fjerner årets rapport for risikoen.",
                              en: "Fields not given keep the text they had. --remove removes the year's report of the risk."),
        positionals: [PositionalSpec(name: "RISK", help: Localized("risikoens id", en: "the risk's id"))],
        options: [
            CommonOptions.year(required: true),
            .value("--status", "TEXT", Localized("status for arbeidet med risikoen", en: "status of the work on the risk")),
            .value("--year-goal", "TEXT", Localized("mål i rapporteringsåret", en: "goal for the reporting year")),
            .value("--results", "TEXT", Localized("faktiske eller forventede resultater, og planer for neste år", en: "actual or expected results, and plans for next year")),
            .flag("--remove", Localized("fjern årets rapport for risikoen", en: "remove the year's report of the risk")),
        ],
        examples: [
            Example("aktsom risk report risiko-1 --year 2025 --status \"Pågår\" --year-goal \"Kartlegge alle leverandører av arbeidsklær\" --results \"12 av 14 kartlagt\""),
            Example("aktsom risk report risiko-1 --year 2025 --remove"),
        ]
    ) { invocation in
        let risk = try invocation.required("RISK")
        let year = try invocation.required("--year", invocation.year)
        if invocation.flag("--remove") {
            guard ["--status", "--year-goal", "--results"].allSatisfy({ invocation.text($0) == nil }) else {
                throw invocation.usageError(Localized("--remove kan ikke brukes sammen med --status, --year-goal eller --results",
                                                      en: "--remove cannot be used with --status, --year-goal or --results"))
            }
            try invocation.change { data, _ in try data.removeRiskReport(risk, year: year) }
            invocation.confirm(Localized("Fjernet rapporten for risiko \(risk) i \(year).", en: "Removed the report of risk \(risk) for \(year)."),
                               json: .object([("risk", .string(risk)), ("year", .int(year)), ("removed", .bool(true))]))
            return .success
        }
        try invocation.change { data, _ in
            try data.reportRisk(risk, year: year, status: invocation.text("--status"), yearGoal: invocation.text("--year-goal"),
                                results: invocation.text("--results"))
        }
        invocation.confirm(Localized("Lagret rapport for risiko \(risk) i \(year).", en: "Saved the report of risk \(risk) for \(year)."),
                           json: .object([("risk", .string(risk)), ("year", .int(year))]))
        return .success
    }

    static let riskEdit = Command(
        path: ["risk", "edit"],
        abstract: Localized("endre en prioritert risiko: tittel, tema, geografi, mål, begrunnelse", en: "change a prioritized risk: title, theme, geography, goal, rationale"),
        discussion: Localized("Gi et felt tom verdi (\"\") for å fjerne det.", en: "Give a field an empty value (\"\") to remove it."),
        positionals: [PositionalSpec(name: "RISK", help: Localized("risikoens id", en: "the risk's id"))],
        options: [
            .value("--title", "TEXT", Localized("ny tittel", en: "new title")),
            .value("--theme", "TEXT", Localized("relatert tema", en: "related theme")),
            .value("--geography", "TEXT", Localized("geografi", en: "geography")),
            .value("--area", "AREA", Localized("strategiområde", en: "strategy area")),
            .value("--goal", "TEXT", Localized("overordnet mål", en: "overarching goal")),
            .value("--rationale", "TEXT", Localized("bakgrunn for prioriteringen", en: "why it is prioritized")),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [Example("aktsom risk edit risiko-3 --goal \"Solcellepaneler skal kunne spores til produksjon uten tvangsarbeid\"")]
    ) { invocation in
        let id = try invocation.required("RISK")
        var changes = RiskChanges()
        changes.title = invocation.text("--title")
        changes.theme = invocation.text("--theme")
        changes.geography = invocation.text("--geography")
        changes.area = invocation.text("--area")
        changes.overarchingGoal = invocation.text("--goal")
        changes.rationale = invocation.text("--rationale")
        changes.start = try invocation.periodChange("--start")
        changes.end = try invocation.periodChange("--end")
        let (risk, plan) = try invocation.change { data, _ in (try data.editRisk(id, changes), data.plan) }
        invocation.confirm(Localized("Endret risiko \(risk.id).", en: "Changed risk \(risk.id)."), json: .object([("risk", RecordJSON.risk(risk, plan: plan))]))
        return .success
    }
}
