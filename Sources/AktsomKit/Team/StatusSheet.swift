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

    /// A sheet made for a team.
    public struct Document: Sendable {
        /// The team as the plan spells it.
        public let team: String
        /// The CSV text, ready for Excel.
        public let text: String
        public let measureCount: Int
    }

    /// The sheet for a team as CSV, ready for Excel. `made`, when given, is written in the
    /// instruction line, so an import can tell which statuses changed after the sheet was made.
    public static func export(data: PlanData, team: String, today: Day, language: Language, made: RecordedTime? = nil) throws(PlanError) -> Document {
        let owner = try data.plan.team(matching: team)
        let nb = language == .nb
        let statuses = Status.allCases.map(\.rawValue).joined(separator: ", ")
        let stamp = made.map { " (\($0.description))" } ?? ""
        let instructions = nb
            ? "Statusark for \(owner) – \(data.plan.organisation), laget \(today.norwegian)\(stamp). Skriv Ny status (\(statuses)) og Nytt notat der noe har endret seg, og eventuelt Dato (dd.mm.åååå) om statusen gjelder fra en annen dag enn i dag. La ID stå. Lagre som CSV og send filen tilbake."
            : "Status sheet for \(owner) – \(data.plan.organisation), made \(today.norwegian)\(stamp). Write New status (\(statuses)) and New note where something changed, and Date (dd.mm.yyyy) if the status applies from another day than today. Leave ID as it is. Save as CSV and send the file back."
        var rows: [[String]] = [[instructions], Column.allCases.map { $0.header(language) }]
        let owned = data.plan.measureIDs(ownedBy: Team.Key(owner))
        for state in data.measureStates(asOf: today) where owned.contains(state.measure.id) {
            let measure = state.measure
            rows.append([
                measure.id,
                data.plan.areaID(of: measure).flatMap { data.plan.area($0)?.name } ?? "",
                data.plan.goal(measure.goal)?.title ?? measure.goal,
                measure.title,
                measure.due.map { $0.display(language) } ?? "",
                state.isOverdue ? (nb ? "FORFALT" : "OVERDUE") : "",
                state.status.rawValue,
                state.latestUpdate?.note ?? "",
                "", "", "",
            ])
        }
        // Ids like 1.10 would become a number or a date in Excel and no longer match on import.
        return Document(team: owner, text: CSVWriter.document(rows, textColumns: [0]), measureCount: rows.count - 2)
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

    /// `statusark-byggherre.csv`: the default file name for a team's sheet.
    public static func defaultFileName(team: String) -> String {
        "statusark-\(SafeFileName.component(team.lowercased().replacingOccurrences(of: " ", with: "-"))).csv"
    }
}
