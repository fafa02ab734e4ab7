/// Which goals, measures and risks were in force when. Everything that reports on a year (the
/// export, `check --year`, the indicators, the charts, `year show`) asks here, so a year's report
/// only ever counts what was in force that year, whatever was added since.
///
/// A measure is in force in a year when it started on or before 31 December, did not end before
/// 1 January, and was not finished (done or cancelled) before 1 January. A goal or a risk is in
/// force when its own start and end say so; a status text written for it for the year keeps it in
/// that year's report whatever its dates say, so nothing saved is ever left out.
public struct Timeline: Sendable {
    private let data: PlanData
    private let history: StatusHistory
    /// The earliest day each measure, goal and risk is known to have been worked on.
    private let measureEvidence: [String: Day]
    private let goalEvidence: [String: Day]
    private let riskEvidence: [String: Day]

    public init(data: PlanData, history: StatusHistory) {
        self.data = data
        self.history = history
        var measures: [String: Day] = [:]
        var goals: [String: Day] = [:]
        var risks: [String: Day] = [:]
        func note(_ day: Day?, _ id: String, in table: inout [String: Day]) {
            guard let day else { return }
            if let known = table[id], known <= day { return }
            table[id] = day
        }
        for measure in data.plan.measures {
            note(history.earliestDate(for: measure.id), measure.id, in: &measures)
            // A goal or risk is worked on from the day its earliest measure is.
            let first = measure.active.firstDay(evidence: measures[measure.id])
            note(first, measure.goal, in: &goals)
            for risk in measure.risks { note(first, risk, in: &risks) }
        }
        for entry in data.yearsInOrder {
            let newYear = Day.firstDay(of: entry.year)
            for goal in entry.goalReports.keys { note(newYear, goal, in: &goals) }
            for risk in entry.riskReports.keys { note(newYear, risk, in: &risks) }
        }
        measureEvidence = measures
        goalEvidence = goals
        riskEvidence = risks
    }

    // MARK: Measures

    /// The measure's first day in force: its start, or the earlier of the day it was added and its
    /// earliest status update. Nil means always.
    public func firstDay(of measure: Measure) -> Day? {
        measure.active.firstDay(evidence: measureEvidence[measure.id])
    }

    /// In force in `year`, and not finished before it began.
    public func isInForce(_ measure: Measure, in year: Int) -> Bool {
        guard measure.active.isInForce(in: year, evidence: measureEvidence[measure.id]) else { return false }
        return !isFinished(measure, before: year)
    }

    /// In force on `day`, and not finished before the year of `day` began: the action plan as of
    /// a day shows what was done earlier the same year, not what was done in years before.
    public func isInForce(_ measure: Measure, on day: Day) -> Bool {
        guard measure.active.isInForce(on: day, evidence: measureEvidence[measure.id]) else { return false }
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

    public func isInForce(_ goal: Goal, in year: Int) -> Bool {
        if data.years[year]?.goalReports[goal.id] != nil { return goal.year == nil || goal.year == year }
        return goal.isInForce(in: year, evidence: goalEvidence[goal.id])
    }

    public func isInForce(_ goal: Goal, on day: Day) -> Bool {
        guard let own = goal.year else { return goal.active.isInForce(on: day, evidence: goalEvidence[goal.id]) }
        return own == day.year && ActivePeriod(start: goal.active.start, end: goal.active.end).isInForce(on: day)
    }

    public func isInForce(_ risk: Risk, in year: Int) -> Bool {
        if data.years[year]?.riskReports[risk.id] != nil { return true }
        return risk.active.isInForce(in: year, evidence: riskEvidence[risk.id])
    }

    public func isInForce(_ risk: Risk, on day: Day) -> Bool {
        risk.active.isInForce(on: day, evidence: riskEvidence[risk.id])
    }

    /// The plan's goals in force in `year`, in plan order.
    public func goals(in year: Int) -> [Goal] {
        data.plan.goals.filter { isInForce($0, in: year) }
    }

    /// The plan's prioritized risks in force in `year`, in plan order.
    public func risks(in year: Int) -> [Risk] {
        data.plan.risks.filter { isInForce($0, in: year) }
    }
}
