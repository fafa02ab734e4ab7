import AktsomKit

extension Commands {
    static let goalAdd = Command(
        path: ["goal", "add"],
        abstract: Localized("legg til et mål under et strategiområde", en: "add a goal under a strategy area"),
        discussion: Localized(
            "Uten --year er målet strategisk for hele perioden; med --year er det et årsmål.\nMed --indicator regnes faktisk verdi ut fra anskaffelsesregisteret.",
            en: "Without --year the goal is strategic for the whole period; with --year it is an annual goal.\nWith --indicator the actual value is computed from the procurement register."),
        options: [
            .value("--area", "AREA", Localized("strategiområdet: klima, etikk, dyrevelferd, seriositet …", en: "the strategy area: klima, etikk, dyrevelferd, seriositet …"), required: true),
            .value("--title", "TEXT", Localized("målet slik det står i strategien", en: "the goal as the strategy words it"), required: true),
            .value("--description", "TEXT", Localized("hva målet betyr og hvorfor, med strategiens egne ord", en: "what the goal means and why, in the strategy's words")),
            CommonOptions.focus,
            CommonOptions.id,
            CommonOptions.year(required: false, Localized("året et årsmål gjelder", en: "the year an annual goal is for")),
            .value("--target", "N", Localized("målverdi, for eksempel 80", en: "target value, for example 80")),
            .value("--unit", "TEXT", Localized("enhet for målverdien, for eksempel % eller avtaler", en: "unit of the target, for example % or agreements")),
            .value("--indicator", "INDICATOR", Localized("regn ut faktisk verdi, for eksempel andel-med-etiske-krav", en: "compute the actual value, for example andel-med-etiske-krav")),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [
            Example("aktsom goal add --area klima --title \"Halvere klimagassutslippene fra kommunens innkjøp innen 2030\""),
            Example("aktsom goal add --area klima --focus \"Direkte og indirekte utslipp\" --title \"Utslippsfrie bygge- og anleggsplasser innen 2028\"",
                    Localized("et mål under et satsingsområde i området", en: "a goal under a focus area within the area")),
            Example("aktsom goal add --area etikk --year 2025 --title \"Etiske krav i alle høyrisikoanskaffelser\" --target 100 --unit % --indicator andel-hoyrisiko-med-etiske-krav",
                    Localized("et årsmål med målverdi som regnes ut", en: "an annual goal with a computed target")),
            Example("aktsom goal add --area klima --title \"Fossilfri bilpark\" --start 2029 --end 2032",
                    Localized("et mål for neste strategiperiode", en: "a goal for the next strategy period")),
        ]
    ) { invocation in
        let target = try invocation.reading { () throws(FieldProblem) in
            try FieldInput.target(value: invocation.text("--target"), unit: invocation.text("--unit"), indicator: invocation.text("--indicator"))
        }
        var draft = GoalDraft(area: try invocation.required("--area"), title: try invocation.required("--title"),
                              id: invocation.text("--id"), year: try invocation.year("--year"), target: target)
        draft.focus = invocation.text("--focus")
        draft.description = invocation.text("--description")
        draft.active = try invocation.newActivePeriod()
        let (goal, plan) = try invocation.change(makingIDs: draft.id == nil) { data, _ in (try data.addGoal(draft), data.plan) }
        let area = plan.area(goal.area)?.name ?? goal.area
        invocation.confirm(Localized("La til mål \(goal.id) under \(area): \(quoted(goal.title))",
                                     en: "Added goal \(goal.id) under \(area): \(quoted(goal.title))"),
                           json: .object([("goal", RecordJSON.goal(goal, plan: plan))]))
        return .success
    }

    static let goalList = Command(
        path: ["goal", "list"],
        abstract: Localized("vis målene per strategiområde", en: "list the goals by strategy area"),
        options: [
            .value("--area", "AREA", Localized("bare mål i dette området", en: "only goals in this area")),
            CommonOptions.year(required: false, Localized("bare mål som gjelder dette året", en: "only goals that apply in this year")),
        ],
        examples: [Example("aktsom goal list --year 2025")]
    ) { invocation in
        let data = try invocation.load()
        let listing = try GoalListing(data: data, area: invocation.text("--area"), year: try invocation.year("--year"), asOf: invocation.today)
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let goalReport = Command(
        path: ["goal", "report"],
        abstract: Localized("skriv målets statustekst for et år (til «Mål og fremdrift»)", en: "write the goal's status text for a year (for «Mål og fremdrift»)"),
        discussion: Localized("Å skrive på nytt erstatter teksten; --remove fjerner den, så rapporten viser det dataene sier.",
                              en: "Writing again replaces the text; --remove removes it, so the report shows what the data says."),
        positionals: [PositionalSpec(name: "GOAL", help: Localized("målets id, for eksempel klima-1", en: "the goal's id, for example klima-1"))],
        options: [
            CommonOptions.year(required: true),
            .value("--text", "TEXT", Localized("statusteksten; erstatter en tidligere tekst for samme år", en: "the status text; replaces an earlier text for the same year")),
            .flag("--remove", Localized("fjern årets statustekst", en: "remove the year's status text")),
        ],
        examples: [
            Example("aktsom goal report etikk-2 --year 2025 --text \"Nådd: etiske krav i 14 av 14 høyrisikoanskaffelser.\""),
            Example("aktsom goal report etikk-2 --year 2025 --remove"),
        ]
    ) { invocation in
        let goal = try invocation.required("GOAL")
        let year = try invocation.required("--year", invocation.year)
        guard let text = try invocation.textOrRemove() else {
            try invocation.change { data, _ in try data.removeGoalReport(goal, year: year) }
            invocation.confirm(Localized("Fjernet statusteksten for mål \(goal) i \(year).", en: "Removed the status text of goal \(goal) for \(year)."),
                               json: .object([("goal", .string(goal)), ("year", .int(year)), ("status", .null)]))
            return .success
        }
        try invocation.change { data, _ in try data.reportGoal(goal, year: year, text: text) }
        invocation.confirm(Localized("Lagret status for mål \(goal) i \(year).", en: "Saved the status of goal \(goal) for \(year)."),
                           json: .object([("goal", .string(goal)), ("year", .int(year)), ("status", .string(text))]))
        return .success
    }

    static let goalEdit = Command(
        path: ["goal", "edit"],
        abstract: Localized("endre et mål: tittel, beskrivelse, satsingsområde, år eller målverdi", en: "change a goal: title, description, focus area, year or target"),
        discussion: Localized("--year \"\" gjør målet strategisk; --target \"\" fjerner målverdien; --focus \"\" tar målet ut av satsingsområdet.",
                              en: "--year \"\" makes the goal strategic; --target \"\" removes the target; --focus \"\" takes the goal out of its focus area."),
        positionals: [PositionalSpec(name: "GOAL", help: Localized("målets id", en: "the goal's id"))],
        options: [
            .value("--title", "TEXT", Localized("ny tittel", en: "new title")),
            .value("--description", "TEXT", Localized("ny beskrivelse; \"\" fjerner den", en: "new description; \"\" removes it")),
            CommonOptions.focus,
            CommonOptions.year(required: false, Localized("året et årsmål gjelder", en: "the year an annual goal is for")),
            .value("--target", "N", Localized("ny målverdi", en: "new target value")),
            .value("--unit", "TEXT", Localized("enhet for målverdien", en: "unit of the target")),
            .value("--indicator", "INDICATOR", Localized("regn ut faktisk verdi fra registeret", en: "compute the actual value from the register")),
            CommonOptions.start,
            CommonOptions.end,
        ],
        examples: [
            Example("aktsom goal edit etikk-2 --target 100 --unit % --indicator andel-hoyrisiko-med-etiske-krav"),
            Example("aktsom goal edit klima-3 --end 2024", Localized("målet hørte til forrige strategi", en: "the goal belonged to the previous strategy")),
            Example("aktsom goal edit klima-2 --focus Kontraktsoppfølging"),
        ]
    ) { invocation in
        let id = try invocation.required("GOAL")
        var changes = GoalChanges()
        changes.title = invocation.text("--title")
        changes.focus = invocation.textChange("--focus")
        changes.description = invocation.textChange("--description")
        changes.start = try invocation.periodChange("--start")
        changes.end = try invocation.periodChange("--end")
        changes.year = try invocation.yearChange("--year")
        if let raw = invocation.text("--target") {
            if raw.isEmpty {
                changes.target = .cleared
            } else if let target = try invocation.reading({ () throws(FieldProblem) in
                try FieldInput.target(value: raw, unit: invocation.text("--unit"), indicator: invocation.text("--indicator"))
            }) {
                changes.target = .set(target)
            }
        } else if invocation.text("--unit") != nil || invocation.text("--indicator") != nil {
            throw invocation.usageError(Localized("--unit og --indicator krever --target", en: "--unit and --indicator need --target"))
        }
        let (goal, plan) = try invocation.change { data, _ in (try data.editGoal(id, changes), data.plan) }
        invocation.confirm(Localized("Endret mål \(goal.id).", en: "Changed goal \(goal.id)."), json: .object([("goal", RecordJSON.goal(goal, plan: plan))]))
        return .success
    }
}
