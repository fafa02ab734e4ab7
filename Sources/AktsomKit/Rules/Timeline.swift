/// Which goals, measures and risks were in force when. Everything that reports on a year (the
/// export, `check --year`, the indicators, the charts, `year show`) asks here, so a year's report
/// only ever counts what was in force that year, whatever was added since.
///
/// A record takes its time from where it was put, so that a lead who enters last year today
/// gets last year's report (see ``InForceSince``):
/// - an explicit start always wins;
/// - an annual goal for year Y counts from 1 January Y, and only in Y;
/// - a goal of the strategy counts from the start of the plan's period, else from the day added;
/// - a measure counts from the earliest of its goal's start, its first status update and the
///   day it was added;
/// - a risk counts from the earliest of the period's start, its earliest measure and the day
///   added, and a risk report for a year keeps it in that year, as a goal's status text does.
///
/// A measure is in force in a year when it started on or before 31 December, did not end before
/// 1 January, and was not finished (done or cancelled) before 1 January. A goal's period depends
/// only on what was set on the goal and the plan, never on its measures, so setting a start on one
/// measure cannot pull its goal into another year.
public struct Timeline: Sendable {
    private let data: PlanData
    private let history: StatusHistory
    private let goalStarts: [String: InForceSince]
    private let measureStarts: [String: InForceSince]
    private let riskStarts: [String: InForceSince]

    /// The plan the timeline is about.
    var plan: ActionPlan { data.plan }

    public init(data: PlanData, history: StatusHistory) {
        self.data = data
        self.history = history
        let plan = data.plan
        let periodStart = plan.period.flatMap { period in
            Day.firstDay(of: period.first).map { InForceSince(day: $0, reason: .strategyPeriod(period)) }
        }
        var goals: [String: InForceSince] = [:]
        for goal in plan.goals {
            goals[goal.id] = Timeline.start(of: goal, periodStart: periodStart)
        }
        var measures: [String: InForceSince] = [:]
        var risksEvidence: [String: InForceSince] = [:]
        for measure in plan.measures {
            let since = Timeline.start(of: measure, goal: goals[measure.goal], firstUpdate: history.earliestDate(for: measure.id))
            measures[measure.id] = since
            for risk in measure.risks {
                let candidate = InForceSince(day: since.day, reason: .measure(id: measure.id))
                risksEvidence[risk] = InForceSince.earliest([risksEvidence[risk], candidate].compactMap { $0 })
            }
        }
        var risks: [String: InForceSince] = [:]
        for risk in plan.risks {
            if let start = risk.active.start {
                risks[risk.id] = InForceSince(day: start.firstDay, reason: .start(start))
            } else {
                let added = risk.active.added.map { InForceSince(day: $0, reason: .added($0)) }
                risks[risk.id] = InForceSince.earliest([periodStart, risksEvidence[risk.id], added].compactMap { $0 })
                    ?? InForceSince(day: nil, reason: .always)
            }
        }
        goalStarts = goals
        measureStarts = measures
        riskStarts = risks
    }

    static func start(of goal: Goal, periodStart: InForceSince?) -> InForceSince {
        if let start = goal.active.start { return InForceSince(day: start.firstDay, reason: .start(start)) }
        if let year = goal.year { return InForceSince(day: Day.firstDay(of: year), reason: .annualGoal(year: year)) }
        if let periodStart { return periodStart }
        if let added = goal.active.added { return InForceSince(day: added, reason: .added(added)) }
        return InForceSince(day: nil, reason: .always)
    }

    static func start(of measure: Measure, goal: InForceSince?, firstUpdate: Day?) -> InForceSince {
        if let start = measure.active.start { return InForceSince(day: start.firstDay, reason: .start(start)) }
        let candidates = [
            // A goal that has always been in force says nothing of when the measure began.
            goal?.day.map { InForceSince(day: $0, reason: .goal(id: measure.goal)) },
            firstUpdate.map { InForceSince(day: $0, reason: .statusUpdate($0)) },
            measure.active.added.map { InForceSince(day: $0, reason: .added($0)) },
        ].compactMap { $0 }
        return InForceSince.earliest(candidates) ?? InForceSince(day: nil, reason: .always)
    }

