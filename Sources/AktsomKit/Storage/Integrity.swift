/// The links between records, checked across all files of a plan folder: every goal's area,
/// every measure's goal, risks and procurements, every year's goal and risk entries. A broken
/// link (usually from a hand edit or a merge) is a problem that stops other commands, because
/// reports built on it would silently leave things out.
public enum Integrity {
    /// `linksToRegister: false` leaves out the measures' links to procurements, for a check of
    /// plan.json on its own (the register not read).
    public static func problems(in data: PlanData, sources: PlanSources = PlanSources(), linksToRegister: Bool = true) -> [Diagnostic] {
        let plan = data.plan
        let areaIDs = Set(plan.areas.map(\.id))
        let goalIDs = Set(plan.goals.map(\.id))
        let riskIDs = Set(plan.risks.map(\.id))
        let procurementIDs = Set(data.register.procurements.map(\.id))
        var problems: [Diagnostic] = []

        func missing(_ kind: RecordKind, _ id: String, from owner: Localized, at location: SourceLocation?, candidates: [String]) {
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: id, among: candidates) { notes.append(hint) }
            notes.append(Localized("rett lenken eller legg til \(kind.name.nb) \(quoted(id)); se alle med \(kind.listCommand)",
                                   en: "fix the link or add \(kind.name.en) \(quoted(id)); list them with \(kind.listCommand)"))
            problems.append(Diagnostic(.data, location: location,
                                       message: Localized("\(owner.nb) viser til \(kind.name.nb) \(quoted(id)), som ikke finnes",
                                                          en: "\(owner.en) refers to \(kind.name.en) \(quoted(id)), which does not exist"),
                                       notes: notes))
        }

        for goal in plan.goals where !areaIDs.contains(goal.area) {
            missing(.area, goal.area, from: RecordKind.goal.named(goal.id),
                    at: sources.plan?.location(of: SourceMap.key(.goal, goal.id, "area")), candidates: plan.ids(of: .area))
        }
        for measure in plan.measures {
            if !goalIDs.contains(measure.goal) {
                missing(.goal, measure.goal, from: RecordKind.measure.named(measure.id),
                        at: sources.plan?.location(of: SourceMap.key(.measure, measure.id, "goal")), candidates: plan.ids(of: .goal))
            }
            for risk in measure.risks where !riskIDs.contains(risk) {
                missing(.risk, risk, from: RecordKind.measure.named(measure.id),
                        at: sources.plan?.location(of: SourceMap.key(.measure, measure.id, "risks \(risk)")), candidates: plan.ids(of: .risk))
            }
            for procurement in measure.procurements where linksToRegister && !procurementIDs.contains(procurement) {
                missing(.procurement, procurement, from: RecordKind.measure.named(measure.id),
                        at: sources.plan?.location(of: SourceMap.key(.measure, measure.id, "procurements \(procurement)")),
                        candidates: data.register.ids)
            }
        }
        for risk in plan.risks {
            if let area = risk.area, !areaIDs.contains(area) {
                missing(.area, area, from: RecordKind.risk.named(risk.id),
                        at: sources.plan?.location(of: SourceMap.key(.risk, risk.id, "area")), candidates: plan.ids(of: .area))
            }
        }
        for document in plan.references {
            if let area = document.area, !areaIDs.contains(area) {
                missing(.area, area, from: RecordKind.reference.named(document.id),
                        at: sources.plan?.location(of: SourceMap.key(.reference, document.id, "area")), candidates: plan.ids(of: .area))
            }
        }
        for procurement in data.register.procurements {
            for area in procurement.requirements.keys.sorted() where !areaIDs.contains(area) {
                missing(.area, area, from: RecordKind.procurement.named(procurement.id),
                        at: sources.register?.location(of: SourceMap.key(.procurement, procurement.id, "requirements \(area)")),
                        candidates: plan.ids(of: .area))
            }
        }
        for entry in data.yearsInOrder {
            let owner = Localized("året \(entry.year)", en: "year \(entry.year)")
            for goal in entry.goalReports.keys.sorted(by: Identifier.naturalOrder) where !goalIDs.contains(goal) {
                missing(.goal, goal, from: owner, at: sources.years[entry.year]?.location(of: SourceMap.key(.goal, goal)),
                        candidates: plan.ids(of: .goal))
            }
            for risk in entry.riskReports.keys.sorted(by: Identifier.naturalOrder) where !riskIDs.contains(risk) {
                missing(.risk, risk, from: owner, at: sources.years[entry.year]?.location(of: SourceMap.key(.risk, risk)),
                        candidates: plan.ids(of: .risk))
            }
        }
        return problems
    }
}
