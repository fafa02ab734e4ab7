/// One act of contract follow-up (kontraktsoppfølging) on a procurement.
public struct FollowUp: Hashable, Sendable {
    /// `oppfolging-3`, given when it is recorded (with the clone's mark in a git clone), so that
    /// two clones' follow-ups merge as records. Follow-ups from before ids got one from their
    /// content when the register was read (see `Migrations.followUpIDs`).
    public var id: String
    public var kind: FollowUpKind
    public var date: Day
    public var note: String?
    /// The supplier followed up, when one is named; otherwise all of the agreement's suppliers.
    public var supplier: String?

    public init(kind: FollowUpKind, date: Day, note: String? = nil, supplier: String? = nil, id: String = "") {
        self.id = id
        self.kind = kind
        self.date = date
        self.note = note
        self.supplier = supplier
    }
}

/// The forms contract follow-up takes, from the lightest to the most thorough.
public enum FollowUpKind: String, Sendable, CaseIterable, ClosedVocabulary {
    case selfReporting = "egenrapportering"
    case statusMeeting = "statusmøte"
    case documentReview = "dokumentgjennomgang"
    case spotCheck = "stikkprøve"
    case dialogue = "dialog"
    case audit = "revisjon"

    public init?(parsing text: String) {
        if let exact = FollowUpKind(rawValue: text) {
            self = exact
            return
        }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "egenrapportering", "self-reporting", "self-report", "selfreport", "questionnaire", "egenerklæring": self = .selfReporting
        case "statusmøte", "statusmote", "status-meeting", "meeting", "møte": self = .statusMeeting
        case "dokumentgjennomgang", "document-review", "documents", "dokumentasjon": self = .documentReview
        case "stikkprøve", "stikkprove", "spot-check", "spotcheck", "stikkprøver": self = .spotCheck
        case "dialog", "dialogue", "leverandørdialog", "supplier-dialogue": self = .dialogue
        case "revisjon", "audit", "stedlig-kontroll", "inspection", "tredjepartsrevisjon": self = .audit
        default: return nil
        }
    }

    public func label(_ language: Language) -> String {
        switch language {
        case .nb: return rawValue
        case .en:
            switch self {
            case .selfReporting: return "self-reporting"
            case .statusMeeting: return "status meeting"
            case .documentReview: return "document review"
            case .spotCheck: return "spot check"
            case .dialogue: return "dialogue"
            case .audit: return "audit"
            }
        }
    }

    /// Follow-up beyond self-reporting counts as extended follow-up in the report.
    public var isExtended: Bool { self != .selfReporting }

    public static var validValues: Localized {
        let values = allCases.map(\.rawValue).joined(separator: ", ")
        return Localized("gyldige typer: \(values)", en: "valid kinds: \(values)")
    }

    public static let vocabularyName = Localized("oppfølgingstype", en: "follow-up kind")
    public static var synonyms: [String] { allCases.map { $0.label(.en) } }
}
