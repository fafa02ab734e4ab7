/// Reads a status sheet back from a team and turns the rows that say something new into status
/// updates by that team.
///
/// Only the "Ny status" and "Nytt notat" columns are read as news. A row is recorded once,
/// however many times and on whatever days the sheet is imported: a row counts as imported when
/// the team already has an update for the measure with the same note (and the same status and
/// date, when the row gives them) recorded after the sheet was made. A row whose measure got a
/// newer journal entry after the sheet was made is not applied, so an old sheet never undoes a
/// newer status; it is reported by line with what the sheet showed and what holds now, and
/// `force` applies it anyway. A row for another team's measure, an unknown id, a bad status or a
/// bad date rejects the whole sheet, and every such row is listed with its line number.
public struct StatusSheetImport: Sendable {
    /// A row not applied because its measure changed after the sheet was made.
    public struct HeldBack: Sendable, Equatable {
        public let line: Int
        public let measure: String
        /// What the sheet's «Status nå» showed, when it has that column.
        public let sheetStatus: Status?
        public let currentStatus: Status
        /// What the row asked for.
        public let status: Status
    }

    public let spreadsheet: Spreadsheet
    /// The team as the plan spells it.
    public let team: String
    /// When the sheet was made, from its instruction line; nil for an older sheet.
    public let made: RecordedTime?
    /// The updates to append, in sheet order.
    public private(set) var updates: [StatusUpdate] = []
    /// Rows that carried nothing new, or were imported before.
    public private(set) var unchanged = 0
    /// Rows not applied because their measure changed after the sheet was made.
    public private(set) var heldBack: [HeldBack] = []

    public init(bytes: [UInt8], file: String, team typedTeam: String, data: PlanData, clock: WallClock, force: Bool = false) throws(ImportError) {
        try self.init(spreadsheet: try StatusSheetImport.read(bytes, file: file), team: typedTeam, data: data, clock: clock, force: force)
    }

    /// Reads the bytes as a status sheet: the first row with the ID and Ny status columns is its
    /// header.
    public static func read(_ bytes: [UInt8], file: String) throws(ImportError) -> Spreadsheet {
        let columns = StatusSheet.Column.self
        return try Spreadsheet.read(bytes, file: file, expectedHeader: Localized(
            "forventet statusarket fra «aktsom sheet export», med kolonnene ID, Ny status og Nytt notat",
            en: "expected the status sheet from «aktsom sheet export», with the columns ID, Ny status and Nytt notat")) { cells in
            let names = Set(cells.map(Spreadsheet.normalizedHeader))
            return columns.id.names.contains(where: names.contains) && columns.newStatus.names.contains(where: names.contains)
        }
    }

