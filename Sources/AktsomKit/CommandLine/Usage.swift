/// Usage lines and help pages, made from the command declarations.
public enum Usage {
    /// `aktsom goal add --area AREA --title TEXT [--id ID] …`
    public static func line<Context>(for command: CommandSpec<Context>, program: String) -> String {
        var parts = [program, command.name]
        for positional in command.positionals {
            let shown = positional.isVariadic ? positional.name + "…" : positional.name
            parts.append(positional.isRequired ? shown : "[\(shown)]")
        }
        for option in command.options {
            let shown = option.isRepeatable ? "\(option.synopsis)…" : option.synopsis
            parts.append(option.isRequired ? shown : "[\(shown)]")
        }
        return parts.joined(separator: " ")
    }

    public static func page<Context>(for topic: HelpTopic<Context>, catalog: CommandCatalog<Context>, language: Language) -> String {
        switch topic {
        case .overview: return overview(catalog: catalog, language: language)
        case .group(let path): return group(path, catalog: catalog, language: language)
        case .command(let command): return page(for: command, catalog: catalog, language: language)
        }
    }

    public static func page<Context>(for command: CommandSpec<Context>, catalog: CommandCatalog<Context>, language: Language) -> String {
        let nb = language == .nb
        var lines = ["\(catalog.program) \(command.name) – \(command.abstract.text(language))", ""]
        lines.append(nb ? "Bruk:" : "Usage:")
        lines.append("  " + line(for: command, program: catalog.program))
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
        lines.append(contentsOf: table(catalog.globalOptions.map { ($0.synopsis, $0.help.text(language)) }))
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

    public static func overview<Context>(catalog: CommandCatalog<Context>, language: Language) -> String {
        let nb = language == .nb
        var lines = [
            "\(catalog.program) – \(catalog.summary.text(language))",
            "",
            nb ? "Bruk:" : "Usage:",
            nb ? "  \(catalog.program) KOMMANDO [valg]   (\(catalog.program) KOMMANDO --help viser mer)"
               : "  \(catalog.program) COMMAND [options]   (\(catalog.program) COMMAND --help shows more)",
            "",
            nb ? "Kommandoer:" : "Commands:",
        ]
        lines.append(contentsOf: table(catalog.commands.filter { !$0.isHidden }.map { ($0.name, $0.abstract.text(language)) }))
        lines.append("")
        lines.append(nb ? "Felles valg:" : "Common options:")
        lines.append(contentsOf: table(catalog.globalOptions.map { ($0.synopsis, $0.help.text(language)) }))
        if !catalog.examples.isEmpty {
            lines.append("")
            lines.append(nb ? "Eksempler:" : "Examples:")
            lines.append(contentsOf: catalog.examples.map { "  " + $0 })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func group<Context>(_ path: [String], catalog: CommandCatalog<Context>, language: Language) -> String {
        let nb = language == .nb
        let name = path.joined(separator: " ")
        var lines: [String] = []
        if let group = catalog.group(name) {
            lines.append("\(catalog.program) \(name) – \(group.abstract.text(language))")
            lines.append("")
        }
        lines.append(nb ? "Kommandoer:" : "Commands:")
        lines.append(contentsOf: table(catalog.commands(under: path).filter { !$0.isHidden }.map { ($0.name, $0.abstract.text(language)) }))
        lines.append("")
        lines.append(nb ? "Se \(catalog.program) \(name) KOMMANDO --help for valg og eksempler."
                        : "See \(catalog.program) \(name) COMMAND --help for options and examples.")
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
