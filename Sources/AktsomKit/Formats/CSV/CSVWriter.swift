/// Writes CSV that Excel on a Norwegian PC opens correctly with a double click: UTF-8 with a
/// byte order mark (so æøå survive), `;` between cells (Norwegian Excel's list separator), CRLF
/// line ends, and quotes where a cell holds a separator, a quote or a line break.
///
/// A cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
/// Excel (CSV injection); such text gets a leading `'`, which Excel shows as plain text.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// A whole document: the BOM, then each row ended by CRLF.
    public static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map(line).joined()
    }

    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ";") + "\r\n"
    }

    public static func cell(_ text: String) -> String {
        let safe = neutralized(text)
        let needsQuotes = safe.contains { $0 == ";" || $0 == "\"" || $0 == "," || $0.isNewline }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Prefixes text Excel would run as a formula with `'`.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// Undoes ``neutralized(_:)`` when a sheet comes back: `'=SUM(A1)` becomes `=SUM(A1)`.
    public static func restored(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
              ["=", "+", "-", "@", "\t", "\r"].contains(second) else { return text }
        return String(text.dropFirst())
    }
}
