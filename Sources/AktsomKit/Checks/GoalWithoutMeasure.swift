/// A goal with no measure under it: nothing in the plan carries it out.
struct GoalWithoutMeasure: CheckRule {
    let id = "goal-without-measure"
    let title = Localized("Mål uten tiltak", en: "Goal without a measure")

    func findings(in context: CheckContext) -> [Finding] {
        let plan = context.data.plan
        let carried = Set(plan.measures.map(\.goal))
        return plan.goals.compactMap { goal in
            guard !carried.contains(goal.id) else { return nil }
            if context.yearGiven && !goal.applies(to: context.year, period: plan.period) { return nil }
            return Finding(check: id, subject: goal.id,
                           message: Localized("\(quoted(goal.title)) har ingen tiltak", en: "\(quoted(goal.title)) has no measure"),
                           fix: Localized("aktsom measure add --goal \(goal.id) --title \"…\"", en: "aktsom measure add --goal \(goal.id) --title \"…\""),
                           location: context.planLocation(.goal, goal.id))
        }
    }
}
