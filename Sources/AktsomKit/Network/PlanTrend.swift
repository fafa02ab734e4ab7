/// A plan's figures over its years: is the organisation getting better? Each key figure and
/// indicator per year, as `aktsom trend` shows it and the action plan's «Utvikling» section.
public struct PlanTrend: Sendable {
    public let organisation: String
    public let years: [Int]
    public let values: [YearFigureValues]

    /// The figures of every year from `first` to `last`.
    public init(data: PlanData, from first: Int, to last: Int) {
        let history = data.statusHistory
        let timeline = Timeline(data: data, history: history)
        organisation = data.plan.organisation
        years = first <= last ? Array(first...last) : []
        values = years.map { YearFigureValues(data: data, year: $0, history: history, timeline: timeline) }
    }

    /// The years the plan holds anything for: a year file, a procurement, a follow-up, a
    /// deviation, an annual goal or a status update. Nil when it holds none.
    public static func yearsWithData(in data: PlanData) -> ClosedRange<Int>? {
        var years = Set(data.years.keys)
        for procurement in data.register.procurements {
            if let year = procurement.year { years.insert(year) }
            years.formUnion(procurement.followUps.compactMap(\.date?.year))
            years.formUnion(procurement.deviations.compactMap { $0.date?.year })
        }
        years.formUnion(data.plan.goals.compactMap(\.year))
        years.formUnion(data.journal.map(\.date.year))
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// The figures with a value in at least one of the years, in catalogue order.
    public var figures: [YearFigure] {
        YearFigure.allCases.filter { figure in values.contains { $0[figure] != nil } }
    }

    /// Figures in rows, years in columns; «–» where a year has no value.
    public var table: [[String]] {
        [["Figur"] + years.map(String.init)] + figures.map { figure in
            [figure.label.nb] + values.map { $0[figure].map { figure.display($0) } ?? "–" }
        }
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !years.isEmpty, !figures.isEmpty else {
            return nb ? "Ingen tall for \(organisation) i årene som er valgt.\n" : "No figures for \(organisation) in the years chosen.\n"
        }
        var table = TextTable(columns: [.init(nb ? "FIGUR" : "FIGURE", maximumWidth: 52)] + years.map { TextTable.Column(String($0)) })
        for figure in figures {
            table.append([figure.label.text(language)] + values.map { $0[figure].map { figure.display($0, language) } ?? "–" })
        }
        let heading = nb ? "Utvikling \(years.first ?? 0)–\(years.last ?? 0) – \(organisation)" : "Trend \(years.first ?? 0)–\(years.last ?? 0) – \(organisation)"
        return heading + "\n\n" + table.rendered() + (nb ? "\n– betyr ingen tall for året.\n" : "\n– means no figure for the year.\n")
    }

    public func json() -> JSONValue {
        .object([
            ("organisation", .string(organisation)),
            ("from", years.first.map(JSONValue.int)),
            ("to", years.last.map(JSONValue.int)),
            ("figures", .array(figures.map { figure in
                .object([
                    ("id", .string(figure.rawValue)),
                    ("label", .string(figure.label.nb)),
                    ("unit", .string(figure.isShare ? "%" : "")),
                    ("values", .array(values.map { entry in
                        .object([("year", .int(entry.year)), ("value", entry[figure].map { .number(literal: $0.description) } ?? .null)])
                    })),
                ])
            })),
        ])
    }

    /// A chart per share over the years: the figures that say whether the work improves.
    public var charts: [Chart] {
        figures.filter(\.isShare).compactMap { figure in
            let rows = values.compactMap { entry in entry[figure].map { Chart.Row(label: String(entry.year), values: [$0.doubleValue]) } }
            guard rows.count > 1 else { return nil }
            return Chart(id: "utvikling-\(figure.rawValue)", title: "Utvikling: \(figure.label.nb)", style: .stacked, series: [figure.label.nb],
                         tones: [.active], rows: rows, unit: "%", caption: "Per år, fra \(years.first ?? 0) til \(years.last ?? 0).")
        }
    }

    /// The trend as report blocks: the table, for the action plan's «Utvikling» section.
    public var blocks: [ReportBlock] {
        [.table(ReportTable(id: "utvikling", columns: table[0], rows: Array(table.dropFirst()), rowIDs: figures.map(\.rawValue)))]
    }
}
