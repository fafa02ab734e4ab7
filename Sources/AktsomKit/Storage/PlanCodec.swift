/// Reads and writes `plan.json`, the action plan.
///
/// Decoding checks every value where it stands (types, dates, statuses, id syntax, duplicate ids)
/// and records where each link stood, so that ``Integrity`` can later point at a link to a goal
/// or risk that does not exist.
public enum PlanCodec {
    public static let fileName = "plan.json"

    // MARK: Writing

    public static func encode(_ plan: ActionPlan) -> JSONValue {
        .object(FileFormat.plan.header + settings(of: plan) + [
            ("areas", .array(plan.areas.map(encode))),
            ("goals", .array(plan.goals.map(encode))),
            ("measures", .array(plan.measures.map(encode))),
            ("risks", .array(plan.risks.map(encode))),
            // Written only when there are any, so a plan that never used them reads as before.
            ("references", plan.references.isEmpty ? nil : .array(plan.references.map(encode))),
            ("removed", plan.removed.isEmpty ? nil : .array(plan.removed.map(encode))),
        ])
    }

    /// The strategy's own fields, from `organisation` to `reportDeadline`; `plan show --json`
    /// gives the same.
    static func settings(of plan: ActionPlan) -> [(String, JSONValue?)] {
        [
            ("organisation", .string(plan.organisation)),
            ("period", plan.period.map { .string($0.description) }),
            ("overallGoal", plan.overallGoal.map(JSONValue.string)),
            ("owner", plan.owner.map(JSONValue.string)),
            ("operationalOwner", plan.operationalOwner.map(JSONValue.string)),
            ("reportTemplate", .string(plan.reportTemplate.rawValue)),
            ("reportDeadline", .string(plan.reportDeadline.description)),
            ("ownHighRiskCategories", plan.ownHighRiskCategories.isEmpty ? nil : .strings(plan.ownHighRiskCategories)),
        ]
    }

    static func encode(_ document: GoverningDocument) -> JSONValue {
        .object([
            ("id", .string(document.id)),
            ("title", .string(document.title)),
            ("issuer", document.issuer.map(JSONValue.string)),
            ("year", document.year.map(JSONValue.int)),
            ("link", document.link.map(JSONValue.string)),
            ("scope", .string(document.scope.rawValue)),
            ("area", document.area.map(JSONValue.string)),
        ])
    }

    static func encode(_ record: RemovedRecord) -> JSONValue {
        .object([
            ("kind", .string(record.kind.rawValue)),
            ("id", .string(record.id)),
            ("title", .string(record.title)),
            ("removed", .string(record.removed.iso)),
        ])
    }

    static func encode(_ area: Area) -> JSONValue {
        .object([
            ("id", .string(area.id)),
            ("name", .string(area.name)),
            ("overarchingGoal", area.overarchingGoal.map(JSONValue.string)),
            ("sdgs", area.sdgs.isEmpty ? nil : .array(area.sdgs.map(JSONValue.int))),
            ("sdgNote", area.sdgNote.map(JSONValue.string)),
            ("ethical", area.isEthical ? .bool(true) : nil),
        ])
    }

    static func encode(_ goal: Goal) -> JSONValue {
        .object([
            ("id", .string(goal.id)),
            ("area", .string(goal.area)),
            ("focus", goal.focus.map(JSONValue.string)),
            ("title", .string(goal.title)),
            ("description", goal.description.map(JSONValue.string)),
            ("year", goal.year.map(JSONValue.int)),
            ("target", goal.target.map(encode)),
        ] + encode(goal.active))
    }

    static func encode(_ target: Target) -> JSONValue {
        .object([
            ("value", .number(literal: target.value.description)),
            ("unit", target.unit.map(JSONValue.string)),
            ("indicator", target.indicator.map { .string($0.rawValue) }),
        ])
    }

    static func encode(_ measure: Measure) -> JSONValue {
        .object([
            ("id", .string(measure.id)),
            ("goal", .string(measure.goal)),
            ("title", .string(measure.title)),
            ("description", measure.description.map(JSONValue.string)),
            ("owner", measure.owner.map(JSONValue.string)),
            ("due", measure.due.map { .string($0.description) }),
            ("category", measure.category.map(JSONValue.string)),
            ("audience", measure.audience.map(JSONValue.string)),
            ("risks", measure.risks.isEmpty ? nil : .strings(measure.risks)),
            ("procurements", measure.procurements.isEmpty ? nil : .strings(measure.procurements)),
        ] + encode(measure.active))
    }

