extension PlanData {
    /// Removes a record. What refers to it (a goal's measures, a year's status texts, links from
    /// measures, follow-ups and deviations of a procurement, an area's goals and the fields that
    /// name it) refuses the removal, listing them, unless `cascade` is set; then they go too and
    /// the result lists them. A removed measure leaves a trace (``RemovedRecord``) so its status
    /// history stays readable in the journal and its id is never handed out again.
    @discardableResult
    public mutating func remove(_ target: RemovalTarget, cascade: Bool, today: Day) throws(PlanError) -> Removal {
        let removal = try removal(of: target)
        if !cascade && !removal.dependents.isEmpty {
            throw .stillReferenced(target.kind, id: target.id, dependents: removal.dependents)
        }
        apply(removal, today: today)
        return removal
    }

    /// What removing the target would take with it, without changing anything: what `remove
    /// --dry-run` prints and the browser's confirm page shows.
    public func removal(of target: RemovalTarget) throws(PlanError) -> Removal {
        let history = statusHistory
        switch target {
        case .area(let id):
            guard let area = plan.area(id) else { throw .unknownRecord(.area, id: id, candidates: plan.ids(of: .area)) }
            var dependents: [Dependent] = []
            for goal in plan.goals(in: id) {
                dependents.append(.goal(id: goal.id, title: goal.title))
                dependents += goalDependents(goal.id, history: history)
            }
            dependents += plan.risks.filter { $0.area == id }.map { .riskArea(risk: $0.id, area: id) }
            dependents += plan.references.filter { $0.area == id }.map { .referenceArea(reference: $0.id, area: id) }
            dependents += register.procurements.filter { $0.requirements[id] != nil }.map { .requirements(procurement: $0.id, area: id) }
            return Removal(kind: .area, id: id, title: area.name, dependents: dependents)
        case .goal(let id):
            guard let goal = plan.goal(id) else { throw .unknownRecord(.goal, id: id, candidates: plan.ids(of: .goal)) }
            return Removal(kind: .goal, id: id, title: goal.title, dependents: goalDependents(id, history: history))
        case .measure(let id):
            guard let measure = plan.measure(id) else { throw missingMeasure(id) }
            return Removal(kind: .measure, id: id, title: measure.title, dependents: [], ownUpdates: history.updates(for: id).count)
        case .risk(let id):
            guard let risk = plan.risk(id) else { throw .unknownRecord(.risk, id: id, candidates: plan.ids(of: .risk)) }
            let links = plan.measures.filter { $0.risks.contains(id) }.map { Dependent.riskLink(measure: $0.id, risk: id) }
            let reports = yearsInOrder.filter { $0.riskReports[id] != nil }.map { Dependent.riskReport(risk: id, year: $0.year) }
            return Removal(kind: .risk, id: id, title: risk.title, dependents: links + reports)
        case .procurement(let id):
            guard let procurement = register.procurement(id) else { throw .unknownRecord(.procurement, id: id, candidates: register.ids) }
            let links = plan.measures.filter { $0.procurements.contains(id) }.map { Dependent.procurementLink(measure: $0.id, procurement: id) }
            let followUps = procurement.followUps.map { Dependent.followUp(procurement: id, kind: $0.kind, date: $0.day) }
            let deviations = procurement.deviations.map { Dependent.deviation(id: $0.id, procurement: id) }
            return Removal(kind: .procurement, id: id, title: procurement.title, dependents: links + followUps + deviations)
        case .deviation(let id):
            guard let found = register.deviations.first(where: { $0.deviation.id == id }) else {
                throw .unknownRecord(.deviation, id: id, candidates: register.deviations.map(\.deviation.id))
            }
            return Removal(kind: .deviation, id: id, title: "\(found.deviation.type), \(found.deviation.location)", dependents: [])
        case .followUp(let id):
            guard let found = register.followUps.first(where: { $0.followUp.id == id }) else {
                throw .unknownRecord(.followUp, id: id, candidates: register.followUps.map(\.followUp.id))
            }
            let links = found.procurement.deviations.filter { $0.followUp == id }.map { Dependent.followUpLink(deviation: $0.id, followUp: id) }
            let planned = found.followUp.isPlanned ? " (planlagt)" : ""
            return Removal(kind: .followUp, id: id, title: "\(found.followUp.kind.rawValue) \(found.followUp.day.norwegian)\(planned), \(found.procurement.title)",
                           dependents: links)
        case .reference(let id):
            guard let document = plan.reference(id) else { throw .unknownRecord(.reference, id: id, candidates: plan.ids(of: .reference)) }
            return Removal(kind: .reference, id: id, title: document.title, dependents: [])
        }
    }

