/// Writes a report as a Word document the lead sends on to management and council, laid out as
/// the printed HTML: the title and subtitle, the charts on a page of their own (each a picture
/// with its numbers in a table under it, so they read in any program and to a screen reader),
/// then each section under its form id as a Word heading (Heading 1 for the form's parts, one
/// level deeper for each level inside), answers as paragraphs, lists as bullets, tables as Word
/// tables whose header row repeats on each page, «Ikke utfylt» in a marked box with how to fill
/// it. The organisation's name is in the page header, «Side N av M» in the footer.
///
/// Same report, same bytes: the ZIP's times are fixed and nothing reads the clock.
public enum DocxRenderer {
    public static func render(_ report: Report) -> [UInt8] {
        var package = DocxPackage(title: "\(report.title) – \(report.organisation)", header: report.organisation, pageWords: ("Side", "av"))
        var body = WordML.paragraph(WordML.run(report.title), WordML.Layout(style: "Title"))
        body += WordML.paragraph(WordML.run(ReportText.subtitle(report)), WordML.Layout(style: "Subtitle"))
        if report.notFilledCount > 0 {
            body += WordML.paragraph(WordML.run("\(report.notFilledCount) svar er ikke utfylt og er merket «Ikke utfylt»."),
                                     WordML.Layout(box: (border: "D9822B", fill: "FFF4E5")))
        }
        if !report.charts.isEmpty {
            body += WordML.paragraph(WordML.run("Oversikt"), WordML.Layout(style: "Heading1"))
            for (index, chart) in report.charts.enumerated() {
                body += figure(chart, number: index + 1, package: &package)
            }
        }
        for (index, section) in report.sections.enumerated() {
            // The sections start on the page after the charts, as in print.
            body += render(section, startsPage: index == 0 && !report.charts.isEmpty)
        }
        body += WordML.paragraph(WordML.run("Laget med Aktsom fra planen til \(report.organisation). Svar merket «fra data» er hentet fra handlingsplanen, anskaffelsesregisteret og statusjournalen.",
                                            WordML.Look(color: "5F6B7A", size: 17)))
        package.body = body
        return package.bytes()
    }

    /// A chart: its title and caption, the picture, and the numbers it draws.
    static func figure(_ chart: Chart, number: Int, package: inout DocxPackage) -> String {
        let svg = ChartPicture.svg(chart)
        let size = ChartPicture.size(ofSVG: svg)
        let base = "media/figur-\(number)-\(SafeFileName.component(chart.id))"
        let png = package.add(DocxPackage.Picture(name: base + ".png", bytes: ChartPicture.png(chart)))
        let vector = package.add(DocxPackage.Picture(name: base + ".svg", bytes: Array(svg.utf8)))
        // The picture as wide as the text, in EMU (635 to a twentieth of a point).
        let width = WordML.textWidth * 635
        let height = Int(Double(width) * size.height / max(1, size.width))
        var out = WordML.paragraph(WordML.run(chart.title, .strong) + WordML.run(" " + chart.caption, .muted), WordML.Layout(keepNext: true))
        out += WordML.picture(png: png, svg: vector, id: number, name: "Figur \(number)", description: "\(chart.title). \(chart.caption)", width: width, height: height)
        out += WordML.table(columns: numberColumns(chart), rows: numberRows(chart))
        return out + WordML.paragraph("", WordML.Layout(spacingAfter: 60))
    }

    /// The chart's numbers as a table's columns: what each row is, then each series (and the
    /// total of a stacked bar), or the value and the target.
    static func numberColumns(_ chart: Chart) -> [String] {
        switch chart.style {
        case .stacked: return [""] + chart.series + (chart.series.count > 1 ? ["Sum"] : [])
        case .target: return ["", chart.series.first ?? "", "mål"]
        }
    }

    static func numberRows(_ chart: Chart) -> [[String]] {
        let unit = chart.unit.isEmpty ? "" : " " + chart.unit
        return chart.rows.map { row in
            switch chart.style {
            case .stacked:
                let values = row.values.map { SVGChart.number($0) + unit }
                return [row.label] + values + (chart.series.count > 1 ? [SVGChart.number(row.values.reduce(0, +)) + unit] : [])
            case .target:
                return [row.label, row.values.first.map { SVGChart.number($0) + unit } ?? "", row.target.map { SVGChart.number($0) + unit } ?? ""]
            }
        }
    }

    static func render(_ section: ReportSection, startsPage: Bool) -> String {
        let level = min(max(section.level, 1), 6)
        var runs = ""
        if section.showsID { runs += WordML.run(section.id + " ", WordML.Look(color: "2F6FB0")) }
        runs += WordML.run(section.title)
        if section.source == .blank { runs += WordML.run("  ikke utfylt", WordML.Look(color: "8A4B08", size: 16)) }
        var out = WordML.paragraph(runs, WordML.Layout(style: "Heading\(level)", pageBreakBefore: startsPage))
        for block in section.blocks {
            out += render(block, level: level)
        }
        return out
    }

    static func render(_ block: ReportBlock, level: Int) -> String {
        switch block {
        case .paragraph(let text):
            return WordML.paragraph(WordML.run(text))
        case .field(let label, let value, let fix):
            let heading = WordML.paragraph(WordML.run(label, .strong), WordML.Layout(keepNext: true, spacingAfter: 40))
            guard let value else { return heading + notFilled(fix) }
            return heading + ownWords(value)
        case .list(let items):
            return items.map { WordML.paragraph(WordML.run($0), WordML.Layout(bullet: true, spacingAfter: 40)) }.joined()
        case .numberedList(let start, let items):
            // Numbered as typed, from the first item's number, with the text hanging after it.
            return items.enumerated().map { index, item in
                WordML.paragraph(WordML.run("\(start + index).\t" + item), WordML.Layout(hanging: 360, spacingAfter: 40))
            }.joined()
        case .table(let table):
            return WordML.table(columns: table.columns, rows: table.rows, marked: table.markedRows) { text in
                text == "Ja" ? WordML.Look(color: "1B5E20") : text == "Nei" ? WordML.Look(color: "5F6B7A") : .plain
            } + WordML.paragraph("", WordML.Layout(spacingAfter: 60))
        case .group(let title, let blocks):
            let inner = min(level + 1, 6)
            return WordML.paragraph(WordML.run(TextTable.singleLine(title)), WordML.Layout(style: "Heading\(inner)"))
                + blocks.map { render($0, level: inner) }.joined()
        case .notFilled(let fix):
            return notFilled(fix)
        }
    }

    /// The organisation's text in an answer: its lists as lists, as the HTML shows them.
    static func ownWords(_ value: String) -> String {
        guard TextBlocks.hasList(value) else { return WordML.paragraph(WordML.run(value)) }
        return TextBlocks.parse(value).map { block in
            switch block {
            case .paragraph(let text): return WordML.paragraph(WordML.run(text))
            case .bullets(let items): return render(.list(items), level: 1)
            case .numbered(let start, let items): return render(.numberedList(start: start, items: items), level: 1)
            }
        }.joined()
    }

    /// `Ikke utfylt. Fyll inn på siden Årsrapport i aktsom serve, eller med: aktsom …`, boxed.
    static func notFilled(_ fix: Fix?) -> String {
        var runs = WordML.run(ReportText.notFilled + ".", .strong)
        if let fix {
            runs += WordML.run(" " + ReportText.fillIn + " ") + WordML.run(fix.command, WordML.Look(font: "Consolas"))
        }
        return WordML.paragraph(runs, WordML.Layout(box: (border: "D9822B", fill: "FFF4E5")))
    }
}
