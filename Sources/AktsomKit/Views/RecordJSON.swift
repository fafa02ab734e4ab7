/// The JSON shapes of records in `--json` output. They are documented in the README and stable:
/// fields may be added, never renamed or removed.
public enum RecordJSON {
    public static func goal(_ goal: Goal, plan: ActionPlan) -> JSONValue {
        .object([
            ("id", .string(goal.id)),
            ("area", .string(goal.area)),
            ("focus", goal.focus.map(JSONValue.string)),
            ("description", goal.description.map(JSONValue.string)),
            ("title", .string(goal.title)),
            ("year", goal.year.map(JSONValue.int)),
            ("kind", .string(goal.isAnnual ? "annual" : "strategic")),
            ("target", goal.target.map(PlanCodec.encode)),
            ("measures", .strings(plan.measures(for: goal.id).map(\.id))),
        ] + PlanCodec.encode(goal.active))
    }

    /// An area with its SDGs by number and name, and what belongs to it.
    public static func area(_ area: Area, plan: ActionPlan) -> JSONValue {
        .object([
            ("id", .string(area.id)),
            ("name", .string(area.name)),
            ("overarchingGoal", area.overarchingGoal.map(JSONValue.string)),
            ("sdgs", .array(area.sdgs.map { number in
                .object([("number", .int(number)), ("name", SustainableDevelopmentGoal.name(number).map(JSONValue.string))])
            })),
            ("sdgNote", area.sdgNote.map(JSONValue.string)),
            ("ethical", .bool(area.isEthical)),
            ("goals", .strings(plan.goals(in: area.id).map(\.id))),
            ("focusAreas", .strings(plan.focusAreas(in: area.id))),
        ])
    }

    /// A governing document as plan.json keeps it.
    public static func reference(_ document: GoverningDocument) -> JSONValue {
        PlanCodec.encode(document)
    }

    public static func measure(_ state: MeasureState, plan: ActionPlan) -> JSONValue {
        let measure = state.measure
        return .object([
            ("id", .string(measure.id)),
            ("title", .string(measure.title)),
            ("goal", .string(measure.goal)),
            ("area", plan.areaID(of: measure).map(JSONValue.string)),
            ("description", measure.description.map(JSONValue.string)),
            ("owner", measure.owner.map(JSONValue.string)),
            ("due", measure.due.map { .string($0.description) }),
            ("dueDate", measure.due.map { .string($0.lastDay.iso) }),
            ("category", measure.category.map(JSONValue.string)),
            ("audience", measure.audience.map(JSONValue.string)),
            ("status", .string(state.status.rawValue)),
            ("overdue", .bool(state.isOverdue)),
            ("latestUpdate", state.latestUpdate.map(update) ?? .null),
            ("risks", .strings(measure.risks)),
            ("procurements", .strings(measure.procurements)),
        ] + PlanCodec.encode(measure.active))
    }

    public static func update(_ update: StatusUpdate) -> JSONValue {
        .object([
            ("measure", .string(update.measure)),
            ("status", .string(update.status.rawValue)),
            ("date", .string(update.date.iso)),
            ("by", update.by.map(JSONValue.string) ?? .null),
            ("note", update.note.map(JSONValue.string) ?? .null),
            ("recorded", update.recorded.map { .string($0.description) } ?? .null),
        ])
    }

    public static func risk(_ risk: Risk, plan: ActionPlan) -> JSONValue {
        .object([
            ("id", .string(risk.id)),
            ("title", .string(risk.title)),
            ("theme", risk.theme.map(JSONValue.string)),
            ("geography", risk.geography.map(JSONValue.string)),
            ("area", risk.area.map(JSONValue.string)),
            ("overarchingGoal", risk.overarchingGoal.map(JSONValue.string)),
            ("rationale", risk.rationale.map(JSONValue.string)),
            ("measures", .strings(plan.measures.filter { $0.risks.contains(risk.id) }.map(\.id))),
        ] + PlanCodec.encode(risk.active))
    }

