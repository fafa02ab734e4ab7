/// A team's status sheet laid out as an Excel worksheet: the instruction line on top (the team,
/// the organisation, the day and time it was made, as in the CSV, so an import reads it the same
/// way), the header frozen below it, a row per measure. The new status is chosen from a list of
/// the five statuses, a date is checked as a date, the ID, measure and due columns are locked
/// (the sheet is protected without a password; the other cells are open), and an overdue
/// measure's row is red as in the printed report.
enum StatusWorkbook {
    typealias Column = StatusSheet.Column

    /// Columns the team may not change: what the import matches on and what it was asked to do.
    static let locked: Set<Column> = [.id, .title, .due]
    /// The widest a column grows before its text wraps, in characters.
    static let widest: [Column: Double] = [.title: 48, .goal: 36, .area: 24, .lastNote: 40, .newNote: 40]

    static func sheet(_ content: StatusSheet.Content, today: Day, language: Language) -> WorksheetModel {
        let columns = Column.allCases
        var widths: [Double] = []
        for (index, column) in columns.enumerated() {
            let longest = ([content.header[index]] + content.rows.map { $0.cells[index] })
                .map { $0.split(separator: "\n").map(\.count).max() ?? 0 }.max() ?? 0
            var width = min(Double(longest) + 2, widest[column] ?? 24)
            switch column {
            case .newStatus, .date: width = max(width, 16)
            case .newNote: width = max(width, 40)
            default: width = max(width, 8)
            }
            widths.append(width)
        }
        var rows: [[WorksheetModel.Cell]] = [[WorksheetModel.Cell(text: content.instructions, style: .title)]]
        rows.append(content.header.map { WorksheetModel.Cell(text: $0, style: .header) })
        for row in content.rows {
            rows.append(zip(columns, row.cells).map { column, text in
                let style: WorksheetModel.Style
                if locked.contains(column) {
                    style = row.overdue ? .overdueLocked : .locked
                } else if column == .date {
                    style = row.overdue ? .overdueDateInput : .dateInput
                } else {
                    style = row.overdue ? .overdueInput : .input
                }
                return WorksheetModel.Cell(text: text, style: style)
            })
        }
        let nb = language == .nb
        var validations: [WorksheetModel.Validation] = []
        if !content.rows.isEmpty, let status = columns.firstIndex(of: .newStatus), let date = columns.firstIndex(of: .date) {
            let last = content.rows.count + 2
            validations.append(WorksheetModel.Validation(
                range: CellRange(first: CellReference(column: status + 1, row: 3), last: CellReference(column: status + 1, row: last)),
                kind: .list(Status.allCases.map(\.rawValue)), title: nb ? "Ny status" : "New status",
                message: nb ? "Velg en av statusene i listen, eller la cellen stå tom." : "Choose one of the statuses in the list, or leave the cell empty."))
            validations.append(WorksheetModel.Validation(
                range: CellRange(first: CellReference(column: date + 1, row: 3), last: CellReference(column: date + 1, row: last)),
                kind: .dates(Day(year: 2000, month: 1, day: 1) ?? today, today.adding(days: 366)), title: nb ? "Dato" : "Date",
                message: nb ? "Datoen statusen gjelder fra (dd.mm.åååå), om ikke i dag." : "The day the status applies from (dd.mm.yyyy), if not today."))
        }
        // The instruction line runs across the sheet, as tall as its text needs; each row is as
        // tall as its longest wrapped cell (a spreadsheet does not grow rows it opens).
        let across = widths.reduce(0, +)
        let lines = max(2, Int((Double(content.instructions.count) * 1.1 / across).rounded(.up)))
        var heights: [Int: Double] = [1: Double(lines) * 16 + 4, 2: Double(wrappedLines(content.header, widths: widths)) * 15 + 3]
        for (index, row) in content.rows.enumerated() {
            heights[index + 3] = Double(wrappedLines(row.cells, widths: widths)) * 15 + 3
        }
        return WorksheetModel(
            name: nb ? "Statusark" : "Status sheet", widths: widths, rows: rows, frozenRows: 2,
            merges: [CellRange(first: CellReference(column: 1, row: 1), last: CellReference(column: columns.count, row: 1))],
            validations: validations, heights: heights, protected: true, printTitleRow: 2,
            title: nb ? "Statusark for \(content.team)" : "Status sheet for \(content.team)")
    }

    /// How many lines the tallest of the cells takes when wrapped at its column's width: a
    /// generous guess (bold text and wide letters take more room than the average character).
    static func wrappedLines(_ cells: [String], widths: [Double]) -> Int {
        var most = 1
        for (text, width) in zip(cells, widths) {
            let perLine = max(1, Int(width * 0.9) - 1)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
            most = max(most, lines)
        }
        return most
    }
}
