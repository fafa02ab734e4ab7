import AktsomKit

/// What the user asked for.
enum Request: Sendable {
    case run(CommandSpec, ParsedArguments)
    case help(HelpTopic)
    case version
}

enum HelpTopic: Sendable {
    case overview
    case group([String])
    case command(CommandSpec)
}

/// The options that apply to the whole run, wherever they stood.
struct GlobalSettings: Sendable {
    var plan: String?
    var json = false
    var language = Language.nb
}

/// Turns a command line into a ``Request``. Options that take a value take the next argument
/// whatever it looks like (so `--note "--fjernet"` keeps the text); `--name=value` works too;
/// `--plan`, `--json` and `--lang` may stand anywhere, before or after the command words.
struct ArgumentParser {
    let catalog: CommandCatalog

    func parse(_ arguments: [String]) throws(UsageError) -> (Request, GlobalSettings) {
        var settings = GlobalSettings()
        if let language = ArgumentParser.languageHint(in: arguments) { settings.language = language }
        let wantsHelp = arguments.contains("--help") || arguments.contains("-h")
        do throws(UsageError) {
            return try parseStrictly(arguments, settings: &settings)
        } catch {
            // `--help` wins over a mistake elsewhere on the line: show help for what was typed.
            if wantsHelp {
                return (.help(helpTopic(forWordsIn: arguments)), settings)
            }
            throw error
        }
    }

    private func parseStrictly(_ arguments: [String], settings: inout GlobalSettings) throws(UsageError) -> (Request, GlobalSettings) {
        if arguments.first == "help" {
            return (.help(helpTopic(forWordsIn: Array(arguments.dropFirst()))), settings)
        }
        if arguments == ["--version"] {
            return (.version, settings)
        }
        var path: [String] = []
        var command: CommandSpec?
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
                guard let option = command?.option(named: name) ?? GlobalOptions.all.first(where: { $0.name == name }) else {
                    throw unknownOption(name, in: command)
                }
                if option.isFlag {
                    if inlineValue != nil {
                        throw UsageError(message: Localized("\(name) tar ingen verdi", en: "\(name) takes no value"), command: command)
                    }
                    parsed.options[name] = []
                } else {
                    let value: String
                    if let inlineValue {
                        value = inlineValue
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    } else {
                        throw UsageError(message: Localized("\(name) mangler verdi (\(option.synopsis))", en: "\(name) needs a value (\(option.synopsis))"),
                                         command: command)
                    }
                    if !option.isRepeatable && parsed.options[name] != nil && !GlobalOptions.all.contains(where: { $0.name == name }) {
                        throw UsageError(message: Localized("\(name) er gitt mer enn én gang", en: "\(name) is given more than once"),
                                         notes: [Localized("oppgi \(name) bare én gang", en: "give \(name) only once")], command: command)
                    }
                    parsed.options[name, default: []].append(value)
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

        if let plan = parsed.value("--plan") { settings.plan = plan }
        settings.json = parsed.has("--json")
        if let code = parsed.value("--lang") {
            guard let language = Language(code: code) else {
                throw UsageError(message: Localized("ukjent språk \(quoted(code))", en: "unknown language \(quoted(code))"),
                                 notes: [Localized("gyldige verdier: nb, en", en: "valid values: nb, en")])
            }
            settings.language = language
        }

        guard let command else {
            if parsed.has("--help") || path.isEmpty {
                return (.help(path.isEmpty ? .overview : .group(path)), settings)
            }
            let words = catalog.nextWords(after: path)
            throw UsageError(message: Localized("«aktsom \(path.joined(separator: " "))» trenger en underkommando: \(words.joined(separator: ", "))",
                                                en: "«aktsom \(path.joined(separator: " "))» needs a subcommand: \(words.joined(separator: ", "))"),
                             notes: [Localized("for eksempel: aktsom \(path.joined(separator: " ")) \(words.first ?? "") --help",
                                               en: "for example: aktsom \(path.joined(separator: " ")) \(words.first ?? "") --help")])
        }
        if parsed.has("--help") {
            return (.help(.command(command)), settings)
        }

        for (position, spec) in command.positionals.enumerated() {
            if position < positionals.count {
                parsed.positionals[spec.name] = positionals[position]
            } else if spec.isRequired {
                throw UsageError(message: Localized("mangler \(spec.name): \(spec.help.nb)", en: "missing \(spec.name): \(spec.help.en)"), command: command)
            }
        }
        if positionals.count > command.positionals.count {
            let extra = positionals[command.positionals.count]
            throw UsageError(message: Localized("uventet argument \(quoted(extra))", en: "unexpected argument \(quoted(extra))"),
                             notes: [Localized("tekst med mellomrom må stå i anførselstegn: --title \"Ny tekst her\"",
                                               en: "text with spaces must be quoted: --title \"New text here\"")],
                             command: command)
        }
        for option in command.options where option.isRequired && !parsed.has(option.name) {
            throw UsageError(message: Localized("mangler \(option.synopsis): \(option.help.nb)", en: "missing \(option.synopsis): \(option.help.en)"),
                             command: command)
        }
        return (.run(command, parsed), settings)
    }

    /// The help topic for the command words on a line, ignoring everything else.
    private func helpTopic(forWordsIn arguments: [String]) -> HelpTopic {
        var path: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if ArgumentParser.looksLikeOption(argument) {
                skipNext = ["--plan", "--lang"].contains(argument)
                continue
            }
            let candidate = path + [argument]
            if let command = catalog.command(candidate) { return .command(command) }
            if catalog.isGroupPath(candidate) { path = candidate } else { break }
        }
        return path.isEmpty ? .overview : .group(path)
    }

    private func unknownOption(_ name: String, in command: CommandSpec?) -> UsageError {
        let known = (command?.options ?? []).map(\.name) + GlobalOptions.all.map(\.name)
        var notes: [Localized] = []
        if let hint = Suggestion.note(for: name, among: known) { notes.append(hint) }
        if command == nil {
            notes.append(Localized("valg for en kommando står etter kommandoen: aktsom measure list --owner Byggherre",
                                   en: "a command's options come after the command: aktsom measure list --owner Byggherre"))
        }
        let context = command.map { Localized(" for «aktsom \($0.name)»", en: " for «aktsom \($0.name)»") } ?? Localized("", en: "")
        return UsageError(message: Localized("ukjent valg \(quoted(name))\(context.nb)", en: "unknown option \(quoted(name))\(context.en)"),
                          notes: notes, command: command)
    }

    private func unknownCommand(_ word: String, after path: [String]) -> UsageError {
        let words = catalog.nextWords(after: path)
        var notes: [Localized] = []
        if let hint = Suggestion.note(for: word, among: words) { notes.append(hint) }
        notes.append(Localized("kommandoer her: \(words.joined(separator: ", "))", en: "commands here: \(words.joined(separator: ", "))"))
        let typed = (path + [word]).joined(separator: " ")
        return UsageError(message: Localized("ukjent kommando \(quoted(typed))", en: "unknown command \(quoted(typed))"), notes: notes)
    }

    /// `-h`, `--area`, `--area=x`; but not `-` alone or a negative number.
    static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        let rest = argument.dropFirst()
        return !(rest.first?.isNumber ?? false)
    }

    /// The language asked for, found before parsing so even a parse error is in that language.
    static func languageHint(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(code: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(code: String(argument.dropFirst("--lang=".count))) }
        }
        return nil
    }
}
