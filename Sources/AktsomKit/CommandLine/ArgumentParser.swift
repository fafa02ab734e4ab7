/// What the user asked for.
public enum Request<Context>: Sendable {
    case run(CommandSpec<Context>, ParsedArguments)
    case help(HelpTopic<Context>)
    case version
}

public enum HelpTopic<Context>: Sendable {
    case overview
    case group([String])
    case command(CommandSpec<Context>)
}

/// Turns a command line into a ``Request``. Options that take a value take the next argument,
/// unless it is one of the command's own options (`--note --json` is a forgotten value, not the
/// note «--json»); other text that starts with a dash is kept (`--note "--fjernet"`), and
/// `--note=-5` takes any value; `--name=value` works for every option;
/// the catalog's global options may stand anywhere, before or after the command words.
public struct ArgumentParser<Context>: Sendable {
    public let catalog: CommandCatalog<Context>

    public init(catalog: CommandCatalog<Context>) {
        self.catalog = catalog
    }

    public func parse(_ arguments: [String]) throws(UsageError) -> Request<Context> {
        do throws(UsageError) {
            return try parseStrictly(arguments)
        } catch {
            // `--help` wins over a mistake elsewhere on the line: show help for what was typed.
            if arguments.contains("--help") || arguments.contains("-h") {
                return .help(helpTopic(forWordsIn: arguments))
            }
            throw error
        }
    }

    private func usageError(_ message: Localized, notes: [Localized] = [], command: CommandSpec<Context>?) -> UsageError {
        UsageError(message: message, notes: notes, command: command, program: catalog.program)
    }

