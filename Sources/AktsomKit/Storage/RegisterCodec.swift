/// Reads and writes `procurements.json`, the procurement register with each procurement's
/// requirements, follow-ups and deviations.
public enum RegisterCodec {
    public static let fileName = "procurements.json"

    // MARK: Writing

    public static func encode(_ register: ProcurementRegister) -> JSONValue {
        .object(FileFormat.procurements.header + [
            ("procurements", .array(register.procurements.map(encode))),
        ])
    }

    static func encode(_ procurement: Procurement) -> JSONValue {
        let areas = procurement.requirements.keys.sorted().filter { !(procurement.requirements[$0] ?? []).isEmpty }
        return .object([
            ("id", .string(procurement.id)),
            ("title", .string(procurement.title)),
            ("year", procurement.year.map(JSONValue.int)),
            ("category", procurement.category.map(JSONValue.string)),
            ("contractType", procurement.contractType.map(JSONValue.string)),
            ("suppliers", procurement.suppliers.map(JSONValue.int)),
            ("value", procurement.value.map { .number(literal: $0.description) }),
            ("highRisk", procurement.highRiskOverride.map(JSONValue.bool)),
            ("requirements", areas.isEmpty ? nil : .object(areas.map { area in
                (area, .strings((procurement.requirements[area] ?? []).sorted().map(\.rawValue)))
            })),
            ("followUps", procurement.followUps.isEmpty ? nil : .array(procurement.followUps.map { followUp in
                .object([
                    ("id", .string(followUp.id)),
                    ("kind", .string(followUp.kind.rawValue)),
                    ("date", .string(followUp.date.iso)),
                    ("supplier", followUp.supplier.map(JSONValue.string)),
                    ("note", followUp.note.map(JSONValue.string)),
                ])
            })),
            ("deviations", procurement.deviations.isEmpty ? nil : .array(procurement.deviations.map { deviation in
                .object([
                    ("id", .string(deviation.id)),
                    ("type", .string(deviation.type)),
                    ("where", .string(deviation.location)),
                    ("action", deviation.action.isBlank ? nil : .string(deviation.action)),
                    ("status", .string(deviation.status)),
                    ("state", .string(deviation.state.rawValue)),
                    ("date", deviation.date.map { .string($0.iso) }),
                    ("closed", deviation.closed.map { .string($0.iso) }),
                ])
            })),
        ])
    }

    // MARK: Reading

    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (register: ProcurementRegister, sources: SourceMap) {
        var sources = SourceMap(file: file, bytes: bytes)
        do throws(JSONError) {
            let (upgraded, version) = try FileFormat.procurements.upgrade(try JSONParser.parse(bytes), subject: Localized("registeret", en: "the register"))
            sources.version = version
            let root = try FieldReader(upgraded, subject: Localized("registeret", en: "the register"))
            try root.rejectUnknownFields(["format", "version", "procurements"])
            var register = ProcurementRegister()
            var seen = SeenIDs()
            for value in try root.list("procurements") {
                register.procurements.append(try decodeProcurement(value, seen: &seen, sources: &sources))
            }
            return (register, sources)
        } catch {
            throw sources.diagnostic(for: error)
        }
    }

