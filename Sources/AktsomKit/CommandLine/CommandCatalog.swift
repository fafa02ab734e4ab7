/// A program's commands: its name, what it is, its groups and commands in the order help lists
/// them, the options every command takes, and the examples on the overview page.
public struct CommandCatalog<Context>: Sendable {
    public let program: String
    public let summary: Localized
    public let groups: [CommandGroup]
    public let commands: [CommandSpec<Context>]
    /// Options every command takes, wherever they stand on the line.
    public let globalOptions: [OptionSpec]
    public let examples: [String]

    public init(program: String, summary: Localized, groups: [CommandGroup] = [], commands: [CommandSpec<Context>],
                globalOptions: [OptionSpec], examples: [String]) {
        self.program = program
        self.summary = summary
        self.groups = groups
        self.commands = commands
        self.globalOptions = globalOptions
        self.examples = examples
    }

    public func command(_ path: [String]) -> CommandSpec<Context>? {
        commands.first { $0.path == path }
    }

    public func group(_ name: String) -> CommandGroup? {
        groups.first { $0.name == name }
    }

    /// The option a command takes by this name, its own or a global one.
    public func option(named name: String, in command: CommandSpec<Context>?) -> OptionSpec? {
        command?.options.first { $0.name == name } ?? globalOptions.first { $0.name == name }
    }

    /// Whether some command starts with these words but needs more (`goal` of `goal add`).
    public func isGroupPath(_ path: [String]) -> Bool {
        commands.contains { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }
    }

    /// The commands under a group path, also those a level further down (`plan reference add`
    /// under `plan`), so a group's help shows everything it holds.
    public func commands(under path: [String]) -> [CommandSpec<Context>] {
        commands.filter { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }
    }

    /// The words that can follow `path`: `add`, `list`, `report` after `goal`.
    public func nextWords(after path: [String]) -> [String] {
        var words: [String] = []
        for command in commands where command.path.count > path.count && Array(command.path.prefix(path.count)) == path {
            let word = command.path[path.count]
            if !words.contains(word) { words.append(word) }
        }
        return words
    }
}
