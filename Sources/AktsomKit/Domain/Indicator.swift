/// A number computed from the plan's data for a year, to which a goal's target can be bound so
/// its actual value is counted rather than typed.
public enum Indicator: String, Sendable, CaseIterable, ClosedVocabulary {
    case procurements = "anskaffelser"
    case withEthicalRequirements = "med-etiske-krav"
    case shareWithEthicalRequirements = "andel-med-etiske-krav"
    case highRisk = "hoyrisiko"
    case highRiskWithRequirements = "hoyrisiko-med-etiske-krav"
    case shareHighRiskWithRequirements = "andel-hoyrisiko-med-etiske-krav"
    case followedUpProcurements = "avtaler-fulgt-opp"
    case followedUpSuppliers = "leverandorer-fulgt-opp"
    case deviationsOpened = "avvik-apnet"
    case deviationsClosed = "avvik-lukket"
    case shareMeasuresDone = "andel-tiltak-gjennomfort"
    /// Of the year's procurements under the climate rule (all but the exempted and part I's with
    /// nothing recorded), the share that meets it: weighted at least 30 %, ranked among the three
    /// highest, ranked lower with requirements in the specification, or requirements in the
    /// specification instead. The id is kept from when only the weight counted.
    case shareClimateWeightAtLeastMinimum = "andel-klimavekt-minst-30"
    /// The year's procurements under the climate rule with nothing recorded where it asks for
    /// something (parts II and III, or no value to place them).
    case climateWeightMissing = "klimavekt-mangler"

    public var label: Localized {
        switch self {
        case .procurements: return Localized("Anskaffelser i året", en: "Procurements in the year")
        case .withEthicalRequirements: return Localized("Anskaffelser med etiske/sosiale krav", en: "Procurements with ethical/social requirements")
        case .shareWithEthicalRequirements: return Localized("Andel anskaffelser med etiske/sosiale krav", en: "Share of procurements with ethical/social requirements")
        case .highRisk: return Localized("Høyrisikoanskaffelser", en: "High-risk procurements")
        case .highRiskWithRequirements: return Localized("Høyrisikoanskaffelser med etiske krav", en: "High-risk procurements with ethical requirements")
        case .shareHighRiskWithRequirements: return Localized("Andel høyrisikoanskaffelser med etiske krav", en: "Share of high-risk procurements with ethical requirements")
        case .followedUpProcurements: return Localized("Avtaler med kontraktsoppfølging", en: "Agreements followed up")
        case .followedUpSuppliers: return Localized("Leverandører fulgt opp", en: "Suppliers followed up")
        case .deviationsOpened: return Localized("Avvik registrert", en: "Deviations found")
        case .deviationsClosed: return Localized("Avvik lukket", en: "Deviations closed")
        case .shareMeasuresDone: return Localized("Andel tiltak gjennomført", en: "Share of measures done")
        case .shareClimateWeightAtLeastMinimum: return Localized("Andel anskaffelser som oppfyller klimaregelen (§ 7-9)", en: "Share of procurements meeting the climate rule (§ 7-9)")
        case .climateWeightMissing: return Localized("Anskaffelser uten registrert klima- og miljøvekt", en: "Procurements with no climate and environment weighting recorded")
        }
    }

    /// Whether the value is a percentage (0–100) rather than a count.
    public var isShare: Bool {
        switch self {
        case .shareWithEthicalRequirements, .shareHighRiskWithRequirements, .shareMeasuresDone, .shareClimateWeightAtLeastMinimum: return true
        default: return false
        }
    }

    /// Reads an indicator's id in any case, with spaces or underscores for hyphens.
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        guard let indicator = Indicator(rawValue: key) else { return nil }
        self = indicator
    }

    public static var validValues: Localized {
        let values = allCases.map(\.rawValue).joined(separator: ", ")
        return Localized("gyldige indikatorer: \(values)", en: "valid indicators: \(values)")
    }

    public static let vocabularyName = Localized("indikator", en: "indicator")
}
