/// The status sheet a procurement lead sends a team: one row per measure the team owns, with
/// the current status and last note, and empty columns for the new status and note. Opened in
/// Excel, filled in, saved, and imported back with ``StatusSheetImport``.
public enum StatusSheet {
    /// The columns, in order. Only `id`, `currentStatus` (to name what the sheet showed),
    /// `newStatus`, `newNote` and `date` are read back.
    enum Column: CaseIterable {
        case id, area, goal, title, due, overdue, currentStatus, lastNote, newStatus, newNote, date

        func header(_ language: Language) -> String {
            let nb = language == .nb
            switch self {
            case .id: return "ID"
            case .area: return nb ? "Område" : "Area"
            case .goal: return nb ? "Mål" : "Goal"
            case .title: return nb ? "Tiltak" : "Measure"
            case .due: return nb ? "Frist" : "Due"
            case .overdue: return nb ? "Forfalt" : "Overdue"
            case .currentStatus: return nb ? "Status nå" : "Current status"
            case .lastNote: return nb ? "Siste notat" : "Latest note"
            case .newStatus: return nb ? "Ny status" : "New status"
            case .newNote: return nb ? "Nytt notat" : "New note"
            case .date: return nb ? "Dato (valgfri)" : "Date (optional)"
            }
        }

        /// The header names read back, in either language, compared after normalization.
        var names: [String] {
            switch self {
            case .id: return ["id", "tiltak id", "measure id"]
            case .newStatus: return ["ny status", "new status"]
            case .newNote: return ["nytt notat", "new note"]
            case .date: return ["dato", "date", "statusdato"]
            default: return [Spreadsheet.normalizedHeader(header(.nb)), Spreadsheet.normalizedHeader(header(.en))]
            }
        }
    }

    /// The two forms a sheet is made in, chosen by the file's extension.
    public enum Format: String, Sendable {
        /// UTF-8 with BOM, `;`, CRLF: what Excel on a Norwegian PC opens with a double click.
        case csv
        /// An Excel workbook with the status as a drop-down, the ids locked and the header frozen.
        case xlsx

        /// `.xlsx` for a path ending so (in any case), CSV for anything else.
        public init(path: String) {
            self = path.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv
        }
    }

    /// A sheet made for a team.
    public struct Document: Sendable {
        /// The team as the plan spells it.
        public let team: String
        public let format: Format
        /// The file's bytes.
        public let bytes: [UInt8]
        public let measureCount: Int

        /// The CSV text, ready for Excel (for a workbook, its bytes read as text: use `bytes`).
        public var text: String { String(decoding: bytes, as: UTF8.self) }

        /// `text/csv` or the workbook's media type, for a download.
        public var contentType: String {
            format == .xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8"
        }
    }

    /// What a sheet holds, whatever its format: the instruction line, the header and a row per
    /// measure the team owns, with whether it is overdue.
    struct Content {
        let team: String
        let instructions: String
        let header: [String]
        let rows: [(cells: [String], overdue: Bool)]
    }

    /// The sheet for a team, as CSV (ready for Excel) or as an Excel workbook. `made`, when given,
    /// is written in the instruction line, so an import can tell which statuses changed after the
    /// sheet was made.
    public static func export(data: PlanData, team: String, today: Day, language: Language, made: RecordedTime? = nil,
                              format: Format = .csv) throws(PlanError) -> Document {
        let content = try self.content(data: data, team: team, today: today, language: language, made: made, format: format)
        switch format {
        case .csv:
            let rows = [[content.instructions], content.header] + content.rows.map(\.cells)
            // Ids like 1.10 would become a number or a date in Excel and no longer match on import.
            return Document(team: content.team, format: .csv, bytes: Array(CSVWriter.document(rows, textColumns: [0]).utf8), measureCount: content.rows.count)
        case .xlsx:
            return Document(team: content.team, format: .xlsx, bytes: XLSXWriter.workbook(StatusWorkbook.sheet(content, today: today, language: language)),
                            measureCount: content.rows.count)
        }
    }

