/// Imports procurements from the lists e-procurement systems and spreadsheets export.
///
/// A row whose id is already in the register updates that procurement; other rows add new
/// ones. The import is all or nothing: every row is checked first, and one bad row means
/// nothing is written, with every bad row listed by line and column.
///
/// Empty cells leave a field as it is, except the three requirement columns, where an empty cell
/// means "Nei": an export from a system is the truth about which requirements were set.
public struct ProcurementImport: Sendable {
    /// The columns Aktsom understands, with the header names that mean each (compared after
    /// ``Spreadsheet/normalizedHeader(_:)``).
    enum Column: CaseIterable, Sendable {
        case id, title, year, date, category, contractType, suppliers, value, highRisk
        case contractStart, contractEnd, announcedOn, contractKind, regulationPart
        case qualification, award, contract, measures
        case climateWeight, climateReason, climateRank, climateInSpecification, climateExempt, climateDocumentedIn

        var names: [String] {
            switch self {
            case .id: return ["id", "saksnummer", "saksnr", "saks nr", "sak", "referanse", "ref", "case number", "case no", "case", "reference", "anskaffelses id", "anskaffelsesnummer"]
            case .title: return ["tittel", "title", "navn", "name", "anskaffelse", "anskaffelsens navn", "procurement"]
            case .year: return ["år", "ar", "aar", "year", "avtaleår", "startår"]
            case .date: return ["dato", "date"]
            case .contractStart: return ["kontraktsstart", "startdato", "start date", "avtalestart", "oppstart", "contract start", "avtale fra", "gyldig fra"]
            case .contractEnd: return ["kontraktsslutt", "sluttdato", "end date", "avtaleslutt", "utløpsdato", "contract end", "avtale til", "gyldig til"]
            case .announcedOn: return ["kunngjort", "kunngjøringsdato", "kunngjøring", "publisert", "announced", "announcement date", "sendt til leverandører"]
            case .contractKind: return ["kontraktsart", "art", "vare/tjeneste/bygg", "anskaffelsestype", "contract kind", "kind"]
            case .regulationPart: return ["del av forskriften", "forskriftsdel", "del", "part", "regulation part"]
            case .category: return ["kategori", "category", "produktkategori", "varegruppe", "anskaffelseskategori"]
            case .contractType: return ["type avtale", "avtaletype", "kontraktstype", "contract type", "type", "type kontrakt"]
            case .suppliers: return ["antall leverandører", "antall leverandorer", "leverandører", "leverandorer", "suppliers", "number of suppliers", "antall lev"]
            case .value: return ["verdi", "value", "estimert verdi", "kontraktsverdi", "avtaleverdi", "anslått verdi", "estimated value", "beløp"]
            case .highRisk: return ["høyrisiko", "hoyrisiko", "høy risiko", "high risk", "high-risk", "høyrisikoliste", "dfø høyrisiko"]
            case .qualification: return ["kvalifikasjonskrav", "kvalifikasjon", "qualification", "qualification requirements", "qualification requirement"]
            case .award: return ["tildelingskriterier", "tildelingskriterium", "tildeling", "award", "award criteria", "award criterion"]
            case .contract: return ["kontraktsvilkår", "kontraktsvilkar", "kontraktskrav", "contract terms", "contract conditions", "contract clauses"]
            case .measures: return ["tiltak", "measures", "measure", "tiltak id"]
            case .climateWeight: return ["klima- og miljøvekt", "klima og miljøvekt", "klimavekt", "miljøvekt", "klima- og miljøvekting", "vekt klima og miljø",
                                         "climate weight", "climate and environment weight", "climate and environmental weight", "environmental weight"]
            case .climateRank: return ["rangering klima og miljø", "rangering klima", "klima rangert som nr", "prioritet klima og miljø", "climate rank", "climate ranking"]
            case .climateDocumentedIn: return ["begrunnelse dokumentert i", "begrunnelsen står i", "dokumentert i", "sted for begrunnelse", "reason documented in", "documented in"]
            case .climateReason: return ["begrunnelse klimavekt", "begrunnelse for klimavekt", "begrunnelse klima- og miljøvekt", "begrunnelse vekt",
                                         "climate weight reason", "reason for climate weight", "climate reason"]
            case .climateInSpecification: return ["klimakrav i kravspesifikasjon", "klimakrav i kravspesifikasjonen", "klima i kravspesifikasjon",
                                                  "krav i kravspesifikasjon", "climate in specification", "climate requirements in specification",
                                                  "climate requirements in the specification"]
            case .climateExempt: return ["unntak klima og miljø", "unntak klima- og miljø", "unntak fra klimavekt", "unntak klima", "klimaunntak",
                                         "climate exemption", "climate exempt", "exempt from climate weighting"]
            }
        }
    }

