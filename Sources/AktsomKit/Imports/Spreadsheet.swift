/// A table read from a file that a spreadsheet or an e-procurement system wrote: a CSV file, its
/// encoding and separator detected, or a sheet of an Excel workbook (.xlsx); its header found,
/// its rows numbered as the spreadsheet numbers them.
public struct Spreadsheet: Sendable {
    /// What the table was read from.
    public enum Format: Sendable, Equatable {
        case csv
        /// The sheet read, and every sheet of the workbook in order.
        case xlsx(sheet: String, sheets: [String])
    }

    public let file: String
    public let format: Format
    /// How a CSV file's bytes were read; `.xlsx` for a workbook, whose parts are UTF-8 XML.
    public let encoding: TextEncodingName
    /// The CSV file's separator; `;` for a workbook, which has none.
    public let separator: Unicode.Scalar
    /// The header cells as written.
    public let header: [String]
    public let headerLine: Int
    /// The rows after the header that are not blank. A workbook's rows carry their Excel row
    /// number as `line`, and each cell of a merged range holds the range's value.
    public let rows: [CSVRecord]
    /// The rows above the header, such as a status sheet's instruction line.
    public var preamble: [CSVRecord] = []

    /// The workbook's sheet that was read; nil for CSV.
    public var sheetName: String? {
        if case .xlsx(let sheet, _) = format { return sheet }
        return nil
    }

    /// How messages number the rows: «linje 4» in a CSV file, «rad 12» in a workbook.
    public var numbering: ImportError.Numbering {
        if case .xlsx = format { return .row }
        return .line
    }

    /// `UTF-8 med BOM, skilletegn ;` or `Excel-arbeidsbok, arket «Tiltak»`: what was read, for
    /// an import's summary.
    public var source: Localized {
        switch format {
        case .csv:
            let nb = separator == "\t" ? "tabulator" : String(Character(separator))
            let en = separator == "\t" ? "tab" : nb
            return Localized("\(encoding.rawValue), skilletegn \(nb)", en: "\(encoding.rawValue), separator \(en)")
        case .xlsx(let sheet, _):
            return Localized("Excel-arbeidsbok, arket \(quoted(sheet))", en: "Excel workbook, the sheet \(quoted(sheet))")
        }
    }

    /// The import refused with these problems, its rows numbered as this file numbers them.
    public func refused(_ problems: [ImportProblem], hint: Localized? = nil) -> ImportError {
        ImportError(file: file, problems: problems, hint: hint, numbering: numbering)
    }

    /// Reads the file: an Excel workbook (.xlsx, known by its bytes, whatever its name) or CSV.
    /// `sheet` names the workbook's sheet to read (the first sheet not hidden when nil); a CSV
    /// file has one table and ignores it. `isHeader` picks the header among the first records (a
    /// status sheet has an instruction line above it); `expectedHeader` tells the user what it
    /// should hold.
    public static func read(
        _ bytes: [UInt8], file: String, expectedHeader: Localized, sheet: String? = nil, limits: WorkbookLimits = WorkbookLimits(),
        isHeader: ([String]) -> Bool = { !$0.isEmpty }
    ) throws(ImportError) -> Spreadsheet {
        switch SpreadsheetSignature(bytes) {
        case .zip:
            return try workbook(bytes, file: file, expectedHeader: expectedHeader, sheet: sheet, limits: limits, isHeader: isHeader)
        case .oldExcel:
            throw ImportError(file: file, problems: [ImportProblem(line: nil, Localized(
                "filen er en Excel-arbeidsbok i det gamle formatet (.xls), som Aktsom ikke leser", en: "the file is an Excel workbook in the old format (.xls), which Aktsom does not read"))],
                hint: Localized("åpne den i Excel og velg Lagre som → «Excel-arbeidsbok (.xlsx)» eller «CSV UTF-8 (kommadelt)», og importer den filen",
                                en: "open it in Excel, choose Save As → «Excel Workbook (.xlsx)» or «CSV UTF-8 (Comma delimited)», and import that file"))
        case nil:
            return try csv(bytes, file: file, expectedHeader: expectedHeader, isHeader: isHeader)
        }
    }

