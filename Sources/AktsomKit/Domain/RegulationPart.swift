/// The kind of contract, as the thresholds tell them apart: goods and services, or building and
/// construction works (bygge- og anleggskontrakter), whose EEA threshold is far higher.
public enum ContractKind: String, Sendable, CaseIterable, ClosedVocabulary {
    case goodsAndServices = "vare-og-tjeneste"
    case works = "bygge-og-anlegg"

    public init?(parsing text: String) {
        if let exact = ContractKind(rawValue: text) {
            self = exact
            return
        }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "–", with: "-")
        switch key {
        case "vare", "varer", "tjeneste", "tjenester", "vare og tjeneste", "varer og tjenester", "vare- og tjenestekontrakt", "vare-/tjeneste",
             "goods", "services", "goods and services", "supplies":
            self = .goodsAndServices
        case "bygg", "bygg og anlegg", "bygg-og-anlegg", "bygge- og anlegg", "bygge- og anleggsarbeid", "bygge- og anleggskontrakt", "bba", "works":
            self = .works
        default: return nil
        }
    }

    public var label: Localized {
        switch self {
        case .goodsAndServices: return Localized("vare- eller tjenestekontrakt", en: "goods or services contract")
        case .works: return Localized("bygge- og anleggskontrakt", en: "works contract")
        }
    }

    public static var validValues: Localized {
        Localized("gyldige kontraktsarter: vare-og-tjeneste (varer, tjenester), bygge-og-anlegg (bygg)",
                  en: "valid contract kinds: vare-og-tjeneste (goods, services), bygge-og-anlegg (works)")
    }

    public static let vocabularyName = Localized("kontraktsart", en: "contract kind")
    public static let synonyms = ["varer", "tjenester", "bygg", "goods", "services", "works"]
}

/// The part of anskaffelsesforskriften a procurement falls in, by its value and kind: part I up
/// to the national threshold, part II from it up to the EEA threshold, part III above that.
public enum RegulationPart: String, Sendable, CaseIterable, ClosedVocabulary {
    case partI = "I"
    case partII = "II"
    case partIII = "III"

    public init?(parsing text: String) {
        var key = text.trimmingCharacters(in: .whitespaces).uppercased()
        for prefix in ["DEL ", "PART "] where key.hasPrefix(prefix) { key = String(key.dropFirst(prefix.count)) }
        switch key {
        case "I", "1": self = .partI
        case "II", "2": self = .partII
        case "III", "3": self = .partIII
        default: return nil
        }
    }

    /// `del I`.
    public var label: Localized { Localized("del \(rawValue)", en: "part \(rawValue)") }

    public static var validValues: Localized {
        Localized("gyldige deler: I, II, III (anskaffelsesforskriften del I, II og III)", en: "valid parts: I, II, III (the regulation's parts I, II and III)")
    }

    public static let vocabularyName = Localized("del av forskriften", en: "part of the regulation")
}
