/// How a procurement met the duty to weigh climate and environment (anskaffelsesforskriften
/// § 7-9): weighted among the award criteria, or ranked among them where the criteria are given
/// in order of priority, either of them with requirements in the specification beside it (DFØ's
/// guide, chapter 8); or met by requirements in the specification instead, when that clearly
/// gives a better effect; or left out when the procurement's footprint is negligible. The last two
/// must be justified in the procurement documents, and so must a weight under 30 %, so each
/// carries its reason. Whether it is enough is the rule's to say (``ClimateAssessment``).
public enum ClimateWeighting: Hashable, Sendable {
    /// Weighted among the award criteria, in percent (0–100), with the reason when it is below
    /// the rule's minimum, and the climate requirements in the specification beside it, if any.
    case weight(Amount, reason: String?, specification: String? = nil)
    /// Ranked among award criteria given in order of priority: 1 is the highest. Ranked below
    /// the rule's top places, requirements in the specification must be set and justified.
    case ranked(Int, specification: String? = nil)
    /// Met by requirements in the specification instead of criteria (kravspesifikasjonen), with
    /// the reason.
    case inSpecification(reason: String)
    /// Left out: the procurement's climate and environmental footprint is negligible.
    case exempt(reason: String)

    /// The places a rank can take, wherever it is typed or written.
    public static let ranks = 1...10

    /// What a weight must look like, wherever it is typed or written.
    public static let expectedWeight = Localized("forventet en prosent fra 0 til 100, for eksempel 30 eller 12,5",
                                                 en: "expected a percentage from 0 to 100, for example 30 or 12.5")
    public static let expectedRank = Localized("forventet plassen klima og miljø har blant tildelingskriteriene i prioritert rekkefølge, fra 1 (høyest) til 10",
                                               en: "expected the place climate and environment has among the award criteria in order of priority, from 1 (highest) to 10")

    /// The requirements in the specification, beside a criterion or instead of it.
    public var specification: String? {
        switch self {
        case .weight(_, _, let specification), .ranked(_, let specification): return specification
        case .inSpecification(let reason): return reason
        case .exempt: return nil
        }
    }

    /// The reason written down, whichever way the duty was met.
    public var reason: String? {
        switch self {
        case .weight(_, let reason, _): return reason
        case .ranked(_, let specification): return specification
        case .inSpecification(let reason), .exempt(let reason): return reason
        }
    }

    /// `30 %`, `nr. 2`, `i kravspes.`, `unntatt`: what the register's lists show.
    public func short(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .weight(let weight, _, let specification):
            return "\(weight.norwegian) %" + (specification == nil ? "" : (nb ? " + kravspes." : " + spec."))
        case .ranked(let rank, let specification):
            return (nb ? "nr. \(rank)" : "no. \(rank)") + (specification == nil ? "" : (nb ? " + kravspes." : " + spec."))
        case .inSpecification: return nb ? "i kravspes." : "in spec."
        case .exempt: return nb ? "unntatt" : "exempt"
        }
    }

    /// The whole of it in words, for `procurement show` and the procurement's page.
    public func described(_ language: Language) -> String {
        let nb = language == .nb
        func alongside(_ specification: String?) -> String {
            specification.map { nb ? ". Klimakrav i kravspesifikasjonen i tillegg: \($0)" : ". Climate requirements in the specification too: \($0)" } ?? ""
        }
        switch self {
        case .weight(let weight, let reason, let specification):
            let base = nb ? "vektet \(weight.norwegian) % i tildelingen" : "weighted \(weight.norwegian) % in the award"
            return base + (reason.map { nb ? ". Begrunnelse: \($0)" : ". Reason: \($0)" } ?? "") + alongside(specification)
        case .ranked(let rank, let specification):
            return (nb ? "nr. \(rank) blant tildelingskriteriene i prioritert rekkefølge" : "no. \(rank) among the award criteria in order of priority")
                + alongside(specification)
        case .inSpecification(let reason):
            return (nb ? "klimakrav i kravspesifikasjonen i stedet for tildelingskriterier. Begrunnelse: " : "climate requirements in the specification instead of award criteria. Reason: ") + reason
        case .exempt(let reason):
            return (nb ? "unntatt (uvesentlig klimaavtrykk og miljøbelastning etter sin art). Begrunnelse: " : "exempt (negligible climate footprint and environmental burden by its nature). Reason: ") + reason
        }
    }
}