    static func encode(_ risk: Risk) -> JSONValue {
        .object([
            ("id", .string(risk.id)),
            ("title", .string(risk.title)),
            ("theme", risk.theme.map(JSONValue.string)),
            ("geography", risk.geography.map(JSONValue.string)),
            ("area", risk.area.map(JSONValue.string)),
            ("overarchingGoal", risk.overarchingGoal.map(JSONValue.string)),
            ("rationale", risk.rationale.map(JSONValue.string)),
        ] + encode(risk.active))
    }

    /// `start`, `end` and `added`, last in each goal, measure and risk.
    static func encode(_ active: ActivePeriod) -> [(String, JSONValue?)] {
        [
            ("start", active.start.map { .string($0.description) }),
            ("end", active.end.map { .string($0.description) }),
            ("added", active.added.map { .string($0.iso) }),
        ]
    }

    // MARK: Reading

    /// Decodes a plan file. Throws a located ``Diagnostic`` for the first problem in it.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (plan: ActionPlan, sources: SourceMap) {
        var sources = SourceMap(file: file, bytes: bytes)
        do throws(JSONError) {
            let (upgraded, version) = try FileFormat.plan.upgrade(try JSONParser.parse(bytes), subject: Localized("planen", en: "the plan"))
            sources.version = version
            let root = try FieldReader(upgraded, subject: Localized("planen", en: "the plan"))
            try root.rejectUnknownFields(["format", "version", "organisation", "period", "overallGoal", "owner", "operationalOwner",
                                          "reportTemplate", "reportDeadline", "ownHighRiskCategories", "areas", "goals", "measures", "risks", "references", "removed"])
            let organisation = try root.text("organisation")
            let period = try root.parsed("period", problem: { Localized("ugyldig periode \(quoted($0))", en: "invalid period \(quoted($0))") },
                                         notes: [Period.expectedForm]) { Period(parsing: $0) }
            let family = try root.word("reportTemplate", as: ReportFamily.self) ?? .publicSector
            let deadline = try root.parsed("reportDeadline", problem: { Localized("ugyldig frist \(quoted($0))", en: "invalid deadline \(quoted($0))") },
                                           notes: [MonthDay.expectedForm]) {
                MonthDay(parsing: $0)
            } ?? .defaultReportDeadline

            var plan = ActionPlan(organisation: organisation, period: period, reportTemplate: family,
                                  reportDeadline: deadline, areas: [])
            plan.overallGoal = try root.optionalText("overallGoal")
            plan.owner = try root.optionalText("owner")
            plan.operationalOwner = try root.optionalText("operationalOwner")
            for value in try root.list("ownHighRiskCategories") {
                plan.ownHighRiskCategories.append(try root.nonBlankText(value, key: "ownHighRiskCategories"))
            }
            var seen = SeenIDs()
            for value in try root.list("areas") {
                plan.areas.append(try decodeArea(value, seen: &seen, sources: &sources))
            }
            for value in try root.list("goals") {
                plan.goals.append(try decodeGoal(value, seen: &seen, sources: &sources))
            }
            for value in try root.list("measures") {
                plan.measures.append(try decodeMeasure(value, family: family, seen: &seen, sources: &sources))
            }
            for value in try root.list("risks") {
                plan.risks.append(try decodeRisk(value, seen: &seen, sources: &sources))
            }
            for value in try root.list("references") {
                plan.references.append(try decodeReference(value, seen: &seen, sources: &sources))
            }
            for value in try root.list("removed") {
                plan.removed.append(try decodeRemoved(value, seen: &seen))
            }
            return (plan, sources)
        } catch {
            throw sources.diagnostic(for: error)
        }
    }

    private static func decodeArea(_ value: JSONValue, seen: inout SeenIDs, sources: inout SourceMap) throws(JSONError) -> Area {
        var reader = try FieldReader(value, subject: RecordKind.area.name)
        let id = try reader.identifier("id", kind: .area, seen: &seen)
        reader = reader.naming(RecordKind.area.named(id))
        try reader.rejectUnknownFields(["id", "name", "overarchingGoal", "sdgs", "sdgNote", "ethical"])
        sources.record(SourceMap.key(.area, id), at: value.offset)
        var sdgs: [Int] = []
        for element in try reader.list("sdgs") {
            sdgs.append(try reader.integer(element, key: "sdgs", in: 1...17))
        }
        return Area(id: id, name: try reader.text("name"), overarchingGoal: try reader.optionalText("overarchingGoal"),
                    sdgs: sdgs, sdgNote: try reader.optionalText("sdgNote"), isEthical: try reader.optionalBool("ethical") ?? false)
    }

    private static func decodeGoal(_ value: JSONValue, seen: inout SeenIDs, sources: inout SourceMap) throws(JSONError) -> Goal {
        var reader = try FieldReader(value, subject: RecordKind.goal.name)
        let id = try reader.identifier("id", kind: .goal, seen: &seen)
        reader = reader.naming(RecordKind.goal.named(id))
        try reader.rejectUnknownFields(["id", "area", "focus", "title", "description", "year", "target", "start", "end", "added"])
        sources.record(SourceMap.key(.goal, id), at: value.offset)
        let area = try reader.text("area")
        sources.record(SourceMap.key(.goal, id, "area"), at: reader.value("area")?.offset ?? value.offset)
        let target = try reader.optional("target") { targetValue throws(JSONError) in
            let targetReader = try FieldReader(targetValue, subject: Localized("målverdien til \(quoted(id))", en: "the target of \(quoted(id))"))
            try targetReader.rejectUnknownFields(["value", "unit", "indicator"])
            let amount = try targetReader.required("value") { number throws(JSONError) in
                guard let literal = number.decimalLiteral, let amount = Amount(jsonLiteral: literal) else {
                    throw targetReader.invalid(number, key: "value", Localized("ugyldig tall", en: "invalid number"), notes: [Amount.expectedForm])
                }
                return amount
            }
            let indicator = try targetReader.word("indicator", as: Indicator.self)
            return Target(value: amount, unit: try targetReader.optionalText("unit"), indicator: indicator)
        }
        return Goal(id: id, area: area, title: try reader.text("title"), focus: try reader.optionalText("focus"),
                    year: try reader.optionalInt("year", in: 1000...9999), target: target, active: try activePeriod(reader),
                    description: try reader.optionalText("description"))
    }

    private static func decodeMeasure(
        _ value: JSONValue, family: ReportFamily, seen: inout SeenIDs, sources: inout SourceMap
    ) throws(JSONError) -> Measure {
        var reader = try FieldReader(value, subject: RecordKind.measure.name)
        let id = try reader.identifier("id", kind: .measure, seen: &seen)
        reader = reader.naming(RecordKind.measure.named(id))
        try reader.rejectUnknownFields(["id", "goal", "title", "description", "owner", "due", "category", "audience", "risks", "procurements",
                                        "start", "end", "added"])
        sources.record(SourceMap.key(.measure, id), at: value.offset)
        let goal = try reader.text("goal")
        sources.record(SourceMap.key(.measure, id, "goal"), at: reader.value("goal")?.offset ?? value.offset)
        let due = try reader.parsed("due", problem: { Localized("ugyldig frist \(quoted($0))", en: "invalid due date \(quoted($0))") },
                                    notes: [DueDate.expectedForm]) { DueDate(parsing: $0) }
        let category = try reader.parsed("category", problem: { Localized("ukjent kategori \(quoted($0))", en: "unknown category \(quoted($0))") },
                                         notes: [MeasureCategory.validValues(in: family)]) { MeasureCategory(code: $0, family: family)?.code(in: family) }
        let risks = try reader.textList("risks")
        for (index, element) in try reader.list("risks").enumerated() where index < risks.count {
            sources.record(SourceMap.key(.measure, id, "risks \(risks[index])"), at: element.offset)
        }
        let procurements = try reader.textList("procurements")
        for (index, element) in try reader.list("procurements").enumerated() where index < procurements.count {
            sources.record(SourceMap.key(.measure, id, "procurements \(procurements[index])"), at: element.offset)
        }
        return Measure(id: id, goal: goal, title: try reader.text("title"), description: try reader.optionalText("description"),
                       owner: try reader.optionalText("owner"), due: due, category: category,
                       audience: try reader.optionalText("audience"), risks: risks, procurements: procurements,
                       active: try activePeriod(reader))
    }

    private static func decodeRisk(_ value: JSONValue, seen: inout SeenIDs, sources: inout SourceMap) throws(JSONError) -> Risk {
        var reader = try FieldReader(value, subject: RecordKind.risk.name)
        let id = try reader.identifier("id", kind: .risk, seen: &seen)
        reader = reader.naming(RecordKind.risk.named(id))
        try reader.rejectUnknownFields(["id", "title", "theme", "geography", "area", "overarchingGoal", "rationale", "start", "end", "added"])
        sources.record(SourceMap.key(.risk, id), at: value.offset)
        let area = try reader.optionalText("area")
        if area != nil {
            sources.record(SourceMap.key(.risk, id, "area"), at: reader.value("area")?.offset ?? value.offset)
        }
        return Risk(id: id, title: try reader.text("title"), theme: try reader.optionalText("theme"),
                    geography: try reader.optionalText("geography"), area: area,
                    overarchingGoal: try reader.optionalText("overarchingGoal"), rationale: try reader.optionalText("rationale"),
                    active: try activePeriod(reader))
    }

    private static func decodeReference(_ value: JSONValue, seen: inout SeenIDs, sources: inout SourceMap) throws(JSONError) -> GoverningDocument {
        var reader = try FieldReader(value, subject: RecordKind.reference.name)
        let id = try reader.identifier("id", kind: .reference, seen: &seen)
        reader = reader.naming(RecordKind.reference.named(id))
        try reader.rejectUnknownFields(["id", "title", "issuer", "year", "link", "scope", "area"])
        sources.record(SourceMap.key(.reference, id), at: value.offset)
        let area = try reader.optionalText("area")
        if area != nil {
            sources.record(SourceMap.key(.reference, id, "area"), at: reader.value("area")?.offset ?? value.offset)
        }
        return GoverningDocument(id: id, title: try reader.text("title"), issuer: try reader.optionalText("issuer"),
                                 year: try reader.optionalInt("year", in: 1000...9999), link: try reader.optionalText("link"),
                                 scope: try reader.requiredWord("scope", as: ReferenceScope.self), area: area)
    }

    /// A removed measure's trace. Its id must not be a measure's: a live measure with a removed
    /// one's id would take over the removed one's status history.
    private static func decodeRemoved(_ value: JSONValue, seen: inout SeenIDs) throws(JSONError) -> RemovedRecord {
        var reader = try FieldReader(value, subject: Localized("et fjernet tiltak", en: "a removed measure"))
        try reader.rejectUnknownFields(["kind", "id", "title", "removed"])
        let kindText = try reader.text("kind")
        guard kindText == RecordKind.measure.rawValue, let kind = RecordKind(rawValue: kindText) else {
            throw reader.invalid(reader.value("kind") ?? value, key: "kind", Localized("ukjent slag \(quoted(kindText))", en: "unknown kind \(quoted(kindText))"),
                                 notes: [Localized("bare fjernede tiltak føres her: \"kind\": \"measure\"", en: "only removed measures are kept here: \"kind\": \"measure\"")])
        }
        let id = try reader.text("id")
        reader = reader.naming(Localized("fjernet tiltak \(quoted(id))", en: "removed measure \(quoted(id))"))
        guard seen.insert(id, kind: kind) else {
            throw JSONError(offset: reader.value("id")?.offset ?? value.offset,
                            Localized("tiltak \(quoted(id)) står både blant tiltakene og som fjernet", en: "measure \(quoted(id)) is both among the measures and removed"),
                            notes: [Localized("historikken til et fjernet tiltak hører til det; gi det nye tiltaket en annen id",
                                              en: "a removed measure's history belongs to it; give the new measure another id")])
        }
        return RemovedRecord(kind: kind, id: id, title: try reader.text("title"), removed: try reader.day("removed"))
    }

    /// A record's `start`, `end` and `added`; an end before the start is refused where it stands.
    private static func activePeriod(_ reader: FieldReader) throws(JSONError) -> ActivePeriod {
        func planDate(_ key: String) throws(JSONError) -> DueDate? {
            try reader.parsed(key, problem: { Localized("ugyldig dato \(quoted($0))", en: "invalid date \(quoted($0))") },
                              notes: [DueDate.expectedForm]) { DueDate(parsing: $0) }
        }
        let active = ActivePeriod(start: try planDate("start"), end: try planDate("end"), added: try reader.optionalDay("added"))
        if let problem = active.problem, let end = reader.value("end") {
            throw reader.invalid(end, key: "end", problem, notes: [Localized("rett \"start\" eller \"end\"", en: "fix \"start\" or \"end\"")])
        }
        return active
    }
}

