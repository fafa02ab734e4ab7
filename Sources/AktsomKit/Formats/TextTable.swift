/// A plain-text table for the terminal: columns padded to the widest cell, counted in characters
/// so `æøå` line up, long text cut with `…` where a column has a limit.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignRight: Bool
        /// Cells longer than this are shortened with `…`; nil for no limit.
        public var maximumWidth: Int?

        public init(_ header: String, alignRight: Bool = false, maximumWidth: Int? = nil) {
            self.header = header
            self.alignRight = alignRight
            self.maximumWidth = maximumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines, header first, with two spaces between columns and no trailing spaces.
    public func rendered() -> String {
        let cells = ([columns.map(\.header)] + rows).map { row in
            columns.indices.map { index in
                let text = index < row.count ? TextTable.singleLine(row[index]) : ""
                return TextTable.shorten(text, to: columns[index].maximumWidth)
            }
        }
        let widths = columns.indices.map { index in cells.map { $0[index].count }.max() ?? 0 }
        return cells.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let isLast = index == row.count - 1
                if index > 0 { line += "  " }
                line += columns[index].alignRight ? padding + cell : (isLast ? cell : cell + padding)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// Rendered text with every line indented and no final line break: a table inside a titled
    /// block of a terminal view.
    public static func indented(_ text: String, by indent: String = "  ") -> String {
        text.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
    }

    /// Line breaks in a note would break the table; show them as spaces.
    public static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public static func shorten(_ text: String, to limit: Int?) -> String {
        guard let limit, text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
