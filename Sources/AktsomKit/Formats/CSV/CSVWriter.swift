/// Writes CSV that Excel on a Norwegian PC opens correctly with a double click: UTF-8 with a
/// byte order mark (so æøå survive), `;` between cells (Norwegian Excel's list separator), CRLF
/// line ends, and quotes where a cell holds a separator, a quote or a line break.
///
/// A cell that would start with `=`, `+`, `-`, `@` (or a look-alike, or any of them after
/// spaces), a tab or a carriage return is a formula to Excel (CSV injection); such text gets a
/// leading `'`, which Excel shows as plain text.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// A whole document: the BOM, then each row ended by CRLF. Cells in `textColumns` (ids) are
    /// kept as text by Excel even when they look like a number or a date; see ``textCell(_:)``.
    public static func document(_ rows: [[String]], textColumns: Set<Int> = []) -> String {
        byteOrderMark + rows.map { line($0, textColumns: textColumns) }.joined()
    }

    public static func line(_ cells: [String], textColumns: Set<Int> = []) -> String {
        cells.enumerated().map { textColumns.contains($0.offset) ? textCell($0.element) : cell($0.element) }.joined(separator: ";") + "\r\n"
    }

    /// A cell Excel keeps as text although it reads like a number or a date: an id such as
    /// `1.10` would become 1.1 or 1 October, and no longer match when the sheet comes back. Such
    /// text is written as `="1.10"`, a formula that only yields the text (Excel saves it back as
    /// plain `1.10`). Only for text without a quote, such as ids, so the formula can do nothing
    /// else; anything else is written as an ordinary cell.
    public static func textCell(_ text: String) -> String {
        guard !text.contains("\""), SpreadsheetGuess.looksLikeNumberOrDate(text) else { return cell(text) }
        return "\"=\"\"" + text + "\"\"\""
    }

    public static func cell(_ text: String) -> String {
        let safe = neutralized(text)
        let needsQuotes = safe.contains { $0 == ";" || $0 == "\"" || $0 == "," || $0.isNewline }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Prefixes text Excel would run as a formula with `'`: text that starts with `=`, `+`, `-`,
    /// `@` or their fullwidth and small look-alikes (`＝`, `＋`, `－`, `＠` …), also after
    /// spaces, no-break spaces, zero-width characters or line breaks, which Excel and others skip;
    /// and text that starts with a tab or a carriage return.
    public static func neutralized(_ text: String) -> String {
        isFormulaLike(text) ? "'" + text : text
    }

    /// Undoes ``neutralized(_:)`` and ``textCell(_:)`` when a sheet comes back: `'=SUM(A1)`
    /// becomes `=SUM(A1)`, and `="1.10"` (a sheet imported without Excel saving it) `1.10`.
    public static func restored(_ text: String) -> String {
        if text.hasPrefix("=\""), text.hasSuffix("\""), text.count >= 3 {
            let inner = text.dropFirst(2).dropLast()
            if !inner.contains("\"") { return String(inner) }
        }
        guard text.hasPrefix("'") else { return text }
        let rest = String(text.dropFirst())
        return isFormulaLike(rest) ? rest : text
    }

    /// Characters that begin a formula in a spreadsheet, with their look-alikes.
    static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@",
        "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",   // fullwidth ＝ ＋ － ＠
        "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}",   // small ﹦ ﹢ ﹣ ﹫
        "\u{2212}",                                         // minus sign −
    ]

    /// Characters a spreadsheet may skip before a formula: every kind of space and line break,
    /// and the zero-width ones.
    static func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{180E}"].contains(scalar)
    }

    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let start = text.unicodeScalars.first(where: { !isSkipped($0) }) else { return false }
        return formulaStarts.contains(start)
    }
}
