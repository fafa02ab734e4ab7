import AktsomKit

/// An option a command takes: `--area AREA` (with a value) or `--overdue` (a flag).
struct OptionSpec: Sendable {
    let name: String
    /// The placeholder for the value, as the contract writes it (`AREA`, `YYYY-MM-DD`); nil for a flag.
    let value: String?
    let help: Localized
    var isRequired = false
    var isRepeatable = false

    static func value(_ name: String, _ placeholder: String, _ help: Localized, required: Bool = false, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, value: placeholder, help: help, isRequired: required, isRepeatable: repeatable)
    }

    static func flag(_ name: String, _ help: Localized) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }

    var isFlag: Bool { value == nil }

    /// `--area AREA`, or `--overdue`.
    var synopsis: String {
        value.map { "\(name) \($0)" } ?? name
    }
}

/// A value given by position: `aktsom update MEASURE`.
struct PositionalSpec: Sendable {
    let name: String
    let help: Localized
    var isRequired = true
}

/// A worked example shown at the end of a command's help.
struct Example: Sendable {
    let command: String
    let comment: Localized?

    init(_ command: String, _ comment: Localized? = nil) {
        self.command = command
        self.comment = comment
    }
}

/// One command, declared once: its words, what it does, its arguments and examples. Usage
/// lines, help pages and argument errors are all made from this declaration.
struct CommandSpec: Sendable {
    let path: [String]
    let abstract: Localized
    var discussion: Localized?
    var positionals: [PositionalSpec] = []
    var options: [OptionSpec] = []
    var examples: [Example] = []
    let run: @Sendable (Invocation) throws -> ExitCode

    var name: String { path.joined(separator: " ") }

    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name } ?? GlobalOptions.all.first { $0.name == name }
    }
}

/// A group of commands under one word, such as `goal` for `goal add`, `goal list`, `goal report`.
struct CommandGroup: Sendable {
    let name: String
    let abstract: Localized
}

/// The options every command takes, wherever they stand on the line.
enum GlobalOptions {
    static let plan = OptionSpec.value("--plan", "DIR", Localized(
        "plan-mappen; ellers $AKTSOM_PLAN, ellers den eneste mappen under ./Plans",
        en: "the plan folder; else $AKTSOM_PLAN, else the only folder under ./Plans"))
    static let json = OptionSpec.flag("--json", Localized("skriv resultatet som JSON (se README)", en: "write the result as JSON (see the README)"))
    static let lang = OptionSpec.value("--lang", "nb|en", Localized("språk for tekst og meldinger; standard nb", en: "language of text and messages; default nb"))
    static let help = OptionSpec.flag("--help", Localized("vis denne hjelpen (også -h)", en: "show this help (also -h)"))

    static let all = [plan, json, lang, help]
}

/// How a command ended: 0 ok, 1 the data or a check failed, 2 wrong usage.
enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
}
