/// Where the follow-ups stand on a day: the self-reports waiting for an answer (those past the
/// deadline set for them, and those with none set), the agreements whose self-report form is due
/// under DFØ's rule and not received (and those past it), and the planned follow-ups not done yet
/// (and those whose day has passed). `aktsom status` and the dashboard count them; `check` reports
/// the overdue ones.
public struct FollowUpStatus: Sendable {
    public typealias Item = (procurement: Procurement, followUp: FollowUp)

    public let asOf: Day
    /// Self-reports sent and not answered, earliest deadline first, those with none last.
    public let awaitingAnswer: [Item]
    /// Of those, past the deadline set for them.
    public let answerOverdue: [Item]
    /// Of those, with no deadline set.
    public let withoutDeadline: [Item]
    /// Agreements in force whose self-report form is due under DFØ's rule and neither received
    /// nor covered by another follow-up, earliest deadline first.
    public let formsDue: [SelfReportDue]
    /// Of those, past the deadline.
    public let formsOverdue: [SelfReportDue]
    /// Planned follow-ups not done, earliest first.
    public let planned: [Item]
    /// Of those, past their day.
    public let planOverdue: [Item]

    public init(data: PlanData, asOf day: Day, rules: RuleBook = .standard) {
        asOf = day
        let all = data.register.followUps
        awaitingAnswer = all.filter(\.followUp.awaitsAnswer).sorted { ($0.followUp.answerDue ?? .latest) < ($1.followUp.answerDue ?? .latest) }
        answerOverdue = awaitingAnswer.filter { $0.followUp.isAnswerOverdue(on: day) }
        withoutDeadline = awaitingAnswer.filter { $0.followUp.answerDue == nil }
        formsDue = SelfReportDue.all(in: data, rules: rules).filter { !$0.isMet(by: day) && !$0.hasEnded(by: day) }.sorted { $0.due < $1.due }
        formsOverdue = formsDue.filter { $0.isOverdue(on: day) }
        planned = all.filter(\.followUp.isPlanned).sorted { $0.followUp.day < $1.followUp.day }
        planOverdue = planned.filter { $0.followUp.isPlanOverdue(on: day) }
    }

    /// Nothing to tell.
    public var isEmpty: Bool { awaitingAnswer.isEmpty && formsDue.isEmpty && planned.isEmpty }

    /// `Egenrapportering: 3 venter på svar (1 uten svarfrist), 1 over fristen. Skjema etter
    /// kontraktsstart: 2 ikke mottatt, 1 over fristen. Planlagt oppfølging: 4 ikke gjort, 1 forfalt.`
    public func summary(_ language: Language) -> String {
        let nb = language == .nb
        let without = withoutDeadline.isEmpty ? "" : (nb ? " (\(withoutDeadline.count) uten svarfrist)" : " (\(withoutDeadline.count) with no deadline)")
        let reports = nb ? "Egenrapportering: \(awaitingAnswer.count) venter på svar\(without), \(answerOverdue.count) over fristen."
                         : "Self-reports: \(awaitingAnswer.count) awaiting an answer\(without), \(answerOverdue.count) past the deadline."
        let forms = nb ? "Egenrapporteringsskjema etter kontraktsstart (DFØ): \(formsDue.count) ikke mottatt, \(formsOverdue.count) over fristen."
                       : "Self-report forms after contract start (DFØ): \(formsDue.count) not received, \(formsOverdue.count) past the deadline."
        let plans = nb ? "Planlagt oppfølging: \(planned.count) ikke gjort, \(planOverdue.count) forfalt."
                       : "Planned follow-up: \(planned.count) not done, \(planOverdue.count) overdue."
        return [reports, forms, plans].joined(separator: " ")
    }

    /// `{"selfReports": {"open", "overdue", "withoutDeadline", "overdueIDs"}, "selfReportForms":
    /// {"open", "overdue", "overdueProcurements"}, "plannedFollowUps": {"open", "overdue", "overdueIDs"}}`.
    public var json: [(String, JSONValue?)] {
        [
            ("selfReports", .object([("open", .int(awaitingAnswer.count)), ("overdue", .int(answerOverdue.count)),
                                     ("withoutDeadline", .int(withoutDeadline.count)), ("overdueIDs", .strings(answerOverdue.map(\.followUp.id)))])),
            ("selfReportForms", .object([("open", .int(formsDue.count)), ("overdue", .int(formsOverdue.count)),
                                         ("overdueProcurements", .strings(formsOverdue.map(\.procurement.id)))])),
            ("plannedFollowUps", .object([("open", .int(planned.count)), ("overdue", .int(planOverdue.count)),
                                          ("overdueIDs", .strings(planOverdue.map(\.followUp.id)))])),
        ]
    }
}
