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
    /// swallow the rest of the file into one cell.
    public static func records(in text: String, separator: Unicode.Scalar) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var atCellStart = true
        var sawAnything = false

        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }

        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            atCellStart = true
        }
        func endRecord() {
            endCell()
            records.append(CSVRecord(line: recordLine, cells: cells))
            cells = []
            sawAnything = false
        }

        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            cell.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    // A line break inside quotes is part of the cell, not a new row.
                    if scalar == "\r" {
                        if let following = next(), following != "\n" { pending = following }
                        cell.append("\n")
                        continue
                    }
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atCellStart:
                inQuotes = true
                quoteLine = line
                atCellStart = false
                sawAnything = true
            case separator:
                sawAnything = true
                endCell()
            case "\r", "\n":
                if scalar == "\r", let following = next(), following != "\n" { pending = following }
                if sawAnything || !cell.isEmpty || !cells.isEmpty { endRecord() }
                line += 1
                recordLine = line
                atCellStart = true
            default:
                // Text after a closing quote (`"abc"def`) is kept, as Excel does.
                cell.append(scalar)
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
