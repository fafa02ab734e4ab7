/// Reads and writes `years/<year>.json`: one reporting year's key figures, contact details,
/// notes per report section and status texts for goals and risks.
public enum YearCodec {
    public static let folderName = "years"

    public static func fileName(for year: Int) -> String {
        "\(year).json"
    }

    // MARK: Writing

    /// Lists are sorted by id in reading order (`1.A.2` before `1.A.10`), so the file does not
    /// depend on the order things were added in.
    public static func encode(_ entry: ReportingYear) -> JSONValue {
        let figures = entry.keyFigures
        let contact = entry.contact
        return .object(FileFormat.year.header + [
            ("year", .int(entry.year)),
            ("keyFigures", .object([
                ("spend", figures.spend.map { .number(literal: $0.description) }),
                ("activeContracts", figures.activeContracts.map(JSONValue.int)),
                ("announced", figures.announced.map(JSONValue.int)),
                ("employees", figures.employees.map(JSONValue.int)),
                ("revenue", figures.revenue.map { .number(literal: $0.description) }),
                ("suppliers", figures.suppliers.map(JSONValue.int)),
                ("transparencyAct", figures.transparencyAct.map(JSONValue.bool)),
                ("deviationsFound", figures.deviationsFound.map(JSONValue.bool)),
                ("registerComplete", figures.registerComplete.map(JSONValue.bool)),
            ])),
            ("indicators", entry.enteredIndicators.isEmpty ? nil : .object(Indicator.allCases.compactMap { indicator in
                entry.enteredIndicators[indicator].map { (indicator.rawValue, .number(literal: $0.description)) }
            })),
            ("contact", .object([
                ("address", contact.address.map(JSONValue.string)),
                ("name", contact.name.map(JSONValue.string)),
                ("title", contact.title.map(JSONValue.string)),
                ("phone", contact.phone.map(JSONValue.string)),
                ("email", contact.email.map(JSONValue.string)),
                ("copiedFrom", entry.contactCopiedFrom.map(JSONValue.int)),
            ])),
            ("goals", .array(entry.goalReports.keys.sorted(by: Identifier.naturalOrder).map { goal in
                .object([("goal", .string(goal)), ("status", .string(entry.goalReports[goal] ?? ""))])
            })),
            ("risks", .array(entry.riskReports.keys.sorted(by: Identifier.naturalOrder).map { risk in
                let report = entry.riskReports[risk] ?? RiskReport()
                return .object([
                    ("risk", .string(risk)),
                    ("status", report.status.map(JSONValue.string)),
                    ("yearGoal", report.yearGoal.map(JSONValue.string)),
                    ("results", report.results.map(JSONValue.string)),
                ])
            })),
            ("acknowledged", entry.acknowledgements.isEmpty ? nil : .array(entry.acknowledgements.keys.sorted(by: Identifier.naturalOrder).compactMap { key in
                entry.acknowledgements[key].map { item in
                    .object([("check", .string(item.check)), ("subject", .string(item.subject)), ("reason", .string(item.reason)),
                             ("date", .string(item.date.iso))])
                }
            })),
            ("notes", .array(Set(entry.notes.keys).union(entry.blankSections).sorted(by: Identifier.naturalOrder).map { section in
                .object([("section", .string(section)), ("text", entry.notes[section].map(JSONValue.string)),
                         ("blank", entry.notes[section] == nil ? .bool(true) : nil),
                         ("copiedFrom", entry.copiedNotes[section].map(JSONValue.int))])
            })),
        ])
    }

    // MARK: Reading

