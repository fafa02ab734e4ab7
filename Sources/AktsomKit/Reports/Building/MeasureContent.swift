/// The parts of the reports that list measures.
extension ReportBuilder {
    /// 3.B.n: the measures in force in the year tagged with the category, read in the plan's own
    /// numbering.
    func measures(in category: MeasureCategory) -> Content {
        let family = data.plan.reportTemplate
        let tagged = measuresInForce.filter { measure in
            guard let code = measure.category else { return false }
            return MeasureCategory(code: code, family: family) == category
        }
        guard !tagged.isEmpty else { return Content(blocks: [], hasData: false) }
        return Content(blocks: [.list(tagged.map { measureLine($0, includeDescription: true) })], hasData: true)
    }

    /// The 2020 form's 3.1: measures in the ethical areas that were part of the year's work.
    func supportMeasures() -> Content {
        let measures = measuresInForce.filter { measure in
            data.plan.areaID(of: measure).map(ethicalAreas.contains) ?? false
        }
        guard !measures.isEmpty else { return .empty(.addMeasure(goal: nil, risk: nil)) }
        let rows = measures.map { measure in [measure.title, data.plan.goal(measure.goal)?.title ?? "", measure.audience ?? ""] }
        return Content(blocks: [.table(ReportTable(id: "3.1", columns: ["Type tiltak", "Formål", "Målgruppe"], rows: rows,
                                                   rowIDs: measures.map(\.id)))], hasData: true)
    }

    /// The action plan's summary: measures in force by status per area, as of the day.
    func planSummary() -> Content {
        let states = statesInForce
        guard !states.isEmpty else { return .empty(.addMeasure(goal: nil, risk: nil)) }
        let progress = AreaProgress.areas(of: data.plan, states: states)
        let overdue = states.filter(\.isOverdue).count
        let counts = Status.allCases.map { status in "\(states.filter { $0.status == status }.count) \(status.rawValue)" }
        var text = period.map { "I strategiperioden \($0.display) har handlingsplanen hatt \(states.count) tiltak, per \(asOf.norwegian): " }
            ?? "Per \(asOf.norwegian) har handlingsplanen \(states.count) tiltak: "
        text += counts.joined(separator: ", ") + ". "
        text += overdue == 0 ? "Ingen tiltak er forfalt." : "\(overdue) tiltak er forfalt."
        let rows = progress.map { area in
            [area.area.name, String(area.total)] + Status.allCases.map { String(area.count($0)) }
                + [String(area.overdue), area.percentDone.map { "\($0) %" } ?? "–"]
        }
        let table = ReportTable(id: "sammendrag", columns: ["Strategiområde", "Tiltak"] + Status.allCases.map { $0.rawValue.capitalizedFirst }
                                    + ["Forfalt", "Andel gjennomført"], rows: rows, rowIDs: progress.map(\.area.id))
        return Content(blocks: [.paragraph(text), .table(table)], hasData: true)
    }

    /// The whole plan as of the day, area by area: what the area stands for, then its goals in
    /// force (under their focus area when they have one), each with the measures in force with
    /// owner, deadline, status and latest note; overdue ones marked.
    func actionPlan() -> Content {
        let plan = data.plan
        let inForce = measuresInForce
        let goals = plan.goals.filter { goal in isShown(goal) || inForce.contains { $0.goal == goal.id } }
        guard !goals.isEmpty else { return .empty(.addGoal(year: nil)) }
        let blocks = plan.areas.map { area -> ReportBlock in
            var inner = areaIntroduction(area)
            let inArea = goals.filter { $0.area == area.id }
            if inArea.isEmpty { inner.append(.paragraph("Ingen mål i området per \(asOf.norwegian).")) }
            // Goals without a focus area first, then each focus area in the order the plan first uses it.
            inner += inArea.filter { $0.focus == nil }.map { goalBlock($0, measures: inForce) }
            for focus in plan.focusAreas(in: area.id) {
                let underFocus = inArea.filter { $0.focus == focus }
                guard !underFocus.isEmpty else { continue }
                // Named as what it is: at the same depth a goal's title and a focus area's would read alike.
                inner.append(.group(title: "Satsingsområde: \(focus)", blocks: underFocus.map { goalBlock($0, measures: inForce) }))
            }
            return .group(title: area.name, blocks: inner)
        }
        return Content(blocks: blocks, hasData: true)
    }

