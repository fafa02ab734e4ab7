import AktsomKit

extension Commands {
    static let update = Command(
        path: ["update"],
        abstract: Localized("registrer status og fremdrift for et tiltak", en: "record status and progress for a measure"),
        discussion: Localized(
            "Oppdateringen legges til i journalen; ingenting overskrives. Gyldige statuser:\nplanlagt, pågår, gjennomført, forsinket, avbrutt (også pagar, done, in-progress …).",
            en: "The update is added to the journal; nothing is overwritten. Valid statuses:\nplanlagt, pågår, gjennomført, forsinket, avbrutt (also planned, in-progress, done, delayed, cancelled)."),
        positionals: [PositionalSpec(name: "MEASURE", help: Localized("tiltakets id", en: "the measure's id"))],
        options: [
            .value("--status", "STATUS", Localized("ny status", en: "new status"), required: true),
            .value("--note", "TEXT", Localized("kort fremdriftsnotat", en: "short progress note")),
            .value("--date", "YYYY-MM-DD", Localized("dagen statusen gjelder fra (standard i dag)", en: "the day the status applies from (default today)")),
            .value("--by", "TEAM", Localized("hvem som rapporterer (standard tiltakets ansvarlige)", en: "who reports (default the measure's owner)")),
        ],
        examples: [
            Example("aktsom update klima-1.1 --status pågår --note \"Krav om utslippsfri byggeplass tatt inn i konkurransegrunnlaget\""),
            Example("aktsom update etikk-2.1 --status gjennomført --date 2025-11-28 --by Innkjøpsavdelingen"),
        ]
    ) { invocation in
        let measure = try invocation.required("MEASURE")
        guard let status = try invocation.status("--status") else {
            throw invocation.usageError(Localized("mangler --status", en: "missing --status"), notes: [Status.validValues])
        }
        let date = try invocation.day("--date")
        let update = try invocation.store().recordStatusUpdate(measure: measure, status: status, date: date, by: invocation.text("--by"),
                                                              note: invocation.text("--note"), clock: invocation.clock)
        invocation.confirm(Localized("Registrerte \(update.status.rawValue) for \(update.measure) (\(update.date.norwegian)).",
                                     en: "Recorded \(update.status.label(.en)) for \(update.measure) (\(update.date.norwegian))."),
                           json: .object([("update", RecordJSON.update(update))]))
        return .success
    }

    static let history = Command(
        path: ["history"],
        abstract: Localized("vis alle statusoppdateringer for et tiltak", en: "show every status update of a measure"),
        positionals: [PositionalSpec(name: "MEASURE", help: Localized("tiltakets id", en: "the measure's id"))],
        examples: [Example("aktsom history klima-1.1")]
    ) { invocation in
        let data = try invocation.load()
        let view = try HistoryView(data: data, measure: try invocation.required("MEASURE"))
        invocation.show(text: view.text(invocation.language), json: view.json())
        return .success
    }

    static let status = Command(
        path: ["status"],
        abstract: Localized("oversikt per strategiområde: status, forfalte tiltak, fremdrift", en: "overview by strategy area: status, overdue measures, progress"),
        options: [CommonOptions.team, CommonOptions.asOf],
        examples: [
            Example("aktsom status"),
            Example("aktsom status --team Byggherre", Localized("bare ett teams tiltak", en: "only one team's measures")),
        ]
    ) { invocation in
        let data = try invocation.load()
        let overview = try StatusOverview(data: data, team: invocation.text("--team"), asOf: try invocation.asOfDay())
        invocation.show(text: overview.text(invocation.language), json: overview.json())
        return .success
    }
}