    /// One procurement, with whether it is high-risk and why, its part of the regulation and its
    /// standing under § 7-9. A listing passes its classifier, made once for all its rows.
    public static func procurement(_ procurement: Procurement, plan: ActionPlan, measures: [String]?, rules: RuleBook = .standard,
                                   highRisk: HighRiskClassifier? = nil) -> JSONValue {
        let requirements: [(String, JSONValue?)] = procurement.requirements.keys.sorted().map { area in
            (area, .strings((procurement.requirements[area] ?? []).sorted().map(\.rawValue)))
        }
        let followUps: [JSONValue] = procurement.followUps.map(followUp)
        let climate = ClimateAssessment(procurement, rules: rules)
        func day(_ day: Day?) -> JSONValue { day.map { .string($0.iso) } ?? .null }
        let fields: [(String, JSONValue?)] = [
            ("id", .string(procurement.id)),
            ("title", .string(procurement.title)),
            ("year", procurement.year.map(JSONValue.int) ?? .null),
            ("category", procurement.category.map(JSONValue.string) ?? .null),
            ("contractType", procurement.contractType.map(JSONValue.string) ?? .null),
            ("contractKind", procurement.contractKind.map { .string($0.rawValue) } ?? .null),
            ("suppliers", procurement.suppliers.map(JSONValue.int) ?? .null),
            ("value", procurement.value.map { .number(literal: $0.description) } ?? .null),
        ] + (highRisk ?? HighRiskClassifier(plan: plan, rules: rules)).assess(procurement).json + [
            ("highRiskSetByHand", .bool(procurement.highRiskOverride != nil)),
            ("contractStart", day(procurement.contractStart)),
            ("contractEnd", day(procurement.contractEnd)),
            ("announcedOn", day(procurement.announcedOn)),
            ("regulationPart", climate.placement?.json ?? .null),
            ("regulationPartSetByHand", .bool(procurement.regulationPart != nil)),
            ("ethicalRequirements", .strings(procurement.phases(inAreas: plan.ethicalAreaIDs).sorted().map(\.rawValue))),
            ("requirements", .object(requirements)),
            ("climate", RecordJSON.climate(procurement.climate)),
            ("climateDocumentedIn", procurement.climateDocumentedIn.map(JSONValue.string) ?? .null),
            ("climateStanding", .string(climate.standingID)),
            ("climateMissing", .bool(climate.standing == .missing)),
            ("measures", measures.map(JSONValue.strings)),
            ("followUps", .array(followUps)),
            ("deviations", .array(procurement.deviations.map(deviation))),
        ]
        return .object(fields)
    }

    /// `null`, or `{"rule": "weight", "weight": 25, "reason", "specification"}`, `{"rule": "rank",
    /// "rank": 2, "specification"}`, `{"rule": "in-specification", "reason"}`, `{"rule": "exempt", "reason"}`.
    public static func climate(_ climate: ClimateWeighting?) -> JSONValue {
        switch climate {
        case nil: return .null
        case .weight(let weight, let reason, let specification)?:
            return .object([("rule", .string("weight")), ("weight", .number(literal: weight.description)), ("reason", reason.map(JSONValue.string) ?? .null),
                            ("specification", specification.map(JSONValue.string) ?? .null)])
        case .ranked(let rank, let specification)?:
            return .object([("rule", .string("rank")), ("rank", .int(rank)), ("specification", specification.map(JSONValue.string) ?? .null)])
        case .inSpecification(let reason)?: return .object([("rule", .string("in-specification")), ("reason", .string(reason))])
        case .exempt(let reason)?: return .object([("rule", .string("exempt")), ("reason", .string(reason))])
        }
    }

    /// A follow-up; `date` is null while it is only planned, `due` is a self-report's answer
    /// deadline as set (null when none was set: Aktsom makes up none).
    public static func followUp(_ followUp: FollowUp) -> JSONValue {
        func day(_ day: Day?) -> JSONValue { day.map { .string($0.iso) } ?? .null }
        let fields: [(String, JSONValue?)] = [
            ("id", .string(followUp.id)),
            ("kind", .string(followUp.kind.rawValue)),
            ("date", day(followUp.date)),
            ("supplier", followUp.supplier.map(JSONValue.string) ?? .null),
            ("note", followUp.note.map(JSONValue.string) ?? .null),
            ("planned", day(followUp.planned)),
            ("due", day(followUp.answerDue)),
            ("answered", day(followUp.answered)),
            ("outcome", followUp.outcome.map { .string($0.rawValue) } ?? .null),
        ]
        return .object(fields)
    }

    public static func deviation(_ deviation: Deviation) -> JSONValue {
        .object([
            ("id", .string(deviation.id)),
            ("type", .string(deviation.type)),
            ("where", .string(deviation.location)),
            ("action", .string(deviation.action)),
            ("status", .string(deviation.status)),
            ("state", .string(deviation.state.rawValue)),
            ("date", deviation.date.map { .string($0.iso) } ?? .null),
            ("closed", deviation.closed.map { .string($0.iso) } ?? .null),
            ("followUp", deviation.followUp.map(JSONValue.string) ?? .null),
        ])
    }

    public static func indicators(_ indicators: YearIndicators) -> JSONValue {
        var fields: [(String, JSONValue?)] = [("year", .int(indicators.year))]
        for indicator in Indicator.allCases {
            let value: JSONValue = indicators.value(indicator).map { .number(literal: $0.description) } ?? .null
            fields.append((indicator.rawValue, value))
        }
        return .object(fields)
    }
}
