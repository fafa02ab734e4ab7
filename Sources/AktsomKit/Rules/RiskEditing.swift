/// What `risk add` asks for.
public struct RiskDraft: Sendable {
    public var title: String
    public var id: String?
    public var theme: String?
    public var geography: String?
    public var area: String?
    public var overarchingGoal: String?
    public var rationale: String?
    /// Start, end, and the day it is added (today, from the command).
    public var active = ActivePeriod()

    public init(title: String, id: String? = nil, theme: String? = nil, geography: String? = nil, area: String? = nil,
                overarchingGoal: String? = nil, rationale: String? = nil) {
        self.title = title
        self.id = id
        self.theme = theme
        self.geography = geography
        self.area = area
        self.overarchingGoal = overarchingGoal
        self.rationale = rationale
    }
}

extension PlanData {
    /// Adds a prioritized risk. Without an id it gets `risiko-<n>`.
    @discardableResult
    public mutating func addRisk(_ draft: RiskDraft) throws(PlanError) -> Risk {
        let title = try PlanData.requiredText(draft.title, field: "--title")
        if let area = draft.area, plan.area(area) == nil {
            throw .unknownRecord(.area, id: area, candidates: plan.ids(of: .area))
        }
        let id = try newID(draft.id, kind: .risk, prefix: "risiko-", existing: plan.ids(of: .risk))
        let risk = Risk(id: id, title: title, theme: PlanData.optionalText(draft.theme),
                        geography: PlanData.optionalText(draft.geography), area: draft.area,
                        overarchingGoal: PlanData.optionalText(draft.overarchingGoal),
                        rationale: PlanData.optionalText(draft.rationale), active: try draft.active.checked())
        plan.risks.append(risk)
        return risk
    }

    /// Sets a risk's fields for a year in section 3.A.1; fields not given keep their earlier text.
    public mutating func reportRisk(_ id: String, year: Int, status: String?, yearGoal: String?, results: String?) throws(PlanError) {
        guard plan.risk(id) != nil else {
            throw .unknownRecord(.risk, id: id, candidates: plan.ids(of: .risk))
        }
        let status = PlanData.optionalText(status), yearGoal = PlanData.optionalText(yearGoal), results = PlanData.optionalText(results)
        guard status != nil || yearGoal != nil || results != nil else {
            throw .nothingToChange(hint: Localized("oppgi minst én av --status, --year-goal og --results",
                                                   en: "give at least one of --status, --year-goal and --results"))
        }
        editYear(year) { entry in
            var report = entry.riskReports[id] ?? RiskReport()
            if let status { report.status = status }
            if let yearGoal { report.yearGoal = yearGoal }
            if let results { report.results = results }
            entry.riskReports[id] = report
        }
    }
}

/// What `risk edit` can change; nil leaves a field, an empty text clears an optional one.
public struct RiskChanges: Sendable {
    public var title: String?
    public var theme: String?
    public var geography: String?
    public var area: String?
    public var overarchingGoal: String?
    public var rationale: String?
    public var start: FieldChange<DueDate> = .unchanged
    public var end: FieldChange<DueDate> = .unchanged

    public init() {}

    var isEmpty: Bool {
        title == nil && theme == nil && geography == nil && area == nil && overarchingGoal == nil && rationale == nil
            && start.isUnchanged && end.isUnchanged
    }
}

extension PlanData {
    @discardableResult
    public mutating func editRisk(_ id: String, _ changes: RiskChanges) throws(PlanError) -> Risk {
        guard let index = plan.risks.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.risk, id: id, candidates: plan.ids(of: .risk))
        }
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett felt, for eksempel --rationale \"…\"", en: "give at least one field, for example --rationale \"…\""))
        }
        var risk = plan.risks[index]
        if let title = changes.title { risk.title = try PlanData.requiredText(title, field: "--title") }
        if let theme = changes.theme { risk.theme = PlanData.optionalText(theme) }
        if let geography = changes.geography { risk.geography = PlanData.optionalText(geography) }
        if let area = changes.area {
            let area = PlanData.optionalText(area)
            if let area, plan.area(area) == nil { throw .unknownRecord(.area, id: area, candidates: plan.ids(of: .area)) }
            risk.area = area
        }
        if let goal = changes.overarchingGoal { risk.overarchingGoal = PlanData.optionalText(goal) }
        if let rationale = changes.rationale { risk.rationale = PlanData.optionalText(rationale) }
        risk.active = try risk.active.changing(start: changes.start, end: changes.end)
        plan.risks[index] = risk
        return risk
    }
}
