/// When DFØ's self-report form is due under a contract, by DFØ's rule in force on the contract's
/// start: for a high-risk agreement with ethical contract terms, at the contract's start or at
/// the latest six months after it (one month, before 20 September 2021). The form is received
/// when a self-report of the agreement is answered; another follow-up of DFØ's ways, done by the
/// deadline (a follow-up meeting going through the questions, say), covers it too. Without a
/// recorded contract start the agreement's year's 1 January is used, and said.
public struct SelfReportDue: Sendable {
    public let procurement: Procurement
    /// The contract start the deadline is counted from, and whether it was recorded.
    public let start: (day: Day, recorded: Bool)
    public let due: Day
    /// The self-report answered, when one is.
    public let received: FollowUp?
    /// Another follow-up of DFØ's ways done by the deadline, when the form is not received.
    public let coveredBy: FollowUp?
    public let rule: RuleCitation

    /// Received or covered by `day`.
    public func isMet(by day: Day) -> Bool {
        (received?.answered.map { $0 <= day } ?? false) || (coveredBy?.date.map { $0 <= day } ?? false)
    }

    /// Past its deadline on `day` with neither.
    public func isOverdue(on day: Day) -> Bool {
        due < day && !isMet(by: day)
    }

    /// The deadlines of a plan's agreements, in the register's order: every high-risk
    /// procurement with ethical contract terms and a year or a contract start.
    public static func all(in data: PlanData, rules: RuleBook = .standard) -> [SelfReportDue] {
        let classifier = data.highRiskClassifier(rules: rules)
        let ethical = data.plan.ethicalAreaIDs
        let ladder = rules.followUpLadder.versions.last?.content.kinds ?? []
        return data.register.procurements.compactMap { procurement in
            guard classifier.isHighRisk(procurement), procurement.phases(inAreas: ethical).contains(.contract),
                  let start = procurement.agreementStart,
                  let version = rules.selfReport.inForce(on: start.day) ?? rules.selfReport.versions.first else { return nil }
            let due = version.content.due(contractStart: start.day)
            let received = procurement.followUps.filter { $0.kind == .selfReporting && $0.answered != nil }.min { ($0.answered ?? .latest) < ($1.answered ?? .latest) }
            let covered = procurement.followUps.filter { $0.kind != .selfReporting && ladder.contains($0.kind) && ($0.date.map { $0 <= due } ?? false) }
                .min { ($0.date ?? .latest) < ($1.date ?? .latest) }
            return SelfReportDue(procurement: procurement, start: start, due: due, received: received, coveredBy: covered,
                                 rule: RuleCitation(rules.selfReport, version))
        }
    }

    /// The agreement has ended by `day`: its contract end passed, or with no end recorded, its
    /// fourth year over (framework agreements run at most four years).
    public func hasEnded(by day: Day) -> Bool {
        if let end = procurement.contractEnd { return end < day }
        return day.year - start.day.year >= FollowUpPlan.agreementYears
    }
}
