import AktsomKit

/// The arguments of one command line, sorted by the command's declaration.
struct ParsedArguments: Sendable {
    var positionals: [String: String] = [:]
    /// Every value given for an option, in order; flags are present with no values.
    var options: [String: [String]] = [:]

    func has(_ name: String) -> Bool { options[name] != nil }
    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func positional(_ name: String) -> String? { positionals[name] }
}

/// A mistake in how a command was typed. Rendered with the command's usage line and a pointer
/// to its help, and ends the program with exit code 2.
struct UsageError: Error, DiagnosticConvertible {
    let message: Localized
    var notes: [Localized] = []
    /// The command the mistake was made in, for its usage line; nil at the top level.
    var command: CommandSpec?

    var diagnostic: Diagnostic {
        var notes = self.notes
        if let command {
            notes.append(Localized("bruk: \(Usage.line(for: command))", en: "usage: \(Usage.line(for: command))"))
            notes.append(Localized("se: aktsom \(command.name) --help", en: "see: aktsom \(command.name) --help"))
        } else {
            notes.append(Localized("se: aktsom --help", en: "see: aktsom --help"))
        }
        return Diagnostic(.usage, message: message, notes: notes)
    }
}
