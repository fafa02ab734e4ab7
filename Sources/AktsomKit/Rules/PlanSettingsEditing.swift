/// What `plan edit` can change: the strategy as a whole. Nil or `.unchanged` leaves a field.
public struct PlanSettingsChanges: Sendable {
    public var organisation: String?
    public var period: FieldChange<Period> = .unchanged
    public var overallGoal: FieldChange<String> = .unchanged
    public var owner: FieldChange<String> = .unchanged
    public var operationalOwner: FieldChange<String> = .unchanged
    public var template: ReportFamily?
    /// A new deadline, or `.cleared` to go back to 30 June.
    public var deadline: FieldChange<MonthDay> = .unchanged
    /// The categories the organisation's own risk assessment counts as high-risk, replacing
    /// those recorded; `.cleared` leaves only DFØ's list.
    public var ownHighRisk: FieldChange<[String]> = .unchanged

    public init() {}

    var isEmpty: Bool {
        organisation == nil && period.isUnchanged && overallGoal.isUnchanged && owner.isUnchanged
            && operationalOwner.isUnchanged && template == nil && deadline.isUnchanged && ownHighRisk.isUnchanged
    }
}

/// What a change of the plan's own fields did besides the fields: category codes renumbered for
/// a new template, and starts written on records that followed the old period.
public struct PlanSettingsOutcome: Sendable, Equatable {
    public var renumbered: [CategoryRenumbering] = []
    /// Goals and risks that counted from the start of the old period and now have it as their own
    /// start, so a new period does not change the reports of the years before.
    public var startsKept: [StartKept] = []
}

/// A record that was given the start it had counted from, when the period it followed changed.
public struct StartKept: Sendable, Equatable {
    public let kind: RecordKind
    public let id: String
    public let start: DueDate
}

/// A measure whose 3.B category code changed when the plan moved to another report template.
public struct CategoryRenumbering: Sendable, Equatable {
    public let measure: String
    public let from: String
    public let to: String
}

extension PlanData {
    /// Changes the plan's own fields. A new report template renumbers every measure's 3.B
    /// category into the new family's numbering, since a code means a different section in
    /// each; a category the new family lacks refuses the change, naming the measures, so no
    /// measure silently drops out of section 3.B. A new period gives the goals and risks that
    /// counted from the old period's start that start as their own (see ``Timeline``): moving to
    /// the next strategy never moves last strategy's goals out of the years they were reported in.
    @discardableResult
    public mutating func editPlanSettings(_ changes: PlanSettingsChanges) throws(PlanError) -> PlanSettingsOutcome {
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized(
                "oppgi minst ett felt, for eksempel --overall-goal \"…\" eller --owner Kommunestyret; se aktsom plan edit --help",
                en: "give at least one field, for example --overall-goal \"…\" or --owner Kommunestyret; see aktsom plan edit --help"))
        }
        // Edited on a copy, so a refusal halfway leaves the plan as it was.
        var edited = self
        var outcome = PlanSettingsOutcome()
        if let old = plan.period, changes.period.applied(to: plan.period) != old {
            outcome.startsKept = edited.keepStarts(of: old)
        }
        if let organisation = changes.organisation { edited.plan.organisation = try PlanData.requiredText(organisation, field: "--org") }
        edited.plan.period = changes.period.applied(to: plan.period)
        edited.plan.overallGoal = PlanData.optionalText(changes.overallGoal.applied(to: plan.overallGoal))
        edited.plan.owner = PlanData.optionalText(changes.owner.applied(to: plan.owner))
        edited.plan.operationalOwner = PlanData.optionalText(changes.operationalOwner.applied(to: plan.operationalOwner))
        edited.plan.reportDeadline = changes.deadline.applied(to: plan.reportDeadline) ?? .defaultReportDeadline
        edited.plan.ownHighRiskCategories = changes.ownHighRisk.applied(to: plan.ownHighRiskCategories) ?? []
        if let family = changes.template, family != plan.reportTemplate {
            outcome.renumbered = try edited.renumberCategories(to: family)
        }
        self = edited
        return outcome
    }

    /// Writes the old period's first year as the start of every goal and risk that counted from it.
    private mutating func keepStarts(of period: Period) -> [StartKept] {
        let timeline = Timeline(data: self, history: statusHistory)
        let start = DueDate.year(period.first)
        var kept: [StartKept] = []
        for index in plan.goals.indices where timeline.since(plan.goals[index]).reason == .strategyPeriod(period) {
            plan.goals[index].active.start = start
            kept.append(StartKept(kind: .goal, id: plan.goals[index].id, start: start))
        }
        for index in plan.risks.indices where timeline.since(plan.risks[index]).reason == .strategyPeriod(period) {
            plan.risks[index].active.start = start
            kept.append(StartKept(kind: .risk, id: plan.risks[index].id, start: start))
        }
        return kept
    }

    /// Moves every measure's category code into `family`'s numbering.
    private mutating func renumberCategories(to family: ReportFamily) throws(PlanError) -> [CategoryRenumbering] {
        let old = plan.reportTemplate
        var renumbered: [CategoryRenumbering] = []
        var homeless: [CategoryLoss] = []
        for index in plan.measures.indices {
            guard let code = plan.measures[index].category, let category = MeasureCategory(code: code, family: old) else { continue }
            guard let newCode = category.code(in: family) else {
                homeless.append(CategoryLoss(measure: plan.measures[index].id, code: code, label: category.label(in: old)))
                continue
            }
            if newCode != code { renumbered.append(CategoryRenumbering(measure: plan.measures[index].id, from: code, to: newCode)) }
            plan.measures[index].category = newCode
        }
        guard homeless.isEmpty else { throw .categoriesWithoutSection(homeless, family: family) }
        plan.reportTemplate = family
        return renumbered
    }
}

/// A measure whose category has no section in the template the plan would move to.
public struct CategoryLoss: Sendable, Equatable {
    public let measure: String
    public let code: String
    public let label: String
}
