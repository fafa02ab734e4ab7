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
    /// The report's Status column in the organisation's own words, as written:
    /// «Pågående. Handlingsplan levert av leverandør».
    public var status: String
    /// Where the deviation stands, for checks and indicators: read from the first words of the
    /// status, or given on its own.
    public var state: DeviationState
    /// When it was found.
    public var date: Day?
    /// When it was closed, set when the state becomes `lukket`.
    public var closed: Day?
    /// The follow-up that found it (`oppfolging-3`), in the same procurement: a self-report
    /// answered with a breach, say.
    public var followUp: String?

    public init(id: String, type: String, location: String, action: String, status: String, state: DeviationState,
                date: Day? = nil, closed: Day? = nil, followUp: String? = nil) {
        self.id = id
        self.type = type
        self.location = location
        self.action = action
        self.status = status
        self.state = state
        self.date = date
        self.closed = closed
        self.followUp = followUp
    }
}

/// Where a deviation stands. Reports write the status in their own words; this is what those
/// words mean to the checks and the indicators.
public enum DeviationState: String, Sendable, CaseIterable, ClosedVocabulary {
    case open = "åpen"
    case inProgress = "under arbeid"
    case closed = "lukket"

    /// Reads a state as typed for `--state` or in the file: the bokmål value or a synonym.
    public init?(parsing text: String) {
        if let exact = DeviationState(rawValue: text) {
            self = exact
            return
        }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        guard let state = DeviationState.wordTable[key] else { return nil }
        self = state
    }

    /// Reads the state from the first words of a status written in the report's own words:
    /// «Pågående. Handlingsplan levert av leverandør» is in progress, «Lukket etter ny revisjon»
    /// is closed. Nil when the first words say nothing Aktsom knows.
    public init?(readingStatus text: String) {
        if let exact = DeviationState(parsing: text) {
            self = exact
            return
        }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(2).map(String.init)
        if words.count == 2, let state = DeviationState.wordTable[words.joined(separator: " ")] {
            self = state
        } else if let first = words.first, let state = DeviationState.wordTable[first] {
            self = state
        } else {
            return nil
        }
    }

    /// The words that name a state, in bokmål, nynorsk and English.
    private static let wordTable: [String: DeviationState] = {
        var table: [String: DeviationState] = [:]
        for word in ["åpen", "åpent", "apen", "open", "ny", "nytt", "new", "uløst", "ulost"] { table[word] = .open }
        for word in ["under arbeid", "under oppfølging", "under behandling", "pågår", "pågående", "pagar", "pagaende", "in progress",
                     "ongoing", "igangsatt", "påbegynt", "pabegynt", "oppfølging", "følges opp", "oppfølges",
                     // What reports write while the supplier works on it: «Tiltaksplan mottatt, venter på dokumentasjon».
                     "tiltaksplan", "handlingsplan", "venter", "avventer", "dialog"] { table[word] = .inProgress }
        for word in ["lukket", "lukka", "avsluttet", "avslutta", "ferdig", "ferdigstilt", "closed", "rettet", "retta", "utbedret", "fixed",
                     "resolved", "done", "løst", "lost"] { table[word] = .closed }
        return table
    }()

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
        Localized("gyldige tilstander: åpen, under arbeid, lukket", en: "valid states: åpen (open), under arbeid (in progress), lukket (closed)")
    }

    public static let vocabularyName = Localized("avvikstilstand", en: "deviation state")
    public static var synonyms: [String] { allCases.map { $0.label(.en) } }

    /// Why a status could not be read, and what to write instead.
    public static var readingHint: Localized {
        Localized("statusen skrives med rapportens egne ord; tilstanden leses av første ord (åpen, under arbeid, pågående, lukket, avsluttet, ferdig …); ellers oppgi den med --state åpen|under arbeid|lukket",
                  en: "the status is written in the report's own words; the state is read from the first word (åpen, under arbeid, pågående, lukket, avsluttet, ferdig, open, closed …); otherwise give it with --state åpen|under arbeid|lukket")
    }
}
