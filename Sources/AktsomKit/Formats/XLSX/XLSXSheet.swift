/// One sheet of a workbook as text: the rows that hold anything, by their Excel row number, each
/// row's cells from column A on as a person sees them (a date as `2025-06-30`, a percentage as
/// `30 %`, a decimal with a comma), and every cell of a merged range holding the range's value.
public struct XLSXSheet: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The row's number in Excel, from 1.
        public let number: Int
        /// Column A first; trailing empty cells left out.
        public let cells: [String]
    }

    public let name: String
    public let rows: [Row]
    /// The merged ranges, `A2:A5`, as the sheet lists them.
    public let mergedRanges: [String]
}

/// Reads a worksheet part into an ``XLSXSheet``.
struct XLSXSheetReader {
    let workbook: XLSXWorkbook
    let info: XLSXWorkbook.SheetInfo

    func read() throws(WorkbookError) -> XLSXSheet {
        let part = info.part
        var reader = XMLReader(try XLSXWorkbook.part(part, in: workbook.archive))
        var rows: [(number: Int, cells: [String])] = []
        var merges: [CellRange] = []
        var cellCount = 0
        var rowNumber = 0
        var cells: [String] = []
        var inSheetData = false
        let limit = workbook.limits.cells

        func tooMany() -> WorkbookError {
            WorkbookError(.tooLarge, part: part, Localized(
                "arket \(quoted(info.name)) har mer enn \(limit.norwegian) celler med innhold; Aktsom leser høyst \(limit.norwegian)",
                en: "the sheet \(quoted(info.name)) has more than \(limit.norwegian) cells with content; Aktsom reads at most \(limit.norwegian)"))
        }

        while let event = try XLSXWorkbook.next(&reader, part: part) {
            switch event {
            case .start("sheetData", _):
                inSheetData = true
            case .end("sheetData"):
                inSheetData = false
            case .start("row", let attributes) where inSheetData:
                let number = attributes["r"].map { Int($0) ?? -1 } ?? rowNumber + 1
                guard (1...CellReference.maximumRow).contains(number), number > rowNumber else {
                    throw WorkbookError(.damaged, part: part, Localized(
                        "raden \(attributes["r"] ?? "") står feil: radene må være nummerert stigende fra 1 til \(CellReference.maximumRow.norwegian)",
                        en: "the row \(attributes["r"] ?? "") is out of place: rows must be numbered upwards from 1 to \(CellReference.maximumRow.norwegian)"))
                }
                rowNumber = number
                cells = []
            case .end("row") where inSheetData:
                while cells.last?.isEmpty == true { cells.removeLast() }
                if !cells.isEmpty { rows.append((rowNumber, cells)) }
            case .start("c", let attributes) where inSheetData:
                var column = cells.count + 1
                if let reference = attributes["r"] {
                    guard let place = CellReference(reference), place.row == rowNumber, place.column >= cells.count + 1 else {
                        throw WorkbookError(.damaged, part: part, Localized("cellen \(quoted(reference)) står feil i rad \(rowNumber)",
                                                                            en: "the cell \(quoted(reference)) is out of place in row \(rowNumber)"))
                    }
                    column = place.column
                }
                let place = CellReference(column: column, row: rowNumber)
                let value = try cellValue(&reader, attributes: attributes, place: place, part: part)
                guard !value.isEmpty else { continue }
                cellCount += 1
                guard cellCount <= limit else { throw tooMany() }
                while cells.count < column - 1 { cells.append("") }
                cells.append(value)
            case .start("mergeCell", let attributes):
                guard let text = attributes["ref"], let range = CellRange(text) else {
                    throw WorkbookError(.damaged, part: part, Localized("et sammenslått område har en ugyldig referanse", en: "a merged range has an invalid reference"))
                }
                merges.append(range)
            default:
                break
            }
        }
        let filled = try XLSXSheetReader.fill(merges, into: rows, cellCount: cellCount, limit: limit, tooMany: tooMany)
        return XLSXSheet(name: info.name, rows: filled.map { XLSXSheet.Row(number: $0.number, cells: $0.cells) }, mergedRanges: merges.map(\.name))
    }

