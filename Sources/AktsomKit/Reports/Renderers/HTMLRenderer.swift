/// Writes a report as one self-contained HTML file: no script, no external resource, styles
/// inline, charts as inline SVG, and print styles for A4 so "Skriv ut → Lagre som PDF" in any
/// browser gives a document to send to management and council: tables that wrap to the page,
/// headings kept with what follows, page numbers, overdue measures marked. All user text is
/// escaped, and a number stays on one line with its unit («30 %», «2 150 000»).
public enum HTMLRenderer {
    public static func render(_ report: Report) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(report.title)) – \(HTML.escape(report.organisation))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTML.escape(report.title))</h1>
            <p class="subtitle">\(HTML.escape(ReportText.subtitle(report)))</p>

            """
        let blanks = report.notFilledCount
        if blanks > 0 {
            out += "<p class=\"summary\">\(blanks) svar er ikke utfylt og er merket <span class=\"tag blank\">ikke utfylt</span>.</p>\n"
        }
        out += "</header>\n"
        out += body(report)
        out += "<footer>Laget med Aktsom fra planen til \(HTML.escape(report.organisation)). Svar merket «fra data» er hentet fra handlingsplanen, anskaffelsesregisteret og statusjournalen.</footer>\n</body>\n</html>\n"
        return out
    }

    /// The report's charts and sections without the page around them and without its styles:
    /// what `aktsom serve` shows inside its own page as a preview, styled by its own stylesheet.
    /// All user text is escaped, as in the whole file. With `linkingBlanks` (the preview) each
    /// answer not filled in links to the page that fills it; a file never links to the server.
    public static func body(_ report: Report, linkingBlanks: Bool = false) -> String {
        var out = ""
        if !report.charts.isEmpty {
            out += "<section class=\"charts\">\n<h2>Oversikt</h2>\n"
            for chart in report.charts {
                out += figure(chart)
            }
            out += "</section>\n"
        }
        out += "<main>\n"
        for section in report.sections {
            out += render(section, linkingBlanks: linkingBlanks)
        }
        return out + "</main>\n"
    }

    /// One chart with its title and caption, as the report shows it.
    public static func figure(_ chart: Chart) -> String {
        "<figure id=\"figur-\(HTML.anchor(chart.id))\">\n<figcaption><strong>\(HTML.escape(chart.title))</strong> \(HTML.escape(chart.caption))</figcaption>\n"
            + SVGChart.render(chart) + "\n</figure>\n"
    }

    static func render(_ section: ReportSection, linkingBlanks: Bool = false) -> String {
        let level = min(section.level + 1, 6)
        var heading = section.showsID ? "<span class=\"id\">\(HTML.escape(section.id))</span> " : ""
        heading += HTML.escape(section.title)
        if let source = ReportText.source(section.source) {
            heading += " <span class=\"tag \(section.source == .blank ? "blank" : "source")\">\(source)</span>"
        }
        // A section left empty on purpose carries only its heading, as in the form.
        var out = "<section id=\"s-\(HTML.anchor(section.id))\" class=\"level-\(section.level)\">\n<h\(level)>\(heading)</h\(level)>\n"
        for block in section.blocks {
            out += render(block, depth: level, linkingBlanks: linkingBlanks)
        }
        return out + "</section>\n"
    }

    static func render(_ block: ReportBlock, depth: Int, linkingBlanks: Bool = false) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(lines(text))</p>\n"
        case .field(let label, let value, let fix):
            guard let value else {
                return "<div class=\"field\"><div class=\"label\">\(HTML.escape(label))</div>\(notFilled(fix, linked: linkingBlanks))</div>\n"
            }
            return "<div class=\"field\"><div class=\"label\">\(HTML.escape(label))</div><div class=\"value\">\(ownWords(value))</div></div>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(lines($0))</li>\n" }.joined() + "</ul>\n"
        case .numberedList(let start, let items):
            return "<ol\(start == 1 ? "" : " start=\"\(start)\"")>\n" + items.map { "<li>\(lines($0))</li>\n" }.joined() + "</ol>\n"
        case .table(let table):
            var out = "<table>\n<thead><tr>" + table.columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for (index, row) in table.rows.enumerated() {
                out += table.markedRows.contains(index) ? "<tr class=\"marked\">" : "<tr>"
                out += row.map { cell in "<td\(cell == "Nei" ? " class=\"no\"" : cell == "Ja" ? " class=\"yes\"" : "")>\(lines(cell))</td>" }.joined() + "</tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        case .group(let title, let blocks):
            let level = min(depth + 1, 6)
            return "<div class=\"group\">\n<h\(level)>\(text(title))</h\(level)>\n" + blocks.map { render($0, depth: level, linkingBlanks: linkingBlanks) }.joined() + "</div>\n"
        case .notFilled(let fix):
            return notFilled(fix, linked: linkingBlanks) + "\n"
        }
    }

    /// The organisation's text in a value: its lists as lists, else its lines as typed.
    static func ownWords(_ value: String) -> String {
        guard TextBlocks.hasList(value) else { return lines(value) }
        return TextBlocks.parse(value).map { block -> String in
            switch block {
            case .paragraph(let text): return "<p>\(lines(text))</p>"
            case .bullets(let items): return render(.list(items), depth: 0).trimmingCharacters(in: .newlines)
            case .numbered(let start, let items): return render(.numberedList(start: start, items: items), depth: 0).trimmingCharacters(in: .newlines)
            }
        }.joined(separator: "\n")
    }

    /// Escaped text in which a number keeps its unit and its groups of digits on one line, and a
    /// web address is a link.
    static func text(_ text: String) -> String {
        keepNumbersTogether(HTML.linking(text, keepingLines: false))
    }

    /// The same, with line breaks kept.
    static func lines(_ text: String) -> String {
        keepNumbersTogether(HTML.linking(text, keepingLines: true))
    }

    /// `30 %` and `2 150 000` with no-break spaces, so a line never breaks inside a number.
    static func keepNumbersTogether(_ escaped: String) -> String {
        // A space between an ASCII digit and a digit or `%` shows in the bytes wherever it is
        // between such characters; most texts have none and pass through without being split
        // into characters (it was 6 % of a city's export).
        guard hasSpaceInNumber(escaped.utf8) else { return escaped }
        return keepNumbersTogetherByCharacter(escaped)
    }

    /// Whether the bytes hold a digit, a space, and a digit or `%` in a row.
    static func hasSpaceInNumber(_ bytes: String.UTF8View) -> Bool {
        var before: UInt8 = 0, previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: " "), before >= UInt8(ascii: "0"), before <= UInt8(ascii: "9"),
               byte == UInt8(ascii: "%") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                return true
            }
            before = previous
            previous = byte
        }
        return false
    }

    /// The rule character by character, for text that has a candidate.
    static func keepNumbersTogetherByCharacter(_ escaped: String) -> String {
        var out = ""
        out.reserveCapacity(escaped.utf8.count + 16)
        let characters = Array(escaped)
        for (index, character) in characters.enumerated() {
            if character == " ", index > 0, index + 1 < characters.count, characters[index - 1].isASCII, characters[index - 1].isNumber,
               characters[index + 1] == "%" || (characters[index + 1].isASCII && characters[index + 1].isNumber) {
                out += "&nbsp;"
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// «Ikke utfylt», with the page and the command that fill it; in the preview, a link to the page.
    static func notFilled(_ fix: Fix?, linked: Bool = false) -> String {
        var out = "<div class=\"notfilled\"><strong>Ikke utfylt.</strong>"
        if let fix {
            if linked {
                out += " <a href=\"\(HTML.escape(fix.page))\">\(HTML.escape(fix.label.nb))</a>"
            } else {
                out += " \(HTML.escape(ReportText.fillIn)) <code>\(HTML.escape(fix.command))</code>"
            }
        }
        return out + "</div>"
    }

    static let style = """
        :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d5dbe1; --accent: #2f6fb0; --warn: #fff4e5; --warn-line: #d9822b; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; margin: 0 auto; max-width: 960px; padding: 24px; font-size: 15px; }
        h1 { font-size: 1.6em; margin: 0 0 .2em; }
        h2 { font-size: 1.3em; border-bottom: 2px solid var(--accent); padding-bottom: .2em; margin-top: 1.8em; }
        h3 { font-size: 1.08em; margin-top: 1.4em; }
        h4, h5, h6 { font-size: 1em; margin: 1.1em 0 .3em; }
        .subtitle { color: var(--muted); margin: 0 0 .6em; }
        .summary { background: var(--warn); border-left: 4px solid var(--warn-line); padding: .4em .8em; }
        .id { color: var(--accent); font-variant-numeric: tabular-nums; }
        .tag { font-size: .7em; font-weight: normal; border-radius: 3px; padding: .05em .4em; vertical-align: middle; white-space: nowrap; }
        .tag.source { color: var(--muted); border: 1px solid var(--line); }
        .tag.blank { color: #8a4b08; background: var(--warn); border: 1px solid var(--warn-line); }
        .field { margin: .5em 0; }
        .field .label { font-weight: 600; }
        .notfilled { background: var(--warn); border-left: 4px solid var(--warn-line); padding: .3em .7em; margin: .3em 0; }
        .notfilled code { font-size: .85em; }
        .group { border-left: 3px solid var(--line); padding-left: .9em; margin: 1em 0; }
        table { border-collapse: collapse; width: 100%; max-width: 100%; margin: .6em 0; font-size: .92em; }
        th, td { border: 1px solid var(--line); padding: .3em .5em; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: manual; }
        tr.marked td { background: #fdecea; font-weight: 600; }
        tr.marked td:first-child { box-shadow: inset 4px 0 0 #c0392b; }
        th { background: #f1f4f7; }
        td.yes { color: #1b5e20; }
        td.no { color: var(--muted); }
        figure { margin: 1em 0 1.6em; }
        figcaption { margin-bottom: .4em; color: var(--muted); }
        figcaption strong { color: var(--ink); display: block; }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        svg .label, svg .value, svg .legend { font-size: 12px; fill: var(--ink); }
        svg .inside { font-size: 11px; fill: #ffffff; }
        svg .target { stroke: var(--ink); stroke-width: 2; }
        footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .6em; }
        @page {
          size: A4; margin: 18mm 16mm 20mm;
          @bottom-right { content: "Side " counter(page) " av " counter(pages); font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 8.5pt; color: #5f6b7a; }
        }
        @media print {
          html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
          .group > :first-child + * { break-before: avoid; page-break-before: avoid; }
          section.level-1 { break-before: auto; }
          .charts { break-after: page; page-break-after: always; }
          figure, tr, .field, .notfilled { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .tag.source { display: none; }
        }
        """
}
