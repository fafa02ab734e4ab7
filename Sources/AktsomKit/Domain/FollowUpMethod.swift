/// DFØ's ladder of follow-up methods, from the lightest to the most thorough: look at the labels
/// and certificates, hold a status meeting, ask for a self-report and review its documents, check
/// samples, audit on site. A plan proposes one step per agreement, by its risk; each step is
/// recorded as the follow-up kind that carries it out.
public enum FollowUpMethod: Int, Sendable, CaseIterable, Comparable {
    case labelsAndCertificates
    case statusMeeting
    case selfReportWithDocumentReview
    case sampleCheck
    case onSiteAudit

    /// The kind a planned follow-up of this method is recorded as.
    public var kind: FollowUpKind {
        switch self {
        case .labelsAndCertificates: return .certificateCheck
        case .statusMeeting: return .statusMeeting
        case .selfReportWithDocumentReview: return .selfReporting
        case .sampleCheck: return .spotCheck
        case .onSiteAudit: return .audit
        }
    }

    /// The kinds of follow-up that carry out this method, when recorded: a self-report with a
    /// review of its documents is recorded as either.
    public var kinds: [FollowUpKind] {
        switch self {
        case .selfReportWithDocumentReview: return [.selfReporting, .documentReview]
        default: return [kind]
        }
    }

    /// DFØ's name for the step.
    public var label: Localized {
        switch self {
        case .labelsAndCertificates: return Localized("Merker og sertifikater", en: "Labels and certificates")
        case .statusMeeting: return Localized("Statusmøte", en: "Status meeting")
        case .selfReportWithDocumentReview: return Localized("Egenrapportering med dokumentgjennomgang", en: "Self-report with document review")
        case .sampleCheck: return Localized("Stikkprøvekontroll", en: "Sample check")
        case .onSiteAudit: return Localized("Stedlig revisjon", en: "On-site audit")
        }
    }

    /// A short id for JSON and CSV: `stedlig-revisjon`.
    public var id: String {
        switch self {
        case .labelsAndCertificates: return "merker-og-sertifikater"
        case .statusMeeting: return "statusmote"
        case .selfReportWithDocumentReview: return "egenrapportering"
        case .sampleCheck: return "stikkprove"
        case .onSiteAudit: return "stedlig-revisjon"
        }
    }

    public static func < (lhs: FollowUpMethod, rhs: FollowUpMethod) -> Bool { lhs.rawValue < rhs.rawValue }
}
