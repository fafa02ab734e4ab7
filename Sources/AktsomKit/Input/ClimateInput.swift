/// A change to a procurement's climate weighting, as typed with `procurement add|edit`, in a
/// CSV import's columns or in the procurement form.
public enum ClimateChange: Sendable, Equatable {
    /// One of the three ways of meeting the rule, replacing whatever was recorded.
    case set(ClimateWeighting)
    /// An empty value: nothing recorded any more.
    case cleared
    /// `--climate-reason` alone: the reason for the weight already recorded (nil removes it).
    case reason(String?)
}

/// What the four climate fields are called where they are typed: the options on the command
/// line and in the form, or a CSV file's own headers, so a message names the place as written.
public struct ClimateFieldNames: Sendable {
    public var weight = "--climate-weight"
    public var reason = "--climate-reason"
    public var inSpecification = "--climate-in-specification"
    public var exempt = "--climate-exempt"

    public init() {}

    /// An option as typed; a spreadsheet's header quoted, as the other import messages do.
    func shown(_ name: String) -> String { name.hasPrefix("--") ? name : quoted(name) }
}

extension FieldInput {
    /// A weight in percent, 0–100, with at most two decimals: `30`, `12,5`, `30 %`.
    public static func percent(_ raw: String?, field: String) throws(FieldProblem) -> Amount? {
        try parse(raw, field: field, expected: ClimateWeighting.expectedWeight) { text in
            let number = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            guard let amount = Amount(parsing: number), amount >= .zero, amount <= (Amount(whole: 100) ?? amount) else { return nil }
            return amount
        }
    }

    /// The climate fields taken together: at most one of `--climate-weight`,
    /// `--climate-in-specification` and `--climate-exempt` (each of the last two is the reason
    /// itself), `--climate-reason` only with a weight. An empty value clears what was recorded.
    /// Nil when none was given.
    public static func climate(weight: String?, reason: String?, inSpecification: String?, exempt: String?,
                               names: ClimateFieldNames = ClimateFieldNames()) throws(FieldProblem) -> ClimateChange? {
        let given = [(names.weight, weight), (names.inSpecification, inSpecification), (names.exempt, exempt)]
            .compactMap { field, raw in raw.map { (field, $0) } }
        let shown = names.shown
        if given.count > 1 {
            let (first, second) = (shown(given[0].0), shown(given[1].0))
            throw FieldProblem(field: given[1].0, message: Localized("\(first) og \(second) kan ikke brukes sammen", en: "\(first) and \(second) cannot be used together"),
                               notes: [ClimateWeighting.oneOfThree])
        }
        guard let (field, raw) = given.first else {
            return reason.map { .reason($0.nonBlank) }
        }
        if field != names.weight, reason != nil {
            throw FieldProblem(field: names.reason, message: Localized("\(shown(names.reason)) hører til \(shown(names.weight))", en: "\(shown(names.reason)) belongs to \(shown(names.weight))"),
                               notes: [Localized("begrunnelsen for krav i kravspesifikasjonen eller unntak er selve teksten i \(shown(field))",
                                                 en: "the reason for requirements in the specification or an exemption is the text of \(shown(field)) itself")])
        }
        if raw.isBlank { return .cleared }
        if field == names.weight {
            guard let weight = try percent(raw, field: field) else { return nil }
            return .set(.weight(weight, reason: reason?.nonBlank))
        }
        return field == names.inSpecification ? .set(.inSpecification(reason: raw)) : .set(.exempt(reason: raw))
    }
}

extension ClimateWeighting {
    /// How the rule can be met, for every refusal that mixes them up.
    public static let oneOfThree = Localized(
        "en anskaffelse har én av dem: klima- og miljøvekt i prosent (med begrunnelse under 30 %), klimakrav i kravspesifikasjonen med begrunnelse, eller unntak med begrunnelse",
        en: "a procurement has one of them: a climate and environment weight in percent (with a reason under 30 %), climate requirements in the specification with a reason, or an exemption with a reason")

    /// The weighting after a change: replaced, cleared, or the weight's reason changed.
    static func applying(_ change: ClimateChange?, to current: ClimateWeighting?, names: ClimateFieldNames = ClimateFieldNames()) throws(PlanError) -> ClimateWeighting? {
        switch change {
        case nil: return current
        case .set(let climate)?: return climate
        case .cleared?: return nil
        case .reason(let reason)?:
            guard case .weight(let weight, _)? = current else {
                throw .invalidField(FieldProblem(field: names.reason, message: Localized("\(names.reason): anskaffelsen har ingen klima- og miljøvekt å begrunne",
                                                                                         en: "\(names.reason): the procurement has no climate and environment weight to justify"),
                                                 notes: [Localized("oppgi vekten med \(names.shown(names.weight)) PROSENT", en: "give the weight with \(names.shown(names.weight)) PERCENT"), oneOfThree]))
            }
            return .weight(weight, reason: reason)
        }
    }
}
