/// A table read from a CSV file that a spreadsheet or an e-procurement system wrote: its
/// encoding and separator detected, its header found, its rows numbered by file line.
public struct Spreadsheet: Sendable {
    public let file: String
    public let encoding: TextEncodingName
    public let separator: Unicode.Scalar
    /// The header cells as written.
    public let header: [String]
    public let headerLine: Int
    /// The rows after the header that are not blank.
    public let rows: [CSVRecord]
    /// The rows above the header, such as a status sheet's instruction line.
    public var preamble: [CSVRecord] = []

    /// Reads the file. `isHeader` picks the header among the first records (a status sheet
    /// has an instruction line above it); `expectedHeader` tells the user what it should hold.
    public static func read(
        _ bytes: [UInt8], file: String, expectedHeader: Localized, isHeader: ([String]) -> Bool = { !$0.isEmpty }
    ) throws(ImportError) -> Spreadsheet {
        if let workbook = Workbook(signature: bytes) {
            throw ImportError(file: file, problems: [ImportProblem(line: nil, Localized(
                "filen er en Excel-arbeidsbok (\(workbook.rawValue)), ikke en CSV-fil", en: "the file is an Excel workbook (\(workbook.rawValue)), not a CSV file"))],
                hint: Localized("åpne den i Excel og velg Lagre som → «CSV UTF-8 (kommadelt)» eller «CSV (semikolonseparert)», og importer den filen",
                                en: "open it in Excel, choose Save As → «CSV UTF-8 (Comma delimited)» or «CSV (semicolon delimited)», and import that file"))
        }
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
            // Shown to the user: control characters out, and short, whatever the file held.
            let firstLine = TextTable.shorten(String((text.split(whereSeparator: \.isNewline).first ?? "").map { character in
                character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? "·" : character
            }), to: 80)
            throw ImportError(file: file, problems: [ImportProblem(line: 1, Localized(
                "fant ikke overskriftsraden med kolonnenavn; første linje er «\(firstLine)»", en: "found no header row with column names; the first line is «\(firstLine)»"))],
                hint: expectedHeader)
        }
        let header = records[headerIndex]
        return Spreadsheet(file: file, encoding: encoding, separator: separator,
                           header: header.cells.map(\.trimmingSpaces), headerLine: header.line,
                           rows: records[(headerIndex + 1)...].filter { !$0.isBlank }, preamble: Array(records[..<headerIndex]))
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

/// Spreadsheet files that are not CSV, told apart by their first bytes, so the user hears
/// "save it as CSV" instead of a line of binary.
enum Workbook: String {
    /// `.xlsx` (and LibreOffice's `.ods`): a zip archive.
    case excel = ".xlsx"
    /// `.xls` from Excel 97–2003: a compound document.
    case oldExcel = ".xls"

    init?(signature bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .excel
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .oldExcel
        } else {
            return nil
        }
    }
}
