/// Why a change to the plan was refused. Each case names the record and says how to go on.
public enum PlanError: Error, Sendable, Equatable, DiagnosticConvertible {
    case unknownRecord(RecordKind, id: String, candidates: [String])
    case duplicateID(RecordKind, id: String)
    case invalidID(RecordKind, id: String, problem: Localized)
    case goalNotForYear(goal: String, goalYear: Int, year: Int)
    case unknownCategory(String, family: ReportFamily)
    case emptyText(field: String)
    case dateInFuture(Day, today: Day)
    case nothingToChange(hint: Localized)
    case notLinked(RecordKind, id: String, to: String)
    case unknownTeam(String, teams: [String])
    case noEthicalArea
    case closedWithoutAction(deviation: String?)
    case unreadableDeviationStatus(String)
    case endBeforeStart(Localized)
    case unknownSection(String, valid: [String])
    case nothingCopied(section: String, year: Int)
    case startFromSameYear(Int)
    case nothingToCopy(from: Int)
    case invalidAssignment(String)
    case unknownIndicator(String)
    case noPlanFolder(String)
    case invalidSDG(String)
    case categoriesWithoutSection([CategoryLoss], family: ReportFamily)
    case stillReferenced(RecordKind, id: String, dependents: [Dependent])
    case removedMeasure(RemovedRecord)
    case idOfRemovedMeasure(RemovedRecord)
    case nothingToRemove(Localized, hint: Localized)
    case foundAfterClosed(found: Day, closed: Day)
    /// A value that cannot be used together with the record it changes (an answer date on a
    /// follow-up that is no self-report): the field it belongs to, so a form shows it there.
    case invalidField(FieldProblem)
    case noSuchFinding(check: String, subject: String, year: Int, present: [String])

