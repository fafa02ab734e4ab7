/// A procurement or agreement (anskaffelse/avtale) in the register, with the requirements set
/// in it and how it has been followed up.
public struct Procurement: Hashable, Sendable {
    /// Often the buyer's case number, such as `2019/0412`.
    public var id: String
    public var title: String
    /// The year the procurement was made or the agreement started.
    public var year: Int?
    /// The product or service category, in the buyer's words: `Arbeidsklær og verneutstyr`.
    public var category: String?
    /// `rammeavtale`, `enkeltkontrakt`, …
    public var contractType: String?
    /// How many suppliers the agreement has.
    public var suppliers: Int?
    /// Estimated or contracted value in NOK.
    public var value: Amount?
    /// Whether the procurement is high-risk, when set by hand. Nil means it follows the category
    /// (see ``HighRiskList``).
    public var highRiskOverride: Bool?
    /// Requirements set, per strategy area id.
    public var requirements: [String: Set<RequirementPhase>]
    /// How the climate and environment duty was met (anskaffelsesforskriften § 7-9); nil when
    /// nothing is recorded.
    public var climate: ClimateWeighting?
    public var followUps: [FollowUp]
    public var deviations: [Deviation]

    public init(
        id: String, title: String, year: Int? = nil, category: String? = nil, contractType: String? = nil,
        suppliers: Int? = nil, value: Amount? = nil, highRiskOverride: Bool? = nil,
        requirements: [String: Set<RequirementPhase>] = [:], climate: ClimateWeighting? = nil, followUps: [FollowUp] = [],
        deviations: [Deviation] = []
    ) {
        self.id = id
        self.title = title
        self.year = year
        self.category = category
        self.contractType = contractType
        self.suppliers = suppliers
        self.value = value
        self.highRiskOverride = highRiskOverride
        self.requirements = requirements
        self.climate = climate
        self.followUps = followUps
        self.deviations = deviations
    }

    /// High-risk by hand, or else because its category is on DFØ's high-risk list.
    public var isHighRisk: Bool {
        highRiskOverride ?? (HighRiskList.match(category) != nil)
    }

    /// Under the climate rule (from 2024) with nothing recorded: the gap `check` reports and the
    /// indicator `klimavekt-mangler` counts.
    public var lacksClimateWeighting: Bool {
        ClimateWeighting.applies(to: year) && climate == nil
    }

    /// The phases in which requirements of any of the given areas were set.
    public func phases(inAreas areas: some Sequence<String>) -> Set<RequirementPhase> {
        var phases: Set<RequirementPhase> = []
        for area in areas {
            phases.formUnion(requirements[area] ?? [])
        }
        return phases
    }
}

/// The three phases of a procurement in which a requirement can be set.
public enum RequirementPhase: String, Sendable, CaseIterable, Comparable, ClosedVocabulary {
    /// Kvalifikasjonskrav: the supplier must meet it to take part.
    case qualification
    /// Tildelingskriterium: it counts when the winner is chosen.
    case award
    /// Kontraktsvilkår: it binds the supplier during the contract.
    case contract

    /// Reads a phase in English or bokmål, as typed on the command line or in a CSV header.
    public init?(parsing text: String) {
        if let exact = RequirementPhase(rawValue: text) {
            self = exact
            return
        }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "qualification", "kvalifikasjon", "kvalifikasjonskrav", "kval", "q": self = .qualification
        case "award", "tildeling", "tildelingskriterium", "tildelingskriterier", "a": self = .award
        case "contract", "kontrakt", "kontraktsvilkår", "kontraktsvilkar", "kontraktskrav", "c": self = .contract
        default: return nil
        }
    }

    /// The form's word for the phase.
    public var label: Localized {
        switch self {
        case .qualification: return Localized("Kvalifikasjonskrav", en: "Qualification requirement")
        case .award: return Localized("Tildelingskriterier", en: "Award criteria")
        case .contract: return Localized("Kontraktsvilkår", en: "Contract terms")
        }
    }

    public static func < (lhs: RequirementPhase, rhs: RequirementPhase) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    public static var validValues: Localized {
        Localized("gyldige faser: qualification (kvalifikasjonskrav), award (tildelingskriterium), contract (kontraktsvilkår)",
                  en: "valid phases: qualification, award, contract")
    }

    public static let vocabularyName = Localized("fase", en: "phase")
    public static let synonyms = ["kvalifikasjonskrav", "tildelingskriterium", "kontraktsvilkår"]
}
