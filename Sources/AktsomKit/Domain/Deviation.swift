/// A deviation (avvik) from the ethical and social requirements, found at a supplier or further
/// down the supply chain, and what is being done about it.
public struct Deviation: Hashable, Sendable {
    public var id: String
    /// Type avvik: `barnearbeid`, `HMS`, `lønn`, `arbeidstid`, …
    public var type: String
    /// Hvor i leverandørkjeden: `leverandør`, `underleverandør i Tyrkia`, `råvareledd`.
    public var location: String
    /// Tiltak iverksatt for å rette avviket.
    public var action: String
    public var status: DeviationStatus
    /// When it was found.
    public var date: Day?
    /// When it was closed, set when the status becomes `lukket`.
    public var closed: Day?

    public init(id: String, type: String, location: String, action: String, status: DeviationStatus, date: Day? = nil, closed: Day? = nil) {
        self.id = id
        self.type = type
        self.location = location
        self.action = action
        self.status = status
        self.date = date
        self.closed = closed
    }
}

public enum DeviationStatus: String, Sendable, CaseIterable {
    case open = "åpen"
    case inProgress = "under arbeid"
    case closed = "lukket"

    public init?(parsing text: String) {
        if let exact = DeviationStatus(rawValue: text) {
            self = exact
            return
        }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        switch key {
        case "åpen", "apen", "open", "ny", "new", "åpent": self = .open
        case "under arbeid", "pågår", "pagar", "in progress", "ongoing", "under oppfølging": self = .inProgress
        case "lukket", "closed", "rettet", "fixed", "resolved", "done", "løst", "lost": self = .closed
        default: return nil
        }
    }

    public var isOpen: Bool { self != .closed }

    public func label(_ language: Language) -> String {
        switch language {
        case .nb: return rawValue
        case .en:
            switch self {
            case .open: return "open"
            case .inProgress: return "in progress"
            case .closed: return "closed"
            }
        }
    }

    public static var validValues: Localized {
        Localized("gyldige verdier: åpen, under arbeid, lukket", en: "valid values: åpen (open), under arbeid (in progress), lukket (closed)")
    }
}
