/// A document the strategy builds on (styrende dokument): the municipality's own climate plan,
/// a national action plan, the UN Guiding Principles. A strategy names them so a reader sees
/// what the goals answer to; the action-plan report lists them by scope.
public struct GoverningDocument: Hashable, Sendable {
    /// `dok-1`, made by Aktsom, or one of the user's own.
    public var id: String
    /// `Klimaplan for Lillestrøm kommune 2023–2030`.
    public var title: String
    /// Who issued it: `Lillestrøm kommune`, `Nærings- og fiskeridepartementet`, `FN`.
    public var issuer: String?
    public var year: Int?
    /// Where to read it, as written (usually a web address).
    public var link: String?
    public var scope: ReferenceScope
    /// The strategy area it governs, when it governs one area rather than the whole strategy.
    public var area: String?

    public init(id: String, title: String, issuer: String? = nil, year: Int? = nil, link: String? = nil,
                scope: ReferenceScope, area: String? = nil) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.year = year
        self.link = link
        self.scope = scope
        self.area = area
    }
}

/// Whose document it is: the organisation's own (or its municipality's), the state's, or an
/// international body's. The order is the order the report lists them in.
public enum ReferenceScope: String, Sendable, CaseIterable, ClosedVocabulary {
    case municipal = "kommunal"
    case national = "nasjonal"
    case international = "internasjonal"

    public init?(parsing text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "kommunal", "kommunalt", "kommunale", "municipal", "local", "lokal", "lokalt", "egen", "own": self = .municipal
        case "nasjonal", "nasjonalt", "nasjonale", "national", "statlig": self = .national
        case "internasjonal", "internasjonalt", "internasjonale", "international", "global": self = .international
        default: return nil
        }
    }

    /// The heading of the group in the report: `Kommunale dokumenter`.
    public var heading: String {
        switch self {
        case .municipal: return "Kommunale dokumenter"
        case .national: return "Nasjonale dokumenter"
        case .international: return "Internasjonale dokumenter"
        }
    }

    public func label(_ language: Language) -> String {
        switch language {
        case .nb: return rawValue
        case .en:
            switch self {
            case .municipal: return "municipal"
            case .national: return "national"
            case .international: return "international"
            }
        }
    }

    public static let vocabularyName = Localized("nivå", en: "scope")
    public static let validValues = Localized("gyldige nivåer: kommunal, nasjonal, internasjonal", en: "valid scopes: kommunal (municipal), nasjonal (national), internasjonal (international)")
    public static let synonyms = ["municipal", "national", "international"]
}
