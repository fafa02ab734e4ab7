/// Why a change to the plan was refused. Each case names the record and says how to go on.
public enum PlanError: Error, Sendable, Equatable, DiagnosticConvertible {
    case unknownRecord(RecordKind, id: String, candidates: [String])
    case duplicateID(RecordKind, id: String)
    case invalidID(RecordKind, id: String, problem: Localized)
    case yearOutsidePeriod(year: Int, period: Period)
    case goalNotForYear(goal: String, goalYear: Int, year: Int)
    case unknownCategory(String, family: ReportFamily)
    case emptyText(field: String)
    case dateInFuture(Day, today: Day)
    case nothingToChange(hint: Localized)
    case notLinked(RecordKind, id: String, to: String)
    case unknownTeam(String, teams: [String])
    case noEthicalArea
    case closedWithoutAction(deviation: String?)

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
        case .yearOutsidePeriod(let year, let period):
            return Diagnostic(.data, message: Localized("året \(year) er utenfor strategiperioden \(period.display)",
                                                        en: "the year \(year) is outside the strategy period \(period.display)"),
                              notes: [Localized("bruk et år fra \(period.first - 1) til \(period.last + 1), eller endre \"period\" i plan.json",
                                                en: "use a year from \(period.first - 1) to \(period.last + 1), or change \"period\" in plan.json")])
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
            return Diagnostic(.usage, message: Localized("datoen \(day.iso) er fram i tid (i dag er \(today.iso))",
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
        case .notLinked(let kind, let id, let owner):
            return Diagnostic(.data, message: Localized("\(quoted(owner)) er ikke koblet til \(kind.name.nb) \(quoted(id))",
                                                        en: "\(quoted(owner)) is not linked to \(kind.name.en) \(quoted(id))"))
        }
    }

    private func article(_ kind: RecordKind) -> String {
        switch kind {
        case .goal, .measure, .deviation, .area: return "et"
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
    func newID(_ given: String?, kind: RecordKind, prefix: String, existing: [String]) throws(PlanError) -> String {
        guard let given else { return Identifier.next(prefix: prefix, existing: existing, mark: cloneMark) }
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

    func checkYear(_ year: Int) throws(PlanError) {
        if let period = plan.period, !(period.first - 1...period.last + 1).contains(year) {
            throw .yearOutsidePeriod(year: year, period: period)
        }
    }
}
