/// The goals, area by area, with target and how their measures stand. `aktsom goal list`.
public struct GoalListing: Sendable {
    public let plan: ActionPlan
    public let goals: [Goal]
    public let states: [MeasureState]

    public init(data: PlanData, area: String?, year: Int?, asOf day: Day) throws(PlanError) {
        if let area, data.plan.area(area) == nil {
            throw .unknownRecord(.area, id: area, candidates: data.plan.ids(of: .area))
        }
        self.plan = data.plan
        self.goals = data.plan.goals.filter { goal in
            (area == nil || goal.area == area) && (year == nil || goal.applies(to: year ?? 0, period: data.plan.period))
        }
        self.states = data.measureStates(asOf: day)
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !goals.isEmpty else { return nb ? "Ingen mål passer filteret.\n" : "No goals match the filter.\n" }
        var lines: [String] = []
        for area in plan.areas {
            let inArea = goals.filter { $0.area == area.id }
            guard !inArea.isEmpty else { continue }
            lines.append("\(area.name) (\(area.id))")
            var table = TextTable(columns: [.init("ID"), .init(nb ? "TYPE" : "KIND"), .init(nb ? "MÅLVERDI" : "TARGET"),
                                            .init(nb ? "TILTAK" : "MEASURES"), .init(nb ? "TITTEL" : "TITLE", maximumWidth: 70)])
            for goal in inArea {
                let kind = goal.year.map { nb ? "årsmål \($0)" : "annual \($0)" } ?? (nb ? "strategisk" : "strategic")
                let measures = states.filter { $0.measure.goal == goal.id }
                let done = measures.filter { $0.status == .done }.count
                table.append([goal.id, kind, goal.target?.display ?? "–", "\(done)/\(measures.count)", goal.title])
            }
            lines.append(table.rendered().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            lines.append("")
        }
        lines.append(nb ? "TILTAK = gjennomført/alle" : "MEASURES = done/all")
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        .object([("goals", .array(goals.map { RecordJSON.goal($0, plan: plan) }))])
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
