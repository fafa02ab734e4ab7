/// Writes each table of a report as its own CSV file that Excel opens with a double click.
public enum CSVReportRenderer {
    /// `(file name, content)` per table: `ehn-offentlig-2.A.2.csv`. A table whose rows name
    /// records gets their ids in a first column, so a sheet can be matched back to the register.
    public static func render(_ report: Report) -> [(name: String, content: String)] {
        report.tables.map { table in (fileName(of: table, in: report), render(table)) }
    }

    /// `ehn-offentlig-2.A.2.csv`: the file a table is written to.
    public static func fileName(of table: ReportTable, in report: Report) -> String {
        "\(report.templateID)-\(SafeFileName.component(table.id)).csv"
    }

    /// One table as a CSV document.
    public static func render(_ table: ReportTable) -> String {
        var rows = [table.columns] + table.rows
        if let ids = table.rowIDs, ids.count == table.rows.count {
            rows = zip(["ID"] + ids, rows).map { [$0.0] + $0.1 }
        }
        return CSVWriter.document(rows)
    }
}

/// File names made from ids, which may hold characters a file name must not.
public enum SafeFileName {
    /// Letters, digits, `.`, `-` and `_` kept; anything else (`/`, spaces) becomes `-`; never
    /// `.` or `..` or empty, so a name can only ever name a file inside its folder.
    public static func component(_ text: String) -> String {
        var name = String(text.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "-" })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : name
    }
}
