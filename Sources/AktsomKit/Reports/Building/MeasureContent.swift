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
        guard !measures.isEmpty else { return .empty("aktsom measure add --goal MÅL --title \"…\" --audience \"…\"") }
        let rows = measures.map { measure in [measure.title, data.plan.goal(measure.goal)?.title ?? "", measure.audience ?? ""] }
        return Content(blocks: [.table(ReportTable(id: "3.1", columns: ["Type tiltak", "Formål", "Målgruppe"], rows: rows,
                                                   rowIDs: measures.map(\.id)))], hasData: true)
    }

    /// The action plan's summary: measures in force by status per area, as of the day.
    func planSummary() -> Content {
        let states = statesInForce
        guard !states.isEmpty else { return .empty("aktsom measure add --goal MÅL --title \"…\"") }
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

    /// The whole plan as of the day, area by area and goal by goal: the overarching goal, then
    /// every measure in force with owner, deadline, status and latest note; overdue ones marked.
    func actionPlan() -> Content {
        let plan = data.plan
        let inForce = measuresInForce
        guard !inForce.isEmpty else { return .empty("aktsom measure add --goal MÅL --title \"…\"") }
        let blocks = plan.areas.map { area -> ReportBlock in
            var inner: [ReportBlock] = []
            var about: [String] = []
            if let goal = area.overarchingGoal { about.append("Overordnet mål: \(goal)") }
            if !area.sdgs.isEmpty { about.append("Bærekraftsmål: " + area.sdgs.map(String.init).joined(separator: ", ")) }
            if !about.isEmpty { inner.append(.paragraph(ReportText.sentences(about))) }
            var any = false
            for goal in plan.goals(in: area.id) {
                let measures = inForce.filter { $0.goal == goal.id }
                guard !measures.isEmpty else { continue }
                any = true
                let states = measures.map { MeasureState(measure: $0, history: history, asOf: asOf) }
                let rows = states.map { state -> [String] in
                    [state.measure.title, state.measure.owner ?? "", state.measure.due?.display(.nb) ?? "",
                     state.isOverdue ? "\(state.status.rawValue) – FORFALT" : state.status.rawValue,
                     state.latestUpdate.map { update in update.note.map { "\(update.date.norwegian): \($0)" } ?? update.date.norwegian } ?? ""]
                }
                let marked = Set(states.indices.filter { states[$0].isOverdue })
                inner.append(.group(title: goal.title, blocks: [.table(ReportTable(
                    id: "tiltak-\(goal.id)", columns: ["Tiltak", "Ansvarlig", "Frist", "Status", "Siste notat"],
                    rows: rows, rowIDs: measures.map(\.id), markedRows: marked))]))
            }
            if !any { inner.append(.paragraph("Ingen tiltak i området per \(asOf.norwegian).")) }
            return .group(title: area.name, blocks: inner)
        }
        return Content(blocks: blocks, hasData: true)
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
        guard !trend.figures.isEmpty else { return .empty("aktsom year set \(year) --spend NOK …") }
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
