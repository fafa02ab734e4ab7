/// What `goal add` asks for.
public struct GoalDraft: Sendable {
    public var area: String
    public var title: String
    public var id: String?
    /// The focus area within the area (satsingsområde), a sub-heading in reports.
    public var focus: String?
    /// What the goal means and why, beside its title.
    public var description: String?
    public var year: Int?
    public var target: Target?
    /// Start, end, and the day it is added (today, from the command).
    public var active = ActivePeriod()

    public init(area: String, title: String, id: String? = nil, year: Int? = nil, target: Target? = nil) {
        self.area = area
        self.title = title
        self.id = id
        self.year = year
        self.target = target
    }
}

extension PlanData {
    /// Adds a goal under an area. Without an id it gets `<area>-<n>`, the next free number.
    @discardableResult
    public mutating func addGoal(_ draft: GoalDraft) throws(PlanError) -> Goal {
        guard plan.area(draft.area) != nil else {
            throw .unknownRecord(.area, id: draft.area, candidates: plan.ids(of: .area))
        }
        let title = try PlanData.requiredText(draft.title, field: "--title")
        let id = try newID(draft.id, kind: .goal, prefix: "\(draft.area)-", existing: plan.ids(of: .goal))
        _ = try draft.active.checked()
        let goal = Goal(id: id, area: draft.area, title: title, focus: focus(draft.focus, in: draft.area), year: draft.year,
                        target: draft.target, active: draft.active, description: PlanData.optionalText(draft.description))
        plan.goals.append(goal)
        return goal
    }

    /// Sets a goal's status text for a year, replacing any earlier text for that year.
    public mutating func reportGoal(_ id: String, year: Int, text: String) throws(PlanError) {
        guard let goal = plan.goal(id) else {
            throw .unknownRecord(.goal, id: id, candidates: plan.ids(of: .goal))
        }
        if let goalYear = goal.year, goalYear != year {
            throw .goalNotForYear(goal: id, goalYear: goalYear, year: year)
        }
        let text = try PlanData.requiredText(text, field: "--text")
        editYear(year) { $0.goalReports[id] = text }
    }

    /// A focus area as typed, spelled as the area already spells it when it differs only in case
    /// or spaces, so «kompetanse» and «Kompetanse» make one sub-heading, not two.
    func focus(_ text: String?, in area: String) -> String? {
        guard let text = PlanData.optionalText(text)?.trimmingCharacters(in: .whitespaces) else { return nil }
        return plan.focusAreas(in: area).first { $0.lowercased() == text.lowercased() } ?? text
    }

    /// Removes a goal's status text for a year, so the report derives it again.
    public mutating func removeGoalReport(_ id: String, year: Int) throws(PlanError) {
        guard plan.goal(id) != nil else { throw .unknownRecord(.goal, id: id, candidates: plan.ids(of: .goal)) }
        guard self.year(year).goalReports[id] != nil else {
            throw .nothingToRemove(Localized("målet \(quoted(id)) har ingen statustekst for \(year)", en: "the goal \(quoted(id)) has no status text for \(year)"),
                                   hint: Localized("se årets statustekster med «aktsom year show \(year)»", en: "see the year's status texts with «aktsom year show \(year)»"))
        }
        editYear(year) { $0.goalReports[id] = nil }
    }
}

/// What `goal edit` can change.
public struct GoalChanges: Sendable {
    public var title: String?
    public var focus: FieldChange<String> = .unchanged
    public var description: FieldChange<String> = .unchanged
    /// A new year, or `.cleared` to make the goal strategic.
    public var year: FieldChange<Int> = .unchanged
    public var target: FieldChange<Target> = .unchanged
    public var start: FieldChange<DueDate> = .unchanged
    public var end: FieldChange<DueDate> = .unchanged

    public init() {}

    var isEmpty: Bool { title == nil && focus.isUnchanged && description.isUnchanged && year.isUnchanged && target.isUnchanged && start.isUnchanged && end.isUnchanged }
}

extension PlanData {
    /// Changes a goal's wording, focus area, year or target. Its id and area stay, so measures and yearly
    /// status texts stay attached.
    @discardableResult
    public mutating func editGoal(_ id: String, _ changes: GoalChanges) throws(PlanError) -> Goal {
        guard let index = plan.goals.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.goal, id: id, candidates: plan.ids(of: .goal))
        }
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett felt: --title, --description, --focus, --year, --target, --start eller --end", en: "give at least one field: --title, --description, --focus, --year, --target, --start or --end"))
        }
        var goal = plan.goals[index]
        if let title = changes.title { goal.title = try PlanData.requiredText(title, field: "--title") }
        goal.focus = focus(changes.focus.applied(to: goal.focus), in: goal.area)
        goal.description = PlanData.optionalText(changes.description.applied(to: goal.description))
        goal.year = changes.year.applied(to: goal.year)
        goal.target = changes.target.applied(to: goal.target)
        goal.active = try goal.active.changing(start: changes.start, end: changes.end)
        plan.goals[index] = goal
        return goal
    }
}