    private static func decodeProcurement(_ value: JSONValue, seen: inout SeenIDs, sources: inout SourceMap) throws(JSONError) -> Procurement {
        var reader = try FieldReader(value, subject: RecordKind.procurement.name)
        let id = try reader.identifier("id", kind: .procurement, seen: &seen)
        reader = reader.naming(RecordKind.procurement.named(id))
        try reader.rejectUnknownFields(["id", "title", "year", "category", "contractType", "suppliers", "value", "highRisk",
                                        "requirements", "followUps", "deviations"])
        sources.record(SourceMap.key(.procurement, id), at: value.offset)
        var procurement = Procurement(
            id: id, title: try reader.text("title"), year: try reader.optionalInt("year", in: 1000...9999),
            category: try reader.optionalText("category"), contractType: try reader.optionalText("contractType"),
            suppliers: try reader.optionalInt("suppliers", in: 0...1_000_000),
            value: try reader.optional("value") { amount throws(JSONError) in try YearCodec.amount(amount, key: "value", reader: reader) },
            highRiskOverride: try reader.optionalBool("highRisk"))

        if let requirementsValue = reader.value("requirements") {
            let requirements = try FieldReader(requirementsValue, subject: Localized("kravene i \(quoted(id))", en: "the requirements of \(quoted(id))"))
            for member in requirements.object.members {
                sources.record(SourceMap.key(.procurement, id, "requirements \(member.key)"), at: member.keyOffset)
                var phases: Set<RequirementPhase> = []
                guard let elements = member.value.arrayValue else {
                    throw requirements.wrongKind(member.value, key: member.key, expected: Localized("en liste med faser", en: "a list of phases"))
                }
                for element in elements {
                    phases.insert(try requirements.word(element, key: member.key, as: RequirementPhase.self))
                }
                procurement.requirements[member.key] = phases
            }
        }
        for followUpValue in try reader.list("followUps") {
            var followUp = try FieldReader(followUpValue, subject: Localized("en oppfølging av \(quoted(id))", en: "a follow-up of \(quoted(id))"))
            let followUpID = try followUp.identifier("id", kind: .followUp, seen: &seen)
            followUp = followUp.naming(RecordKind.followUp.named(followUpID))
            try followUp.rejectUnknownFields(["id", "kind", "date", "supplier", "note"])
            sources.record(SourceMap.key(.followUp, followUpID), at: followUpValue.offset)
            let kind = try followUp.requiredWord("kind", as: FollowUpKind.self)
            procurement.followUps.append(FollowUp(kind: kind, date: try followUp.day("date"), note: try followUp.optionalText("note"),
                                                  supplier: try followUp.optionalText("supplier"), id: followUpID))
        }
        for deviationValue in try reader.list("deviations") {
            var deviation = try FieldReader(deviationValue, subject: RecordKind.deviation.name)
            let deviationID = try deviation.identifier("id", kind: .deviation, seen: &seen)
            deviation = deviation.naming(RecordKind.deviation.named(deviationID))
            try deviation.rejectUnknownFields(["id", "type", "where", "action", "status", "state", "date", "closed"])
            sources.record(SourceMap.key(.deviation, deviationID), at: deviationValue.offset)
            let status = try deviation.text("status")
            // A hand-written deviation may leave out the state when its status says it.
            let state = try deviation.word("state", as: DeviationState.self)
            guard let state = state ?? DeviationState(readingStatus: status) else {
                throw deviation.invalid(deviation.value("status") ?? deviationValue, key: "status",
                                        Localized("kan ikke lese tilstanden av avviksstatusen \(quoted(status))", en: "cannot read the state from the deviation status \(quoted(status))"),
                                        notes: [Localized("legg til \"state\": \"åpen\", \"under arbeid\" eller \"lukket\"", en: "add \"state\": \"åpen\", \"under arbeid\" or \"lukket\"")])
            }
            procurement.deviations.append(Deviation(
                id: deviationID, type: try deviation.text("type"), location: try deviation.optionalText("where") ?? "",
                action: try deviation.optionalText("action") ?? "", status: status, state: state,
                date: try deviation.optionalDay("date"), closed: try deviation.optionalDay("closed")))
        }
        return procurement
    }
}

extension FieldReader {
    /// A required `YYYY-MM-DD` field.
    func day(_ key: String) throws(JSONError) -> Day {
        try required(key) { value throws(JSONError) in try parseDay(value, key: key) }
    }

    func optionalDay(_ key: String) throws(JSONError) -> Day? {
        try optional(key) { value throws(JSONError) in try parseDay(value, key: key) }
    }

    private func parseDay(_ value: JSONValue, key: String) throws(JSONError) -> Day {
        try converted(value, key: key, problem: { Localized("ugyldig dato \(quoted($0))", en: "invalid date \(quoted($0))") },
                      notes: [Localized("forventet en gyldig dato som ÅÅÅÅ-MM-DD", en: "expected a valid date as YYYY-MM-DD")]) { Day(iso: $0) }
    }
}
