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
        var text = "Per \(asOf.norwegian) har handlingsplanen \(states.count) tiltak: " + counts.joined(separator: ", ") + ". "
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
        let goals = plan.goals.filter { goal in timeline.isInForce(goal, on: asOf) || inForce.contains { $0.goal == goal.id } }
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

    /// One goal with its measures in force as a table, or a line saying it has none this year: a
    /// goal whose measures were all finished in earlier years is still part of the strategy.
    private func goalBlock(_ goal: Goal, measures inForce: [Measure]) -> ReportBlock {
        let measures = inForce.filter { $0.goal == goal.id }
        guard !measures.isEmpty else { return .group(title: goal.title, blocks: [.paragraph("Ingen tiltak i \(asOf.year).")]) }
        let states = measures.map { MeasureState(measure: $0, history: history, asOf: asOf) }
        let rows = states.map { state -> [String] in
            [state.measure.title, state.measure.owner ?? "", state.measure.due?.display(.nb) ?? "",
             state.isOverdue ? "\(state.status.rawValue) – FORFALT" : state.status.rawValue,
             state.latestUpdate.map { update in update.note.map { "\(update.date.norwegian): \($0)" } ?? update.date.norwegian } ?? ""]
        }
        let marked = Set(states.indices.filter { states[$0].isOverdue })
        return .group(title: goal.title, blocks: [.table(ReportTable(
            id: "tiltak-\(goal.id)", columns: ["Tiltak", "Ansvarlig", "Frist", "Status", "Siste notat"],
            rows: rows, rowIDs: measures.map(\.id), markedRows: marked))])
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
