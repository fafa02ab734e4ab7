/// How a procurement met the duty to weigh climate and environment (anskaffelsesforskriften
/// § 7-9, from 1 January 2024): climate and environment weighted at least 30 % among the award
/// criteria, or met by requirements in the specification when that clearly gives a better effect,
/// or left out when the procurement's footprint is insignificant. The last two must be justified
/// in the procurement documents, and so must a weight under 30 %, so each carries its reason.
public enum ClimateWeighting: Hashable, Sendable {
    /// Weighted among the award criteria, in percent (0–100), with the reason when it is below
    /// the 30 % the rule asks for.
    case weight(Amount, reason: String?)
    /// Met by requirements in the specification instead (kravspesifikasjonen), with the reason.
    case inSpecification(reason: String)
    /// Left out: the procurement's climate and environmental footprint is insignificant.
    case exempt(reason: String)

    /// The first year the rule applies to: procurements from 2024 on.
    public static let firstYear = 2024
    /// The least weight the rule asks for, in percent.
    public static let minimumWeight = Amount(whole: 30) ?? .zero

    /// What a weight must look like, wherever it is typed or written.
    public static let expectedWeight = Localized("forventet en prosent fra 0 til 100, for eksempel 30 eller 12,5",
                                                 en: "expected a percentage from 0 to 100, for example 30 or 12.5")

    /// Whether a procurement of `year` falls under the rule; one without a year cannot be told.
    public static func applies(to year: Int?) -> Bool {
        guard let year else { return false }
        return year >= firstYear
    }

    /// Weighted at least 30 %: what the indicator `andel-klimavekt-minst-30` counts.
    public var isWeightedAtLeastMinimum: Bool {
        if case .weight(let weight, _) = self { return weight >= ClimateWeighting.minimumWeight }
        return false
    }

    /// A weight under 30 % with no reason written down: the gap `check` reports.
    public var isUnjustifiedLowWeight: Bool {
        if case .weight(let weight, let reason) = self { return weight < ClimateWeighting.minimumWeight && (reason?.isBlank ?? true) }
        return false
    }

    /// One of the lawful alternatives to weighting: requirements in the specification, or an
    /// exemption. Neither is a weight, so neither is counted in the share weighted at least 30 %.
    public var isAlternativeToWeighting: Bool {
        switch self {
        case .weight: return false
        case .inSpecification, .exempt: return true
        }
    }

    /// The reason written down, whichever way the duty was met.
    public var reason: String? {
        switch self {
        case .weight(_, let reason): return reason
        case .inSpecification(let reason), .exempt(let reason): return reason
        }
    }

    /// `30 %`, `krav i kravspesifikasjonen`, `unntatt`: what the register's lists show.
    public func short(_ language: Language) -> String {
        switch self {
        case .weight(let weight, _): return "\(weight.norwegian) %"
        case .inSpecification: return language == .nb ? "i kravspes." : "in spec."
        case .exempt: return language == .nb ? "unntatt" : "exempt"
        }
    }

    /// The whole of it in words, for `procurement show` and the procurement's page.
    public func described(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .weight(let weight, let reason):
            let base = nb ? "vektet \(weight.norwegian) % i tildelingen" : "weighted \(weight.norwegian) % in the award"
            return base + (reason.map { nb ? ". Begrunnelse: \($0)" : ". Reason: \($0)" } ?? "")
        case .inSpecification(let reason):
            return (nb ? "klimakrav i kravspesifikasjonen. Begrunnelse: " : "climate requirements in the specification. Reason: ") + reason
        case .exempt(let reason):
            return (nb ? "unntatt (ubetydelig klima- og miljøbelastning). Begrunnelse: " : "exempt (insignificant climate and environmental footprint). Reason: ") + reason
        }
    }
}