    static func content(data: PlanData, team: String, today: Day, language: Language, made: RecordedTime?, format: Format) throws(PlanError) -> Content {
        let owner = try data.plan.team(matching: team)
        let nb = language == .nb
        let statuses = Status.allCases.map(\.rawValue).joined(separator: ", ")
        let stamp = made.map { " (\($0.description))" } ?? ""
        let opening = nb ? "Statusark for \(owner) – \(data.plan.organisation), laget \(today.norwegian)\(stamp). "
                         : "Status sheet for \(owner) – \(data.plan.organisation), made \(today.norwegian)\(stamp). "
        let instructions: String
        switch format {
        case .csv:
            instructions = opening + (nb
                ? "Skriv Ny status (\(statuses)) og Nytt notat der noe har endret seg, og eventuelt Dato (dd.mm.åååå) om statusen gjelder fra en annen dag enn i dag. La ID stå. Lagre som CSV og send filen tilbake."
                : "Write New status (\(statuses)) and New note where something changed, and Date (dd.mm.yyyy) if the status applies from another day than today. Leave ID as it is. Save as CSV and send the file back.")
        case .xlsx:
            instructions = opening + (nb
                ? "Velg Ny status i listen og skriv Nytt notat der noe har endret seg, og eventuelt Dato (dd.mm.åååå) om statusen gjelder fra en annen dag enn i dag. ID, Tiltak og Frist er låst. Lagre arbeidsboken og send den tilbake."
                : "Choose New status from the list and write New note where something changed, and Date (dd.mm.yyyy) if the status applies from another day than today. ID, Measure and Due are locked. Save the workbook and send it back.")
        }
        var rows: [(cells: [String], overdue: Bool)] = []
        let owned = data.plan.measureIDs(ownedBy: Team.Key(owner))
        for state in data.measureStates(asOf: today) where owned.contains(state.measure.id) {
            let measure = state.measure
            rows.append(([
                measure.id,
                data.plan.areaID(of: measure).flatMap { data.plan.area($0)?.name } ?? "",
                data.plan.goal(measure.goal)?.title ?? measure.goal,
                measure.title,
                measure.due.map { $0.display(language) } ?? "",
                state.isOverdue ? (nb ? "FORFALT" : "OVERDUE") : "",
                state.status.rawValue,
                state.latestUpdate?.note ?? "",
                "", "", "",
            ], state.isOverdue))
        }
        return Content(team: owner, instructions: instructions, header: Column.allCases.map { $0.header(language) }, rows: rows)
    }

    /// When the sheet was made, read from its instruction line: the first time there in the
    /// form `2025-06-01T12:00:00Z`. Nil for a sheet made before sheets carried it.
    static func made(in preamble: [CSVRecord]) -> RecordedTime? {
        for cell in preamble.flatMap(\.cells) {
            let utf8 = Array(cell.utf8)
            guard utf8.count >= 20 else { continue }
            for start in 0...(utf8.count - 20) where utf8[start + 10] == UInt8(ascii: "T") && utf8[start + 19] == UInt8(ascii: "Z") {
                let found = utf8[start..<start + 20].withUnsafeBufferPointer { RecordedTime(canonicalUTF8: $0) }
                if let found { return found }
            }
        }
        return nil
    }

    /// The team the sheet was made for, read from its instruction line («Statusark for Byggherre –
    /// …» or «Status sheet for Byggherre – …»). Nil for a sheet without that line.
    static func team(in preamble: [CSVRecord]) -> String? {
        guard let line = preamble.first?.cells.first else { return nil }
        for prefix in ["Statusark for ", "Status sheet for "] where line.hasPrefix(prefix) {
            guard let end = line.range(of: " – ") else { return nil }
            let team = line[line.index(line.startIndex, offsetBy: prefix.count)..<end.lowerBound]
            return team.isEmpty ? nil : String(team)
        }
        return nil
    }

    /// `statusark-byggherre.csv` (or `.xlsx`): the default file name for a team's sheet.
    public static func defaultFileName(team: String, format: Format = .csv) -> String {
        "statusark-\(SafeFileName.component(team.lowercased().replacingOccurrences(of: " ", with: "-"))).\(format.rawValue)"
    }
}