    /// An empty `given` team means the team the sheet names in its instruction line. A sheet made for
    /// another team than the one given is refused as a whole, before its rows: «the measure is
    /// not Byggherre's» on every row would hide what went wrong.
    public init(spreadsheet: Spreadsheet, team given: String, data: PlanData, clock: WallClock, force: Bool = false) throws(ImportError) {
        let columns = StatusSheet.Column.self
        let file = spreadsheet.file
        let named = StatusSheet.team(in: spreadsheet.preamble)
        let typedTeam = given.trimmingSpaces.isEmpty ? (named ?? given) : given
        if typedTeam.trimmingSpaces.isEmpty {
            throw ImportError(file: file, problems: [ImportProblem(line: nil, Localized(
                "arket sier ikke hvilket team det er laget for", en: "the sheet does not say which team it was made for"))],
                hint: Localized("oppgi teamet (--team); team i planen: \(data.plan.teams.joined(separator: ", "))",
                                en: "name the team (--team); teams in the plan: \(data.plan.teams.joined(separator: ", "))"))
        }
        guard let team = data.plan.teams.first(where: { Team.matches($0, typedTeam) }) else {
            var message = Localized("ingen tiltak har ansvarlig \(quoted(typedTeam))", en: "no measure is owned by \(quoted(typedTeam))")
            if let hint = Suggestion.note(for: typedTeam, among: data.plan.teams) { message = message + Localized("; \(hint.nb)", en: "; \(hint.en)") }
            throw ImportError(file: file, problems: [ImportProblem(line: nil, message)],
                              hint: Localized("team i planen: \(data.plan.teams.joined(separator: ", "))", en: "teams in the plan: \(data.plan.teams.joined(separator: ", "))"))
        }
        if let named, !Team.matches(named, team), data.plan.teams.contains(where: { Team.matches($0, named) }) {
            throw spreadsheet.refused([ImportProblem(line: spreadsheet.preamble.first?.line, Localized(
                "arket er statusarket for \(quoted(named)), ikke for \(quoted(team))", en: "the sheet is the status sheet for \(quoted(named)), not for \(quoted(team))"))],
                hint: Localized("importer det for \(named) (--team \"\(named)\"), eller hent \(team) sitt ark med aktsom sheet export --team \"\(team)\"",
                                en: "import it for \(named) (--team \"\(named)\"), or get \(team)'s sheet with aktsom sheet export --team \"\(team)\""))
        }
        self.spreadsheet = spreadsheet
        self.team = team
        made = StatusSheet.made(in: spreadsheet.preamble)
        let found = spreadsheet.columns([(columns.id, columns.id.names), (columns.newStatus, columns.newStatus.names),
                                         (columns.newNote, columns.newNote.names), (columns.date, columns.date.names),
                                         (columns.currentStatus, columns.currentStatus.names)])
        let history = data.statusHistory
        // Rows are looked up by id; a city's plan has thousands of measures, a sheet a few dozen.
        let rowIDs = Set(spreadsheet.rows.map { Spreadsheet.cell($0, found[columns.id]) })
        var measuresByID: [String: Measure] = [:]
        for measure in data.plan.measures where rowIDs.contains(measure.id) && measuresByID[measure.id] == nil {
            measuresByID[measure.id] = measure
        }
        let today = clock.today()
        let recorded = RecordedTime(clock.timestamp())
        var problems: [ImportProblem] = []

        for row in spreadsheet.rows {
            func problem(_ column: StatusSheet.Column?, _ message: Localized) {
                let name = column.flatMap { found[$0] }.map { spreadsheet.header[$0] }
                problems.append(ImportProblem(line: row.line, column: name, message))
            }
            let id = Spreadsheet.cell(row, found[columns.id])
            let statusText = Spreadsheet.cell(row, found[columns.newStatus])
            let note = Spreadsheet.cell(row, found[columns.newNote])
            let dateText = Spreadsheet.cell(row, found[columns.date])
            guard !id.isEmpty else {
                if !statusText.isEmpty || !note.isEmpty { problem(columns.id, Localized("raden har ny status eller notat, men ingen ID", en: "the row has a new status or note, but no ID")) }
                continue
            }
            guard let measure = measuresByID[id] else {
                if let removed = data.plan.removedRecord(.measure, id) {
                    problem(columns.id, PlanError.removedMeasure(removed).diagnostic.message)
                    continue
                }
                var message = Localized("tiltaket \(quoted(id)) finnes ikke", en: "the measure \(quoted(id)) does not exist")
                if let hint = Suggestion.note(for: id, among: data.plan.measures.filter { $0.isOwned(by: team) }.map(\.id)) {
                    message = message + Localized("; \(hint.nb)", en: "; \(hint.en)")
                }
                problem(columns.id, message)
                continue
            }
            guard measure.isOwned(by: team) else {
                let owner = measure.owner.map(quoted) ?? Localized("ingen", en: "no one").nb
                problem(columns.id, Localized("tiltaket \(quoted(id)) er ikke \(team) sitt; ansvarlig er \(owner)",
                                              en: "the measure \(quoted(id)) is not \(team)'s; it is owned by \(owner)"))
                continue
            }
            var status: Status?
            if !statusText.isEmpty {
                switch Status.read(statusText) {
                case .success(let read): status = read
                case .failure(let unknown): problem(columns.newStatus, unknown.oneLine)
                }
            }
            var date = today
            if !dateText.isEmpty {
                if let day = Day(parsing: dateText) {
                    if day > today {
                        problem(columns.date, Localized("datoen \(day.norwegian) er fram i tid", en: "the date \(day.norwegian) is in the future"))
                    }
                    date = day
                } else {
                    problem(columns.date, Localized("ugyldig dato \(quoted(dateText)); forventet dd.mm.åååå eller åååå-mm-dd",
                                                    en: "invalid date \(quoted(dateText)); expected dd.mm.yyyy or yyyy-mm-dd"))
                }
            }
            if statusText.isEmpty && note.isEmpty {
                unchanged += 1
                continue
            }
            if !statusText.isEmpty && status == nil { continue }
            let inForce = history.latest(for: id, asOf: date)
            let newStatus = status ?? inForce?.status ?? .planned
            let newNote = note.isEmpty ? nil : note
            // The row's identity is what the team wrote, never the day it happens to be imported on.
            let alreadyImported = history.updates(for: id).contains { update in
                update.by == team && update.note == newNote && (status == nil || update.status == status)
                    && (dateText.isEmpty || update.date == date) && (made.map { !RecordedTime.isBefore(update.recorded, $0) } ?? true)
            }
            let saysNothingNew = newNote == nil && newStatus == (inForce?.status ?? .planned)
            if alreadyImported || saysNothingNew {
                unchanged += 1
                continue
            }
            let current = history.status(of: id, asOf: today)
            let sheetStatus = Status(parsing: Spreadsheet.cell(row, found[columns.currentStatus]))
            if !force && changedSinceSheet(id, history: history, sheetStatus: sheetStatus, current: current) {
                heldBack.append(HeldBack(line: row.line, measure: id, sheetStatus: sheetStatus, currentStatus: current, status: newStatus))
                continue
            }
            updates.append(StatusUpdate(measure: id, status: newStatus, date: date, by: team, note: newNote, recorded: recorded))
        }
        if !problems.isEmpty {
            throw spreadsheet.refused(problems,
                              hint: Localized("rett radene i arket og importer på nytt; ingenting er lagret", en: "fix the rows in the sheet and import again; nothing was saved"))
        }
    }

