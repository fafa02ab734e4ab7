/// One record of a CSV file: its cells and its row as a spreadsheet numbers it. A line break
/// inside a quoted cell does not start a new row in Excel, so it does not count here either:
/// messages name the row a person sees in the spreadsheet.
public struct CSVRecord: Sendable, Equatable {
    /// The spreadsheet's row number: 1 for the first line, one more after each line end outside
    /// quotes, blank lines included.
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    public var isBlank: Bool { cells.allSatisfy { $0.isBlank } }
}

/// A problem in the structure of a CSV file.
public struct CSVError: Error, Sendable, Equatable {
    public var line: Int
    public var message: Localized
    public var notes: [Localized]
}

/// Reads CSV as spreadsheets write it (RFC 4180 and Excel's habits): the separator is `;`, `,`
/// or tab, detected from the header line; cells in double quotes may hold separators, quotes
/// written as `""`, and line breaks; lines end in CRLF, LF or CR.
public enum CSVReader {
    public static let separators: [Unicode.Scalar] = [";", ",", "\t"]

    /// The separator used in the first line, counting only outside quotes. Semicolon wins a
    /// tie, as it is what Norwegian Excel writes.
    public static func detectSeparator(in text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes && (scalar == "\n" || scalar == "\r") { break }
            if !inQuotes && separators.contains(scalar) { counts[scalar, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ";"
        var bestCount = 0
        for separator in separators where (counts[separator] ?? 0) > bestCount {
            best = separator
            bestCount = counts[separator] ?? 0
        }
        return best
    }

    /// Splits the text into records. An unclosed quote is the one structural error: it would
    /// swallow the rest of the file into one cell. `separator` is one of ``separators``.
    ///
    /// Read on UTF-8 bytes: every character with a meaning here is ASCII, so a cell is the bytes
    /// between them, and a city's sheets are read without building text a character at a time.
    public static func records(in text: String, separator: Unicode.Scalar) throws(CSVError) -> [CSVRecord] {
        var text = text
        let read = text.withUTF8 { bytes in Result { () throws(CSVError) in try records(in: bytes, separator: UInt8(ascii: separator)) } }
        return try read.get()
    }

    private static func records(in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) throws(CSVError) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var atCellStart = true
        var sawAnything = false

        func endCell() {
            // A quoted cell's line breaks are kept as LF, as all stored text is.
            cells.append(LineEndings.normalized(String(decoding: cell, as: UTF8.self)))
            cell.removeAll(keepingCapacity: true)
            atCellStart = true
        }
        func endRecord() {
            endCell()
            records.append(CSVRecord(line: recordLine, cells: cells))
            cells = []
            sawAnything = false
        }

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                switch byte {
                case quote:
                    // `""` is a quote in the text; any other quote closes the cell, and what
                    // follows is read outside quotes.
                    if index < bytes.count && bytes[index] == quote {
                        cell.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                case cr:
                    // A line break inside quotes is part of the cell, not a new row.
                    if index < bytes.count && bytes[index] == lf { index += 1 }
                    cell.append(lf)
                default:
                    cell.append(byte)
                }
                continue
            }
            switch byte {
            case quote where atCellStart:
                inQuotes = true
                quoteLine = line
                atCellStart = false
                sawAnything = true
            case separator:
                sawAnything = true
                endCell()
            case cr, lf:
                if byte == cr && index < bytes.count && bytes[index] == lf { index += 1 }
                if sawAnything || !cell.isEmpty || !cells.isEmpty { endRecord() }
                line += 1
                recordLine = line
                atCellStart = true
            default:
                // Text after a closing quote (`"abc"def`) is kept, as Excel does.
                cell.append(byte)
                atCellStart = false
                sawAnything = true
            }
        }
        if inQuotes {
            throw CSVError(line: quoteLine, message: Localized("et anførselstegn (\") åpnes men lukkes aldri", en: "a quote (\") is opened but never closed"),
                           notes: [Localized("en celle som begynner med \" må slutte med \"; et \" inne i teksten skrives \"\"",
                                             en: "a cell that starts with \" must end with \"; a \" inside the text is written \"\"")])
        }
        if sawAnything || !cell.isEmpty || !cells.isEmpty { endRecord() }
        return records
    }
}
