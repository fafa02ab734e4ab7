/// Writes the whole filled report as JSON: every section with its id, label, where its content
/// came from and its blocks, and the charts' numbers. The shape is documented in the README and
/// stable: fields may be added, never renamed or removed.
public enum JSONReportRenderer {
    public static let format = "aktsom-report"
    public static let version = 1

    public static func render(_ report: Report) -> String {
        JSONWriter.pretty(value(report))
    }

    public static func value(_ report: Report) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("version", .int(version)),
            ("template", .string(report.templateID)),
            ("title", .string(report.title)),
            ("organisation", .string(report.organisation)),
            ("year", report.year.map(JSONValue.int) ?? .null),
            ("asOf", .string(report.asOf.iso)),
            ("notFilled", .int(report.notFilledCount)),
            ("sections", .array(report.sections.map(section))),
            ("charts", .array(report.charts.map(chart))),
        ])
    }

    static func section(_ section: ReportSection) -> JSONValue {
        .object([
            ("id", .string(section.id)),
            ("title", .string(section.title)),
            ("level", .int(section.level)),
            ("source", .string(section.source.rawValue)),
            ("blocks", .array(section.blocks.map(block))),
        ])
    }

    static func block(_ block: ReportBlock) -> JSONValue {
        switch block {
        case .paragraph(let text):
            return .object([("type", .string("paragraph")), ("text", .string(text))])
        case .field(let label, let value, let fix):
            return .object([("type", .string("field")), ("label", .string(label)), ("value", value.map(JSONValue.string) ?? .null),
                            ("hint", value == nil ? fix.map { .string($0.command) } : nil), ("page", value == nil ? fix.map { .string($0.page) } : nil)])
        case .list(let items):
            return .object([("type", .string("list")), ("items", .strings(items))])
        case .numberedList(let start, let items):
            return .object([("type", .string("numberedList")), ("start", .int(start)), ("items", .strings(items))])
        case .table(let table):
            return .object([("type", .string("table")), ("id", .string(table.id)), ("columns", .strings(table.columns)),
                            ("rows", .array(table.rows.map(JSONValue.strings))),
                            ("rowIds", table.rowIDs.map(JSONValue.strings)),
                            ("markedRows", table.markedRows.isEmpty ? nil : .array(table.markedRows.sorted().map(JSONValue.int)))])
        case .group(let title, let blocks):
            return .object([("type", .string("group")), ("title", .string(title)), ("blocks", .array(blocks.map(self.block)))])
        case .notFilled(let fix):
            return .object([("type", .string("notFilled")), ("hint", fix.map { .string($0.command) } ?? .null), ("page", fix.map { .string($0.page) })])
        }
    }

    static func chart(_ chart: Chart) -> JSONValue {
        .object([
            ("id", .string(chart.id)),
            ("title", .string(chart.title)),
            ("style", .string(chart.style.rawValue)),
            ("series", .strings(chart.series)),
            ("unit", .string(chart.unit)),
            ("caption", .string(chart.caption)),
            ("marker", chart.marker.map(number)),
            ("rows", .array(chart.rows.map { row in
                .object([
                    ("label", .string(row.label)),
                    ("values", .array(row.values.map(number))),
                    ("target", row.target.map(number) ?? .null),
                    ("valueLabel", row.valueLabel.map(JSONValue.string) ?? .null),
                ])
            })),
        ])
    }

    /// A chart number with at most one decimal, written the same way every time.
    static func number(_ value: Double) -> JSONValue {
        .number(literal: (Amount(hundredths: value.tenths * 10) ?? .zero).description)
    }
}
