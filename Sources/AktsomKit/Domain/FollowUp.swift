/// One act of contract follow-up (kontraktsoppfølging) on a procurement: carried out on a day,
/// or planned for one (from `aktsom followup plan --accept`, or by hand) and not done yet.
///
/// A self-report (egenrapportering) is DFØ's form the supplier fills in: its day is the day the
/// form was sent, its deadline the one the buyer set (there is none unless one was set), and the
/// answer is either fine (`ok`) or shows a breach (`avvik`). When the form is due under the
/// contract is DFØ's rule, counted from the contract's start (see ``SelfReportDue``).
public struct FollowUp: Hashable, Sendable {
    /// `oppfolging-3`, given when it is recorded (with the clone's mark in a git clone), so that
    /// two clones' follow-ups merge as records. Follow-ups from before ids got one from their
    /// content when the register was read (see `Migrations.followUpIDs`).
    public var id: String
    public var kind: FollowUpKind
    /// The day it took place; for a self-report, the day the form was sent. Nil while it is only
    /// planned, so nothing counts a planned follow-up as done.
    public var date: Day?
    /// The day it was planned for. Kept once it is done, so the calendar can cancel its event
    /// and the plan can be compared with what happened.
    public var planned: Day?
    public var note: String?
    /// The supplier followed up, when one is named; otherwise all of the agreement's suppliers.
    public var supplier: String?
    /// A self-report's answer deadline, when one was set.
    public var due: Day?
    /// The day the supplier answered a self-report.
    public var answered: Day?
    /// What the follow-up found: all well, or a breach that calls for a deviation.
    public var outcome: FollowUpOutcome?

    public init(kind: FollowUpKind, date: Day?, note: String? = nil, supplier: String? = nil, id: String = "", planned: Day? = nil,
                due: Day? = nil, answered: Day? = nil, outcome: FollowUpOutcome? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.note = note
        self.supplier = supplier
        self.planned = planned
        self.due = due
        self.answered = answered
        self.outcome = outcome
    }

    /// Planned and not carried out yet.
    public var isPlanned: Bool { date == nil }

    /// The day it is about: when it took place, or else when it is planned for.
    public var day: Day { date ?? planned ?? Day.latest }

    /// A self-report's answer deadline, as set: nil when none was set, for other kinds and for
    /// a self-report not sent yet. Aktsom makes up no deadline.
    public var answerDue: Day? {
        guard kind == .selfReporting, date != nil else { return nil }
        return due
    }

    /// A self-report sent and not answered.
    public var awaitsAnswer: Bool {
        kind == .selfReporting && date != nil && answered == nil
    }

    /// A self-report sent, not answered, and past its deadline on `day`.
    public func isAnswerOverdue(on day: Day) -> Bool {
        guard awaitsAnswer, let due = answerDue else { return false }
        return due < day
    }

    /// A planned follow-up whose day has passed on `day` without it being carried out.
    public func isPlanOverdue(on day: Day) -> Bool {
        guard isPlanned, let planned else { return false }
        return planned < day
    }
}

/// The forms contract follow-up takes. DFØ's ladder, from the lightest to the most thorough,
/// is labels and certificates, status meeting, self-report with document review, sample check
/// and on-site audit (see ``FollowUpMethod``); the list keeps the order the kinds were added in,
/// so files and messages stay as they were.
public enum FollowUpKind: String, Sendable, CaseIterable, ClosedVocabulary {
    case selfReporting = "egenrapportering"
    case statusMeeting = "statusmøte"
    case documentReview = "dokumentgjennomgang"
    case spotCheck = "stikkprøve"
    case dialogue = "dialog"
    case audit = "revisjon"
    /// Checking the labels and certificates the products carry: the first step of DFØ's ladder.
    case certificateCheck = "sertifikatkontroll"

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
        case "revisjon", "audit", "stedlig-kontroll", "inspection", "tredjepartsrevisjon", "stedlig-revisjon", "on-site-audit": self = .audit
        case "sertifikatkontroll", "certificate-check", "certificates", "sertifikater", "merker", "merker-og-sertifikater", "labels",
             "labels-and-certificates", "merkeordning", "merkeordninger": self = .certificateCheck
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
            case .certificateCheck: return "certificate check"
            }
        }
    }

    /// Follow-up beyond self-reporting counts as extended follow-up in the report; a look at
    /// the labels and certificates is lighter still.
    public var isExtended: Bool { self != .selfReporting && self != .certificateCheck }

    public static var validValues: Localized {
        let values = allCases.map(\.rawValue).joined(separator: ", ")
        return Localized("gyldige typer: \(values)", en: "valid kinds: \(values)")
    }

    public static let vocabularyName = Localized("oppfølgingstype", en: "follow-up kind")
    public static var synonyms: [String] { allCases.map { $0.label(.en) } }
}
