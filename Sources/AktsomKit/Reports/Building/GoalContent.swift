/// The goals-and-progress parts of the forms.
extension ReportBuilder {
    /// Goals in force in the reporting year, annual ones first, in plan order.
    var goalsInYear: [Goal] {
        let applying = data.plan.goals.filter { $0.applies(to: year, period: data.plan.period) }
        return applying.filter(\.isAnnual) + applying.filter { !$0.isAnnual }
    }

    var goalsOfNextYearList: [Goal] {
        data.plan.goals.filter { $0.year == year + 1 }
    }

    /// What the data says about a goal's progress: its measures, and the computed actual.
    func computedProgress(_ goal: Goal) -> String? {
        var facts: [String] = []
        let measures = data.plan.measures(for: goal.id)
        if !measures.isEmpty {
            let done = measures.filter { history.status(of: $0.id, asOf: asOf) == .done }.count
            facts.append("\(done) av \(measures.count) tiltak gjennomført per \(asOf.norwegian)")
        }
        if let target = goal.target {
            var fact = "målverdi \(target.display)"
            if let indicator = target.indicator, let actual = indicators.value(indicator) {
                fact += ", faktisk \(actual.norwegian)\(indicator.isShare ? " %" : "") (beregnet fra anskaffelsesregisteret)"
            }
            facts.append(fact)
        }
        guard !facts.isEmpty else { return nil }
        let text = facts.joined(separator: "; ")
        return "Fra planen: " + text.capitalizedFirst + "."
    }

    func goalsOfYear() -> Content {
        let goals = goalsInYear
        guard !goals.isEmpty else { return .empty("aktsom goal add --area AREA --year \(year) --title \"…\"") }
        let blocks = goals.map { goal -> ReportBlock in
            var inner: [ReportBlock] = [.field(label: "Status", value: entry.goalReports[goal.id],
                                               hint: "aktsom goal report \(goal.id) --year \(year) --text \"…\"")]
            if let progress = computedProgress(goal) { inner.append(.paragraph(progress)) }
            return .group(title: goal.title, blocks: inner)
        }
        return Content(blocks: blocks, hasData: true)
    }

    func goalsOfNextYear() -> Content {
        let goals = goalsOfNextYearList
        guard !goals.isEmpty else { return .empty("aktsom goal add --area AREA --year \(year + 1) --title \"…\"") }
        return Content(blocks: [.list(goals.map { goal in goal.target.map { "\(goal.title) (målverdi \($0.display))" } ?? goal.title })], hasData: true)
    }

    func goalTable() -> Content {
        let goals = goalsInYear
        guard !goals.isEmpty else { return .empty("aktsom goal add --area AREA --year \(year) --title \"…\"") }
        let rows = goals.map { goal -> [String] in
            let status = [entry.goalReports[goal.id], computedProgress(goal)].compactMap { $0 }.joined(separator: " ")
            return [goal.title, status.isEmpty ? ReportText.notFilled : status]
        }
        return Content(blocks: [.table(ReportTable(id: "mal-rapporteringsaret", columns: ["Mål / aktiviteter for rapporteringsåret", "Status / fremdrift"], rows: rows))],
                       hasData: true)
    }

    func nextYearGoalTable() -> Content {
        let goals = goalsOfNextYearList
        guard !goals.isEmpty else { return .empty("aktsom goal add --area AREA --year \(year + 1) --title \"…\"") }
        return Content(blocks: [.table(ReportTable(id: "mal-kommende-ar", columns: ["Mål / aktiviteter"], rows: goals.map { [$0.title] }))],
                       hasData: true)
    }
}