    /// Decodes a year file. `expectedYear` is the year its name says; a mismatch is an error, as
    /// it means the file was copied without being edited.
    public static func decode(_ bytes: [UInt8], file: String, expectedYear: Int) throws(Diagnostic) -> (year: ReportingYear, sources: SourceMap) {
        var sources = SourceMap(file: file, bytes: bytes)
        do throws(JSONError) {
            let (upgraded, version) = try FileFormat.year.upgrade(try JSONParser.parse(bytes), subject: Localized("året", en: "the year"))
            sources.version = version
            let root = try FieldReader(upgraded, subject: Localized("året", en: "the year"))
            try root.rejectUnknownFields(["format", "version", "year", "keyFigures", "indicators", "contact", "goals", "risks", "acknowledged", "notes"])
            let year = try root.int("year", in: 1000...9999)
            guard year == expectedYear else {
                throw JSONError(offset: root.value("year")?.offset ?? root.offset,
                                Localized("filen gjelder år \(year), men heter \(expectedYear).json", en: "the file is for year \(year), but is named \(expectedYear).json"),
                                notes: [Localized("rett \"year\" eller gi filen riktig navn", en: "fix \"year\" or rename the file")])
            }
            var entry = ReportingYear(year: year)
            if let figuresValue = root.value("keyFigures") {
                let figures = try FieldReader(figuresValue, subject: Localized("nøkkeltallene for \(year)", en: "the key figures for \(year)"))
                try figures.rejectUnknownFields(["spend", "activeContracts", "announced", "employees", "revenue", "suppliers", "transparencyAct",
                                                 "deviationsFound", "registerComplete"])
                let count = 0...1_000_000_000
                entry.keyFigures = KeyFigures(
                    spend: try figures.optional("spend") { value throws(JSONError) in try amount(value, key: "spend", reader: figures) },
                    activeContracts: try figures.optionalInt("activeContracts", in: count),
                    announced: try figures.optionalInt("announced", in: count),
                    employees: try figures.optionalInt("employees", in: count),
                    revenue: try figures.optional("revenue") { value throws(JSONError) in try amount(value, key: "revenue", reader: figures) },
                    suppliers: try figures.optionalInt("suppliers", in: count),
                    transparencyAct: try figures.optionalBool("transparencyAct"),
                    deviationsFound: try figures.optionalBool("deviationsFound"),
                    registerComplete: try figures.optionalBool("registerComplete"))
            }
            if let indicatorsValue = root.value("indicators") {
                let indicators = try FieldReader(indicatorsValue, subject: Localized("tallene som er oppgitt for \(year)", en: "the figures entered for \(year)"))
                for member in indicators.object.members {
                    // A key is stored as the indicator's id, exactly.
                    guard let indicator = Indicator(rawValue: member.key) else {
                        let unknown = Indicator.unknown(member.key)
                        throw JSONError(offset: member.keyOffset, unknown.message, notes: unknown.notes)
                    }
                    entry.enteredIndicators[indicator] = try indicatorValue(member.value, key: member.key, reader: indicators)
                    sources.record("indicator \(indicator.rawValue)", at: member.keyOffset)
                }
            }
            if let contactValue = root.value("contact") {
                let contact = try FieldReader(contactValue, subject: Localized("kontaktinformasjonen for \(year)", en: "the contact details for \(year)"))
                try contact.rejectUnknownFields(["address", "name", "title", "phone", "email", "copiedFrom"])
                entry.contactCopiedFrom = try contact.optionalInt("copiedFrom", in: 1000...9999)
                entry.contact = Contact(address: try contact.optionalText("address"), name: try contact.optionalText("name"),
                                        title: try contact.optionalText("title"), phone: try contact.optionalText("phone"),
                                        email: try contact.optionalText("email"))
            }
            for value in try root.list("goals") {
                let reader = try FieldReader(value, subject: Localized("en målstatus", en: "a goal status"))
                try reader.rejectUnknownFields(["goal", "status"])
                let goal = try reader.text("goal")
                guard entry.goalReports[goal] == nil else { throw duplicate(reader, key: "goal", id: goal) }
                entry.goalReports[goal] = try reader.text("status")
                sources.record(SourceMap.key(.goal, goal), at: reader.value("goal")?.offset ?? value.offset)
            }
            for value in try root.list("risks") {
                let reader = try FieldReader(value, subject: Localized("en risikostatus", en: "a risk status"))
                try reader.rejectUnknownFields(["risk", "status", "yearGoal", "results"])
                let risk = try reader.text("risk")
                guard entry.riskReports[risk] == nil else { throw duplicate(reader, key: "risk", id: risk) }
                entry.riskReports[risk] = RiskReport(status: try reader.optionalText("status"), yearGoal: try reader.optionalText("yearGoal"),
                                                     results: try reader.optionalText("results"))
                sources.record(SourceMap.key(.risk, risk), at: reader.value("risk")?.offset ?? value.offset)
            }
            for value in try root.list("acknowledged") {
                let reader = try FieldReader(value, subject: Localized("et kvittert funn", en: "an acknowledged finding"))
                try reader.rejectUnknownFields(["check", "subject", "reason", "date"])
                let item = FindingAcknowledgement(check: try reader.text("check"), subject: try reader.text("subject"),
                                                  reason: try reader.text("reason"), date: try reader.day("date"))
                guard entry.acknowledgements[item.key] == nil else { throw duplicate(reader, key: "subject", id: item.key) }
                entry.acknowledgements[item.key] = item
            }
            for value in try root.list("notes") {
                let reader = try FieldReader(value, subject: Localized("et notat", en: "a note"))
                try reader.rejectUnknownFields(["section", "text", "blank", "copiedFrom"])
                let section = try reader.text("section")
                guard entry.notes[section] == nil, !entry.blankSections.contains(section) else { throw duplicate(reader, key: "section", id: section) }
                if let text = try reader.optionalText("text") {
                    entry.notes[section] = text
                } else if try reader.optionalBool("blank") == true {
                    entry.blankSections.insert(section)
                } else {
                    throw reader.missing("text")
                }
                if let copied = try reader.optionalInt("copiedFrom", in: 1000...9999) { entry.copiedNotes[section] = copied }
                sources.record("note \(section)", at: reader.value("section")?.offset ?? value.offset)
            }
            return (entry, sources)
        } catch {
            throw sources.diagnostic(for: error)
        }
    }

    /// A sum in NOK (a value, spend or revenue): a JSON number, never negative.
    static func amount(_ value: JSONValue, key: String, reader: FieldReader) throws(JSONError) -> Amount {
        guard let literal = value.decimalLiteral, let amount = Amount(jsonLiteral: literal) else {
            throw reader.invalid(value, key: key, Localized("ugyldig beløp", en: "invalid amount"), notes: [Amount.expectedForm])
        }
        guard amount.hundredths >= 0 else {
            throw reader.invalid(value, key: key, Localized("negativt beløp", en: "negative amount"), notes: [Amount.expectedMoney])
        }
        return amount
    }

    /// An entered figure: a count or a share, never negative.
    static func indicatorValue(_ value: JSONValue, key: String, reader: FieldReader) throws(JSONError) -> Amount {
        guard let literal = value.decimalLiteral, let amount = Amount(jsonLiteral: literal), amount.hundredths >= 0 else {
            throw reader.invalid(value, key: key, Localized("ugyldig tall", en: "invalid number"),
                                 notes: [Localized("forventet et tall, null eller mer", en: "expected a number, zero or more")])
        }
        return amount
    }

    private static func duplicate(_ reader: FieldReader, key: String, id: String) -> JSONError {
        JSONError(offset: reader.value(key)?.offset ?? reader.offset,
                  Localized("\(quoted(id)) står to ganger", en: "\(quoted(id)) appears twice"),
                  notes: [Localized("slå sammen de to oppføringene til én", en: "merge the two entries into one")])
    }
}
