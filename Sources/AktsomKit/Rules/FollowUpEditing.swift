/// What `followup add` and `followup edit` take, read from the flags or the form by
/// ``FieldInput/followUpDraft(_:)``. On `edit`, `.unchanged` and nil leave a field as it is and
/// an empty text clears it; on `add` they mean "not given".
public struct FollowUpDraft: Sendable {
    public var kind: FollowUpKind?
    /// The day it took place: `--date`, or for a self-report `--sent`, the day the form went out.
    public var date: FieldChange<Day> = .unchanged
    /// Which option gave the date, so a message names the one the person typed.
    public var dateField = "--date"
    public var planned: FieldChange<Day> = .unchanged
    public var due: FieldChange<Day> = .unchanged
    public var answered: FieldChange<Day> = .unchanged
    public var outcome: FieldChange<FollowUpOutcome> = .unchanged
    /// Blank clears it on `edit`.
    public var supplier: String?
    public var note: String?
    /// A deviation the follow-up found, recorded with it and linked to it.
    public var deviation: DeviationFinding?

    public init() {}

    var isEmpty: Bool {
        kind == nil && date.isUnchanged && planned.isUnchanged && due.isUnchanged && answered.isUnchanged && outcome.isUnchanged
            && supplier == nil && note == nil && deviation == nil
    }
}

/// A deviation found by a follow-up: `--deviation TYPE --where TEXT [--action TEXT]`. It is
/// recorded open, found on the day of the answer (or of the follow-up), linked to the follow-up.
public struct DeviationFinding: Sendable, Equatable {
    public var type: String
    public var location: String
    public var action: String?

    public init(type: String, location: String, action: String? = nil) {
        self.type = type
        self.location = location
        self.action = action
    }
}

extension PlanData {
    /// Records a follow-up of a procurement from what was typed; it gets the id `oppfolging-<n>`.
    /// A deviation given with it is recorded too, linked to it, and the outcome becomes `avvik`.
    @discardableResult
    public mutating func addFollowUp(to id: String, _ draft: FollowUpDraft, today: Day) throws(PlanError) -> (FollowUp, Deviation?) {
        guard let kind = draft.kind else {
            throw .invalidField(FieldProblem(field: "--kind", message: Localized("mangler --kind KIND", en: "missing --kind KIND"),
                                             notes: [FollowUpKind.validValues]))
        }
        var followUp = FollowUp(kind: kind, date: nil, note: draft.note, supplier: draft.supplier)
        try apply(draft, to: &followUp)
        if followUp.date == nil && followUp.planned == nil {
            let sent = kind == .selfReporting
            throw .invalidField(FieldProblem(
                field: sent ? "--sent" : "--date",
                message: sent ? Localized("mangler --sent DATO", en: "missing --sent DATE") : Localized("mangler --date DATO", en: "missing --date DATE"),
                notes: [Localized("en oppfølging som ikke er gjort ennå, registreres med --planned DATO", en: "a follow-up not done yet is recorded with --planned DATE")]))
        }
        let recorded = try addFollowUp(to: id, followUp, today: today, dateField: draft.dateField)
        let deviation = try recordFinding(draft.deviation, of: recorded, in: id, today: today)
        return (recorded, deviation)
    }

