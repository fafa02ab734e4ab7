/// The goals-and-progress parts of the forms.
extension ReportBuilder {
    /// Goals in force in the reporting year, annual ones first, in plan order.
    var goalsInYear: [Goal] {
        let inForce = timeline.goals(in: year)
        return inForce.filter(\.isAnnual) + inForce.filter { !$0.isAnnual }
    }

    /// Goals set for the year after: annual goals for it, and goals whose start falls in it.
    var goalsOfNextYearList: [Goal] {
        data.plan.goals.filter { goal in goal.year == year + 1 || (goal.year == nil && goal.active.start?.firstDay.year == year + 1) }
    }

    /// What the data says about a goal's progress in the year: its measures done, and the target
    /// against the actual figure. Shown where the organisation wrote no status text for the
    /// goal, and always in `year show` as a review aid.
    func derivedProgress(_ goal: Goal) -> String? {
        var sentences: [String] = []
        let measures = measuresInForceByGoal[goal.id] ?? []
        if !measures.isEmpty {
            let done = measures.filter { history.status(of: $0.id, asOf: asOf) == .done }.count
            sentences.append("\(done) av \(measures.count) tiltak gjennomført per \(asOf.norwegian).")
        } else if GoalCompletion(goal: goal, plan: data.plan, history: history, asOf: asOf).isDone {
            sentences.append(withoutMeasuresInForce(goal))
        }
        if let target = goal.target {
            var sentence = "Målverdi \(target.display)"
            if let indicator = target.indicator, let actual = figures.value(indicator) {
                sentence += ", faktisk \(actual.norwegian)\(indicator.isShare ? " %" : "")"
            }
            sentences.append(sentence + ".")
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// The goal's status for the year: the organisation's text alone when there is one, else what
    /// the data says.
    func goalStatus(_ goal: Goal) -> String? {
        entry.goalReports[goal.id] ?? derivedProgress(goal)
    }

    /// Each goal in force in the year with the organisation's status text and what the data
    /// says, side by side, for the lead to review (`year show`).
    public func goalReviews() -> [GoalReview] {
        goalsInYear.map { GoalReview(goal: $0, text: entry.goalReports[$0.id], derived: derivedProgress($0)) }
    }

    func goalsOfYear() -> Content {
        let goals = goalsInYear
        guard !goals.isEmpty else { return .empty(.addGoal(year: year)) }
        // The goal's description, as the strategy explains it, then its status for the year.
        let blocks = goals.map { goal -> ReportBlock in
            .group(title: goal.title, blocks: (goal.description.map(paragraphs) ?? [])
                + [.field(label: "Status", value: goalStatus(goal), fix: .writeGoalStatus(year: year, goal: goal.id))])
        }
        return Content(blocks: blocks, hasData: true)
    }

    func goalsOfNextYear() -> Content {
        let goals = goalsOfNextYearList
        guard !goals.isEmpty else { return .empty(.addGoal(year: year + 1)) }
        return Content(blocks: [.list(goals.map { goal in goal.target.map { "\(goal.title) (målverdi \($0.display))" } ?? goal.title })], hasData: true)
    }

    func goalTable() -> Content {
        let goals = goalsInYear
        guard !goals.isEmpty else { return .empty(.addGoal(year: year)) }
        let rows = goals.map { goal -> [String] in [goal.title, goalStatus(goal) ?? ReportText.notFilled] }
        return Content(blocks: [.table(ReportTable(id: "mal-rapporteringsaret", columns: ["Mål / aktiviteter for rapporteringsåret", "Status / fremdrift"],
                                                   rows: rows, rowIDs: goals.map(\.id)))],
                       hasData: true)
    }

    func nextYearGoalTable() -> Content {
        let goals = goalsOfNextYearList
        guard !goals.isEmpty else { return .empty(.addGoal(year: year + 1)) }
        return Content(blocks: [.table(ReportTable(id: "mal-kommende-ar", columns: ["Mål / aktiviteter"], rows: goals.map { [$0.title] },
                                                   rowIDs: goals.map(\.id)))],
                       hasData: true)
    }
}

/// A goal's status for a year as the organisation wrote it, beside what the data says.
public struct GoalReview: Sendable, Equatable {
    public let goal: Goal
    /// The status text from `goal report`; the report shows it alone.
    public let text: String?
    /// Measures done and target against actual: the report shows this only where no text was written.
    public let derived: String?
}