    /// What of the journal a sheet's rows can depend on, read from the sheet alone: when it was
    /// made, the measures its rows name, and those whose row gives its own date (their history
    /// before today matters).
    static func historyNeeds(_ spreadsheet: Spreadsheet) -> (made: RecordedTime?, ids: Set<String>, dated: Set<String>) {
        let columns = StatusSheet.Column.self
        let found = spreadsheet.columns([(columns.id, columns.id.names), (columns.date, columns.date.names)])
        var ids: Set<String> = [], dated: Set<String> = []
        for row in spreadsheet.rows {
            let id = Spreadsheet.cell(row, found[columns.id])
            guard !id.isEmpty else { continue }
            ids.insert(id)
            if !Spreadsheet.cell(row, found[columns.date]).isEmpty { dated.insert(id) }
        }
        return (StatusSheet.made(in: spreadsheet.preamble), ids, dated)
    }

    /// Whether the measure changed after the sheet was made: a journal entry recorded later, or
    /// for a sheet without its time, a status that differs from what the sheet showed.
    private func changedSinceSheet(_ id: String, history: StatusHistory, sheetStatus: Status?, current: Status) -> Bool {
        if let made {
            return history.updates(for: id).contains { update in update.recorded.map { made < $0 } ?? false }
        }
        return sheetStatus.map { $0 != current } ?? false
    }

    public func summary(_ language: Language, dryRun: Bool) -> String {
        let nb = language == .nb
        var lines = [nb ? "\(spreadsheet.file): statusark for \(team) (\(spreadsheet.format == .csv ? spreadsheet.encoding.rawValue : spreadsheet.source.nb))"
                        : "\(spreadsheet.file): status sheet for \(team) (\(spreadsheet.format == .csv ? spreadsheet.encoding.rawValue : spreadsheet.source.en))"]
        for update in updates {
            let note = update.note.map { ": \($0)" } ?? ""
            lines.append("  \(update.measure)  \(update.status.label(language)) \(update.date.norwegian)\(TextTable.singleLine(note))")
        }
        if !heldBack.isEmpty {
            lines.append(nb ? "Ikke registrert, fordi tiltaket er endret etter at arket ble laget (--force registrerer dem likevel):"
                            : "Not recorded, because the measure changed after the sheet was made (--force records them all the same):")
            for row in heldBack {
                let shown = row.sheetStatus.map { nb ? "arket viste \($0.label(language))" : "the sheet showed \($0.label(language))" }
                    ?? (nb ? "arket viste ikke status" : "the sheet showed no status")
                lines.append(nb ? "  linje \(row.line)  \(row.measure): \(shown), nå \(row.currentStatus.label(language)); raden ville satt \(row.status.label(language))"
                                : "  line \(row.line)  \(row.measure): \(shown), now \(row.currentStatus.label(language)); the row would set \(row.status.label(language))")
            }
        }
        let count = updates.count
        if dryRun {
            lines.append(nb ? "Prøvekjøring: \(count.counted("ny statusoppdatering", "nye statusoppdateringer")), \(unchanged.counted("rad", "rader")) uten endring. Ingenting er lagret."
                            : "Dry run: \(count.counted("new status update", "new status updates")), \(unchanged.counted("row", "rows")) without change. Nothing was saved.")
        } else {
            lines.append(nb ? "Importert: \(count.counted("ny statusoppdatering", "nye statusoppdateringer")), \(unchanged.counted("rad", "rader")) uten endring."
                            : "Imported: \(count.counted("new status update", "new status updates")), \(unchanged.counted("row", "rows")) without change.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(dryRun: Bool) -> JSONValue {
        .object([
            ("file", .string(spreadsheet.file)),
            ("team", .string(team)),
            ("dryRun", .bool(dryRun)),
            ("updates", .array(updates.map(RecordJSON.update))),
            ("unchanged", .int(unchanged)),
            ("heldBack", .array(heldBack.map { row in
                .object([
                    ("line", .int(row.line)),
                    ("measure", .string(row.measure)),
                    ("sheetStatus", row.sheetStatus.map { .string($0.rawValue) } ?? .null),
                    ("currentStatus", .string(row.currentStatus.rawValue)),
                    ("status", .string(row.status.rawValue)),
                ])
            })),
        ])
    }
}
