/// A finding the lead has looked at and accepts, with the reason: a gap about a past year that
/// can no longer be mended (no self-report was sent in 2023) would otherwise stay forever. Kept
/// in the year's file, shown as acknowledged by the check, and not counted as a gap.
public struct FindingAcknowledgement: Sendable, Equatable {
    /// The rule's id: `high-risk-without-self-report`.
    public let check: String
    /// The record the finding is about.
    public let subject: String
    public let reason: String
    /// The day it was acknowledged.
    public let date: Day

    public init(check: String, subject: String, reason: String, date: Day) {
        self.check = check
        self.subject = subject
        self.reason = reason
        self.date = date
    }

    /// `high-risk-without-self-report 2023/014`: how a year keeps it.
    public var key: String { FindingAcknowledgement.key(check: check, subject: subject) }

    public static func key(check: String, subject: String) -> String { "\(check) \(subject)" }
}

extension PlanData {
    /// Acknowledges a finding of `year`'s check with a reason. The finding must be in the check
    /// as it stands (`current`), so a typo never acknowledges something else; one acknowledged
    /// before gets the new reason.
    public mutating func acknowledgeFinding(check: String, subject: String, year: Int, reason: String, today: Day,
                                            current: CheckReport) throws(PlanError) {
        let reason = try PlanData.requiredText(reason, field: "--reason")
        guard current.year == year, current.groups.contains(where: { $0.findings.contains { $0.check == check && $0.subject == subject } }) else {
            throw .noSuchFinding(check: check, subject: subject, year: year, present: current.groups.flatMap(\.findings).map { "\($0.check) \($0.subject)" })
        }
        let acknowledgement = FindingAcknowledgement(check: check, subject: subject, reason: reason, date: today)
        editYear(year) { $0.acknowledgements[acknowledgement.key] = acknowledgement }
    }

    /// Takes an acknowledgement back: the finding counts again.
    public mutating func reopenFinding(check: String, subject: String, year: Int) throws(PlanError) {
        let key = FindingAcknowledgement.key(check: check, subject: subject)
        guard self.year(year).acknowledgements[key] != nil else {
            throw .nothingToRemove(Localized("funnet \(check) \(quoted(subject)) er ikke kvittert ut for \(year)",
                                             en: "the finding \(check) \(quoted(subject)) is not acknowledged for \(year)"),
                                   hint: Localized("se kontrollen med «aktsom check --year \(year)»", en: "see the check with «aktsom check --year \(year)»"))
        }
        editYear(year) { $0.acknowledgements[key] = nil }
    }
}