/// The ids met so far while decoding a file, per kind, to refuse a duplicate where it stands.
struct SeenIDs {
    private var ids: [RecordKind: Set<String>] = [:]

    /// False when `id` was already seen for `kind`.
    mutating func insert(_ id: String, kind: RecordKind) -> Bool {
        ids[kind, default: []].insert(id).inserted
    }
}

extension FieldReader {
    /// Reads an id field: present, valid by ``Identifier``'s rules and not used before in the file.
    func identifier(_ key: String, kind: RecordKind, seen: inout SeenIDs) throws(JSONError) -> String {
        let id = try text(key)
        let offset = value(key)?.offset ?? offset
        if let problem = Identifier.problem(with: id) {
            throw JSONError(offset: offset, Localized("ugyldig id \(quoted(id)) for \(kind.name.nb): \(problem.nb)",
                                                      en: "invalid id \(quoted(id)) for \(kind.name.en): \(problem.en)"))
        }
        guard seen.insert(id, kind: kind) else {
            throw JSONError(offset: offset, Localized("\(kind.name.nb) \(quoted(id)) står to ganger", en: "\(kind.name.en) \(quoted(id)) appears twice"),
                            notes: [Localized("hver id må være unik; gi den ene en annen id", en: "each id must be unique; give one of them another id")])
        }
        return id
    }
}
