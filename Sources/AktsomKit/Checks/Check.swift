/// A gap a reviewer would catch in the plan, found by one rule.
public struct Finding: Sendable, Equatable {
    /// The rule's stable id, as in `--json` output: `overdue-measure`.
    public let check: String
    /// The record the finding is about: a measure, risk, goal, procurement or deviation id.
    public let subject: String
    public let message: Localized
    /// One line that says how to fix it, usually a command to run.
    public let fix: Localized
    /// The fix as a value, where the rule gives one: the browser links to the form that makes it.
    public let action: Fix?
    public var location: SourceLocation?
    public var severity: Severity
    /// The rule the finding rests on, with its sources: shown as «Kilde: …» and in `--json`. Nil
    /// for Aktsom's own checks of the plan (a goal with no measure), which rest on no source.
    public var source: RuleCitation?
    /// The procurement a finding concerns, by id and title: the procurement itself, or the one a
    /// follow-up or deviation belongs to.
    public var procurement: ProcurementReference?
    /// The lead's acknowledgement for the year, with its reason: shown, and not counted.
    public var acknowledgement: FindingAcknowledgement?

    /// A gap fails `check`; a notice is for the lead to decide on, and does not.
    public enum Severity: String, Sendable {
        case gap
        case notice
    }

    public init(check: String, subject: String, message: Localized, fix: Localized, action: Fix? = nil, location: SourceLocation? = nil,
                severity: Severity = .gap, source: RuleCitation? = nil, procurement: Procurement? = nil) {
        self.check = check
        self.subject = subject
        self.message = message
        self.fix = fix
        self.action = action
        self.location = location
        self.severity = severity
        self.source = source
        self.procurement = procurement.map { ProcurementReference(id: $0.id, title: $0.title) }
    }
}

/// A procurement named by a finding about something of its own.
public struct ProcurementReference: Sendable, Equatable {
    public let id: String
    public let title: String

    /// `2025/0133 «Arbeidsklær og verneutstyr»`.
    public var named: String { "\(id) \(quoted(title))" }
}

/// What every rule gets to look at.
public struct CheckContext: Sendable {
    public let data: PlanData
    public let sources: PlanSources
    /// The year under review: `--year`, or the current year.
    public let year: Int
    /// Whether the year was asked for, which narrows some rules to that year's records.
    public let yearGiven: Bool
    /// The day states are taken on: today, or the year's last day if that is earlier.
    public let asOf: Day
    public let history: StatusHistory
    /// What was in force when: the rules look only at what was in force in the year.
    public let timeline: Timeline
    public let ethicalAreas: Set<String>
    /// The rules in force, with their sources and dates.
    public let rules: RuleBook
    public let highRisk: HighRiskClassifier
    /// The self-report forms due under DFØ's rule, worked out once for the rules that ask.
    public let selfReportDues: [SelfReportDue]

    public init(loaded: LoadedPlan, year: Int?, today: Day, rules: RuleBook = .standard) {
        let reviewed = year ?? today.year
        self.data = loaded.data
        self.sources = loaded.sources
        self.year = reviewed
        self.yearGiven = year != nil
        self.asOf = Day.yearEnd(reviewed, notAfter: today)
        self.history = loaded.data.statusHistory
        self.timeline = Timeline(data: loaded.data, history: history)
        self.ethicalAreas = loaded.data.plan.ethicalAreaIDs
        self.rules = rules
        self.highRisk = loaded.data.highRiskClassifier(rules: rules)
        self.selfReportDues = SelfReportDue.all(in: loaded.data, rules: rules)
    }

    func planLocation(_ kind: RecordKind, _ id: String) -> SourceLocation? {
        sources.plan?.location(of: SourceMap.key(kind, id))
    }

    func registerLocation(_ kind: RecordKind, _ id: String) -> SourceLocation? {
        sources.register?.location(of: SourceMap.key(kind, id))
    }
}

/// One rule of `aktsom check`.
public protocol CheckRule: Sendable {
    /// Stable id for `--json` output.
    var id: String { get }
    /// The heading findings are grouped under.
    var title: Localized { get }
    func findings(in context: CheckContext) -> [Finding]
}

/// The rules, in the order a report lists them.
public enum CheckCatalog {
    public static let rules: [any CheckRule] = [
        HighRiskWithoutRequirements(),
        ClimateWeightingMissing(),
        ClimateWeightWithoutReason(),
        ClimateRankedLowWithoutSpecification(),
        ClimateReasonNotLocated(),
        RiskWithoutMeasure(),
        GoalWithoutMeasure(),
        OverdueMeasure(),
        MeasureWithoutStatus(),
        OpenDeviationWithoutAction(),
        HighRiskWithoutSelfReport(),
        ContractStartAssumed(),
        SelfReportOverdue(),
        SelfReportDeviationWithoutAction(),
        PlannedFollowUpOverdue(),
        HighRiskWithoutFollowUp(),
        EnteredDiffersFromDerived(),
        CopiedAnswerUnreviewed(),
        LeftOutByDates(),
    ]
}