    /// A field that changed on an existing procurement, for `--dry-run` and the summary.
    public struct Change: Sendable, Equatable {
        public var field: Localized
        public var before: String
        public var after: String
    }

    public struct Update: Sendable, Equatable {
        public var line: Int
        public var procurement: Procurement
        public var changes: [Change]
        public var measures: [String]
    }

    public let spreadsheet: Spreadsheet
    /// New procurements, in file order.
    public private(set) var added: [Update] = []
    /// Existing procurements that change, in file order.
    public private(set) var changed: [Update] = []
    public private(set) var unchanged = 0
    /// Columns no field claimed.
    public let ignoredColumns: [String]

    /// Reads and checks the file against the plan. Throws an ``ImportError`` listing every bad
    /// row; nothing is changed until ``apply(to:)``. `sheet` names the sheet of a workbook to read.
    public init(bytes: [UInt8], file: String, data: PlanData, sheet: String? = nil) throws(ImportError) {
        let expected = Localized("forventet en overskriftsrad med minst ID/Saksnummer og Tittel, skilt med ; , eller tabulator",
                                 en: "expected a header row with at least ID/Saksnummer and Tittel/Title, separated by ; , or tab")
        let spreadsheet = try Spreadsheet.read(bytes, file: file, expectedHeader: expected, sheet: sheet) { cells in
            cells.contains { Column.id.names.contains(Spreadsheet.normalizedHeader($0)) }
        }
        let columns = spreadsheet.columns(Column.allCases.map { ($0, $0.names) })
        self.spreadsheet = spreadsheet
        self.ignoredColumns = spreadsheet.unclaimedHeaders(columns.values)
        guard !spreadsheet.rows.isEmpty else {
            throw spreadsheet.refused([ImportProblem(line: spreadsheet.headerLine, Localized(
                "filen har overskrifter, men ingen rader å importere", en: "the file has headers but no rows to import"))])
        }

        var problems: [ImportProblem] = []
        let ethicalArea: String?
        do throws(PlanError) { ethicalArea = try data.ethicalAreaID() } catch { ethicalArea = nil }
        if ethicalArea == nil, [Column.qualification, .award, .contract].contains(where: { columns[$0] != nil }) {
            problems.append(ImportProblem(line: spreadsheet.headerLine, Localized(
                "planen har ikke noe område merket som etisk, så kravkolonnene kan ikke leses",
                en: "the plan has no area marked as ethical, so the requirement columns cannot be read")))
        }
        var seenIDs: [String: Int] = [:]
        for row in spreadsheet.rows {
            var reader = RowReader(row: row, columns: columns, header: spreadsheet.header)
            let result = reader.procurement(data: data, ethicalArea: ethicalArea, seenIDs: &seenIDs)
            problems += reader.problems
            guard reader.problems.isEmpty, let (procurement, measures, existing) = result else { continue }
            if let existing {
                let changes = ProcurementImport.changes(from: existing, to: procurement)
                let newLinks = measures.filter { !(data.plan.measure($0)?.procurements.contains(procurement.id) ?? true) }
                if changes.isEmpty && newLinks.isEmpty {
                    unchanged += 1
                } else {
                    // Only links that are new: the summary says what changes, and linking is idempotent.
                    changed.append(Update(line: row.line, procurement: procurement, changes: changes, measures: newLinks))
                }
            } else {
                added.append(Update(line: row.line, procurement: procurement, changes: [], measures: measures))
            }
        }
        if !problems.isEmpty {
            throw spreadsheet.refused(problems)
        }
    }

