/// Where a measure stands. The order of the cases is the order the product uses everywhere:
/// in lists of valid values, in counts per status and in charts.
public enum Status: String, Sendable, CaseIterable, Comparable, ClosedVocabulary {
    case planned = "planlagt"
    case inProgress = "pågår"
    case done = "gjennomført"
    case delayed = "forsinket"
    case cancelled = "avbrutt"

    /// Reads a status as people type it: the bokmål value, its ASCII spelling or the English
    /// word, in any case and with spaces or underscores for hyphens.
    public init?(parsing text: String) {
        // The journal holds the canonical values; only hand-typed text needs normalizing, which
        // is expensive (it dominated reading a long journal before this shortcut).
        if let exact = Status(rawValue: text) {
            self = exact
            return
        }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "planlagt", "planned", "plan": self = .planned
        case "pågår", "pagar", "paagaar", "in-progress", "inprogress", "ongoing", "started", "igang", "i-gang": self = .inProgress
        case "gjennomført", "gjennomfort", "gjennomfoert", "done", "completed", "complete", "finished", "fullført", "fullfort": self = .done
        case "forsinket", "delayed", "late": self = .delayed
        case "avbrutt", "cancelled", "canceled", "stopped", "avlyst": self = .cancelled
        default: return nil
        }
    }

    /// A finished measure, done or cancelled, can no longer be overdue.
    public var isClosed: Bool {
        self == .done || self == .cancelled
    }

    /// The word to show: the bokmål value, or an English one.
    public func label(_ language: Language) -> String {
        switch language {
        case .nb: return rawValue
        case .en:
            switch self {
            case .planned: return "planned"
            case .inProgress: return "in progress"
            case .done: return "done"
            case .delayed: return "delayed"
            case .cancelled: return "cancelled"
            }
        }
    }

    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The line that follows every "unknown status" message.
    public static var validValues: Localized {
        let values = allCases.map(\.rawValue).joined(separator: ", ")
        return Localized("gyldige verdier: \(values)",
                         en: "valid values: \(values) (or planned, in-progress, done, delayed, cancelled)")
    }

    public static let vocabularyName = Localized("status", en: "status")
    public static let synonyms = ["planned", "in-progress", "done", "delayed", "cancelled"]
}