    /// A cell's value as text, read from `<v>`, `<is>` or the shared strings by its type `t`.
    func cellValue(_ reader: inout XMLReader, attributes: [String: String], place: CellReference, part: String) throws(WorkbookError) -> String {
        var raw: String?
        var inline: String?
        var hasFormula = false
        var depth = 1
        while depth > 0, let event = try XLSXWorkbook.next(&reader, part: part) {
            switch event {
            case .start("v", _):
                raw = try XLSXWorkbook.text(&reader, part: part, plain: true)
            case .start("is", _):
                inline = try XLSXWorkbook.text(&reader, part: part)
            case .start("f", _):
                hasFormula = true
                _ = try XLSXWorkbook.text(&reader, part: part, plain: true)
            case .start:
                depth += 1
            case .end:
                depth -= 1
            case .text:
                break
            }
        }
        let type = attributes["t"] ?? "n"
        if let inline { return inline }
        guard let raw else {
            if hasFormula {
                throw WorkbookError(.unsupported, part: part, Localized(
                    "cellen \(place.name) i arket \(quoted(info.name)) har en formel uten lagret verdi; åpne arbeidsboken i Excel eller LibreOffice, lagre den og importer på nytt",
                    en: "the cell \(place.name) in the sheet \(quoted(info.name)) has a formula with no saved value; open the workbook in Excel or LibreOffice, save it and import again"))
            }
            return ""
        }
        func invalid() -> WorkbookError {
            WorkbookError(.damaged, part: part, Localized("cellen \(place.name) har en ugyldig verdi \(quoted(raw))", en: "the cell \(place.name) has an invalid value \(quoted(raw))"))
        }
        switch type {
        case "s":
            guard let index = Int(raw.trimmingSpaces), workbook.sharedStrings.indices.contains(index) else { throw invalid() }
            return workbook.sharedStrings[index]
        case "str", "inlineStr", "e":
            return XLSXWorkbook.unescaped(raw)
        case "b":
            switch raw.trimmingSpaces {
            case "1": return "TRUE"
            case "0": return "FALSE"
            default: throw invalid()
            }
        case "d":
            // An ISO 8601 date and time (strict OOXML); the day is what an import reads.
            return String(raw.trimmingSpaces.prefix(while: { $0 != "T" }))
        case "n":
            guard let number = Double(raw.trimmingSpaces), number.isFinite else { throw invalid() }
            let style = attributes["s"].flatMap { Int($0) } ?? 0
            let format = workbook.cellFormats.indices.contains(style) ? workbook.cellFormats[style] : .number
            return CellText.number(number, format: format, system: workbook.dateSystem)
        default:
            throw invalid()
        }
    }

    /// Every cell of each merged range gets the value of the range's top-left cell (Excel keeps
    /// it there only), so a goal written once beside its five measures reads as five goals.
    static func fill(_ merges: [CellRange], into rows: [(number: Int, cells: [String])], cellCount: Int, limit: Int,
                     tooMany: () -> WorkbookError) throws(WorkbookError) -> [(number: Int, cells: [String])] {
        guard !merges.isEmpty else { return rows }
        var byNumber: [Int: [String]] = [:]
        for row in rows { byNumber[row.number] = row.cells }
        var count = cellCount
        for range in merges {
            let rowCells = byNumber[range.first.row] ?? []
            let value = range.first.column <= rowCells.count ? rowCells[range.first.column - 1] : ""
            guard !value.isEmpty else { continue }
            count += range.cellCount - 1
            guard count <= limit else { throw tooMany() }
            for number in range.first.row...range.last.row {
                var cells = byNumber[number] ?? []
                while cells.count < range.last.column { cells.append("") }
                for column in range.first.column...range.last.column { cells[column - 1] = value }
                byNumber[number] = cells
            }
        }
        return byNumber.keys.sorted().map { number in
            var cells = byNumber[number] ?? []
            while cells.last?.isEmpty == true { cells.removeLast() }
            return (number, cells)
        }
    }
}

/// A number as the text an import reads, by the cell's number format.
enum CellText {
    /// `2025-06-30` for a date, `2025-06-30 14:30` for a date with a time (the day alone at
    /// midnight), `14:30` for a time, `30 %` for 0.3 as a percentage, and otherwise the number
    /// with a decimal comma and no grouping (`48500000`, `12,5`), as a Norwegian CSV has it: a
    /// point would be read back as a thousands separator.
    static func number(_ value: Double, format: NumberFormat, system: ExcelDate.System) -> String {
        switch format {
        case .number:
            return plain(value)
        case .percent:
            return plain(value * 100) + " %"
        case .date, .dateTime:
            guard let day = ExcelDate.day(serial: value, system: system) else {
                // Excel's 29 February 1900 is shown as Excel shows it, and refused as a date where one is read.
                return system == .from1900 && value >= 60 && value < 61 ? "1900-02-29" : plain(value)
            }
            if case .dateTime(let seconds) = format, value != value.rounded(.down) {
                return day.iso + " " + ExcelDate.time(serial: value, seconds: seconds)
            }
            return day.iso
        case .time(let seconds):
            return ExcelDate.time(serial: value, seconds: seconds)
        }
    }

    /// The number rounded to 10 decimals (binary fractions such as 0.1 + 0.2 read as written),
    /// whole numbers without a fraction.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let rounded = abs(value) < 1e5 ? (value * 1e10).rounded() / 1e10 : value
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return rounded.description.replacingOccurrences(of: ".", with: ",")
    }
}
