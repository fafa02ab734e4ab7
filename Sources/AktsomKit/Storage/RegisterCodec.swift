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
            ("contractStart", procurement.contractStart.map { .string($0.iso) }),
            ("contractEnd", procurement.contractEnd.map { .string($0.iso) }),
            ("announcedOn", procurement.announcedOn.map { .string($0.iso) }),
            ("contractKind", procurement.contractKind.map { .string($0.rawValue) }),
            ("regulationPart", procurement.regulationPart.map { .string($0.rawValue) }),
            ("requirements", areas.isEmpty ? nil : .object(areas.map { area in
                (area, .strings((procurement.requirements[area] ?? []).sorted().map(\.rawValue)))
            })),
        ] + encode(procurement.climate) + [
            ("climateDocumentedIn", procurement.climateDocumentedIn.map(JSONValue.string)),
            ("followUps", procurement.followUps.isEmpty ? nil : .array(procurement.followUps.map { followUp in
                .object([
                    ("id", .string(followUp.id)),
                    ("kind", .string(followUp.kind.rawValue)),
                    ("date", followUp.date.map { .string($0.iso) }),
                    ("planned", followUp.planned.map { .string($0.iso) }),
                    ("due", followUp.due.map { .string($0.iso) }),
                    ("answered", followUp.answered.map { .string($0.iso) }),
                    ("outcome", followUp.outcome.map { .string($0.rawValue) }),
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
                    ("followUp", deviation.followUp.map(JSONValue.string)),
                ])
            })),
        ])
    }

    /// The climate fields, flat as the flags that set them: `climateWeight` (with an optional
    /// `climateReason`) or `climateRank`, either with an optional `climateInSpecification` beside
    /// it; `climateInSpecification` alone (instead of criteria); or `climateExempt`.
    static func encode(_ climate: ClimateWeighting?) -> [(String, JSONValue?)] {
        switch climate {
        case nil: return []
        case .weight(let weight, let reason, let specification)?:
            return [("climateWeight", .number(literal: weight.description)), ("climateReason", reason.map(JSONValue.string)),
                    ("climateInSpecification", specification.map(JSONValue.string))]
        case .ranked(let rank, let specification)?:
            return [("climateRank", .int(rank)), ("climateInSpecification", specification.map(JSONValue.string))]
        case .inSpecification(let reason)?: return [("climateInSpecification", .string(reason))]
        case .exempt(let reason)?: return [("climateExempt", .string(reason))]
        }
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
                                        "contractStart", "contractEnd", "announcedOn", "contractKind", "regulationPart",
                                        "requirements", "climateWeight", "climateReason", "climateRank", "climateInSpecification", "climateExempt",
                                        "climateDocumentedIn", "followUps", "deviations"])
        sources.record(SourceMap.key(.procurement, id), at: value.offset)
        var procurement = Procurement(
            id: id, title: try reader.text("title"), year: try reader.optionalInt("year", in: 1000...9999),
            category: try reader.optionalText("category"), contractType: try reader.optionalText("contractType"),
            suppliers: try reader.optionalInt("suppliers", in: 0...1_000_000),
            value: try reader.optional("value") { amount throws(JSONError) in try YearCodec.amount(amount, key: "value", reader: reader) },
            highRiskOverride: try reader.optionalBool("highRisk"), climate: try decodeClimate(reader))
        procurement.contractStart = try reader.optionalDay("contractStart")
        procurement.contractEnd = try reader.optionalDay("contractEnd")
        if let start = procurement.contractStart, let end = procurement.contractEnd, end < start, let value = reader.value("contractEnd") {
            throw reader.invalid(value, key: "contractEnd", Localized("\(end.iso) er før kontraktsstarten \(start.iso)", en: "\(end.iso) is before the contract start \(start.iso)"),
                                 notes: [Localized("rett contractStart eller contractEnd", en: "correct contractStart or contractEnd")])
        }
        procurement.announcedOn = try reader.optionalDay("announcedOn")
        procurement.contractKind = try reader.word("contractKind", as: ContractKind.self)
        procurement.regulationPart = try reader.word("regulationPart", as: RegulationPart.self)
        procurement.climateDocumentedIn = try reader.optionalText("climateDocumentedIn")

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
            try followUp.rejectUnknownFields(["id", "kind", "date", "planned", "due", "answered", "outcome", "supplier", "note"])
            sources.record(SourceMap.key(.followUp, followUpID), at: followUpValue.offset)
            procurement.followUps.append(try decodeFollowUp(followUp, id: followUpID))
        }
        for deviationValue in try reader.list("deviations") {
            var deviation = try FieldReader(deviationValue, subject: RecordKind.deviation.name)
            let deviationID = try deviation.identifier("id", kind: .deviation, seen: &seen)
            deviation = deviation.naming(RecordKind.deviation.named(deviationID))
            try deviation.rejectUnknownFields(["id", "type", "where", "action", "status", "state", "date", "closed", "followUp"])
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
                date: try deviation.optionalDay("date"), closed: try deviation.optionalDay("closed"),
                followUp: try deviation.optionalText("followUp")))
            if let link = procurement.deviations.last?.followUp, let value = deviation.value("followUp"),
               !procurement.followUps.contains(where: { $0.id == link }) {
                throw deviation.invalid(value, key: "followUp", Localized("oppfølgingen \(quoted(link)) finnes ikke i \(quoted(id))",
                                                                          en: "the follow-up \(quoted(link)) is not in \(quoted(id))"),
                                        notes: [Localized("oppfølgingene i anskaffelsen: \(procurement.followUps.map(\.id).joined(separator: ", "))",
                                                          en: "the procurement's follow-ups: \(procurement.followUps.map(\.id).joined(separator: ", "))")])
            }
        }
        return procurement
    }

    /// The ways of meeting the climate rule as ``ClimateWeighting`` has them: a weight or a rank,
    /// never both, either with `climateInSpecification` beside it; `climateInSpecification`
    /// alone; or `climateExempt` alone. A file that says two at once is refused at the second,
    /// since a report could not tell which was meant.
    private static func decodeClimate(_ reader: FieldReader) throws(JSONError) -> ClimateWeighting? {
        let exclusive = [["climateWeight", "climateRank"], ["climateWeight", "climateExempt"], ["climateRank", "climateExempt"],
                         ["climateInSpecification", "climateExempt"]]
        for pair in exclusive where reader.value(pair[0]) != nil {
            guard let second = reader.value(pair[1]) else { continue }
            throw reader.invalid(second, key: pair[1], Localized("kan ikke stå sammen med \(quoted(pair[0]))", en: "cannot stand together with \(quoted(pair[0]))"),
                                 notes: [Localized("en anskaffelse har climateWeight eller climateRank (hver gjerne med climateInSpecification), climateInSpecification alene eller climateExempt; behold det som gjelder",
                                                   en: "a procurement has climateWeight or climateRank (either with climateInSpecification too), climateInSpecification alone or climateExempt; keep what applies")])
        }
        let reason = try reader.optionalText("climateReason")
        let specification = try reader.optional("climateInSpecification") { value throws(JSONError) in try reader.nonBlankText(value, key: "climateInSpecification") }
        if let weightValue = reader.value("climateWeight") {
            let weight = try YearCodec.amount(weightValue, key: "climateWeight", reader: reader)
            guard weight <= (Amount(whole: 100) ?? weight) else {
                throw reader.invalid(weightValue, key: "climateWeight", Localized("vekten er over 100 %", en: "the weight is over 100 %"),
                                     notes: [ClimateWeighting.expectedWeight])
            }
            return .weight(weight, reason: reason, specification: specification)
        }
        if reason != nil, let value = reader.value("climateReason") {
            throw reader.invalid(value, key: "climateReason", Localized("hører til climateWeight, som mangler", en: "belongs to climateWeight, which is missing"),
                                 notes: [Localized("begrunnelsen for krav i kravspesifikasjonen eller unntak står i climateInSpecification eller climateExempt",
                                                   en: "the reason for requirements in the specification or an exemption goes in climateInSpecification or climateExempt")])
        }
        if let rank = try reader.optionalInt("climateRank", in: ClimateWeighting.ranks) {
            return .ranked(rank, specification: specification)
        }
        if let specification { return .inSpecification(reason: specification) }
        if let text = try reader.optional("climateExempt", { value throws(JSONError) in try reader.nonBlankText(value, key: "climateExempt") }) {
            return .exempt(reason: text)
        }
        return nil
    }

    /// A follow-up: carried out (`date`), planned (`planned`), or both once a planned one is done.
    /// The answer fields belong to a self-report that was sent, and an answer cannot come before
    /// the form went out.
    private static func decodeFollowUp(_ reader: FieldReader, id: String) throws(JSONError) -> FollowUp {
        let kind = try reader.requiredWord("kind", as: FollowUpKind.self)
        let date = try reader.optionalDay("date"), planned = try reader.optionalDay("planned")
        if date == nil && planned == nil {
            throw JSONError(offset: reader.offset, Localized("\(reader.subject.nb) har verken \"date\" eller \"planned\"",
                                                            en: "\(reader.subject.en) has neither \"date\" nor \"planned\""),
                            notes: [Localized("legg til \"date\": \"ÅÅÅÅ-MM-DD\" for når den ble gjort, eller \"planned\" for når den er planlagt",
                                              en: "add \"date\": \"YYYY-MM-DD\" for when it took place, or \"planned\" for when it is planned")])
        }
        let followUp = FollowUp(kind: kind, date: date, note: try reader.optionalText("note"), supplier: try reader.optionalText("supplier"), id: id,
                                planned: planned, due: try reader.optionalDay("due"), answered: try reader.optionalDay("answered"),
                                outcome: try reader.word("outcome", as: FollowUpOutcome.self))
        for key in ["due", "answered"] {
            guard let value = reader.value(key) else { continue }
            if kind != .selfReporting {
                throw reader.invalid(value, key: key, Localized("gjelder bare egenrapportering", en: "applies only to egenrapportering (self-reporting)"),
                                     notes: [Localized("fjern feltet, eller sett \"kind\": \"egenrapportering\"", en: "remove the field, or set \"kind\": \"egenrapportering\"")])
            }
            guard let sent = date else {
                throw reader.invalid(value, key: key, Localized("egenrapporteringen er ikke sendt ennå", en: "the self-report has not been sent yet"),
                                     notes: [Localized("legg til \"date\" med dagen skjemaet ble sendt", en: "add \"date\" with the day the form was sent")])
            }
            if let day = key == "due" ? followUp.due : followUp.answered, day < sent {
                throw reader.invalid(value, key: key, Localized("\(day.iso) er før egenrapporteringen ble sendt (\(sent.iso))",
                                                               en: "\(day.iso) is before the self-report was sent (\(sent.iso))"))
            }
        }
        if let value = reader.value("outcome"), date == nil {
            throw reader.invalid(value, key: "outcome", Localized("oppfølgingen er bare planlagt", en: "the follow-up is only planned"),
                                 notes: [Localized("legg til \"date\" med dagen den ble gjort", en: "add \"date\" with the day it took place")])
        }
        return followUp
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
