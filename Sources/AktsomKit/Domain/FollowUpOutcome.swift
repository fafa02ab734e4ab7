/// What a follow-up found. DFØ's self-report asks the supplier one opening question per step;
/// a «nei» there is a breach of contract, which the buyer records as a deviation (avvik) and
/// follows up with an action.
public enum FollowUpOutcome: String, Sendable, CaseIterable, ClosedVocabulary {
    /// Nothing found that breaks the requirements.
    case ok
    /// A breach of the requirements: it asks for a deviation.
    case deviation = "avvik"

    public init?(parsing text: String) {
        if let exact = FollowUpOutcome(rawValue: text) {
            self = exact
            return
        }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ok", "i orden", "godkjent", "ja", "fine", "passed", "no-deviation", "uten-avvik", "uten avvik": self = .ok
        case "avvik", "deviation", "brudd", "kontraktsbrudd", "breach", "nei", "failed": self = .deviation
        default: return nil
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.ok, .nb): return "ok"
        case (.ok, .en): return "ok"
        case (.deviation, .nb): return "avvik"
        case (.deviation, .en): return "deviation"
        }
    }

    public static var validValues: Localized {
        Localized("gyldige utfall: ok, avvik", en: "valid outcomes: ok, avvik (deviation)")
    }

    public static let vocabularyName = Localized("utfall", en: "outcome")
    public static let synonyms = ["deviation", "breach"]
}
