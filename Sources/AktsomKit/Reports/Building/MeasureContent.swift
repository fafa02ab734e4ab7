/// The parts of the reports that list measures.
extension ReportBuilder {
    /// 3.B.n: the measures tagged with the category, read in the plan's own numbering.
    func measures(in category: MeasureCategory) -> Content {
        let family = data.plan.reportTemplate
        let tagged = data.plan.measures.filter { measure in
            guard let code = measure.category, isActiveInYear(measure) else { return false }
            return MeasureCategory(code: code, family: family) == category
        }
        guard !tagged.isEmpty else { return Content(blocks: [], hasData: false) }
        return Content(blocks: [.list(tagged.map { measureLine($0, includeDescription: true) })], hasData: true)
    }

    /// The 2020 form's 3.1: measures in the ethical areas that were part of the year's work.
    func supportMeasures() -> Content {
        let measures = data.plan.measures.filter { measure in
            guard let area = data.plan.areaID(of: measure) else { return false }
            return ethicalAreas.contains(area) && isActiveInYear(measure)
        }
        guard !measures.isEmpty else { return .empty("aktsom measure add --goal MÅL --title \"…\" --audience \"…\"") }
        let rows = measures.map { measure in [measure.title, data.plan.goal(measure.goal)?.title ?? "", measure.audience ?? ""] }
        return Content(blocks: [.table(ReportTable(id: "3.1", columns: ["Type tiltak", "Formål", "Målgruppe"], rows: rows))], hasData: true)
    }

    /// The action plan's summary: measures by status per area, as of the day.
    func planSummary() -> Content {
        let states = data.measureStates(asOf: asOf, history: history)
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
                                    + ["Forfalt", "Andel gjennomført"], rows: rows)
        return Content(blocks: [.paragraph(text), .table(table)], hasData: true)
    }

    /// The whole plan, area by area: the overarching goal, then every measure with owner,
    /// deadline, status and latest note as of the day; overdue ones marked.
    func actionPlan() -> Content {
        let plan = data.plan
        guard !plan.measures.isEmpty else { return .empty("aktsom measure add --goal MÅL --title \"…\"") }
        let blocks = plan.areas.map { area -> ReportBlock in
            var inner: [ReportBlock] = []
            var about: [String] = []
            if let goal = area.overarchingGoal { about.append("Overordnet mål: \(goal)") }
            if !area.sdgs.isEmpty { about.append("Bærekraftsmål: " + area.sdgs.map(String.init).joined(separator: ", ")) }
            if !about.isEmpty { inner.append(.paragraph(about.joined(separator: ". ") + ".")) }
            let measures = plan.goals(in: area.id).flatMap { plan.measures(for: $0.id) }
            if measures.isEmpty {
                inner.append(.paragraph("Ingen tiltak i området."))
            } else {
                let rows = measures.map { measure -> [String] in
                    let state = MeasureState(measure: measure, history: history, asOf: asOf)
                    let goal = plan.goal(measure.goal)
                    return [goal.map { "\($0.id) \($0.title)" } ?? measure.goal, "\(measure.id) \(measure.title)", measure.owner ?? "",
                            measure.due?.display(.nb) ?? "", state.status.rawValue, state.isOverdue ? "FORFALT" : "",
                            state.latestUpdate.map { update in update.note.map { "\(update.date.norwegian): \($0)" } ?? update.date.norwegian } ?? ""]
                }
                inner.append(.table(ReportTable(id: "tiltak-\(area.id)", columns: ["Mål", "Tiltak", "Ansvarlig", "Frist", "Status", "Forfalt", "Siste notat"],
                                                rows: rows)))
            }
            return .group(title: area.name, blocks: inner)
        }
        return Content(blocks: blocks, hasData: true)
    }
}

extension String {
    /// `planlagt` → `Planlagt`.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