    /// Whether the action plan shows the goal: in force on its day, or for a whole period in some
    /// year of it.
    private func isShown(_ goal: Goal) -> Bool {
        guard let period else { return timeline.isInForce(goal, on: asOf) }
        return (period.first...min(period.last, asOf.year)).contains { timeline.isInForce(goal, in: $0) }
    }

    /// One goal with its measures in force as a table (for a whole period, with the day each was
    /// done), or a line saying it has none: a goal whose measures were all done in earlier years
    /// is carried out, not «without measures».
    private func goalBlock(_ goal: Goal, measures inForce: [Measure]) -> ReportBlock {
        let measures = inForce.filter { $0.goal == goal.id }
        let description = goal.description.map(paragraphs) ?? []
        guard !measures.isEmpty else { return .group(title: goal.title, blocks: description + [.paragraph(withoutMeasuresInForce(goal))]) }
        let states = measures.map { MeasureState(measure: $0, history: history, asOf: asOf) }
        let rows = states.map { state -> [String] in
            var row = [state.measure.title, state.measure.owner ?? "", state.measure.due?.display(.nb) ?? "",
                       state.isOverdue ? "\(state.status.rawValue) – FORFALT" : state.status.rawValue]
            if period != nil { row.append(doneDay(state.measure).map(\.norwegian) ?? "") }
            row.append(state.latestUpdate.map { update in update.note.map { "\(update.date.norwegian): \($0)" } ?? update.date.norwegian } ?? "")
            return row
        }
        let marked = Set(states.indices.filter { states[$0].isOverdue })
        let columns = ["Tiltak", "Ansvarlig", "Frist", "Status"] + (period != nil ? ["Gjennomført"] : []) + ["Siste notat"]
        return .group(title: goal.title, blocks: description + [.table(ReportTable(
            id: "tiltak-\(goal.id)", columns: columns, rows: rows, rowIDs: measures.map(\.id), markedRows: marked))])
    }

    /// The day a measure was recorded done, when that is its status on the report's day.
    func doneDay(_ measure: Measure) -> Day? {
        guard let latest = history.latest(for: measure.id, asOf: asOf), latest.status == .done else { return nil }
        return latest.date
    }

    /// What a goal with no measure in force says: its measures all done (and when the last was),
    /// or none this year.
    func withoutMeasuresInForce(_ goal: Goal) -> String {
        if GoalCompletion(goal: goal, plan: data.plan, history: history, asOf: asOf).isDone {
            let last = data.plan.measures(for: goal.id).compactMap(doneDay).max()
            return "Alle tiltakene under målet er gjennomført" + (last.map { ", det siste \($0.norwegian)" } ?? "") + "."
        }
        return "Ingen tiltak i \(asOf.year)."
    }
}

/// The action plan's «Utvikling»: the plan's figures year by year.
extension ReportBuilder {
    /// From the first year with data to the report's year.
    var planTrend: PlanTrend {
        let first = PlanTrend.yearsWithData(in: data)?.lowerBound ?? year
        return PlanTrend(data: data, from: min(first, year), to: year)
    }

    func trend() -> Content {
        let trend = planTrend
        guard !trend.figures.isEmpty else { return .empty(.setYearFigure(year: year, .spend)) }
        return Content(blocks: [.paragraph("Nøkkeltall og indikatorer per år, fra \(trend.years.first ?? year) til \(year); oppgitte tall vinner over tellte, og «–» betyr ingen tall for året.")]
                       + trend.blocks, hasData: true)
    }
}

extension String {
    /// `planlagt` → `Planlagt`.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
