import AktsomKit

/// All commands and command groups, in the order help lists them.
struct CommandCatalog: Sendable {
    let groups: [CommandGroup]
    let commands: [CommandSpec]

    func command(_ path: [String]) -> CommandSpec? {
        commands.first { $0.path == path }
    }

    func group(_ name: String) -> CommandGroup? {
        groups.first { $0.name == name }
    }

    /// Whether some command starts with these words but needs more (`goal` of `goal add`).
    func isGroupPath(_ path: [String]) -> Bool {
        commands.contains { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }
    }

    /// The commands directly under a group path.
    func commands(under path: [String]) -> [CommandSpec] {
        commands.filter { $0.path.count == path.count + 1 && Array($0.path.prefix(path.count)) == path }
    }

    /// The words that can follow `path`: `add`, `list`, `report` after `goal`.
    func nextWords(after path: [String]) -> [String] {
        var words: [String] = []
        for command in commands where command.path.count > path.count && Array(command.path.prefix(path.count)) == path {
            let word = command.path[path.count]
            if !words.contains(word) { words.append(word) }
        }
        return words
    }
}
