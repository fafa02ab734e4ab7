/// The goals, area by area, with target and how their measures stand. `aktsom goal list`.
public struct GoalListing: Sendable {
    public let plan: ActionPlan
    public let goals: [Goal]
    public let states: [MeasureState]
    /// The computed progress of goals bound to an indicator, by goal id.
    public let progress: [String: GoalProgress]

    public init(data: PlanData, area: String?, year: Int?, asOf day: Day) throws(PlanError) {
        if let area, data.plan.area(area) == nil {
            throw .unknownRecord(.area, id: area, candidates: data.plan.ids(of: .area))
        }
        self.plan = data.plan
        let history = data.statusHistory
        let timeline = Timeline(data: data, history: history)
        self.goals = data.plan.goals.filter { goal in
            (area == nil || goal.area == area) && (year.map { timeline.isInForce(goal, in: $0) } ?? true)
        }
        self.states = data.measureStates(asOf: day, history: history)
        var figuresByYear: [Int: YearFigures] = [:]
        var progress: [String: GoalProgress] = [:]
        for goal in goals where goal.target?.indicator != nil {
            // An annual goal is counted for its year; a strategic one for the year asked for, or this year.
            let countedYear = goal.year ?? year ?? day.year
            let figures = figuresByYear[countedYear] ?? YearFigures(data: data, year: countedYear, history: history, timeline: timeline)
            figuresByYear[countedYear] = figures
            progress[goal.id] = GoalProgress(goal: goal, figures: figures)
        }
        self.progress = progress
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !goals.isEmpty else { return nb ? "Ingen mål passer filteret.\n" : "No goals match the filter.\n" }
        var lines: [String] = []
        for area in plan.areas {
            let inArea = goals.filter { $0.area == area.id }
            guard !inArea.isEmpty else { continue }
            lines.append("\(area.name) (\(area.id))")
            // A focus column only where the area uses focus areas; goals without one first, as in the report.
            let hasFocus = inArea.contains { $0.focus != nil }
            var columns: [TextTable.Column] = [.init("ID"), .init(nb ? "TYPE" : "KIND"), .init(nb ? "MÅLVERDI" : "TARGET"),
                                               .init(nb ? "FAKTISK" : "ACTUAL"), .init(nb ? "TILTAK" : "MEASURES")]
            if hasFocus { columns.append(.init(nb ? "SATSINGSOMRÅDE" : "FOCUS AREA", maximumWidth: 30)) }
            columns.append(.init(nb ? "TITTEL" : "TITLE", maximumWidth: 70))
            var table = TextTable(columns: columns)
            let ordered = inArea.filter { $0.focus == nil } + plan.focusAreas(in: area.id).flatMap { focus in inArea.filter { $0.focus == focus } }
            for goal in ordered {
                let kind = goal.year.map { nb ? "årsmål \($0)" : "annual \($0)" } ?? (nb ? "strategisk" : "strategic")
                let measures = states.filter { $0.measure.goal == goal.id }
                let done = measures.filter { $0.status == .done }.count
                var row = [goal.id, kind, goal.target?.display ?? "–", actualText(goal), "\(done)/\(measures.count)"]
                if hasFocus { row.append(goal.focus ?? "–") }
                table.append(row + [goal.title])
            }
            lines.append(TextTable.indented(table.rendered()))
            lines.append("")
        }
        lines.append(nb ? "TILTAK = gjennomført/alle. FAKTISK regnes ut for mål med indikator." : "MEASURES = done/all. ACTUAL is computed for goals with an indicator.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `92 % (2025)`, or `–` when the goal has no indicator or nothing to count.
    func actualText(_ goal: Goal) -> String {
        guard let progress = progress[goal.id], let actual = progress.actual else { return "–" }
        let unit = goal.target?.indicator?.isShare == true ? " %" : ""
        return "\(actual.norwegian)\(unit) (\(progress.year))"
    }

    public func json() -> JSONValue {
        .object([("goals", .array(goals.map { goal in
            var value = RecordJSON.goal(goal, plan: plan)
            if case .object(var object) = value.kind, let progress = progress[goal.id] {
                object.members.append(JSONObject.Member(key: "actual", value: .object([
                    ("year", .int(progress.year)),
                    ("value", progress.actual.map { .number(literal: $0.description) } ?? .null),
                    ("reached", progress.isReached.map(JSONValue.bool) ?? .null),
                ])))
                value = JSONValue(.object(object))
            }
            return value
        }))])
    }
}

/// The prioritized risks with the measures that answer them. `aktsom risk list`.
public struct RiskListing: Sendable {
    public let plan: ActionPlan

    public init(plan: ActionPlan) {
        self.plan = plan
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !plan.risks.isEmpty else {
            return nb ? "Ingen prioriterte risikoer ennå; legg til med: aktsom risk add --title \"…\"\n"
                      : "No prioritized risks yet; add one with: aktsom risk add --title \"…\"\n"
        }
        var table = TextTable(columns: [.init("ID"), .init(nb ? "TEMA" : "THEME", maximumWidth: 24), .init(nb ? "GEOGRAFI" : "GEOGRAPHY", maximumWidth: 24),
                                        .init(nb ? "TILTAK" : "MEASURES"), .init(nb ? "TITTEL" : "TITLE", maximumWidth: 60)])
        for risk in plan.risks {
            let measures = plan.measures.filter { $0.risks.contains(risk.id) }.map(\.id)
            table.append([risk.id, risk.theme ?? "–", risk.geography ?? "–", measures.isEmpty ? "–" : measures.joined(separator: ", "), risk.title])
        }
        return table.rendered()
    }

    public func json() -> JSONValue {
        .object([("risks", .array(plan.risks.map { RecordJSON.risk($0, plan: plan) }))])
    }
}
