/// A goal in force in the year with no measure in force under it: nothing in the plan carries it
/// out that year. A goal whose measures were all done before is carried out (``GoalCompletion``),
/// not without measures.
struct GoalWithoutMeasure: CheckRule {
    let id = "goal-without-measure"
    let title = Localized("Mål uten tiltak", en: "Goal without a measure")

    func findings(in context: CheckContext) -> [Finding] {
        let timeline = context.timeline
        let carried = Set(timeline.measures(in: context.year).map(\.goal))
        return timeline.goals(in: context.year).compactMap { goal in
            guard !carried.contains(goal.id),
                  !GoalCompletion(goal: goal, plan: context.data.plan, history: context.history, asOf: context.asOf).isDone else { return nil }
            return Finding(check: id, subject: goal.id,
                           message: Localized("\(quoted(goal.title)) har ingen tiltak i \(context.year)", en: "\(quoted(goal.title)) has no measure in \(context.year)"),
                           fix: Localized("aktsom measure add --goal \(goal.id) --title \"…\", eller avslutt målet: aktsom goal edit \(goal.id) --end \(context.year - 1)",
                                          en: "aktsom measure add --goal \(goal.id) --title \"…\", or end the goal: aktsom goal edit \(goal.id) --end \(context.year - 1)"),
                           location: context.planLocation(.goal, goal.id))
        }
    }
}
