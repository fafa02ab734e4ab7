/// Writes a report as Markdown that pastes cleanly into the reporting portal: one heading per
/// form section with its id and label, answers as plain paragraphs, lists and tables, and a
/// clear "Ikke utfylt" where the user still has to write.
///
/// User text reads as written, escaped only where Markdown would change its meaning (see
/// ``Markdown``): a note that begins with `#` stays a sentence, `<script>` stays text. Table cells
/// are kept on one line so tables stay intact.
public enum MarkdownRenderer {
    public static func render(_ report: Report) -> String {
        var out = "# \(report.title)\n\n"
        out += ReportText.subtitle(report) + "\n"
        for section in report.sections {
            out += "\n" + String(repeating: "#", count: min(section.level + 1, 6)) + " " + section.heading + "\n"
            for block in section.blocks {
                out += "\n" + render(block, depth: section.level + 1)
            }
        }
        return out
    }

    static func render(_ block: ReportBlock, depth: Int) -> String {
        switch block {
        case .paragraph(let text):
            return Markdown.escape(text) + "\n"
        case .field(let label, let value, let fix):
            guard let value else { return "**\(label):** " + notFilled(fix) }
            if value.contains("\n") {
                return "**\(label):**\n\n" + multiline(value)
            }
            return value.isEmpty ? "**\(label):**\n" : "**\(label):** \(Markdown.escape(value))\n"
        case .list(let items):
            return items.map { "- " + item($0) }.joined(separator: "\n") + "\n"
        case .numberedList(let start, let items):
            return items.enumerated().map { "\(start + $0.offset). " + item($0.element) }.joined(separator: "\n") + "\n"
        case .table(let table):
            return render(table)
        case .group(let title, let blocks):
            var out = String(repeating: "#", count: min(depth + 1, 6)) + " " + Markdown.escape(TextTable.singleLine(title)) + "\n"
            for inner in blocks {
                out += "\n" + render(inner, depth: depth + 1)
            }
            return out
        case .notFilled(let fix):
            return "> " + notFilled(fix)
        }
    }

    /// `_Ikke utfylt._ Fyll inn på siden Årsrapport, eller med: \`aktsom …\``: a lead who works
    /// in the browser fills it there, one in the terminal with the command.
    static func notFilled(_ fix: Fix?) -> String {
        guard let fix else { return "_\(ReportText.notFilled)._\n" }
        return "_\(ReportText.notFilled)._ \(ReportText.fillIn) `\(fix.command)`\n"
    }

    /// A list item's text: its further lines indented under it, so they stay in the item.
    static func item(_ text: String) -> String {
        Markdown.escape(text).replacingOccurrences(of: "\n", with: "\n  ")
    }

    /// A value of several lines: its lists as lists, the rest as paragraphs (``TextBlocks``).
    static func multiline(_ value: String) -> String {
        TextBlocks.parse(value).map { block -> String in
            switch block {
            case .paragraph(let text): return Markdown.escape(text) + "\n"
            case .bullets(let items): return render(.list(items), depth: 0)
            case .numbered(let start, let items): return render(.numberedList(start: start, items: items), depth: 0)
            }
        }.joined(separator: "\n")
    }

    static func render(_ table: ReportTable) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(Markdown.cell).joined(separator: " | ") + " |"
        }
        var lines = [row(table.columns), "|" + table.columns.map { _ in " --- |" }.joined()]
        lines += table.rows.map(row)
        return lines.joined(separator: "\n") + "\n"
    }

}

/// Wording shared by the renderers.
enum ReportText {
    static let notFilled = "Ikke utfylt"
    /// Before the command that fills a blank answer: the page does the same in the browser.
    static let fillIn = "Fyll inn på siden Årsrapport i aktsom serve, eller med"

    /// Joins phrases into sentences, adding a full stop only where a phrase has none:
    /// «Overordnet mål: Vi skal kjøpe klimavennlig.» never gets a second one.
    static func sentences(_ phrases: [String]) -> String {
        phrases.map { phrase in
            let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let last = trimmed.last else { return trimmed }
            return ".!?".contains(last) ? trimmed : trimmed + "."
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// «a, b og c»: names listed in a sentence.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }

    /// `Fjordvik kommune · Rapporteringsår 2025 · Status per 31.12.2025`.
    static func subtitle(_ report: Report) -> String {
        var parts = [report.organisation]
        if let year = report.year { parts.append("Rapporteringsår \(year)") }
        if let period = report.period { parts.append("Hele strategiperioden \(period.display)") }
        parts.append("Status per \(report.asOf.norwegian)")
        return parts.joined(separator: " · ")
    }

    /// `Fra data`, `Fra årets notat`, …: where a section's content came from.
    static func source(_ source: ReportSection.Source) -> String? {
        switch source {
        case .heading: return nil
        case .data: return "fra data"
        case .note: return "fra notat"
        case .dataAndNote: return "fra data og notat"
        case .blank: return "ikke utfylt"
        case .leftBlank: return "tom med vilje"
        }
    }
}
