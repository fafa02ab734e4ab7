/// Writes CSV that Excel on a Norwegian PC opens correctly with a double click: UTF-8 with a
/// byte order mark (so æøå survive), `;` between cells (Norwegian Excel's list separator), CRLF
/// line ends, and quotes where a cell holds a separator, a quote or a line break.
///
/// A cell that would start with `=`, `+`, `-`, `@` (or a look-alike, or any of them after
/// spaces), a tab or a carriage return is a formula to Excel (CSV injection); such text gets a
/// leading `'`, which Excel shows as plain text.
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

    /// Prefixes text Excel would run as a formula with `'`: text that starts with `=`, `+`, `-`,
    /// `@` or their fullwidth and small look-alikes (`＝`, `＋`, `－`, `＠` …), also after
    /// spaces, no-break spaces, zero-width characters or line breaks, which Excel and others skip;
    /// and text that starts with a tab or a carriage return.
    public static func neutralized(_ text: String) -> String {
        isFormulaLike(text) ? "'" + text : text
    }

    /// Undoes ``neutralized(_:)`` when a sheet comes back: `'=SUM(A1)` becomes `=SUM(A1)`.
    public static func restored(_ text: String) -> String {
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
