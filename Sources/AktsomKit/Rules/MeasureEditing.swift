/// What `measure add` asks for.
public struct MeasureDraft: Sendable {
    public var goal: String
    public var title: String
    public var id: String?
    public var description: String?
    public var owner: String?
    public var due: DueDate?
    /// A `3.B.n` code as typed; checked against the plan's report family.
    public var category: String?
    public var audience: String?
    public var risks: [String]
    public var procurements: [String]
    /// Start, end, and the day it is added (today, from the command).
    public var active = ActivePeriod()

    public init(goal: String, title: String, id: String? = nil, description: String? = nil, owner: String? = nil,
                due: DueDate? = nil, category: String? = nil, audience: String? = nil,
                risks: [String] = [], procurements: [String] = []) {
        self.goal = goal
        self.title = title
        self.id = id
        self.description = description
        self.owner = owner
        self.due = due
        self.category = category
        self.audience = audience
        self.risks = risks
        self.procurements = procurements
    }
}

/// A change to one optional field: leave it, set it, or clear it.
public enum FieldChange<Value: Sendable>: Sendable {
    case unchanged
    case set(Value)
    case cleared

    func applied(to current: Value?) -> Value? {
        switch self {
        case .unchanged: return current
        case .set(let value): return value
        case .cleared: return nil
        }
    }

    var isUnchanged: Bool {
        if case .unchanged = self { return true }
        return false
    }
}

/// What `measure edit` can change.
public struct MeasureChanges: Sendable {
    public var goal: String?
    public var title: String?
    public var description: FieldChange<String> = .unchanged
    public var owner: FieldChange<String> = .unchanged
    public var due: FieldChange<DueDate> = .unchanged
    public var category: FieldChange<String> = .unchanged
    public var audience: FieldChange<String> = .unchanged
    public var addRisks: [String] = []
    public var removeRisks: [String] = []
    public var addProcurements: [String] = []
    public var removeProcurements: [String] = []
    public var start: FieldChange<DueDate> = .unchanged
    public var end: FieldChange<DueDate> = .unchanged

    public init() {}

    var isEmpty: Bool {
        goal == nil && title == nil && description.isUnchanged && owner.isUnchanged && due.isUnchanged
            && category.isUnchanged && audience.isUnchanged && addRisks.isEmpty && removeRisks.isEmpty
            && addProcurements.isEmpty && removeProcurements.isEmpty && start.isUnchanged && end.isUnchanged
    }
}

extension PlanData {
    /// Adds a measure under a goal. Without an id it gets `<goal>.<n>`, the next free number.
    @discardableResult
    public mutating func addMeasure(_ draft: MeasureDraft) throws(PlanError) -> Measure {
        guard plan.goal(draft.goal) != nil else {
            throw .unknownRecord(.goal, id: draft.goal, candidates: plan.ids(of: .goal))
        }
        let title = try PlanData.requiredText(draft.title, field: "--title")
        let id = try newID(draft.id, kind: .measure, prefix: "\(draft.goal).", existing: plan.ids(of: .measure))
        var measure = Measure(id: id, goal: draft.goal, title: title,
                              description: PlanData.optionalText(draft.description),
                              owner: PlanData.optionalText(draft.owner), due: draft.due,
                              audience: PlanData.optionalText(draft.audience), active: try draft.active.checked())
        if let category = PlanData.optionalText(draft.category) {
            measure.category = try categoryCode(category)
        }
        for risk in draft.risks { try link(&measure.risks, to: risk, kind: .risk) }
        for procurement in draft.procurements { try link(&measure.procurements, to: procurement, kind: .procurement) }
        plan.measures.append(measure)
        return measure
    }

    /// Changes a measure's fields and links. Its id never changes, so history stays attached.
    @discardableResult
    public mutating func editMeasure(_ id: String, _ changes: MeasureChanges) throws(PlanError) -> Measure {
        guard let index = plan.measures.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.measure, id: id, candidates: plan.ids(of: .measure))
        }
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett felt, for eksempel --owner TEAM eller --due 2025-Q4; se aktsom measure edit --help",
                                                   en: "give at least one field, for example --owner TEAM or --due 2025-Q4; see aktsom measure edit --help"))
        }
        var measure = plan.measures[index]
        if let goal = changes.goal {
            guard plan.goal(goal) != nil else { throw .unknownRecord(.goal, id: goal, candidates: plan.ids(of: .goal)) }
            measure.goal = goal
        }
        if let title = changes.title {
            measure.title = try PlanData.requiredText(title, field: "--title")
        }
        measure.description = PlanData.optionalText(changes.description.applied(to: measure.description))
        measure.owner = PlanData.optionalText(changes.owner.applied(to: measure.owner))
        measure.due = changes.due.applied(to: measure.due)
        measure.audience = PlanData.optionalText(changes.audience.applied(to: measure.audience))
        measure.active = try measure.active.changing(start: changes.start, end: changes.end)
        switch changes.category {
        case .unchanged: break
        case .cleared: measure.category = nil
        case .set(let code): measure.category = try categoryCode(code)
        }
        for risk in changes.addRisks { try link(&measure.risks, to: risk, kind: .risk) }
        for procurement in changes.addProcurements { try link(&measure.procurements, to: procurement, kind: .procurement) }
        for risk in changes.removeRisks { try unlink(&measure.risks, from: risk, kind: .risk, owner: id) }
        for procurement in changes.removeProcurements { try unlink(&measure.procurements, from: procurement, kind: .procurement, owner: id) }
        plan.measures[index] = measure
        return measure
    }

    /// The category code in the plan's own numbering, or an error listing the valid ones.
    func categoryCode(_ text: String) throws(PlanError) -> String {
        let family = plan.reportTemplate
        guard let category = MeasureCategory(code: text, family: family), let code = category.code(in: family) else {
            throw .unknownCategory(text, family: family)
        }
        return code
    }

    /// Adds a link to an existing risk or procurement, once.
    func link(_ links: inout [String], to id: String, kind: RecordKind) throws(PlanError) {
        let candidates = kind == .risk ? plan.ids(of: .risk) : register.ids
        guard candidates.contains(id) else { throw .unknownRecord(kind, id: id, candidates: candidates) }
        if !links.contains(id) { links.append(id) }
    }

    private func unlink(_ links: inout [String], from id: String, kind: RecordKind, owner: String) throws(PlanError) {
        guard let index = links.firstIndex(of: id) else { throw .notLinked(kind, id: id, to: owner) }
        links.remove(at: index)
    }
}
