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
    /// (DFØ's list, or the plan's own categories; see ``HighRiskClassifier``).
    public var highRiskOverride: Bool?
    /// The day the contract starts: DFØ's self-report is due from it.
    public var contractStart: Day?
    /// The day the contract ends, when known.
    public var contractEnd: Day?
    /// The day it was announced, or the invitation or request sent to suppliers: § 7-9 applies
    /// from 1 January 2024 by this day. Nil counts as 1 January of the procurement's year.
    public var announcedOn: Day?
    /// Goods and services, or works: the thresholds differ.
    public var contractKind: ContractKind?
    /// The part of the regulation, when set by hand; nil lets value and kind decide.
    public var regulationPart: RegulationPart?
    /// Requirements set, per strategy area id.
    public var requirements: [String: Set<RequirementPhase>]
    /// How the climate and environment duty was met (anskaffelsesforskriften § 7-9); nil when
    /// nothing is recorded.
    public var climate: ClimateWeighting?
    /// Where in the procurement documents the reason stands (document and section), as § 7-9
    /// asks for the reason there at announcement: `Konkurransegrunnlaget, punkt 3.2`.
    public var climateDocumentedIn: String?
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

    /// The day § 7-9 looks at: the announcement, or else 1 January of the procurement's year.
    public var announcementDay: (day: Day, recorded: Bool)? {
        if let announcedOn { return (announcedOn, true) }
        return year.flatMap(Day.firstDay(of:)).map { ($0, false) }
    }

    /// The day the agreement's first year begins: its contract start, or 1 January of its year.
    public var agreementStart: (day: Day, recorded: Bool)? {
        if let contractStart { return (contractStart, true) }
        return year.flatMap(Day.firstDay(of:)).map { ($0, false) }
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
