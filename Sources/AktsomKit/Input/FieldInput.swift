/// Reads the values people type, one function per kind of value, with the message for a value
/// that cannot be used. The command line (`Invocation`) and the browser's forms both call these,
/// so a date, a sum or a status is read by one rule and refused with one message, wherever it was
/// typed. Each function takes the raw text (nil when the field was not given) and the option's
/// name for the message; it returns nil for a value not given.
public enum FieldInput {
    /// Converts a value, or explains what was wrong with it.
    public static func parse<Value>(_ raw: String?, field: String, expected: Localized, _ convert: (String) -> Value?) throws(FieldProblem) -> Value? {
        guard let raw else { return nil }
        guard let value = convert(raw) else { throw .invalid(field, raw, expected: expected) }
        return value
    }

    public static let expectedDay = Localized("forventet en gyldig dato som ÅÅÅÅ-MM-DD (eller DD.MM.ÅÅÅÅ)",
                                              en: "expected a valid date as YYYY-MM-DD (or DD.MM.YYYY)")

    /// A day: `2025-04-01` or `01.04.2025`.
    public static func day(_ raw: String?, field: String) throws(FieldProblem) -> Day? {
        try parse(raw, field: field, expected: expectedDay) { Day(parsing: $0) }
    }

    /// A year of four digits.
    public static func year(_ raw: String?, field: String) throws(FieldProblem) -> Int? {
        try parse(raw, field: field, expected: Localized("forventet et årstall som 2025", en: "expected a year such as 2025")) { text in
            guard text.count == 4, let year = Int(text), (1000...9999).contains(year) else { return nil }
            return year
        }
    }

    /// A whole number in `range`; spaces between digit groups are allowed (`1 000`).
    public static func count(_ raw: String?, field: String, in range: ClosedRange<Int> = 0...1_000_000_000) throws(FieldProblem) -> Int? {
        try parse(raw, field: field, expected: Localized("forventet et heltall fra \(range.lowerBound) til \(range.upperBound.norwegian)",
                                                         en: "expected a whole number from \(range.lowerBound) to \(range.upperBound.norwegian)")) { text in
            let compact = text.filter { !$0.isWhitespace }
            guard let number = Int(compact), range.contains(number) else { return nil }
            return number
        }
    }

    /// A number with at most two decimals, such as a target.
    public static func amount(_ raw: String?, field: String) throws(FieldProblem) -> Amount? {
        try parse(raw, field: field, expected: Amount.expectedForm) { Amount(parsing: $0) }
    }

    /// A sum in NOK, never negative.
    public static func money(_ raw: String?, field: String) throws(FieldProblem) -> Amount? {
        try parse(raw, field: field, expected: Amount.expectedMoney) { Amount(parsingMoney: $0) }
    }

    /// A word of a closed vocabulary, or its refusal as everywhere: the word, «mente du …?» when one
    /// is close, and the valid values.
    public static func word<Value: ClosedVocabulary>(_ raw: String?, field: String, as type: Value.Type) throws(FieldProblem) -> Value? {
        guard let raw else { return nil }
        switch Value.read(raw) {
        case .success(let value): return value
        case .failure(let unknown): throw FieldProblem(unknown, field: field)
        }
    }

    /// One of the five statuses, or an alias (`pagar`, `done` …).
    public static func status(_ raw: String?, field: String) throws(FieldProblem) -> Status? {
        try word(raw, field: field, as: Status.self)
    }

    /// A deadline or a start or end: a date, a quarter (`2025-Q2`) or a year.
    public static func due(_ raw: String?, field: String) throws(FieldProblem) -> DueDate? {
        try parse(raw, field: field, expected: DueDate.expectedForm) { DueDate(parsing: $0) }
    }

    /// `--start`/`--end` of an edit: absent leaves it, blank removes it, a value sets it.
    public static func periodChange(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<DueDate> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try due(raw, field: field).map(FieldChange.set) ?? .unchanged
    }