    static func csv(_ bytes: [UInt8], file: String, expectedHeader: Localized, isHeader: ([String]) -> Bool) throws(ImportError) -> Spreadsheet {
        let (text, encoding) = TextDecoding.decode(bytes)
        guard !text.isBlank else {
            throw ImportError(file: file, problems: [ImportProblem(line: nil, Localized("filen er tom", en: "the file is empty"))],
                              hint: Localized("lagre regnearket som CSV med en overskriftsrad og minst én rad under", en: "save the spreadsheet as CSV with a header row and at least one row below it"))
        }
        // Try the separator the first line suggests, then the others, and keep the first under
        // which a header row appears: an instruction line above the header may hold commas.
        let detected = CSVReader.detectSeparator(in: text)
        var firstError: CSVError?
        var found: (separator: Unicode.Scalar, records: [CSVRecord], headerIndex: Int)?
        for separator in [detected] + CSVReader.separators.filter({ $0 != detected }) {
            do throws(CSVError) {
                let records = try CSVReader.records(in: text, separator: separator)
                if let index = records.prefix(10).firstIndex(where: { isHeader($0.cells) }) {
                    found = (separator, records, index)
                    break
                }
            } catch {
                firstError = firstError ?? error
            }
        }
        guard let (separator, records, headerIndex) = found else {
            if let firstError {
                throw ImportError(file: file, problems: [ImportProblem(line: firstError.line, firstError.message)], hint: firstError.notes.first)
            }
            let firstLine = shownLine(String(text.split(whereSeparator: \.isNewline).first ?? ""))
            throw ImportError(file: file, problems: [ImportProblem(line: 1, Localized(
                "fant ikke overskriftsraden med kolonnenavn; første linje er «\(firstLine)»", en: "found no header row with column names; the first line is «\(firstLine)»"))],
                hint: expectedHeader)
        }
        let header = records[headerIndex]
        return Spreadsheet(file: file, format: .csv, encoding: encoding, separator: separator,
                           header: header.cells.map(\.trimmingSpaces), headerLine: header.line,
                           rows: records[(headerIndex + 1)...].filter { !$0.isBlank }, preamble: Array(records[..<headerIndex]))
    }

    /// A sheet of a workbook, read as ``XLSXWorkbook`` reads it, as the rows of a CSV file.
    static func workbook(_ bytes: [UInt8], file: String, expectedHeader: Localized, sheet wanted: String?, limits: WorkbookLimits,
                         isHeader: ([String]) -> Bool) throws(ImportError) -> Spreadsheet {
        let workbook: XLSXWorkbook
        let sheet: XLSXSheet
        do throws(WorkbookError) {
            workbook = try XLSXWorkbook(bytes: bytes, limits: limits)
            sheet = try workbook.sheet(named: wanted)
        } catch {
            throw ImportError(file: file, problems: [ImportProblem(line: nil, error.described)], hint: hint(for: error))
        }
        let format = Format.xlsx(sheet: sheet.name, sheets: workbook.sheetNames)
        let records = sheet.rows.map { CSVRecord(line: $0.number, cells: $0.cells) }
        guard !records.isEmpty else {
            throw ImportError(file: file, problems: [ImportProblem(line: nil, Localized("arket \(quoted(sheet.name)) er tomt", en: "the sheet \(quoted(sheet.name)) is empty"))],
                              hint: workbook.sheets.count > 1 ? otherSheets(workbook.sheetNames, not: sheet.name) : expectedHeader)
        }
        guard let headerIndex = records.prefix(10).firstIndex(where: { isHeader($0.cells) }) else {
            let first = records[0]
            throw ImportError(file: file, problems: [ImportProblem(line: first.line, Localized(
                "fant ikke overskriftsraden med kolonnenavn i arket \(quoted(sheet.name)); første rad er «\(shownLine(first.cells.joined(separator: " | ")))»",
                en: "found no header row with column names in the sheet \(quoted(sheet.name)); the first row is «\(shownLine(first.cells.joined(separator: " | ")))»"))],
                hint: workbook.sheets.count > 1 ? expectedHeader + Localized("; ", en: "; ") + otherSheets(workbook.sheetNames, not: sheet.name) : expectedHeader,
                numbering: .row)
        }
        let header = records[headerIndex]
        return Spreadsheet(file: file, format: format, encoding: .xlsx, separator: ";", header: header.cells.map(\.trimmingSpaces),
                           headerLine: header.line, rows: records[(headerIndex + 1)...].filter { !$0.isBlank }, preamble: Array(records[..<headerIndex]))
    }

