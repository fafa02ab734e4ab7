/// A change to a procurement's climate weighting, as typed with `procurement add|edit`, in a
/// CSV import's columns or in the procurement form.
public enum ClimateChange: Sendable, Equatable {
    /// One of the ways of meeting the rule, replacing whatever was recorded.
    case set(ClimateWeighting)
    /// An empty value: nothing recorded any more.
    case cleared
    /// `--climate-reason` alone: the reason for the weight already recorded (nil removes it).
    case reason(String?)
}

/// What the climate fields are called where they are typed: the options on the command line and
/// in the form, or a CSV file's own headers, so a message names the place as written.
public struct ClimateFieldNames: Sendable {
    public var weight = "--climate-weight"
    public var rank = "--climate-rank"
    public var reason = "--climate-reason"
    public var inSpecification = "--climate-in-specification"
    public var exempt = "--climate-exempt"

    public init() {}

    /// An option as typed; a spreadsheet's header quoted, as the other import messages do.
    func shown(_ name: String) -> String { name.hasPrefix("--") ? name : quoted(name) }
}

extension FieldInput {
    /// A weight in percent, 0–100, with at most two decimals: `30`, `12,5`, `30 %`. A number
    /// between 0 and 1 with no `%` is refused: `0,3` is what a spreadsheet's percent cell holds
    /// for 30 %, and read as 0,3 % it would pass as a low weight.
    public static func percent(_ raw: String?, field: String) throws(FieldProblem) -> Amount? {
        guard let raw else { return nil }
        let number = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
        guard let amount = Amount(parsing: number), amount >= .zero, amount <= (Amount(whole: 100) ?? amount) else {
            throw .invalid(field, raw, expected: ClimateWeighting.expectedWeight)
        }
        if amount > .zero, amount < (Amount(whole: 1) ?? amount), !raw.contains("%") {
            let hundred = Amount(hundredths: amount.hundredths * 100).map(\.norwegian) ?? raw
            throw FieldProblem(field: field, message: Localized("\(field): \(quoted(raw)) har ingen enhet og ser ut som en andel (\(hundred) %?)",
                                                                en: "\(field): \(quoted(raw)) has no unit and looks like a fraction (\(hundred) %?)"),
                               notes: [Localized("oppgi vekten i prosent, for eksempel \(hundred), eller med enheten: \(raw) %",
                                                 en: "give the weight in percent, for example \(hundred), or with its unit: \(raw) %")])
        }
        return amount
    }

    /// The place climate and environment has among criteria in order of priority, 1–10.
    public static func climateRank(_ raw: String?, field: String) throws(FieldProblem) -> Int? {
        try parse(raw, field: field, expected: ClimateWeighting.expectedRank) { text in
            Int(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "")).flatMap { ClimateWeighting.ranks.contains($0) ? $0 : nil }
        }
    }

    /// The climate fields taken together: a weight or a rank (never both), either with
    /// requirements in the specification beside it; requirements in the specification alone
    /// (instead of criteria); or the exemption alone. `--climate-reason` goes only with a weight.
    /// An empty value clears what was recorded. Nil when none was given.
    public static func climate(weight: String?, rank: String? = nil, reason: String?, inSpecification: String?, exempt: String?,
                               names: ClimateFieldNames = ClimateFieldNames()) throws(FieldProblem) -> ClimateChange? {
        let shown = names.shown
        func refuse(_ first: String, _ second: String) -> FieldProblem {
            FieldProblem(field: second, message: Localized("\(shown(first)) og \(shown(second)) kan ikke brukes sammen", en: "\(shown(first)) and \(shown(second)) cannot be used together"),
                         notes: [ClimateWeighting.ways])
        }
        if weight != nil, rank != nil { throw refuse(names.weight, names.rank) }
        if exempt != nil, let other = [(names.weight, weight), (names.rank, rank), (names.inSpecification, inSpecification)].first(where: { $0.1 != nil }) {
            throw refuse(other.0, names.exempt)
        }
        guard weight != nil || rank != nil || inSpecification != nil || exempt != nil else {
            return reason.map { .reason($0.nonBlank) }
        }
        if weight == nil, reason != nil {
            let field = [(names.rank, rank), (names.inSpecification, inSpecification), (names.exempt, exempt)].first { $0.1 != nil }?.0 ?? names.weight
            throw FieldProblem(field: names.reason, message: Localized("\(shown(names.reason)) hører til \(shown(names.weight))", en: "\(shown(names.reason)) belongs to \(shown(names.weight))"),
                               notes: [Localized("begrunnelsen for krav i kravspesifikasjonen eller unntak er selve teksten i \(shown(names.inSpecification)) eller \(shown(names.exempt)) (her: \(shown(field)))",
                                                 en: "the reason for requirements in the specification or an exemption is the text of \(shown(names.inSpecification)) or \(shown(names.exempt)) itself (here: \(shown(field)))")])
        }
        if [weight, rank, inSpecification, exempt].allSatisfy({ $0?.isBlank ?? true }) { return .cleared }
        let specification = inSpecification?.nonBlank
        if let weight = try percent(weight?.nonBlank, field: names.weight) {
            return .set(.weight(weight, reason: reason?.nonBlank, specification: specification))
        }
        if let rank = try climateRank(rank?.nonBlank, field: names.rank) {
            return .set(.ranked(rank, specification: specification))
        }
        if let specification { return .set(.inSpecification(reason: specification)) }
        if let exempt = exempt?.nonBlank { return .set(.exempt(reason: exempt)) }
        return .cleared
    }
}

extension ClimateWeighting {
    /// How the rule can be met, for every refusal that mixes them up.
    public static let ways = Localized(
        "en anskaffelse har én av dem: klima- og miljøvekt i prosent (med begrunnelse under 30 %) eller plass blant rangerte tildelingskriterier, hver av dem gjerne med klimakrav i kravspesifikasjonen; klimakrav i kravspesifikasjonen alene, med begrunnelse; eller unntak med begrunnelse",
        en: "a procurement has one of them: a climate and environment weight in percent (with a reason under 30 %) or a place among ranked award criteria, either of them with climate requirements in the specification too; climate requirements in the specification alone, with the reason; or an exemption with the reason")

    /// The weighting after a change: replaced, cleared, or the weight's reason changed.
    static func applying(_ change: ClimateChange?, to current: ClimateWeighting?, names: ClimateFieldNames = ClimateFieldNames()) throws(PlanError) -> ClimateWeighting? {
        switch change {
        case nil: return current
        case .set(let climate)?: return climate
        case .cleared?: return nil
        case .reason(let reason)?:
            guard case .weight(let weight, _, let specification)? = current else {
                throw .invalidField(FieldProblem(field: names.reason, message: Localized("\(names.reason): anskaffelsen har ingen klima- og miljøvekt å begrunne",
                                                                                         en: "\(names.reason): the procurement has no climate and environment weight to justify"),
                                                 notes: [Localized("oppgi vekten med \(names.shown(names.weight)) PROSENT", en: "give the weight with \(names.shown(names.weight)) PERCENT"), ways]))
            }
            return .weight(weight, reason: reason, specification: specification)
        }
    }
}