    /// Records a follow-up as it is, once its fields have been checked together; `dateField` is
    /// the option its date was given with, for the messages.
    @discardableResult
    public mutating func addFollowUp(to id: String, _ followUp: FollowUp, today: Day, dateField: String = "--date") throws(PlanError) -> FollowUp {
        guard let index = register.procurements.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.procurement, id: id, candidates: register.ids)
        }
        var followUp = followUp
        followUp.note = PlanData.optionalText(followUp.note)
        followUp.supplier = PlanData.optionalText(followUp.supplier)
        try followUp.check(today: today, dateField: dateField)
        followUp.id = try newID(nil, kind: .followUp, prefix: "oppfolging-", existing: register.followUpIDs)
        register.procurements[index].followUps.append(followUp)
        return followUp
    }

    /// Changes a follow-up: records a self-report's answer later, marks a planned one as done
    /// (`--date`, or `--sent` for a self-report), or corrects any field. A date removed again
    /// (`--date ""`) returns a follow-up to planned, which only one that was planned can be.
    @discardableResult
    public mutating func editFollowUp(_ id: String, _ draft: FollowUpDraft, today: Day) throws(PlanError) -> (FollowUp, Deviation?) {
        guard let procurementIndex = register.procurements.firstIndex(where: { $0.followUps.contains { $0.id == id } }),
              let index = register.procurements[procurementIndex].followUps.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.followUp, id: id, candidates: register.followUpIDs)
        }
        guard !draft.isEmpty else {
            throw .nothingToChange(hint: Localized(
                "oppgi minst ett felt: --kind, --date, --sent, --planned, --due, --answered, --outcome, --supplier, --note eller --deviation",
                en: "give at least one field: --kind, --date, --sent, --planned, --due, --answered, --outcome, --supplier, --note or --deviation"))
        }
        var followUp = register.procurements[procurementIndex].followUps[index]
        if let kind = draft.kind { followUp.kind = kind }
        if let supplier = draft.supplier { followUp.supplier = PlanData.optionalText(supplier) }
        if let note = draft.note { followUp.note = PlanData.optionalText(note) }
        try apply(draft, to: &followUp)
        try followUp.check(today: today, dateField: draft.dateField)
        register.procurements[procurementIndex].followUps[index] = followUp
        let procurement = register.procurements[procurementIndex].id
        return (followUp, try recordFinding(draft.deviation, of: followUp, in: procurement, today: today))
    }

    /// The draft's days and outcome on a follow-up. A deviation found means the outcome is
    /// `avvik`; given with `ok`, the two contradict each other.
    private func apply(_ draft: FollowUpDraft, to followUp: inout FollowUp) throws(PlanError) {
        if draft.dateField == "--sent" && followUp.kind != .selfReporting {
            throw .invalidField(FieldProblem(field: "--sent", message: Localized("--sent gjelder bare egenrapportering", en: "--sent applies only to egenrapportering (self-reporting)"),
                                             notes: [Localized("bruk --date for når oppfølgingen ble gjort", en: "use --date for when the follow-up took place")]))
        }
        if case .cleared = draft.date, followUp.planned == nil {
            throw .invalidField(FieldProblem(field: draft.dateField, message: Localized("\(draft.dateField) kan ikke fjernes: oppfølgingen var aldri planlagt",
                                                                                        en: "\(draft.dateField) cannot be removed: the follow-up was never planned"),
                                             notes: [Localized("fjern heller hele oppfølgingen med aktsom followup remove \(followUp.id)",
                                                               en: "rather remove the whole follow-up with aktsom followup remove \(followUp.id)")]))
        }
        followUp.date = draft.date.applied(to: followUp.date)
        followUp.planned = draft.planned.applied(to: followUp.planned)
        followUp.due = draft.due.applied(to: followUp.due)
        followUp.answered = draft.answered.applied(to: followUp.answered)
        followUp.outcome = draft.outcome.applied(to: followUp.outcome)
        if draft.deviation != nil {
            if followUp.outcome == .ok {
                throw .invalidField(FieldProblem(field: "--outcome", message: Localized("--outcome ok og --deviation sier hver sin ting", en: "--outcome ok and --deviation contradict each other"),
                                                 notes: [Localized("et avvik betyr utfallet avvik: utelat --outcome, eller skriv --outcome avvik", en: "a deviation means the outcome avvik: leave out --outcome, or write --outcome avvik")]))
            }
            followUp.outcome = .deviation
        }
    }

    /// Records the deviation a follow-up found, open, on the day of the answer or the follow-up.
    private mutating func recordFinding(_ finding: DeviationFinding?, of followUp: FollowUp, in procurement: String, today: Day) throws(PlanError) -> Deviation? {
        guard let finding else { return nil }
        var deviation = try addDeviation(to: procurement, type: finding.type, location: finding.location, action: finding.action, status: nil,
                                         state: .open, date: followUp.answered ?? followUp.date ?? today, today: today)
        deviation.followUp = followUp.id
        if let procurementIndex = register.procurements.firstIndex(where: { $0.id == procurement }),
           let index = register.procurements[procurementIndex].deviations.firstIndex(where: { $0.id == deviation.id }) {
            register.procurements[procurementIndex].deviations[index] = deviation
        }
        return deviation
    }
}

extension FollowUp {
    /// Its fields taken together: done on a day that has come, or planned; the answer fields only
    /// on a self-report that was sent, never before it went out; an outcome only once done.
    /// Each refusal names the option it is about, so a form shows it by its field.
    func check(today: Day, dateField: String) throws(PlanError) {
        func refuse(_ field: String, _ message: Localized, _ note: Localized) -> PlanError {
            .invalidField(FieldProblem(field: field, message: message, notes: [note]))
        }
        if let date, date > today {
            throw refuse(dateField, Localized("\(dateField): \(date.norwegian) er fram i tid (i dag er \(today.norwegian))", en: "\(dateField): \(date.iso) is in the future (today is \(today.iso))"),
                         Localized("en oppfølging som ikke er gjort ennå, registreres med --planned \(date.iso)", en: "a follow-up not done yet is recorded with --planned \(date.iso)"))
        }
        for (field, day) in [("--due", due), ("--answered", answered)] {
            guard let day else { continue }
            if kind != .selfReporting {
                throw refuse(field, Localized("\(field) gjelder bare egenrapportering", en: "\(field) applies only to egenrapportering (self-reporting)"),
                             Localized("svarfrist og svar hører til DFØs egenrapporteringsskjema; bruk --note for annen oppfølging", en: "an answer deadline and answer belong to DFØ's self-report form; use --note for other follow-up"))
            }
            guard let sent = date else {
                throw refuse(field, Localized("\(field): egenrapporteringen er ikke sendt ennå", en: "\(field): the self-report has not been sent yet"),
                             Localized("oppgi --sent DATO (eller --date), dagen skjemaet ble sendt", en: "give --sent DATE (or --date), the day the form was sent"))
            }
            if day < sent {
                throw refuse(field, Localized("\(field): \(day.iso) er før egenrapporteringen ble sendt (\(sent.iso))", en: "\(field): \(day.iso) is before the self-report was sent (\(sent.iso))"),
                             Localized("rett datoen, eller --sent", en: "fix the date, or --sent"))
            }
        }
        if let answered, answered > today {
            throw refuse("--answered", Localized("--answered: \(answered.norwegian) er fram i tid (i dag er \(today.norwegian))", en: "--answered: \(answered.iso) is in the future (today is \(today.iso))"),
                         Localized("registrer svaret når det har kommet", en: "record the answer once it has come"))
        }
        if let outcome {
            if date == nil {
                throw refuse("--outcome", Localized("--outcome: oppfølgingen er bare planlagt", en: "--outcome: the follow-up is only planned"),
                             Localized("oppgi også \(dateField) DATO, dagen den ble gjort", en: "also give \(dateField) DATE, the day it took place"))
            }
            if kind == .selfReporting && answered == nil {
                throw refuse("--outcome", Localized("--outcome \(outcome.rawValue): egenrapporteringen har ikke noe svar", en: "--outcome \(outcome.rawValue): the self-report has no answer"),
                             Localized("oppgi også --answered DATO, dagen leverandøren svarte", en: "also give --answered DATE, the day the supplier answered"))
            }
        }
    }
}
