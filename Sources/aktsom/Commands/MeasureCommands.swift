import AktsomKit

extension Commands {
    static let measureAdd = Command(
        path: ["measure", "add"],
        abstract: Localized("legg til et tiltak under et mål", en: "add a measure under a goal"),
        options: [
            .value("--goal", "GOAL", Localized("målet tiltaket hører til", en: "the goal the measure belongs to"), required: true),
            .value("--title", "TEXT", Localized("hva som skal gjøres", en: "what is to be done"), required: true),
            CommonOptions.id,
            .value("--owner", "TEAM", Localized("teamet som er ansvarlig", en: "the team responsible")),
            .value("--due", "DATE|YYYY-Qn", Localized("frist: en dato, et kvartal (2025-Q2) eller et år", en: "deadline: a date, a quarter (2025-Q2) or a year")),
            .value("--category", "3.B.n", Localized("kategori i rapportens del 3.B, for eksempel 3.B.2", en: "category in the report's section 3.B, for example 3.B.2")),
            .value("--risk", "RISK", Localized("prioritert risiko tiltaket svarer på", en: "a prioritized risk the measure answers"), repeatable: true),
            .value("--procurement", "PROC", Localized("anskaffelse tiltaket virker på", en: "a procurement the measure acts on"), repeatable: true),
            .value("--description", "TEXT", Localized("beskrivelse og begrunnelse (til rapportens 3.A.1)", en: "description and rationale (for the report's 3.A.1)")),
            .value("--audience", "TEXT", Localized("målgruppe, for eksempel leverandører eller innkjøpere", en: "target group, for example suppliers or buyers")),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [
            Example("aktsom measure add --goal klima-1 --title \"Krav om utslippsfrie byggeplasser\" --owner Byggherre --due 2025-Q4 --category 3.B.2"),
            Example("aktsom measure add --goal etikk-1 --title \"Revisjon av leverandør av arbeidsklær\" --risk risiko-1 --procurement 2019/0412"),
        ]
    ) { invocation in
        var draft = MeasureDraft(
            goal: try invocation.required("--goal"), title: try invocation.required("--title"), id: invocation.text("--id"),
            description: invocation.text("--description"), owner: invocation.text("--owner"), due: try invocation.due("--due"),
            category: invocation.text("--category"), audience: invocation.text("--audience"),
            risks: invocation.list("--risk"), procurements: invocation.list("--procurement"))
        draft.active = try invocation.newActivePeriod()
        let (measure, data) = try invocation.change(makingIDs: draft.id == nil) { data, _ in (try data.addMeasure(draft), data) }
        invocation.confirm(Localized("La til tiltak \(measure.id) under mål \(measure.goal): \(quoted(measure.title))",
                                     en: "Added measure \(measure.id) under goal \(measure.goal): \(quoted(measure.title))"),
                           json: .object([("measure", RecordJSON.measure(MeasureState(measure: measure, history: StatusHistory(journal: []), asOf: invocation.today), plan: data.plan))]))
        return .success
    }

    static let measureEdit = Command(
        path: ["measure", "edit"],
        abstract: Localized("endre et tiltak: tittel, ansvarlig, frist, kategori, koblinger", en: "change a measure: title, owner, due date, category, links"),
        discussion: Localized(
            "Id-en endres aldri, så historikken følger med. Gi et felt tom verdi (\"\") for å fjerne det.",
            en: "The id never changes, so the history stays attached. Give a field an empty value (\"\") to remove it."),
        positionals: [PositionalSpec(name: "MEASURE", help: Localized("tiltakets id", en: "the measure's id"))],
        options: [
            .value("--title", "TEXT", Localized("ny tittel", en: "new title")),
            .value("--goal", "GOAL", Localized("flytt tiltaket til et annet mål", en: "move the measure to another goal")),
            .value("--owner", "TEAM", Localized("nytt ansvarlig team", en: "new responsible team")),
            .value("--due", "DATE|YYYY-Qn", Localized("ny frist", en: "new deadline")),
            .value("--category", "3.B.n", Localized("ny kategori i rapportens del 3.B", en: "new category in the report's section 3.B")),
            .value("--description", "TEXT", Localized("ny beskrivelse", en: "new description")),
            .value("--audience", "TEXT", Localized("ny målgruppe", en: "new target group")),
            .value("--risk", "RISK", Localized("koble til en risiko", en: "link a risk"), repeatable: true),
            .value("--remove-risk", "RISK", Localized("fjern koblingen til en risiko", en: "unlink a risk"), repeatable: true),
            .value("--procurement", "PROC", Localized("koble til en anskaffelse", en: "link a procurement"), repeatable: true),
            .value("--remove-procurement", "PROC", Localized("fjern koblingen til en anskaffelse", en: "unlink a procurement"), repeatable: true),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [
            Example("aktsom measure edit klima-1.2 --owner \"Eiendom og bygg\" --due 2026-Q2"),
            Example("aktsom measure edit etikk-1.1 --procurement 2024/0117 --remove-risk risiko-4"),
        ]
    ) { invocation in
        let id = try invocation.required("MEASURE")
        var changes = MeasureChanges()
        changes.title = invocation.text("--title")
        changes.goal = invocation.text("--goal")
        changes.owner = invocation.textChange("--owner")
        changes.description = invocation.textChange("--description")
        changes.audience = invocation.textChange("--audience")
        changes.category = invocation.textChange("--category")
        if invocation.text("--due").map({ $0.isEmpty }) == true {
            changes.due = .cleared
        } else if let due = try invocation.due("--due") {
            changes.due = .set(due)
        }
        changes.addRisks = invocation.list("--risk")
        changes.removeRisks = invocation.list("--remove-risk")
        changes.addProcurements = invocation.list("--procurement")
        changes.removeProcurements = invocation.list("--remove-procurement")
        changes.start = try invocation.periodChange("--start")
        changes.end = try invocation.periodChange("--end")
        // The JSON shows the measure's status, so it needs the journal; the text does not.
        let (measure, data) = try invocation.change(journal: invocation.wantsJSON ? .read : .skip) { data, _ in (try data.editMeasure(id, changes), data) }
        let state = MeasureState(measure: measure, history: data.statusHistory, asOf: invocation.today)
        invocation.confirm(Localized("Endret tiltak \(measure.id).", en: "Changed measure \(measure.id)."),
                           json: .object([("measure", RecordJSON.measure(state, plan: data.plan))]))
        return .success
    }

    static let measureList = Command(
        path: ["measure", "list"],
        abstract: Localized("vis tiltak, filtrert på team, status, område eller frist", en: "list measures, filtered by team, status, area or deadline"),
        discussion: Localized(
            "Et tiltak er forfalt når fristen er passert og det verken er gjennomført eller avbrutt,\nuansett hva statusen sier; det merkes «(forfalt)».",
            en: "A measure is overdue when its deadline has passed and it is neither done nor cancelled,\nwhatever its status says; it is marked «(overdue)»."),
        options: [
            .value("--owner", "TEAM", Localized("bare tiltak dette teamet er ansvarlig for", en: "only measures this team owns")),
            .value("--status", "S", Localized("bare tiltak med denne statusen", en: "only measures with this status")),
            .flag("--overdue", Localized("bare forfalte tiltak", en: "only overdue measures")),
            .value("--due-within", "DAYS", Localized("bare åpne tiltak med frist innen så mange dager (forfalte tas med)", en: "only open measures due within this many days (overdue included)")),
            .value("--area", "AREA", Localized("bare tiltak i dette området", en: "only measures in this area")),
            .value("--goal", "GOAL", Localized("bare tiltak under dette målet", en: "only measures under this goal")),
            CommonOptions.asOf,
        ],
        examples: [
            Example("aktsom measure list --owner Byggherre"),
            Example("aktsom measure list --due-within 30", Localized("det som forfaller den neste måneden", en: "what falls due in the next month")),
            Example("aktsom measure list --overdue --json"),
        ]
    ) { invocation in
        let data = try invocation.load()
        var filter = MeasureFilter()
        filter.owner = invocation.text("--owner")
        filter.status = try invocation.status("--status")
        filter.overdueOnly = invocation.flag("--overdue")
        filter.dueWithin = try invocation.count("--due-within", in: 0...36_500)
        filter.area = invocation.text("--area")
        filter.goal = invocation.text("--goal")
        let listing = try MeasureListing(data: data, filter: filter, asOf: try invocation.asOfDay())
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let measureShow = Command(
        path: ["measure", "show"],
        abstract: Localized("vis alt om ett tiltak, med historikk og koblinger", en: "show everything about one measure, with history and links"),
        positionals: [PositionalSpec(name: "MEASURE", help: Localized("tiltakets id", en: "the measure's id"))],
        options: [CommonOptions.asOf],
        examples: [Example("aktsom measure show klima-1.1")]
    ) { invocation in
        let data = try invocation.load()
        let detail = try MeasureDetail(data: data, measure: try invocation.required("MEASURE"), asOf: try invocation.asOfDay())
        invocation.show(text: detail.text(invocation.language), json: detail.json())
        return .success
    }
}

extension Invocation {
    /// An optional text field of an edit: absent leaves it, empty clears it, text sets it.
    func textChange(_ name: String) -> FieldChange<String> {
        FieldInput.textChange(text(name))
    }
}