    static func hint(for error: WorkbookError) -> Localized {
        switch error.kind {
        case .missingSheet(let sheets):
            return Localized("velg et av arkene med --sheet, for eksempel --sheet \(quoted(sheets.first ?? ""))",
                             en: "choose one of the sheets with --sheet, for example --sheet \(quoted(sheets.first ?? ""))")
        case .tooLarge:
            return Localized("del arbeidsboken, eller lagre bare arket som trengs, som .xlsx eller CSV", en: "split the workbook, or save only the sheet needed, as .xlsx or CSV")
        case .unsupported, .damaged:
            return Localized("åpne filen i Excel eller LibreOffice, lagre den på nytt som «Excel-arbeidsbok (.xlsx)» og importer den filen",
                             en: "open the file in Excel or LibreOffice, save it again as «Excel Workbook (.xlsx)» and import that file")
        }
    }

    static func otherSheets(_ sheets: [String], not read: String) -> Localized {
        let others = sheets.filter { $0 != read }.map(quoted).joined(separator: ", ")
        return Localized("arbeidsboken har også \(others); velg et annet ark med --sheet", en: "the workbook also has \(others); choose another sheet with --sheet")
    }

    /// A line shown to the user: control characters out, and short, whatever the file held.
    static func shownLine(_ line: String) -> String {
        TextTable.shorten(String(line.map { character in
            character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? "·" : character
        }), to: 80)
    }

    /// `Verdi (NOK)` → `verdi`, `Antall_Leverandører*` → `antall leverandører`: what a header
    /// means, whatever its case, unit or decoration.
    public static func normalizedHeader(_ header: String) -> String {
        var text = header.lowercased()
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        text = text.replacingOccurrences(of: "_", with: " ")
        text = String(text.filter { $0 != "*" && $0 != ":" && $0 != "." && $0 != "?" })
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The column index of each field whose header matches one of its names.
    public func columns<Field: Hashable>(_ names: [(Field, [String])]) -> [Field: Int] {
        var found: [Field: Int] = [:]
        for (index, header) in header.enumerated() {
            let normalized = Spreadsheet.normalizedHeader(header)
            for (field, aliases) in names where found[field] == nil && aliases.contains(normalized) {
                found[field] = index
                break
            }
        }
        return found
    }

    /// Headers no field claimed, for a warning: a misspelled column is otherwise silently lost.
    public func unclaimedHeaders(_ claimed: some Collection<Int>) -> [String] {
        header.indices.filter { !claimed.contains($0) && !header[$0].isEmpty }.map { header[$0] }
    }

    /// The cell in a row, trimmed, with Excel's formula guard (`'=`) removed; empty when the row
    /// is short.
    public static func cell(_ row: CSVRecord, _ index: Int?) -> String {
        guard let index, index < row.cells.count else { return "" }
        return CSVWriter.restored(row.cells[index].trimmingSpaces)
    }
}

/// Yes and no as spreadsheets write them.
public enum YesNo {
    /// `Ja`, `x`, `yes`, `1` → true; `Nei`, `no`, `0`, blank → false; anything else nil.
    public static func parse(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "ja", "j", "yes", "y", "x", "✓", "✔", "1", "sann", "true", "sant": return true
        case "nei", "n", "no", "0", "usann", "false", "usant", "", "-": return false
        default: return nil
        }
    }

    public static var expected: Localized {
        Localized("forventet Ja eller Nei (også x, Yes, No eller tom)", en: "expected Ja or Nei (also x, Yes, No or empty)")
    }
}

/// Spreadsheet files that are not CSV, told apart by their first bytes.
enum SpreadsheetSignature {
    /// A ZIP archive: `.xlsx` (and LibreOffice's `.ods`, which the workbook reader names).
    case zip
    /// `.xls` from Excel 97–2003: a compound document.
    case oldExcel

    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .oldExcel
        } else {
            return nil
        }
    }
}