    public var diagnostic: Diagnostic {
        switch self {
        case .unknownRecord(let kind, let id, let candidates):
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: id, among: candidates) { notes.append(hint) }
            notes.append(Localized("se alle med: \(kind.listCommand)", en: "list them with: \(kind.listCommand)"))
            return Diagnostic(.data, message: Localized("\(kind.definite.nb) \(quoted(id)) finnes ikke", en: "\(kind.definite.en) \(quoted(id)) does not exist"),
                              notes: notes)
        case .duplicateID(let kind, let id):
            return Diagnostic(.data, message: Localized("det finnes allerede \(article(kind)) \(kind.name.nb) med id \(quoted(id))",
                                                        en: "there is already a \(kind.name.en) with id \(quoted(id))"),
                              notes: [Localized("velg en annen id med --id, eller utelat --id så lager Aktsom en",
                                                en: "choose another id with --id, or leave out --id and Aktsom makes one")])
        case .invalidID(let kind, let id, let problem):
            return Diagnostic(.usage, message: Localized("ugyldig id \(quoted(id)) for \(kind.name.nb): \(problem.nb)",
                                                         en: "invalid id \(quoted(id)) for \(kind.name.en): \(problem.en)"),
                              notes: [Localized("eksempler på gode id-er: klima-1, klima-1.2, risiko-3, 2019/0412",
                                                en: "examples of good ids: klima-1, klima-1.2, risiko-3, 2019/0412")])
        case .goalNotForYear(let goal, let goalYear, let year):
            return Diagnostic(.data, message: Localized("målet \(quoted(goal)) er et årsmål for \(goalYear), ikke for \(year)",
                                                        en: "the goal \(quoted(goal)) is an annual goal for \(goalYear), not for \(year)"),
                              notes: [Localized("bruk --year \(goalYear), eller legg til et eget mål for \(year) med aktsom goal add",
                                                en: "use --year \(goalYear), or add a goal for \(year) with aktsom goal add")])
        case .unknownCategory(let code, let family):
            return Diagnostic(.usage, message: Localized("ukjent kategori \(quoted(code))", en: "unknown category \(quoted(code))"),
                              notes: [MeasureCategory.validValues(in: family)])
        case .emptyText(let field):
            return Diagnostic(.usage, message: Localized("\(field) kan ikke være tom", en: "\(field) cannot be empty"),
                              notes: [Localized("skriv teksten i anførselstegn, for eksempel \(field) \"…\"", en: "put the text in quotes, for example \(field) \"…\"")])
        case .dateInFuture(let day, let today):
            return Diagnostic(.usage, message: Localized("datoen \(day.norwegian) er fram i tid (i dag er \(today.norwegian))",
                                                         en: "the date \(day.iso) is in the future (today is \(today.iso))"),
                              notes: [Localized("en statusoppdatering gjelder det som har skjedd; bruk dagens dato eller en tidligere",
                                                en: "a status update reports what has happened; use today's date or an earlier one")])
        case .nothingToChange(let hint):
            return Diagnostic(.usage, message: Localized("ingenting å endre", en: "nothing to change"), notes: [hint])
        case .unknownTeam(let team, let teams):
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: team, among: teams) { notes.append(hint) }
            let list = teams.isEmpty ? Localized("ingen tiltak har ansvarlig ennå", en: "no measure has an owner yet")
                : Localized("team i planen: \(teams.joined(separator: ", "))", en: "teams in the plan: \(teams.joined(separator: ", "))")
            notes.append(list)
            return Diagnostic(.data, message: Localized("ingen tiltak har ansvarlig \(quoted(team))", en: "no measure is owned by \(quoted(team))"),
                              notes: notes)
        case .noEthicalArea:
            return Diagnostic(.data, message: Localized("planen har ikke noe strategiområde merket som etisk", en: "the plan has no strategy area marked as ethical"),
                              notes: [Localized("skriv området foran fasene (etikk:qualification,contract), eller sett \"ethical\": true på et område i plan.json",
                                                en: "put the area before the phases (etikk:qualification,contract), or set \"ethical\": true on an area in plan.json")])
        case .closedWithoutAction(let deviation):
            let command = deviation.map { "aktsom deviation update \($0) --status lukket --action \"…\"" } ?? "--action \"…\""
            return Diagnostic(.usage, message: Localized("et lukket avvik må ha et tiltak", en: "a closed deviation needs an action"),
                              notes: [Localized("skriv hva som ble gjort for å rette avviket: \(command)",
                                                en: "write what was done to correct it: \(command)")])
        case .unreadableDeviationStatus(let text):
            return Diagnostic(.usage, message: Localized("kan ikke lese tilstanden av avviksstatusen \(quoted(text))",
                                                         en: "cannot read the state from the deviation status \(quoted(text))"),
                              notes: [DeviationState.readingHint])
        case .unknownSection(let section, let valid):
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: section, among: valid) { notes.append(hint) }
            notes.append(Localized("gyldige seksjoner: " + valid.joined(separator: ", "), en: "valid sections: " + valid.joined(separator: ", ")))
            return Diagnostic(.usage, message: Localized("ukjent seksjon \(quoted(section))", en: "unknown section \(quoted(section))"), notes: notes)
        case .nothingCopied(let section, let year):
            return Diagnostic(.usage, message: Localized("svaret på \(section) i \(year) er ikke kopiert fra et tidligere år",
                                                         en: "the answer to \(section) in \(year) was not copied from an earlier year"),
                              notes: [Localized("--keep bekrefter et svar som «aktsom year start» kopierte; se «aktsom year show \(year)»",
                                                en: "--keep confirms an answer «aktsom year start» copied; see «aktsom year show \(year)»")])
        case .startFromSameYear(let year):
            return Diagnostic(.usage, message: Localized("kan ikke starte \(year) fra seg selv", en: "cannot start \(year) from itself"),
                              notes: [Localized("for eksempel: aktsom year start \(year) --from \(year - 1)", en: "for example: aktsom year start \(year) --from \(year - 1)")])
        case .nothingToCopy(let year):
            return Diagnostic(.data, message: Localized("\(year) har ingen fritekstsvar eller kontaktinformasjon å kopiere",
                                                        en: "\(year) has no free-text answers or contact details to copy"),
                              notes: [Localized("se hva som finnes med «aktsom year show \(year)»", en: "see what there is with «aktsom year show \(year)»")])
        case .invalidAssignment(let text):
            return Diagnostic(.usage, message: Localized("--indicator: ugyldig verdi \(quoted(text))", en: "--indicator: invalid value \(quoted(text))"),
                              notes: [Localized("skriv INDIKATOR=TALL, for eksempel avtaler-fulgt-opp=3; INDIKATOR= går tilbake til det tellte tallet",
                                                en: "write INDICATOR=NUMBER, for example avtaler-fulgt-opp=3; INDICATOR= goes back to the counted figure")])
        case .noPlanFolder(let folder):
            return Diagnostic(.data, message: Localized("\(folder) er verken en plan-mappe eller en mappe med plan-mapper",
                                                        en: "\(folder) is neither a plan folder nor a folder of plan folders"),
                              notes: [Localized("gi plan-mappene, for eksempel Plans/fjordvik Plans/lillevik, eller mappen de ligger i: Plans",
                                                en: "give the plan folders, for example Plans/fjordvik Plans/lillevik, or the folder they are in: Plans")])
        case .unknownIndicator(let name):
            return Indicator.unknown(name).diagnostic(.usage)
        case .endBeforeStart(let problem):
            return Diagnostic(.usage, message: problem, notes: [Localized("rett --start eller --end", en: "fix --start or --end")])
        case .invalidSDG(let text):
            return Diagnostic(.usage, message: Localized("--sdgs: ugyldig bærekraftsmål \(quoted(text))", en: "--sdgs: invalid SDG \(quoted(text))"),
                              notes: [Localized("bærekraftsmålene har nummer fra 1 til 17; skriv dem med komma mellom, for eksempel --sdgs 12,13,15, eller --sdgs \"\" for ingen",
                                                en: "the SDGs are numbered 1 to 17; separate them with commas, for example --sdgs 12,13,15, or --sdgs \"\" for none")])
        case .categoriesWithoutSection(let losses, let family):
            let lines = losses.map { Localized("  tiltak \(quoted($0.measure)): \($0.code) \($0.label)", en: "  measure \(quoted($0.measure)): \($0.code) \($0.label)") }
            return Diagnostic(.data, message: Localized("\(losses.count.counted("tiltak", "tiltak")) har en kategori som \(family.rawValue) ikke har",
                                                        en: "\(losses.count.counted("measure has", "measures have")) a category \(family.rawValue) does not have"),
                              notes: lines + [Localized("gi dem en annen kategori med aktsom measure edit ID --category 3.B.n (eller --category \"\"), og prøv igjen",
                                                        en: "give them another category with aktsom measure edit ID --category 3.B.n (or --category \"\"), and try again"),
                                              MeasureCategory.validValues(in: family)])
        case .stillReferenced(let kind, let id, let dependents):
            let lines = dependents.map { Localized("  \($0.description.nb)", en: "  \($0.description.en)") }
            return Diagnostic(.data, message: Localized("\(kind.definite.nb) \(quoted(id)) kan ikke fjernes: dette viser til det",
                                                        en: "\(kind.definite.en) \(quoted(id)) cannot be removed: these refer to it"),
                              notes: lines + [Localized("fjern eller flytt dem først, eller bruk --cascade for å fjerne dem også (se først hva som går med --dry-run)",
                                                        en: "remove or move them first, or use --cascade to remove them too (see first what goes with --dry-run)")])
        case .removedMeasure(let record):
            return Diagnostic(.data, message: Localized("tiltaket \(quoted(record.id)) ble fjernet \(record.removed.norwegian)",
                                                        en: "the measure \(quoted(record.id)) was removed on \(record.removed.norwegian)"),
                              notes: [Localized("historikken står fortsatt i journalen: aktsom history \(record.id)",
                                                en: "its history is still in the journal: aktsom history \(record.id)")])
        case .idOfRemovedMeasure(let record):
            return Diagnostic(.data, message: Localized("id-en \(quoted(record.id)) tilhørte tiltaket \(quoted(record.title)), som ble fjernet \(record.removed.norwegian)",
                                                        en: "the id \(quoted(record.id)) belonged to the measure \(quoted(record.title)), removed on \(record.removed.norwegian)"),
                              notes: [Localized("historikken til det fjernede tiltaket hører til id-en, så den brukes ikke igjen; velg en annen id, eller utelat --id",
                                                en: "the removed measure's history belongs to the id, so it is not used again; choose another id, or leave out --id")])
        case .foundAfterClosed(let found, let closed):
            return Diagnostic(.usage, message: Localized("avviket ble lukket \(closed.norwegian), før \(found.norwegian)",
                                                         en: "the deviation was closed on \(closed.norwegian), before \(found.norwegian)"),
                              notes: [Localized("et avvik blir funnet før det lukkes; rett --date", en: "a deviation is found before it is closed; fix --date")])
        case .nothingToRemove(let what, let hint):
            return Diagnostic(.data, message: what, notes: [hint])
        case .invalidField(let problem):
            return Diagnostic(.usage, message: problem.message, notes: problem.notes)
        case .noSuchFinding(let check, let subject, let year, let present):
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: "\(check) \(subject)", among: present) { notes.append(hint) }
            notes.append(Localized("se funnene med «aktsom check --year \(year)»; oppgi regelen og id-en slik den viser dem",
                                   en: "see the findings with «aktsom check --year \(year)»; give the rule and the id as it shows them"))
            return Diagnostic(.data, message: Localized("kontrollen for \(year) har ikke funnet \(check) \(quoted(subject))",
                                                        en: "the check for \(year) has no finding \(check) \(quoted(subject))"), notes: notes)
        case .notLinked(let kind, let id, let owner):
            return Diagnostic(.data, message: Localized("\(quoted(owner)) er ikke koblet til \(kind.name.nb) \(quoted(id))",
                                                        en: "\(quoted(owner)) is not linked to \(kind.name.en) \(quoted(id))"))
        }
    }

    private func article(_ kind: RecordKind) -> String {
        switch kind {
        case .goal, .measure, .deviation, .area, .reference: return "et"
        case .risk, .procurement, .followUp: return "en"
        }
    }
}

