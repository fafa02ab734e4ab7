/// The arguments of one command line, sorted by the command's declaration.
public struct ParsedArguments: Sendable {
    public var positionals: [String: String] = [:]
    /// Every value of a variadic positional, in order.
    public var positionalLists: [String: [String]] = [:]
    /// Every value given for an option, in order; flags are present with no values.
    public var options: [String: [String]] = [:]

    public init() {}

    public func has(_ name: String) -> Bool { options[name] != nil }
    public func value(_ name: String) -> String? { options[name]?.last }
    public func values(_ name: String) -> [String] { options[name] ?? [] }
    public func positional(_ name: String) -> String? { positionals[name] }
    public func positionalList(_ name: String) -> [String] { positionalLists[name] ?? positionals[name].map { [$0] } ?? [] }
}

/// A mistake in how a command was typed. Rendered with the command's usage line and a pointer to
/// its help, and ends the program with exit code 2.
public struct UsageError: Error, Sendable, DiagnosticConvertible {
    public let message: Localized
    public var notes: [Localized]
    /// `aktsom update MEASURE --status STATUS …`, and `aktsom update`, when the mistake was made
    /// in a known command.
    public var usage: (line: String, command: String)?

    public init<Context>(message: Localized, notes: [Localized] = [], command: CommandSpec<Context>?, program: String) {
        self.message = message
        self.notes = notes
        self.usage = command.map { (Usage.line(for: $0, program: program), "\(program) \($0.name)") }
        self.programName = program
    }

    private let programName: String

    public var diagnostic: Diagnostic {
        var notes = self.notes
        if let usage {
            notes.append(Localized("bruk: \(usage.line)", en: "usage: \(usage.line)"))
            notes.append(Localized("se: \(usage.command) --help", en: "see: \(usage.command) --help"))
        } else {
            notes.append(Localized("se: \(programName) --help", en: "see: \(programName) --help"))
        }
        return Diagnostic(.usage, message: message, notes: notes)
    }
}