    // MARK: Measures

    /// When the measure counts from, and why.
    public func since(_ measure: Measure) -> InForceSince {
        measureStarts[measure.id] ?? Timeline.start(of: measure, goal: nil, firstUpdate: history.earliestDate(for: measure.id))
    }

    /// The measure's first day in force. Nil means always.
    public func firstDay(of measure: Measure) -> Day? {
        since(measure).day
    }

    /// In force in `year`, and not finished before it began.
    public func isInForce(_ measure: Measure, in year: Int) -> Bool {
        guard let first = Day.firstDay(of: year), let last = Day.lastDay(of: year) else { return true }
        guard overlaps(since(measure).day, measure.active.lastDay, first, last) else { return false }
        return !isFinished(measure, before: year)
    }

    /// In force on `day`, and not finished before the year of `day` began: the action plan as of
    /// a day shows what was done earlier the same year, not what was done in years before.
    public func isInForce(_ measure: Measure, on day: Day) -> Bool {
        guard overlaps(since(measure).day, measure.active.lastDay, day, day) else { return false }
        return !isFinished(measure, before: day.year)
    }

    private func isFinished(_ measure: Measure, before year: Int) -> Bool {
        guard let yearBefore = Day.lastDay(of: year - 1) else { return false }
        return history.status(of: measure.id, asOf: yearBefore).isClosed
    }

    /// The plan's measures in force in `year`, in plan order.
    public func measures(in year: Int) -> [Measure] {
        data.plan.measures.filter { isInForce($0, in: year) }
    }

    // MARK: Goals and risks

    /// When the goal counts from, and why.
    public func since(_ goal: Goal) -> InForceSince {
        goalStarts[goal.id] ?? Timeline.start(of: goal, periodStart: nil)
    }

    public func isInForce(_ goal: Goal, in year: Int) -> Bool {
        if let own = goal.year, own != year { return false }
        if data.years[year]?.goalReports[goal.id] != nil { return true }
        guard let first = Day.firstDay(of: year), let last = Day.lastDay(of: year) else { return true }
        return overlaps(since(goal).day, goal.active.lastDay, first, last)
    }

    public func isInForce(_ goal: Goal, on day: Day) -> Bool {
        if let own = goal.year, own != day.year { return false }
        return overlaps(since(goal).day, goal.active.lastDay, day, day)
    }

    /// When the risk counts from, and why.
    public func since(_ risk: Risk) -> InForceSince {
        riskStarts[risk.id] ?? InForceSince(day: risk.active.start?.firstDay ?? risk.active.added, reason: .always)
    }

    public func isInForce(_ risk: Risk, in year: Int) -> Bool {
        if data.years[year]?.riskReports[risk.id] != nil { return true }
        guard let first = Day.firstDay(of: year), let last = Day.lastDay(of: year) else { return true }
        return overlaps(since(risk).day, risk.active.lastDay, first, last)
    }

    public func isInForce(_ risk: Risk, on day: Day) -> Bool {
        overlaps(since(risk).day, risk.active.lastDay, day, day)
    }

    /// The plan's goals in force in `year`, in plan order.
    public func goals(in year: Int) -> [Goal] {
        data.plan.goals.filter { isInForce($0, in: year) }
    }

    /// The plan's prioritized risks in force in `year`, in plan order.
    public func risks(in year: Int) -> [Risk] {
        data.plan.risks.filter { isInForce($0, in: year) }
    }

    /// Whether a record in force from `begins` (nil: always) to `ends` (nil: still) was in force
    /// at some point between `first` and `last`.
    private func overlaps(_ begins: Day?, _ ends: Day?, _ first: Day, _ last: Day) -> Bool {
        if let begins, begins > last { return false }
        if let ends, ends < first { return false }
        return true
    }
}