    /// A list of names separated by commas, semicolons or lines, as the plan's own high-risk
    /// categories are typed: absent leaves it, blank empties it. A name given twice is kept once.
    public static func nameList(_ raw: String?) -> FieldChange<[String]> {
        guard let raw else { return .unchanged }
        var names: [String] = []
        for part in raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
            let name = part.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
        }
        return names.isEmpty ? .cleared : .set(names)
    }

    /// An optional text of an edit: absent leaves it, blank removes it, any other text sets it.
    public static func textChange(_ raw: String?) -> FieldChange<String> {
        guard let raw else { return .unchanged }
        return raw.isBlank ? .cleared : .set(raw)
    }

    /// A year of an edit (a goal's, a document's): absent leaves it, blank removes it.
    public static func yearChange(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<Int> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try year(raw, field: field).map(FieldChange.set) ?? .unchanged
    }

    /// The strategy period, `2025-2028`, of `plan edit`: absent leaves it, blank removes it.
    public static func strategyPeriod(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<Period> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try parse(raw, field: field, expected: Period.expectedForm) { Period(parsing: $0) }.map(FieldChange.set) ?? .unchanged
    }

    /// The report deadline, `MM-DD`, of `plan edit`: absent leaves it, blank goes back to 30 June.
    public static func reportDeadline(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<MonthDay> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        return try parse(raw, field: field, expected: MonthDay.expectedForm) { MonthDay(parsing: $0) }.map(FieldChange.set) ?? .unchanged
    }

    /// An indicator a goal can be bound to.
    public static func indicator(_ raw: String?, field: String) throws(FieldProblem) -> Indicator? {
        try word(raw, field: field, as: Indicator.self)
    }

    /// `ja` or `nei` (and their spellings); blank counts as not given.
    public static func optionalYesNo(_ raw: String?, field: String) throws(FieldProblem) -> Bool? {
        try parse(raw, field: field, expected: YesNo.expected) { text in
            text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : YesNo.parse(text)
        }
    }

    /// `ja` or `nei`; blank removes the answer.
    public static func yesNoChange(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<Bool> {
        guard let raw else { return .unchanged }
        if raw.isBlank { return .cleared }
        guard let value = YesNo.parse(raw) else { throw .invalid(field, raw, expected: YesNo.expected) }
        return .set(value)
    }

    /// A count the organisation reports for an indicator; blank goes back to the counted figure.
    public static func enteredCount(_ raw: String?, field: String) throws(FieldProblem) -> FieldChange<Amount>? {
        guard let raw else { return nil }
        if raw.isBlank { return .cleared }
        guard let count = try count(raw, field: field), let amount = Amount(whole: count) else {
            throw FieldProblem(field: field, message: Localized("mangler \(field)", en: "missing \(field)"))
        }
        return .set(amount)
    }

    /// A goal's target: `value` with an optional unit and indicator. A unit or an indicator
    /// without a value is refused, as the command line refuses `--unit` without `--target`.
    public static func target(value raw: String?, unit: String?, indicator indicatorText: String?) throws(FieldProblem) -> Target? {
        guard let value = try amount(raw, field: "--target") else {
            if unit != nil || indicatorText != nil {
                throw FieldProblem(field: "--target", message: Localized("--unit og --indicator krever --target", en: "--unit and --indicator need --target"),
                                   notes: [Localized("for eksempel: --target 80 --unit %", en: "for example: --target 80 --unit %")])
            }
            return nil
        }
        return Target(value: value, unit: unit, indicator: try indicator(indicatorText, field: "--indicator"))
    }

    /// Requirements per phase, `[AREA:]qualification,award,contract`.
    public static func requirements(_ raw: String, field: String = "--requirements") throws(FieldProblem) -> RequirementSpec {
        switch RequirementSpec.parse(raw) {
        case .success(let spec): return spec
        case .failure(let unknown):
            throw FieldProblem(unknown, field: field, example: Localized(
                "for eksempel: --requirements qualification,contract eller --requirements klima:award",
                en: "for example: --requirements qualification,contract or --requirements klima:award"))
        }
    }

    /// `--high-risk` and `--no-high-risk`: set by hand either way, or left to the category.
    public static func highRisk(yes: Bool, no: Bool) throws(FieldProblem) -> Bool?? {
        if yes && no {
            throw FieldProblem(field: "--high-risk", message: Localized("--high-risk og --no-high-risk kan ikke brukes sammen",
                                                                        en: "--high-risk and --no-high-risk cannot be used together"))
        }
        if yes { return .some(true) }
        if no { return .some(false) }
        return nil
    }

    /// The kind of a contract follow-up; required.
    public static func followUpKind(_ raw: String?, field: String = "--kind") throws(FieldProblem) -> FollowUpKind {
        guard let kind = try word(raw, field: field, as: FollowUpKind.self) else {
            throw FieldProblem(field: field, message: Localized("mangler \(field) KIND", en: "missing \(field) KIND"), notes: [FollowUpKind.validValues])
        }
        return kind
    }

    /// A deviation's status in the organisation's own words and its state, read from the status's
    /// first word unless given; at least one of them must be there.
    public static func deviationStatus(_ status: String?, state stateText: String?) throws(FieldProblem) -> (status: String?, state: DeviationState?) {
        guard status != nil || stateText != nil else {
            throw FieldProblem(field: "--status", message: Localized("mangler --status TEXT", en: "missing --status TEXT"), notes: [DeviationState.readingHint])
        }
        return (status, try word(stateText, field: "--state", as: DeviationState.self))
    }

    /// Which of a section note's three answers was given: a text (blank removes it), left blank
    /// on purpose, or the copied answer kept. Exactly one.
    public static func noteChange(text: String?, blank: Bool, keep: Bool, remove: Bool = false) throws(FieldProblem) -> NoteChange {
        guard [text != nil, blank, keep, remove].filter({ $0 }).count == 1 else {
            throw FieldProblem(field: "--text", message: Localized("oppgi én av --text, --blank, --keep og --remove", en: "give one of --text, --blank, --keep and --remove"))
        }
        return blank ? .blank : keep ? .keep : remove || (text?.isBlank ?? true) ? .remove : .text(text ?? "")
    }
}
