/// An option a command takes: `--area AREA` (with a value) or `--overdue` (a flag).
public struct OptionSpec: Sendable {
    public let name: String
    /// The placeholder for the value, as the contract writes it (`AREA`, `YYYY-MM-DD`); nil for a flag.
    public let value: String?
    public let help: Localized
    public var isRequired = false
    public var isRepeatable = false

    public static func value(_ name: String, _ placeholder: String, _ help: Localized, required: Bool = false, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, value: placeholder, help: help, isRequired: required, isRepeatable: repeatable)
    }

    public static func flag(_ name: String, _ help: Localized) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }

    public var isFlag: Bool { value == nil }

    /// `--area AREA`, or `--overdue`.
    public var synopsis: String {
        value.map { "\(name) \($0)" } ?? name
    }
}

/// A value given by position: `aktsom update MEASURE`.
public struct PositionalSpec: Sendable {
    public let name: String
    public let help: Localized
    public var isRequired = true
    /// The last positional may take every remaining value: `aktsom compare PLAN…`.
    public var isVariadic = false

    public init(name: String, help: Localized, isRequired: Bool = true, isVariadic: Bool = false) {
        self.name = name
        self.help = help
        self.isRequired = isRequired
        self.isVariadic = isVariadic
    }
}

/// A worked example shown at the end of a command's help.
public struct Example: Sendable {
    public let command: String
    public let comment: Localized?

    public init(_ command: String, _ comment: Localized? = nil) {
        self.command = command
        self.comment = comment
    }
}

/// One command, declared once: its words, what it does, its arguments, examples, and what it
/// runs. Usage lines, help pages and argument errors are all made from this declaration.
/// `Context` is what the program hands a command when it runs it.
public struct CommandSpec<Context>: Sendable {
    public let path: [String]
    public let abstract: Localized
    public var discussion: Localized?
    public var positionals: [PositionalSpec]
    public var options: [OptionSpec]
    public var examples: [Example]
    /// Left out of the command lists: for commands other programs run, such as git's merge driver.
    public var isHidden: Bool
    public let run: @Sendable (Context) throws -> ExitCode

    public init(
        path: [String], abstract: Localized, discussion: Localized? = nil, positionals: [PositionalSpec] = [],
        options: [OptionSpec] = [], examples: [Example] = [], isHidden: Bool = false,
        run: @escaping @Sendable (Context) throws -> ExitCode
    ) {
        self.path = path
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
        self.examples = examples
        self.isHidden = isHidden
        self.run = run
    }

    public var name: String { path.joined(separator: " ") }
}

/// A group of commands under one word, such as `goal` for `goal add`, `goal list`, `goal report`.
public struct CommandGroup: Sendable {
    public let name: String
    public let abstract: Localized

    public init(name: String, abstract: Localized) {
        self.name = name
        self.abstract = abstract
    }
}

/// How a program ended: 0 ok, 1 the data or a check failed, 2 wrong usage.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
}