extension PlanData {
    /// Checks an id a user gave for a new record: valid, and not taken by another of its kind.
    func checkNewID(_ id: String, kind: RecordKind, existing: [String]) throws(PlanError) {
        if let problem = Identifier.problem(with: id) {
            throw .invalidID(kind, id: id, problem: problem)
        }
        if existing.contains(id) {
            throw .duplicateID(kind, id: id)
        }
    }

    /// The id for a new record: the one the user gave, checked, or the next free `<prefix><n>`,
    /// with the clone's mark in a git clone (`klima-1.5-k7qm`), so two clones never make the same.
    /// Ids of removed records count as taken: a removed measure's history belongs to its id.
    func newID(_ given: String?, kind: RecordKind, prefix: String, existing: [String]) throws(PlanError) -> String {
        let removed = plan.removed.filter { $0.kind == kind }
        guard let given else { return Identifier.next(prefix: prefix, existing: existing + removed.map(\.id), mark: cloneMark) }
        if let record = removed.first(where: { $0.id == given }) { throw .idOfRemovedMeasure(record) }
        try checkNewID(given, kind: kind, existing: existing)
        return given
    }

    /// Trims a required text and refuses it when blank.
    static func requiredText(_ text: String, field: String) throws(PlanError) -> String {
        guard !text.isBlank else { throw .emptyText(field: field) }
        return text
    }

    /// An optional text; blank means "not given".
    static func optionalText(_ text: String?) -> String? {
        text?.nonBlank
    }
}
