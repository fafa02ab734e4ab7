/// Where the follow-ups stand on a day: the self-reports waiting for an answer (and those past
/// their deadline), and the planned follow-ups not done yet (and those whose day has passed).
/// `aktsom status` and the dashboard count them; `check` reports the overdue ones.
public struct FollowUpStatus: Sendable {
    public typealias Item = (procurement: Procurement, followUp: FollowUp)

    public let asOf: Day
    /// Self-reports sent and not answered, earliest deadline first.
    public let awaitingAnswer: [Item]
    /// Of those, past their deadline.
    public let answerOverdue: [Item]
    /// Planned follow-ups not done, earliest first.
    public let planned: [Item]
    /// Of those, past their day.
    public let planOverdue: [Item]

    public init(register: ProcurementRegister, asOf day: Day) {
        asOf = day
        let all = register.followUps
        awaitingAnswer = all.filter(\.followUp.awaitsAnswer).sorted { ($0.followUp.answerDue ?? .latest) < ($1.followUp.answerDue ?? .latest) }
        answerOverdue = awaitingAnswer.filter { $0.followUp.isAnswerOverdue(on: day) }
        planned = all.filter(\.followUp.isPlanned).sorted { $0.followUp.day < $1.followUp.day }
        planOverdue = planned.filter { $0.followUp.isPlanOverdue(on: day) }
    }

    /// `Egenrapportering: 3 venter på svar, 1 over fristen. Planlagt oppfølging: 4, 1 forfalt.`
    public func summary(_ language: Language) -> String {
        let nb = language == .nb
        let reports = nb ? "Egenrapportering: \(awaitingAnswer.count) venter på svar, \(answerOverdue.count) over fristen."
                         : "Self-reports: \(awaitingAnswer.count) awaiting an answer, \(answerOverdue.count) past the deadline."
        let plans = nb ? "Planlagt oppfølging: \(planned.count) ikke gjort, \(planOverdue.count) forfalt."
                       : "Planned follow-up: \(planned.count) not done, \(planOverdue.count) overdue."
        return reports + " " + plans
    }

    /// `{"selfReports": {"open", "overdue", "overdueIDs"}, "plannedFollowUps": {"open", "overdue", "overdueIDs"}}`.
    public var json: [(String, JSONValue?)] {
        [
            ("selfReports", .object([("open", .int(awaitingAnswer.count)), ("overdue", .int(answerOverdue.count)),
                                     ("overdueIDs", .strings(answerOverdue.map(\.followUp.id)))])),
            ("plannedFollowUps", .object([("open", .int(planned.count)), ("overdue", .int(planOverdue.count)),
                                          ("overdueIDs", .strings(planOverdue.map(\.followUp.id)))])),
        ]
    }
}
