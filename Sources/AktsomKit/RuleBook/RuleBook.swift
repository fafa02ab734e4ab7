/// Every rule Aktsom checks against, each as dated versions with its sources: DFØ's high-risk
/// list, anskaffelsesforskriften § 7-9 and its value limit, the parts of the regulation by value
/// and kind, the self-report's timing, the follow-up ladder and the report deadline. The checks
/// read the version in force on the day that matters (a procurement's announcement, a contract's
/// start); `aktsom rules` lists them. ``standard`` is the one declaration; a test or a future law
/// adds a version with ``RuleHistory/adding(_:)`` and nothing else.
public struct RuleBook: Sendable {
    public var highRiskList: RuleHistory<HighRiskList>
    public var climateDuty: RuleHistory<ClimateDuty>
    public var regulationParts: RuleHistory<RegulationThresholds>
    public var selfReport: RuleHistory<SelfReportTiming>
    public var followUpLadder: RuleHistory<FollowUpLadder>
    public var reportDeadline: RuleHistory<ReportDeadlineRule>
    /// Decisions that show how a rule is read, cited with the rule they concern.
    public var decisions: [String: [RuleSource]]
    public var proposals: [RuleProposal]

    public init(highRiskList: RuleHistory<HighRiskList>, climateDuty: RuleHistory<ClimateDuty>, regulationParts: RuleHistory<RegulationThresholds>,
                selfReport: RuleHistory<SelfReportTiming>, followUpLadder: RuleHistory<FollowUpLadder>,
                reportDeadline: RuleHistory<ReportDeadlineRule>, decisions: [String: [RuleSource]] = [:], proposals: [RuleProposal] = []) {
        self.highRiskList = highRiskList
        self.climateDuty = climateDuty
        self.regulationParts = regulationParts
        self.selfReport = selfReport
        self.followUpLadder = followUpLadder
        self.reportDeadline = reportDeadline
        self.decisions = decisions
        self.proposals = proposals
    }

    /// DFØ's list as it stands on `day`, or its first version before that.
    public func highRiskList(on day: Day) -> DatedRule<HighRiskList>? {
        highRiskList.inForce(on: day) ?? highRiskList.versions.first
    }
}

/// A rule a finding rests on: which rule, which version, and where it comes from. Shown with the
/// finding as «Kilde: …» and given in `check --json`.
public struct RuleCitation: Sendable, Equatable {
    public let rule: String
    public let title: Localized
    /// The version's dates, `fra 20.09.2021`.
    public let period: Localized?
    public let sources: [RuleSource]
    /// For a rule that is the organisation's own, not a source's: what it is.
    public let note: Localized?

    public init(rule: String, title: Localized, period: Localized?, sources: [RuleSource], note: Localized? = nil) {
        self.rule = rule
        self.title = title
        self.period = period
        self.sources = sources
        self.note = note
    }

    /// The citation of a version by its first source, the one that states the rule (the others
    /// are listed by `aktsom rules`), with the decisions that bear on the finding.
    public init<Content>(_ history: RuleHistory<Content>, _ version: DatedRule<Content>, decisions: [RuleSource] = []) {
        self.init(rule: history.id, title: history.title, period: version.period, sources: Array(version.sources.prefix(1)) + decisions)
    }

    /// The same citation with a decision that bears on the finding.
    public func adding(_ decisions: [RuleSource]) -> RuleCitation {
        RuleCitation(rule: rule, title: title, period: period, sources: sources + decisions, note: note)
    }

    /// `Kilde: DFØ: «Egenrapportering – sosialt ansvar» (oppdatert 20. september 2021), lest 08.12.2026`.
    public var line: Localized {
        let sources = self.sources.map(\.citation)
        guard let first = sources.first else {
            return Localized("Kilde: ", en: "Source: ") + (note ?? title)
        }
        return sources.dropFirst().reduce(Localized("Kilde: ", en: "Source: ") + first) { $0 + Localized("; ", en: "; ") + $1 }
    }

    public func json(_ language: Language) -> JSONValue {
        .object([
            ("rule", .string(rule)),
            ("title", .string(title.text(language))),
            ("inForce", period.map { .string($0.text(language)) } ?? .null),
            ("note", note.map { .string($0.text(language)) } ?? .null),
            ("sources", .array(sources.map { $0.json(language) })),
        ])
    }
}