    /// Writes the checked rows into the data.
    public func apply(to data: inout PlanData) throws(PlanError) {
        for update in added {
            data.register.procurements.append(update.procurement)
        }
        for update in changed {
            if let index = data.register.procurements.firstIndex(where: { $0.id == update.procurement.id }) {
                data.register.procurements[index] = update.procurement
            }
        }
        for update in added + changed {
            try data.linkMeasures(update.measures, unlink: [], to: update.procurement.id)
        }
    }

    /// A readable account of the import: what is added, what changes and how.
    public func summary(_ language: Language, dryRun: Bool) -> String {
        let nb = language == .nb
        let rows = spreadsheet.rows.count
        var lines = [nb ? "\(spreadsheet.file): \(rows.counted("rad", "rader")) (\(spreadsheet.source.nb))"
                        : "\(spreadsheet.file): \(rows.counted("row", "rows")) (\(spreadsheet.source.en))"]
        for update in added {
            lines.append((nb ? "  ny:      " : "  new:     ") + "\(update.procurement.id)  \(TextTable.singleLine(update.procurement.title))")
        }
        for update in changed {
            let details = update.changes.map { "\($0.field.text(language)) \(TextTable.singleLine($0.before)) → \(TextTable.singleLine($0.after))" }
                + update.measures.map { nb ? "kobles til tiltak \($0)" : "linked to measure \($0)" }
            lines.append((nb ? "  endret:  " : "  changed: ") + "\(update.procurement.id): " + details.joined(separator: "; "))
        }
        if !ignoredColumns.isEmpty {
            lines.append(nb ? "  kolonner som ikke leses: \(ignoredColumns.map(quoted).joined(separator: ", "))"
                            : "  columns not read: \(ignoredColumns.map(quoted).joined(separator: ", "))")
        }
        let counts = nb
            ? "\(added.count.counted("ny", "nye")), \(changed.count) endret, \(unchanged) uendret"
            : "\(added.count) new, \(changed.count) changed, \(unchanged) unchanged"
        if dryRun {
            lines.append(nb ? "Prøvekjøring: \(counts). Ingenting er lagret." : "Dry run: \(counts). Nothing was saved.")
        } else {
            lines.append(nb ? "Importert: \(counts)." : "Imported: \(counts).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same account for scripts: ids added, changed (with fields) and the count unchanged.
    public func json(dryRun: Bool) -> JSONValue {
        .object([
            ("file", .string(spreadsheet.file)),
            ("dryRun", .bool(dryRun)),
            ("encoding", .string(spreadsheet.encoding.rawValue)),
            ("sheet", spreadsheet.sheetName.map(JSONValue.string) ?? .null),
            ("added", .strings(added.map(\.procurement.id))),
            ("changed", .array(changed.map { update in
                .object([
                    ("id", .string(update.procurement.id)),
                    ("line", .int(update.line)),
                    ("changes", .array(update.changes.map { change in
                        .object([("field", .string(change.field.en)), ("before", .string(change.before)), ("after", .string(change.after))])
                    })),
                ])
            })),
            ("unchanged", .int(unchanged)),
            ("ignoredColumns", .strings(ignoredColumns)),
        ])
    }

    static func changes(from old: Procurement, to new: Procurement) -> [Change] {
        var changes: [Change] = []
        func compare(_ label: Localized, _ before: String?, _ after: String?) {
            if before != after { changes.append(Change(field: label, before: before ?? "–", after: after ?? "–")) }
        }
        compare(Localized("tittel", en: "title"), old.title, new.title)
        compare(Localized("år", en: "year"), old.year.map(String.init), new.year.map(String.init))
        compare(Localized("kategori", en: "category"), old.category, new.category)
        compare(Localized("type avtale", en: "contract type"), old.contractType, new.contractType)
        compare(Localized("leverandører", en: "suppliers"), old.suppliers.map(String.init), new.suppliers.map(String.init))
        compare(Localized("verdi", en: "value"), old.value?.norwegian, new.value?.norwegian)
        compare(Localized("høyrisiko", en: "high risk"), old.highRiskOverride.map { $0 ? "Ja" : "Nei" }, new.highRiskOverride.map { $0 ? "Ja" : "Nei" })
        compare(Localized("kontraktsstart", en: "contract start"), old.contractStart?.norwegian, new.contractStart?.norwegian)
        compare(Localized("kontraktsslutt", en: "contract end"), old.contractEnd?.norwegian, new.contractEnd?.norwegian)
        compare(Localized("kunngjort", en: "announced"), old.announcedOn?.norwegian, new.announcedOn?.norwegian)
        compare(Localized("kontraktsart", en: "contract kind"), old.contractKind?.label.nb, new.contractKind?.label.nb)
        compare(Localized("del av forskriften", en: "part of the regulation"), old.regulationPart?.label.nb, new.regulationPart?.label.nb)
        compare(Localized("klima og miljø", en: "climate"), old.climate?.described(.nb), new.climate?.described(.nb))
        compare(Localized("begrunnelsen står i", en: "the reason stands in"), old.climateDocumentedIn, new.climateDocumentedIn)
        for area in Set(old.requirements.keys).union(new.requirements.keys).sorted() {
            for phase in RequirementPhase.allCases {
                let before = old.requirements[area]?.contains(phase) ?? false, after = new.requirements[area]?.contains(phase) ?? false
                if before != after {
                    changes.append(Change(field: Localized("\(phase.label.nb.lowercased()) (\(area))", en: "\(phase.label.en.lowercased()) (\(area))"),
                                          before: before ? "Ja" : "Nei", after: after ? "Ja" : "Nei"))
                }
            }
        }
        return changes
    }
}

/// Reads one row into a procurement, collecting every problem in it.
private struct RowReader {
    typealias Column = ProcurementImport.Column

    let row: CSVRecord
    let columns: [Column: Int]
    let header: [String]
    var problems: [ImportProblem] = []

    init(row: CSVRecord, columns: [Column: Int], header: [String]) {
        self.row = row
        self.columns = columns
        self.header = header
    }

    func cell(_ column: Column) -> String {
        Spreadsheet.cell(row, columns[column])
    }

    mutating func problem(_ column: Column?, _ message: Localized) {
        let name = column.flatMap { columns[$0] }.map { header[$0] }
        problems.append(ImportProblem(line: row.line, column: name, message))
    }

    /// Parses a non-empty cell, or records what was wrong with it.
    mutating func parse<Value>(_ column: Column, expected: Localized, _ convert: (String) -> Value?) -> Value? {
        let text = cell(column)
        guard !text.isEmpty else { return nil }
        guard let value = convert(text) else {
            problem(column, Localized("ugyldig verdi \(quoted(text)); \(expected.nb)", en: "invalid value \(quoted(text)); \(expected.en)"))
            return nil
        }
        return value
    }

    mutating func procurement(
        data: PlanData, ethicalArea: String?, seenIDs: inout [String: Int]
    ) -> (Procurement, [String], existing: Procurement?)? {
        let id = cell(.id)
        guard !id.isEmpty else {
            problem(.id, Localized("id mangler", en: "the id is missing"))
            return nil
        }
        if let problemText = Identifier.problem(with: id) {
            problem(.id, Localized("ugyldig id \(quoted(id)): \(problemText.nb)", en: "invalid id \(quoted(id)): \(problemText.en)"))
        }
        if let earlier = seenIDs[id] {
            problem(.id, Localized("\(quoted(id)) står også på linje \(earlier)", en: "\(quoted(id)) also appears on line \(earlier)"))
        }
        seenIDs[id] = row.line
        let existing = data.register.procurement(id)
        var procurement = existing ?? Procurement(id: id, title: "")

        let title = cell(.title)
        if !title.isEmpty { procurement.title = title }
        if existing == nil && title.isEmpty {
            problem(columns[.title] == nil ? nil : .title, Localized("ny anskaffelse uten tittel", en: "a new procurement without a title"))
        }
        let yearExpected = Localized("forventet et årstall som 2025", en: "expected a year such as 2025")
        if let year = parse(.year, expected: yearExpected, { text -> Int? in
            let digits = text.hasSuffix(",0") ? String(text.dropLast(2)) : text
            guard digits.count == 4, let year = Int(digits), (1000...9999).contains(year) else { return nil }
            return year
        }) {
            procurement.year = year
        } else if cell(.year).isEmpty, let day = parse(.date, expected: RowReader.expectedDay, { Day(parsing: $0) }) {
            procurement.year = day.year
        }
        readDates(into: &procurement)
        if !cell(.category).isEmpty { procurement.category = cell(.category) }
        if !cell(.contractType).isEmpty { procurement.contractType = cell(.contractType) }
        if let suppliers = parse(.suppliers, expected: Localized("forventet et heltall", en: "expected a whole number"), { text -> Int? in
            Int(text.filter { !$0.isWhitespace }).flatMap { (0...1_000_000).contains($0) ? $0 : nil }
        }) {
            procurement.suppliers = suppliers
        }
        if let value = parse(.value, expected: Amount.expectedMoney, { Amount(parsingMoney: $0) }) {
            procurement.value = value
        }
        if let flag = parse(.highRisk, expected: YesNo.expected, { YesNo.parse($0) }) {
            procurement.highRiskOverride = flag
        }
        let phaseColumns: [(Column, RequirementPhase)] = [(.qualification, .qualification), (.award, .award), (.contract, .contract)]
        if let ethicalArea, phaseColumns.contains(where: { columns[$0.0] != nil }) {
            var phases = procurement.requirements[ethicalArea] ?? []
            for (column, phase) in phaseColumns where columns[column] != nil {
                let text = cell(column)
                guard let flag = YesNo.parse(text) else {
                    problem(column, Localized("ugyldig verdi \(quoted(text)); \(YesNo.expected.nb)", en: "invalid value \(quoted(text)); \(YesNo.expected.en)"))
                    continue
                }
                if flag { phases.insert(phase) } else { phases.remove(phase) }
            }
            procurement.requirements[ethicalArea] = phases.isEmpty ? nil : phases
        }
        readClimate(into: &procurement)
        let measures = cell(.measures).split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        for measure in measures where data.plan.measure(measure) == nil {
            var message = Localized("tiltaket \(quoted(measure)) finnes ikke", en: "the measure \(quoted(measure)) does not exist")
            if let hint = Suggestion.note(for: measure, among: data.plan.ids(of: .measure)) {
                message = message + Localized("; \(hint.nb)", en: "; \(hint.en)")
            }
            problem(.measures, message)
        }
        return (procurement, measures, existing)
    }

    /// A non-empty cell read as a word of its vocabulary, refused the way every place refuses it.
    mutating func word<Value: ClosedVocabulary>(_ column: Column, as type: Value.Type) -> Value? {
        let text = cell(column)
        guard !text.isEmpty else { return nil }
        switch Value.read(text) {
        case .success(let value): return value
        case .failure(let unknown):
            problem(column, unknown.oneLine)
            return nil
        }
    }

    static let expectedDay = Localized("forventet en dato som 2025-03-14 eller 14.03.2025", en: "expected a date such as 2025-03-14 or 14.03.2025")

    /// The contract's dates, the announcement, the kind and the part; a contract start also
    /// gives the year when the year's cell is empty. A contract that ends before it starts is
    /// refused at the end's column.
    mutating func readDates(into procurement: inout Procurement) {
        if let start = parse(.contractStart, expected: RowReader.expectedDay, { Day(parsing: $0) }) {
            procurement.contractStart = start
            if cell(.year).isEmpty && cell(.date).isEmpty { procurement.year = start.year }
        }
        if let end = parse(.contractEnd, expected: RowReader.expectedDay, { Day(parsing: $0) }) { procurement.contractEnd = end }
        if let start = procurement.contractStart, let end = procurement.contractEnd, end < start {
            problem(columns[.contractEnd] == nil ? .contractStart : .contractEnd,
                    Localized("kontrakten slutter \(end.norwegian), før den starter \(start.norwegian)", en: "the contract ends \(end.norwegian), before it starts \(start.norwegian)"))
        }
        if let announced = parse(.announcedOn, expected: RowReader.expectedDay, { Day(parsing: $0) }) { procurement.announcedOn = announced }
        if let kind = word(.contractKind, as: ContractKind.self) { procurement.contractKind = kind }
        if let part = word(.regulationPart, as: RegulationPart.self) { procurement.regulationPart = part }
        if !cell(.climateDocumentedIn).isEmpty { procurement.climateDocumentedIn = cell(.climateDocumentedIn) }
    }

    /// The climate columns by the rule `procurement add|edit` uses, the file's headers naming
    /// the places: an empty cell leaves the field as it is, two ways at once are refused.
    mutating func readClimate(into procurement: inout Procurement) {
        let climateColumns: [Column] = [.climateWeight, .climateRank, .climateReason, .climateInSpecification, .climateExempt]
        guard climateColumns.contains(where: { columns[$0] != nil }) else { return }
        var names = ClimateFieldNames()
        let headers = header
        func name(_ column: Column, _ fallback: String) -> String { columns[column].map { headers[$0] } ?? fallback }
        names.weight = name(.climateWeight, names.weight)
        names.rank = name(.climateRank, names.rank)
        names.reason = name(.climateReason, names.reason)
        names.inSpecification = name(.climateInSpecification, names.inSpecification)
        names.exempt = name(.climateExempt, names.exempt)
        func given(_ column: Column) -> String? { cell(column).nonBlank }
        let change: ClimateChange?
        do throws(FieldProblem) {
            change = try FieldInput.climate(weight: given(.climateWeight), rank: given(.climateRank), reason: given(.climateReason),
                                            inSpecification: given(.climateInSpecification), exempt: given(.climateExempt), names: names)
        } catch {
            return climateProblem(error, columns: climateColumns)
        }
        do throws(PlanError) {
            procurement.climate = try ClimateWeighting.applying(change, to: procurement.climate, names: names)
        } catch {
            if case .invalidField(let problem) = error { climateProblem(problem, columns: climateColumns) }
        }
    }

    /// A climate field's refusal as a row's problem, at the column it names; the column is named
    /// by the place, so the message leaves out the name it starts with.
    private mutating func climateProblem(_ problem: FieldProblem, columns climateColumns: [Column]) {
        let column = climateColumns.compactMap { columns[$0] }.first { header[$0] == problem.field }
        let prefix = "\(problem.field): "
        func trimmed(_ text: String) -> String { text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text }
        let message = Localized(trimmed(problem.message.nb), en: trimmed(problem.message.en))
        problems.append(ImportProblem(line: row.line, column: column.map { header[$0] },
                                      problem.notes.reduce(message) { $0 + Localized("; ", en: "; ") + $1 }))
    }
}