    /// A goal's measures and its status texts.
    private func goalDependents(_ goal: String, history: StatusHistory) -> [Dependent] {
        let measures = plan.measures(for: goal).map { Dependent.measure(id: $0.id, title: $0.title, updates: history.updates(for: $0.id).count) }
        let texts = yearsInOrder.filter { $0.goalReports[goal] != nil }.map { Dependent.goalStatus(goal: goal, year: $0.year) }
        return measures + texts
    }

    private mutating func apply(_ removal: Removal, today: Day) {
        for dependent in removal.dependents { apply(dependent, today: today) }
        let id = removal.id
        switch removal.kind {
        case .area: plan.areas.removeAll { $0.id == id }
        case .goal: plan.goals.removeAll { $0.id == id }
        case .measure: removeMeasure(id, today: today)
        case .risk: plan.risks.removeAll { $0.id == id }
        case .procurement: register.procurements.removeAll { $0.id == id }
        case .deviation:
            for index in register.procurements.indices { register.procurements[index].deviations.removeAll { $0.id == id } }
        case .followUp:
            for index in register.procurements.indices { register.procurements[index].followUps.removeAll { $0.id == id } }
        case .reference: plan.references.removeAll { $0.id == id }
        }
    }

    private mutating func apply(_ dependent: Dependent, today: Day) {
        switch dependent {
        case .goal(let id, _): plan.goals.removeAll { $0.id == id }
        case .measure(let id, _, _): removeMeasure(id, today: today)
        case .goalStatus(let goal, let year): editYear(year) { $0.goalReports[goal] = nil }
        case .riskReport(let risk, let year): editYear(year) { $0.riskReports[risk] = nil }
        case .followUp, .deviation: break // they go with their procurement
        case .followUpLink(let deviation, _):
            for procurementIndex in register.procurements.indices {
                for index in register.procurements[procurementIndex].deviations.indices where register.procurements[procurementIndex].deviations[index].id == deviation {
                    register.procurements[procurementIndex].deviations[index].followUp = nil
                }
            }
        case .riskLink(let measure, let risk):
            if let index = plan.measures.firstIndex(where: { $0.id == measure }) { plan.measures[index].risks.removeAll { $0 == risk } }
        case .procurementLink(let measure, let procurement):
            if let index = plan.measures.firstIndex(where: { $0.id == measure }) { plan.measures[index].procurements.removeAll { $0 == procurement } }
        case .riskArea(let risk, _):
            if let index = plan.risks.firstIndex(where: { $0.id == risk }) { plan.risks[index].area = nil }
        case .referenceArea(let reference, _):
            if let index = plan.references.firstIndex(where: { $0.id == reference }) { plan.references[index].area = nil }
        case .requirements(let procurement, let area):
            if let index = register.procurements.firstIndex(where: { $0.id == procurement }) { register.procurements[index].requirements[area] = nil }
        }
    }

    /// Takes a measure out of the plan and keeps its trace.
    private mutating func removeMeasure(_ id: String, today: Day) {
        guard let index = plan.measures.firstIndex(where: { $0.id == id }) else { return }
        let measure = plan.measures.remove(at: index)
        plan.removed.append(RemovedRecord(kind: .measure, id: id, title: measure.title, removed: today))
    }

    /// The error for a measure id the plan does not have: removed, or unknown.
    public func missingMeasure(_ id: String) -> PlanError {
        if let removed = plan.removedRecord(.measure, id) { return .removedMeasure(removed) }
        return .unknownRecord(.measure, id: id, candidates: plan.ids(of: .measure))
    }
}
