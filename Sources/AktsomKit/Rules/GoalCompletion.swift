/// Whether a goal is carried out: it has measures, all of them done or cancelled by the day, at
/// least one done. Such a goal has no measure in force in the years after, and is reached, not
/// «without measures»: the check asks nothing of it and the reports say its measures are done.
public struct GoalCompletion: Sendable {
    public let isDone: Bool

    public init(goal: Goal, plan: ActionPlan, history: StatusHistory, asOf: Day) {
        let statuses = plan.measures(for: goal.id).map { history.status(of: $0.id, asOf: asOf) }
        isDone = !statuses.isEmpty && statuses.allSatisfy(\.isClosed) && statuses.contains(.done)
    }
}
