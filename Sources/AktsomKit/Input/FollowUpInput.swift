extension FieldInput {
    /// A day of an edit: absent leaves it, blank removes it, a date sets it.
    public static func dayChange(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<Day> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try day(raw, field: field).map(FieldChange.set) ?? .unchanged
    }

    /// A word of an edit: absent leaves it, blank removes it, a word of the vocabulary sets it.
    public static func wordChange<Value: ClosedVocabulary>(_ raw: String?, field: String, as type: Value.Type) throws(FieldProblem) -> FieldChange<Value> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try word(raw, field: field, as: type).map(FieldChange.set) ?? .unchanged
    }

    /// The fields of `followup add` and `followup edit`, as the command line and the follow-up
    /// forms give them: `value("--sent")` is the raw text of an option, nil when not given.
    /// What can be told from the values alone is refused here; what depends on the follow-up
    /// they change (an answer on a follow-up that is no self-report) is refused by the rule.
    public static func followUpDraft(_ value: (String) -> String?) throws(FieldProblem) -> FollowUpDraft {
        var draft = FollowUpDraft()
        draft.kind = try word(value("--kind"), field: "--kind", as: FollowUpKind.self)
        if value("--date") != nil && value("--sent") != nil {
            throw FieldProblem(field: "--sent", message: Localized("--date og --sent kan ikke brukes sammen", en: "--date and --sent cannot be used together"),
                               notes: [Localized("for egenrapportering er --sent dagen skjemaet ble sendt; bruk én av dem", en: "for self-reporting --sent is the day the form was sent; use one of them")])
        }
        if value("--sent") != nil {
            draft.dateField = "--sent"
            draft.date = try dayChange(value("--sent"), field: "--sent")
        } else {
            draft.date = try dayChange(value("--date"), field: "--date")
        }
        draft.planned = try dayChange(value("--planned"), field: "--planned")
        if case .set = draft.date, case .set = draft.planned {
            throw FieldProblem(field: "--planned", message: Localized("\(draft.dateField) og --planned kan ikke brukes sammen her", en: "\(draft.dateField) and --planned cannot be used together here"),
                               notes: [Localized("--planned er for en oppfølging som ikke er gjort ennå; når den er gjort, oppgi \(draft.dateField)",
                                                 en: "--planned is for a follow-up not done yet; once it is done, give \(draft.dateField)")])
        }
        draft.due = try dayChange(value("--due"), field: "--due")
        draft.answered = try dayChange(value("--answered"), field: "--answered")
        draft.outcome = try wordChange(value("--outcome"), field: "--outcome", as: FollowUpOutcome.self)
        draft.supplier = value("--supplier")
        draft.note = value("--note")
        draft.deviation = try deviationFinding(type: value("--deviation"), location: value("--where"), action: value("--action"))
        return draft
    }

    /// `--deviation TYPE --where TEXT [--action TEXT]`: all or nothing of the deviation a
    /// follow-up found.
    static func deviationFinding(type: String?, location: String?, action: String?) throws(FieldProblem) -> DeviationFinding? {
        guard let type else {
            guard location == nil && action == nil else {
                throw FieldProblem(field: "--deviation", message: Localized("--where og --action hører til --deviation TYPE", en: "--where and --action belong to --deviation TYPE"),
                                   notes: [Localized("for eksempel: --deviation Arbeidstid --where \"Underleverandør i Bangladesh\"",
                                                     en: "for example: --deviation \"Working hours\" --where \"Subcontractor in Bangladesh\"")])
            }
            return nil
        }
        guard !type.isBlank else {
            throw FieldProblem(field: "--deviation", message: Localized("--deviation kan ikke være tom", en: "--deviation cannot be empty"),
                               notes: [Localized("skriv typen avvik: barnearbeid, HMS, lønn, arbeidstid …", en: "write the kind of deviation: child labour, safety, wages, working hours …")])
        }
        guard let location, !location.isBlank else {
            throw FieldProblem(field: "--where", message: Localized("mangler --where TEXT for avviket", en: "missing --where TEXT for the deviation"),
                               notes: [Localized("hvor i leverandørkjeden avviket er, for eksempel --where \"Underleverandør i Bangladesh\"",
                                                 en: "where in the supply chain it is, for example --where \"Subcontractor in Bangladesh\"")])
        }
        return DeviationFinding(type: type, location: location, action: action?.nonBlank)
    }
}
