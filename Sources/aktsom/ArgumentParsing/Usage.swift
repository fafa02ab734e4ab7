import AktsomKit

/// Usage lines and help pages, made from the command declarations.
enum Usage {
    /// `aktsom goal add --area AREA --title TEXT [--id ID] …`
    static func line(for command: CommandSpec) -> String {
        var parts = ["aktsom", command.name]
        for positional in command.positionals {
            parts.append(positional.isRequired ? positional.name : "[\(positional.name)]")
        }
        for option in command.options {
            let shown = option.isRepeatable ? "\(option.synopsis)…" : option.synopsis
            parts.append(option.isRequired ? shown : "[\(shown)]")
        }
        return parts.joined(separator: " ")
    }

    static func page(for topic: HelpTopic, catalog: CommandCatalog, language: Language) -> String {
        switch topic {
        case .overview: return overview(catalog: catalog, language: language)
        case .group(let path): return group(path, catalog: catalog, language: language)
        case .command(let command): return page(for: command, language: language)
        }
    }

    static func page(for command: CommandSpec, language: Language) -> String {
        let nb = language == .nb
        var lines = ["aktsom \(command.name) – \(command.abstract.text(language))", ""]
        lines.append(nb ? "Bruk:" : "Usage:")
        lines.append("  " + line(for: command))
        if let discussion = command.discussion {
            lines.append("")
            lines.append(contentsOf: discussion.text(language).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        }
        var rows: [(String, String)] = command.positionals.map { ($0.name, $0.help.text(language)) }
        rows += command.options.map { option in
            var help = option.help.text(language)
            if option.isRequired { help += nb ? " (påkrevd)" : " (required)" }
            if option.isRepeatable { help += nb ? " (kan gjentas)" : " (may be repeated)" }
            return (option.synopsis, help)
        }
        if !rows.isEmpty {
            lines.append("")
            lines.append(nb ? "Argumenter og valg:" : "Arguments and options:")
            lines.append(contentsOf: table(rows))
        }
        lines.append("")
        lines.append(nb ? "Felles valg:" : "Common options:")
        lines.append(contentsOf: table(GlobalOptions.all.map { ($0.synopsis, $0.help.text(language)) }))
        if !command.examples.isEmpty {
            lines.append("")
            lines.append(nb ? "Eksempler:" : "Examples:")
            for example in command.examples {
                if let comment = example.comment { lines.append("  # " + comment.text(language)) }
                lines.append("  " + example.command)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func overview(catalog: CommandCatalog, language: Language) -> String {
        let nb = language == .nb
        var lines = [
            nb ? "aktsom – handlingsplan og rapportering for bærekraftige anskaffelser"
               : "aktsom – action plan and reporting for sustainable procurement",
            "",
            nb ? "Bruk:" : "Usage:",
            nb ? "  aktsom KOMMANDO [valg]   (aktsom KOMMANDO --help viser mer)" : "  aktsom COMMAND [options]   (aktsom COMMAND --help shows more)",
            "",
            nb ? "Kommandoer:" : "Commands:",
        ]
        lines.append(contentsOf: table(catalog.commands.map { ($0.name, $0.abstract.text(language)) }))
        lines.append("")
        lines.append(nb ? "Felles valg:" : "Common options:")
        lines.append(contentsOf: table(GlobalOptions.all.map { ($0.synopsis, $0.help.text(language)) }))
        lines.append("")
        lines.append(nb ? "Eksempler:" : "Examples:")
        lines.append("  aktsom init Plans/fjordvik --org \"Fjordvik kommune\" --period 2025-2028")
        lines.append("  aktsom status")
        lines.append("  aktsom update klima-1.1 --status pågår --note \"Krav tatt inn i konkurransegrunnlaget\"")
        lines.append("  aktsom export --year 2025")
        return lines.joined(separator: "\n") + "\n"
    }

    static func group(_ path: [String], catalog: CommandCatalog, language: Language) -> String {
        let nb = language == .nb
        let name = path.joined(separator: " ")
        var lines: [String] = []
        if let group = catalog.group(name) {
            lines.append("aktsom \(name) – \(group.abstract.text(language))")
            lines.append("")
        }
        lines.append(nb ? "Kommandoer:" : "Commands:")
        lines.append(contentsOf: table(catalog.commands(under: path).map { ($0.name, $0.abstract.text(language)) }))
        lines.append("")
        lines.append(nb ? "Se aktsom \(name) KOMMANDO --help for valg og eksempler."
                        : "See aktsom \(name) COMMAND --help for options and examples.")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(_ rows: [(String, String)]) -> [String] {
        let width = min(rows.map(\.0.count).max() ?? 0, 34)
        return rows.map { left, right in
            if left.count > width {
                return "  \(left)\n  \(String(repeating: " ", count: width))  \(right)"
            }
            return "  \(left)\(String(repeating: " ", count: width - left.count))  \(right)"
        }
    }
}