    private func parseStrictly(_ arguments: [String]) throws(UsageError) -> Request<Context> {
        if arguments.first == "help" {
            return .help(helpTopic(forWordsIn: Array(arguments.dropFirst())))
        }
        if arguments == ["--version"] {
            return .version
        }
        var path: [String] = []
        var command: CommandSpec<Context>?
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var onlyPositionals = false
        var index = 0

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !onlyPositionals && argument == "--" {
                onlyPositionals = true
                continue
            }
            if !onlyPositionals && ArgumentParser.looksLikeOption(argument) {
                var name = argument
                var inlineValue: String?
                if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                    name = String(argument[..<equals])
                    inlineValue = String(argument[argument.index(after: equals)...])
                }
                if name == "-h" { name = "--help" }
                guard let option = catalog.option(named: name, in: command) else {
                    throw unknownOption(name, in: command)
                }
                if option.isFlag {
                    if inlineValue != nil {
                        throw usageError(Localized("\(name) tar ingen verdi", en: "\(name) takes no value"), command: command)
                    }
                    parsed.options[name] = []
                } else {
                    let value: String
                    if let inlineValue {
                        value = inlineValue
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                        // `--note --json`: the value was forgotten and the next flag would be
                        // taken as text (and kept for ever in the journal). Say so instead.
                        if let flag = knownOption(in: value, command: command) {
                            throw usageError(Localized("\(name) mangler verdi: \(quoted(value)) er et valg, ikke en verdi for \(name)",
                                                       en: "\(name) needs a value: \(quoted(value)) is an option, not a value for \(name)"),
                                             notes: [Localized("skriv verdien rett etter \(name) (\(option.synopsis)); en verdi som selv begynner med - skrives \(name)=\(flag == "--help" ? "-h" : flag)",
                                                               en: "write the value right after \(name) (\(option.synopsis)); a value that itself starts with - is written \(name)=\(flag == "--help" ? "-h" : flag)")],
                                             command: command)
                        }
                    } else {
                        throw usageError(Localized("\(name) mangler verdi (\(option.synopsis))", en: "\(name) needs a value (\(option.synopsis))"),
                                         command: command)
                    }
                    let isGlobal = catalog.globalOptions.contains { $0.name == name }
                    if !option.isRepeatable && !isGlobal && parsed.options[name] != nil {
                        throw usageError(Localized("\(name) er gitt mer enn én gang", en: "\(name) is given more than once"),
                                         notes: [Localized("oppgi \(name) bare én gang", en: "give \(name) only once")], command: command)
                    }
                    // Text is stored with LF line breaks whatever the shell or script sent.
                    parsed.options[name, default: []].append(LineEndings.normalized(value))
                }
                continue
            }
            if command == nil {
                let candidate = path + [argument]
                if let found = catalog.command(candidate) {
                    path = candidate
                    command = found
                    continue
                }
                if catalog.isGroupPath(candidate) {
                    path = candidate
                    continue
                }
                throw unknownCommand(argument, after: path)
            }
            positionals.append(argument)
        }

        guard let command else {
            if parsed.has("--help") || path.isEmpty {
                return .help(path.isEmpty ? .overview : .group(path))
            }
            let words = catalog.nextWords(after: path)
            let typed = "\(catalog.program) \(path.joined(separator: " "))"
            throw usageError(Localized("«\(typed)» trenger en underkommando: \(words.joined(separator: ", "))",
                                       en: "«\(typed)» needs a subcommand: \(words.joined(separator: ", "))"),
                             notes: [Localized("for eksempel: \(typed) \(words.first ?? "") --help", en: "for example: \(typed) \(words.first ?? "") --help")],
                             command: nil)
        }
        if parsed.has("--help") {
            return .help(.command(command))
        }

        for (position, spec) in command.positionals.enumerated() {
            if spec.isVariadic, position < positionals.count {
                parsed.positionalLists[spec.name] = Array(positionals[position...])
                parsed.positionals[spec.name] = positionals[position]
                positionals = Array(positionals.prefix(position + 1))
            } else if position < positionals.count {
                parsed.positionals[spec.name] = positionals[position]
            } else if spec.isRequired {
                throw usageError(Localized("mangler \(spec.name): \(spec.help.nb)", en: "missing \(spec.name): \(spec.help.en)"), command: command)
            }
        }
        if positionals.count > command.positionals.count {
            let extra = positionals[command.positionals.count]
            throw usageError(Localized("uventet argument \(quoted(extra))", en: "unexpected argument \(quoted(extra))"),
                             notes: [Localized("tekst med mellomrom må stå i anførselstegn: --title \"Ny tekst her\"",
                                               en: "text with spaces must be quoted: --title \"New text here\"")],
                             command: command)
        }
        for option in command.options where option.isRequired && !parsed.has(option.name) {
            throw usageError(Localized("mangler \(option.synopsis): \(option.help.nb)", en: "missing \(option.synopsis): \(option.help.en)"),
                             command: command)
        }
        return .run(command, parsed)
    }

    /// The help topic for the command words on a line, ignoring everything else.
    private func helpTopic(forWordsIn arguments: [String]) -> HelpTopic<Context> {
        var path: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if ArgumentParser.looksLikeOption(argument) {
                skipNext = catalog.globalOptions.contains { $0.name == argument && !$0.isFlag }
                continue
            }
            let candidate = path + [argument]
            if let command = catalog.command(candidate) { return .command(command) }
            if catalog.isGroupPath(candidate) { path = candidate } else { break }
        }
        return path.isEmpty ? .overview : .group(path)
    }

    private func unknownOption(_ name: String, in command: CommandSpec<Context>?) -> UsageError {
        let known = (command?.options ?? []).map(\.name) + catalog.globalOptions.map(\.name)
        var notes: [Localized] = []
        if let hint = Suggestion.note(for: name, among: known) { notes.append(hint) }
        if command == nil {
            notes.append(Localized("valg for en kommando står etter kommandoen", en: "a command's options come after the command"))
        }
        let context = command.map { Localized(" for «\(catalog.program) \($0.name)»", en: " for «\(catalog.program) \($0.name)»") } ?? Localized("", en: "")
        return usageError(Localized("ukjent valg \(quoted(name))\(context.nb)", en: "unknown option \(quoted(name))\(context.en)"),
                          notes: notes, command: command)
    }

    private func unknownCommand(_ word: String, after path: [String]) -> UsageError {
        let words = catalog.nextWords(after: path)
        var notes: [Localized] = []
        if let hint = Suggestion.note(for: word, among: words) { notes.append(hint) }
        notes.append(Localized("kommandoer her: \(words.joined(separator: ", "))", en: "commands here: \(words.joined(separator: ", "))"))
        let typed = (path + [word]).joined(separator: " ")
        return usageError(Localized("ukjent kommando \(quoted(typed))", en: "unknown command \(quoted(typed))"), notes: notes, command: nil)
    }

    /// The name of the command's own or a global option that `argument` gives (`--json`,
    /// `--area=x`, `-h`), or nil when it is text that only starts with a dash.
    private func knownOption(in argument: String, command: CommandSpec<Context>?) -> String? {
        guard ArgumentParser.looksLikeOption(argument) else { return nil }
        var name = argument.firstIndex(of: "=").map { String(argument[..<$0]) } ?? argument
        if name == "-h" { name = "--help" }
        return catalog.option(named: name, in: command) == nil ? nil : name
    }

    /// `-h`, `--area`, `--area=x`; but not `-` alone or a negative number.
    public static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        return !(argument.dropFirst().first?.isNumber ?? false)
    }

    /// The language asked for with `--lang`, found before parsing so even a parse error is in
    /// that language.
    public static func languageHint(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(code: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(code: String(argument.dropFirst("--lang=".count))) }
        }
        return nil
    }
}
