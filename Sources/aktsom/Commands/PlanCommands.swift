import AktsomKit

extension Commands {
    static let planShow = Command(
        path: ["plan", "show"],
        abstract: Localized("vis strategien: overordnet mål, eiere, rapportmal, områder og innhold", en: "show the strategy: overall goal, owners, report template, areas and contents"),
        discussion: Localized("Felt som ikke er satt, vises med kommandoen som setter dem.", en: "Fields not set are shown with the command that sets them."),
        examples: [Example("aktsom plan show"), Example("aktsom plan show --json")]
    ) { invocation in
        let view = PlanOverview(data: try invocation.load(journal: .skip))
        invocation.show(text: view.text(invocation.language), json: view.json())
        return .success
    }

    static let planEdit = Command(
        path: ["plan", "edit"],
        abstract: Localized("endre strategien: virksomhet, periode, overordnet mål, eiere, rapportmal, frist, egne høyrisikokategorier",
                            en: "change the strategy: organisation, period, overall goal, owners, report template, deadline, own high-risk categories"),
        discussion: Localized(
            "Tom verdi (\"\") fjerner et valgfritt felt; --deadline \"\" går tilbake til 06-30. Ny --template gir hvert\ntiltak kategorikoden for den nye malens nummerering i del 3.B; har malen ikke kategorien, avvises\nendringen med tiltakene som må endres først.",
            en: "An empty value (\"\") removes an optional field; --deadline \"\" goes back to 06-30. A new --template gives\nevery measure the category code of the new template's numbering in section 3.B; if the template lacks\na category, the change is refused, naming the measures to change first."),
        options: [
            .value("--org", "NAME", Localized("navnet på virksomheten", en: "the organisation's name")),
            .value("--period", "2025-2028", Localized("strategiperioden", en: "the strategy period")),
            .value("--overall-goal", "TEXT", Localized("strategiens overordnede mål (visjonen) med strategiens egne ord", en: "the strategy's overall goal (its vision) in its own words")),
            .value("--owner", "TEXT", Localized("hvem som eier strategien, for eksempel Kommunestyret", en: "who owns the strategy, for example Kommunestyret")),
            .value("--operational-owner", "TEXT", Localized("hvem som har det operative ansvaret, for eksempel Innkjøpsavdelingen",
                                                            en: "who carries it out, for example Innkjøpsavdelingen")),
            .value("--template", "ehn-offentlig|ehn-virksomhet|ehn-2020", Localized("rapportmalen planen følger", en: "the report template the plan follows")),
            .value("--deadline", "MM-DD", Localized("fristen for årsrapporten, for eksempel 06-30", en: "the annual report's deadline, for example 06-30")),
            .value("--own-high-risk", "\"KATEGORI, KATEGORI\"", Localized("kategorier virksomhetens egen risikovurdering regner som høyrisiko, i tillegg til DFØs liste (erstatter de registrerte; tom fjerner)",
                                                                         en: "categories the organisation's own risk assessment counts as high-risk, beside DFØ's list (replaces those recorded; empty removes)")),
        ],
        examples: [
            Example("aktsom plan edit --overall-goal \"Fjordvik kommune skal være en ansvarlig og rettferdig forbruker.\" --owner Kommunestyret --operational-owner Innkjøpsavdelingen"),
            Example("aktsom plan edit --period 2025-2028 --deadline 05-31"),
            Example("aktsom plan edit --template ehn-virksomhet", Localized("kategorikodene i del 3.B følger med", en: "the category codes in section 3.B follow")),
            Example("aktsom plan edit --own-high-risk \"Kjøretøy, Renholdsprodukter\"", Localized("vises som egen risikovurdering, ikke som DFØs", en: "shown as the own risk assessment, not as DFØ's")),
        ]
    ) { invocation in
        var changes = PlanSettingsChanges()
        changes.organisation = invocation.text("--org")
        changes.period = try invocation.reading { () throws(FieldProblem) in try FieldInput.strategyPeriod(invocation.text("--period"), field: "--period") }
        changes.overallGoal = invocation.textChange("--overall-goal")
        changes.owner = invocation.textChange("--owner")
        changes.operationalOwner = invocation.textChange("--operational-owner")
        changes.template = try invocation.word("--template", as: ReportFamily.self)
        changes.deadline = try invocation.reading { () throws(FieldProblem) in try FieldInput.reportDeadline(invocation.text("--deadline"), field: "--deadline") }
        changes.ownHighRisk = FieldInput.nameList(invocation.text("--own-high-risk"))
        let (outcome, data) = try invocation.change { data, _ in (try data.editPlanSettings(changes), data) }
        let renumbered = outcome.renumbered
        var message = Localized("Endret planen for \(data.plan.organisation).", en: "Changed the plan of \(data.plan.organisation).")
        if let first = outcome.startsKept.first {
            let ids = outcome.startsKept.map(\.id).joined(separator: ", ")
            message = message + Localized(
                " Mål og risikoer uten egen start fulgte den gamle perioden; de har fått start \(first.start) så rapportene for årene før blir som de var: \(ids).",
                en: " Goals and risks without a start of their own followed the old period; they now start in \(first.start), so the reports of the years before stay as they were: \(ids).")
        }
        if !renumbered.isEmpty {
            let moves = renumbered.map { "\($0.measure) \($0.from) → \($0.to)" }.joined(separator: ", ")
            message = message + Localized(" Nye kategorikoder i \(data.plan.reportTemplate.rawValue): \(moves).",
                                          en: " New category codes in \(data.plan.reportTemplate.rawValue): \(moves).")
        }
        var json = PlanOverview(data: data).json()
        if case .object(var object) = json.kind {
            object.members.append(JSONObject.Member(key: "renumbered", value: .array(renumbered.map { move in
                .object([("measure", .string(move.measure)), ("from", .string(move.from)), ("to", .string(move.to))])
            })))
            object.members.append(JSONObject.Member(key: "startsKept", value: .array(outcome.startsKept.map { kept in
                .object([("kind", .string(kept.kind.rawValue)), ("id", .string(kept.id)), ("start", .string(kept.start.description))])
            })))
            json = JSONValue(.object(object))
        }
        invocation.confirm(message, json: json)
        return .success
    }
}
