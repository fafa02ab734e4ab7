/// Members of a network side by side for one year: each compared figure with the network's median
/// and each member's place, and the members whose plans could not be read, with why.
public struct NetworkComparison: Sendable {
    public let year: Int
    /// Members as shown: by name, or as «Medlem A, B, …» when anonymised.
    public let members: [Shown]
    public let anonymized: Bool

    /// A member under the name it is shown by.
    public struct Shown: Sendable, Equatable {
        public let name: String
        public let member: NetworkMember
    }

    /// One figure across the network.
    public struct Column: Sendable, Equatable {
        public let figure: YearFigure
        /// The median of the members with a value; nil when none has one.
        public let median: Amount?
        /// Each member's place by this figure (1 = the highest value), by shown name; members
        /// without a value have none.
        public let places: [String: Int]
        public let withValue: Int
    }

    public init(members: [NetworkMember], year: Int, anonymize: Bool) {
        self.year = year
        self.anonymized = anonymize
        guard anonymize else {
            self.members = members.map { Shown(name: $0.organisation, member: $0) }
            return
        }
        // Letters follow a fixed scramble of the names, not the name order, so «Medlem A» says
        // nothing about who it is; the same members always get the same letters.
        let order = members.indices.sorted { NetworkComparison.scramble(members[$0].organisation + members[$0].folder) < NetworkComparison.scramble(members[$1].organisation + members[$1].folder) }
        self.members = order.enumerated().map { position, index in Shown(name: "Medlem \(NetworkComparison.letters(position))", member: members[index]) }
    }

    public var readable: [Shown] { members.filter { $0.member.figures != nil } }
    public var unreadable: [Shown] { members.filter { $0.member.figures == nil } }

    public func column(_ figure: YearFigure) -> Column {
        let valued = readable.compactMap { shown in shown.member.figures?[figure].map { (shown.name, $0) } }
        let sorted = valued.map(\.1).sorted()
        var median: Amount?
        if !sorted.isEmpty {
            let middle = sorted.count / 2
            median = sorted.count % 2 == 1 ? sorted[middle]
                : Amount(hundredths: (sorted[middle - 1].hundredths + sorted[middle].hundredths) / 2)
        }
        // Equal values share a place: 1, 2, 2, 4.
        var places: [String: Int] = [:]
        for (name, value) in valued {
            places[name] = valued.filter { $0.1 > value }.count + 1
        }
        return Column(figure: figure, median: median, places: places, withValue: valued.count)
    }

    public var columns: [Column] { YearFigure.compared.map(column) }

    /// `Medlem A = Fjordvik kommune (Plans/fjordvik)`, one per line: the key to the letters, for
    /// the network's secretariat only.
    public var key: String {
        members.map { "\($0.name) = \($0.member.organisation) (\($0.member.folder))" }.joined(separator: "\n") + "\n"
    }

    /// `A` … `Z`, `AA`, `AB` …
    static func letters(_ position: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var number = position
        var text = ""
        repeat {
            text = String(alphabet[number % 26]) + text
            number = number / 26 - 1
        } while number >= 0
        return text
    }

    /// FNV-1a of the text: a fixed, platform-independent scramble.
    static func scramble(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

extension NetworkComparison {
    /// The comparison as a report, for the Markdown, HTML and JSON renderers: an overview table,
    /// one section per figure with median and places, the members that could not be read, and a
    /// chart per figure with the median marked.
    public func report(network: String, asOf: Day) -> Report {
        var sections: [ReportSection] = []
        let columns = self.columns
        let intro = "\(members.count) medlemmer i \(network) sammenlignet for \(year)"
            + (unreadable.isEmpty ? "." : "; \(unreadable.count) kunne ikke leses og er listet til slutt.")
            + " «mangler» betyr at medlemmet ikke har tall for dette; plass 1 er høyeste verdi."
        let overviewRows = readable.map { shown in
            [shown.name, shown.member.template ?? ""] + columns.map { column in
                column.figure.display(shown.member.figures?[column.figure])
            }
        }
        let medianRow = ["Median", ""] + columns.map { $0.figure.display($0.median) }
        sections.append(ReportSection(id: "oversikt", title: "Oversikt", level: 1, showsID: false, source: .data, blocks: [
            .paragraph(intro),
            .table(ReportTable(id: "oversikt", columns: ["Medlem", "Mal"] + columns.map { $0.figure.label.nb },
                               rows: overviewRows + [medianRow], rowIDs: anonymized ? nil : readable.map(\.member.folder) + ["median"])),
        ]))
        for column in columns {
            let rows = readable.map { shown -> [String] in
                [shown.name, column.figure.display(shown.member.figures?[column.figure]), column.places[shown.name].map(String.init) ?? "–"]
            }
            sections.append(ReportSection(id: column.figure.rawValue, title: column.figure.label.nb, level: 2, showsID: false, source: .data, blocks: [
                .paragraph("Median: \(column.figure.display(column.median)) (\(column.withValue) av \(readable.count) medlemmer har tall)."),
                .table(ReportTable(id: column.figure.rawValue, columns: ["Medlem", "Verdi", "Plass"], rows: rows)),
            ]))
        }
        if !unreadable.isEmpty {
            sections.append(ReportSection(id: "kunne-ikke-leses", title: "Medlemmer som ikke kunne leses", level: 1, showsID: false, source: .data, blocks: [
                .table(ReportTable(id: "kunne-ikke-leses", columns: ["Medlem", "Årsak"],
                                   rows: unreadable.map { [$0.name, anonymized ? "planen kunne ikke leses" : $0.member.problemSummary] })),
            ]))
        }
        let charts = columns.compactMap { column -> Chart? in
            let rows = readable.compactMap { shown in
                shown.member.figures?[column.figure].map { Chart.Row(label: shown.name, values: [$0.doubleValue]) }
            }
            guard !rows.isEmpty else { return nil }
            return Chart(id: "sammenligning-\(column.figure.rawValue)", title: column.figure.label.nb, style: .stacked, series: [column.figure.label.nb],
                         tones: [.active], rows: rows, unit: column.figure.isShare ? "%" : "",
                         caption: "Streken markerer nettverkets median (\(column.figure.display(column.median))).",
                         marker: column.median?.doubleValue)
        }
        return Report(templateID: "sammenligning", title: "Sammenligning av medlemmer – \(network)", organisation: network, year: year,
                      asOf: asOf, sections: sections, charts: charts)
    }

    /// One row per member and a column per figure, for Excel: `sammenligning.csv`.
    public var table: [[String]] {
        let columns = self.columns
        var rows = [["Medlem", "Mal", "Lest"] + columns.flatMap { [$0.figure.label.nb, "Plass"] }]
        for shown in members {
            rows.append([shown.name, shown.member.template ?? "", shown.member.figures == nil ? "Nei" : "Ja"] + columns.flatMap { column in
                [shown.member.figures.map { column.figure.display($0[column.figure]) } ?? "", column.places[shown.name].map(String.init) ?? ""]
            })
        }
        rows.append(["Median", "", ""] + columns.flatMap { [$0.figure.display($0.median), ""] })
        return rows
    }
}

extension NetworkComparison {
    /// The files of the comparison in the chosen formats: the report as Markdown, HTML and JSON,
    /// and one wide table for Excel.
    public func files(network: String, asOf: Day, formats: [ReportFormat]) -> [ReportExport.File] {
        var files = ReportExport.files(for: report(network: network, asOf: asOf), formats: formats.filter { $0 != .csv })
        if formats.contains(.csv) { files.append(ReportExport.File(name: "sammenligning.csv", content: CSVWriter.document(table))) }
        return files
    }
}
