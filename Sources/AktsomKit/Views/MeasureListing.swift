/// Which measures `measure list` shows.
public struct MeasureFilter: Sendable {
    public var owner: String?
    public var status: Status?
    public var overdueOnly = false
    /// Open measures due within this many days (overdue ones included).
    public var dueWithin: Int?
    public var area: String?
    public var goal: String?

    public init() {}

    /// Refuses a team or area that matches nothing, since a typo would otherwise give a quiet,
    /// empty list.
    public func check(against plan: ActionPlan) throws(PlanError) {
        if let owner { _ = try plan.team(matching: owner) }
        if let area, plan.area(area) == nil {
            throw .unknownRecord(.area, id: area, candidates: plan.ids(of: .area))
        }
        if let goal, plan.goal(goal) == nil {
            throw .unknownRecord(.goal, id: goal, candidates: plan.ids(of: .goal))
        }
    }

    public func matches(_ state: MeasureState, in plan: ActionPlan) -> Bool {
        if let owner, !state.measure.isOwned(by: owner) { return false }
        if let status, state.status != status { return false }
        if overdueOnly && !state.isOverdue { return false }
        if let dueWithin, !state.isDue(within: dueWithin) { return false }
        if let area, plan.areaID(of: state.measure) != area { return false }
        if let goal, state.measure.goal != goal { return false }
        return true
    }

    /// Deadline views list the most urgent first; other lists keep the plan's order.
    var sortsByDue: Bool { overdueOnly || dueWithin != nil }
}

/// The measures that pass a filter on a day: `aktsom measure list`.
public struct MeasureListing: Sendable {
    public let plan: ActionPlan
    public let asOf: Day
    public let states: [MeasureState]

    public init(data: PlanData, filter: MeasureFilter, asOf day: Day) throws(PlanError) {
        try filter.check(against: data.plan)
        var states = data.measureStates(asOf: day).filter { filter.matches($0, in: data.plan) }
        if filter.sortsByDue {
            states = states.enumerated().sorted { lhs, rhs in
                let left = lhs.element.measure.due?.lastDay ?? Day.latest, right = rhs.element.measure.due?.lastDay ?? Day.latest
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
        }
        self.plan = data.plan
        self.asOf = day
        self.states = states
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !states.isEmpty else {
            return nb ? "Ingen tiltak passer filteret (per \(asOf.norwegian)).\n" : "No measures match the filter (as of \(asOf.norwegian)).\n"
        }
        var table = TextTable(columns: [
            .init("ID"), .init("STATUS"), .init(nb ? "FRIST" : "DUE"), .init(nb ? "ANSVARLIG" : "OWNER", maximumWidth: 24),
            .init(nb ? "TITTEL" : "TITLE", maximumWidth: 70),
        ])
        for state in states {
            table.append([state.measure.id, state.statusText(language), ViewText.due(state.measure.due, language),
                          state.measure.owner ?? "–", state.measure.title])
        }
        let overdue = states.filter(\.isOverdue).count
        let summary = nb
            ? "\(ViewText.measures(states.count, language)) · \(overdue) forfalt · per \(asOf.norwegian)"
            : "\(ViewText.measures(states.count, language)) · \(overdue) overdue · as of \(asOf.norwegian)"
        return table.rendered() + "\n" + summary + "\n"
    }

    public func json() -> JSONValue {
        .object([
            ("asOf", .string(asOf.iso)),
            ("count", .int(states.count)),
            ("measures", .array(states.map { RecordJSON.measure($0, plan: plan) })),
        ])
    }
}
