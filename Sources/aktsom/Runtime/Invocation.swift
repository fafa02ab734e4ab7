import AktsomKit
import Foundation

/// The world a command runs in, passed in rather than reached for: the file system, the clock,
/// the environment variables and the console.
struct Surroundings: Sendable {
    let fileSystem: any FileSystem
    let clock: WallClock
    let variables: [String: String]
    let console: Console
    /// Where loaded plans go when the command is done with them; `nil` frees them as usual.
    var heldUntilExit: HeldUntilExit? = nil
    /// git, for `git setup`, the merge driver and the clone's mark on new ids.
    var git: any GitClient = GitProcess()
    /// This program's absolute path, for git's merge driver.
    var executable: String = GitProcess.runningExecutable()
}

/// The options that apply to the whole run, wherever they stood on the line.
struct GlobalSettings: Sendable {
    var plan: String?
    var json = false
    var language = Language.nb

    /// Reads `--plan`, `--json` and `--lang` from a parsed line; an unknown language is refused.
    init(_ arguments: ParsedArguments, command: Command) throws {
        plan = arguments.value("--plan")
        if let plan, plan.isBlank {
            throw UsageError(message: GlobalSettings.emptyPath("--plan"),
                             notes: [Localized("uten --plan brukes $AKTSOM_PLAN, ellers den eneste mappen under ./Plans",
                                               en: "without --plan, $AKTSOM_PLAN is used, else the only folder under ./Plans")],
                             command: command, program: "aktsom")
        }
        json = arguments.has("--json")
        if let code = arguments.value("--lang") {
            guard let language = Language(code: code) else {
                throw UsageError(message: Localized("ukjent språk \(quoted(code))", en: "unknown language \(quoted(code))"),
                                 notes: [Localized("gyldige verdier: nb, en", en: "valid values: nb, en")], command: command, program: "aktsom")
            }
            self.language = language
        }
    }
}

extension GlobalSettings {
    static func emptyPath(_ name: String) -> Localized {
        Localized("\(name) er tom; oppgi en fil eller mappe, for eksempel \(name) \(name == "--plan" ? "Plans/fjordvik" : "rapport-2025")",
                  en: "\(name) is empty; give a file or folder, for example \(name) \(name == "--plan" ? "Plans/fjordvik" : "rapport-2025")")
    }
}

/// One run of one command: its parsed arguments, the global settings and the surroundings,
/// with the helpers every command uses to read arguments, reach the plan and print.
struct Invocation: Sendable {
    let command: Command
    let arguments: ParsedArguments
    let settings: GlobalSettings
    let surroundings: Surroundings

    var language: Language { settings.language }
    var wantsJSON: Bool { settings.json }
    var clock: WallClock { surroundings.clock }
    var today: Day { surroundings.clock.today() }

    // MARK: Output

    func print(_ text: String) {
        surroundings.console.out(text.hasSuffix("\n") ? text : text + "\n")
    }

    func printJSON(_ value: JSONValue) {
        surroundings.console.out(JSONWriter.pretty(value))
    }

    /// Prints the JSON when `--json` was given, else the text.
    func show(text: @autoclosure () -> String, json: @autoclosure () -> JSONValue) {
        if wantsJSON { printJSON(json()) } else { print(text()) }
    }

    /// A one-line confirmation for a change, in the chosen language; JSON when asked.
    func confirm(_ message: Localized, json: @autoclosure () -> JSONValue) {
        if wantsJSON { printJSON(json()) } else { print(message.text(language)) }
    }

    func warn(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            surroundings.console.err(diagnostic.rendered(language) + "\n")
        }
    }

    /// Lines on stderr that the person must see whatever the output: what a report leaves out.
    func note(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        surroundings.console.err(lines.joined(separator: "\n") + "\n")
    }

    /// A progress line on stderr, only when a person is watching.
    func progress(_ message: Localized) {
        if surroundings.console.errorIsTerminal {
            surroundings.console.err(message.text(language) + "\n")
        }
    }

    // MARK: The plan

    func planFolder() throws -> String {
        let folder = try PlanLocator.resolve(flag: settings.plan, environment: surroundings.variables, fileSystem: surroundings.fileSystem)
        // `--plan .` or `--plan ..` would name the plan «.»: spell the folder out, so exports and
        // messages use its real name. Other paths stay as typed, as messages quote them.
        guard [".", ".."].contains(lastPathComponent(folder)) else { return folder }
        return URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    func store() throws -> PlanStore {
        PlanStore(folder: try planFolder(), fileSystem: surroundings.fileSystem)
    }

    /// Loads the plan for reading. Warnings are printed; a broken plan stops the command with its
    /// first problem and a pointer to `aktsom check` for the rest.
    /// `from` saves finding the plan folder again when the command needs the store too.
    func load(journal: PlanStore.JournalNeed = .read, from store: PlanStore? = nil) throws -> PlanData {
        let loaded = try (store ?? self.store()).load(journal: journal)
        warn(loaded.warnings)
        if let first = loaded.problems.first {
            var problem = first
            if loaded.problems.count > 1 {
                problem = problem.withNote(Localized("(og \(loaded.problems.count - 1) feil til; «aktsom check» viser alle)",
                                                     en: "(and \(loaded.problems.count - 1) more; «aktsom check» lists them all)"))
            }
            throw problem
        }
        surroundings.heldUntilExit?.hold(loaded.data)
        return loaded.data
    }

    /// Changes the plan as one step (see ``PlanStore/change(journal:_:)``), printing warnings.
    /// `makingIDs` for commands that add records: in a git clone their ids carry its mark.
    func change<Value>(journal: PlanStore.JournalNeed = .skip, makingIDs: Bool = false,
                       _ body: (inout PlanData, inout [StatusUpdate]) throws -> Value) throws -> Value {
        var store = try store()
        if makingIDs { store.cloneMark = try cloneMark(for: store.folder) }
        let outcome = try store.change(journal: journal, body)
        warn(outcome.warnings)
        return outcome.value
    }

    var gitSetup: GitSetup { GitSetup(git: surroundings.git, fileSystem: surroundings.fileSystem) }

    /// The mark of the git clone the plan is in. Outside git nothing is asked (no process is
    /// started); in a clone that was never set up, a warning says how to make ids that cannot
    /// collide with another clone's.
    func cloneMark(for folder: String) throws -> String? {
        let setup = gitSetup
        guard setup.mayBeInGit(URL(fileURLWithPath: folder).standardizedFileURL.path) else { return nil }
        if let mark = try setup.cloneMark(of: folder) { return mark }
        if setup.workTree(of: folder) != nil {
            warn([Diagnostic(.data, severity: .warning,
                             message: Localized("planen ligger i git, men denne klonen er ikke satt opp for Aktsom; nye id-er kan kollidere med en annen klones",
                                                en: "the plan is in git, but this clone is not set up for Aktsom; new ids may collide with another clone's"),
                             notes: [Localized("kjør «aktsom git setup» én gang i klonen", en: "run «aktsom git setup» once in the clone")])])
        }
        return nil
    }

    /// A path given on the command line (`--out`, `FILE`, `DIR`), refused when empty: `--out ""`
    /// would otherwise end in a puzzling «finner ikke».
    func path(_ name: String) throws -> String? {
        guard let path = text(name) else { return nil }
        guard !path.isBlank else { throw usageError(GlobalSettings.emptyPath(name)) }
        return path
    }

    /// A file the user named on the command line, such as a CSV to import.
    func readInputFile(_ path: String) throws -> [UInt8] {
        do throws(FileSystemError) {
            return try surroundings.fileSystem.readFile(path)
        } catch {
            throw error.diagnostic
        }
    }

    // MARK: Arguments

    /// A mistake in how this command was typed, with its usage line.
    func usageError(_ message: Localized, notes: [Localized] = []) -> UsageError {
        UsageError(message: message, notes: notes, command: command, program: "aktsom")
    }

    func text(_ name: String) -> String? { arguments.value(name) ?? arguments.positional(name) }
    func flag(_ name: String) -> Bool { arguments.has(name) }

    /// A required argument, positional or option; the parser has already checked it is there.
    func required(_ name: String) throws -> String {
        try required(name, text)
    }

    /// A required argument read by `read` (`year`, `day` …). The parser has already refused a
    /// line without it; this unwraps it with the same message rather than trusting that.
    func required<Value>(_ name: String, _ read: (String) throws -> Value?) throws -> Value {
        guard let value = try read(name) else {
            throw usageError(Localized("mangler \(name)", en: "missing \(name)"))
        }
        return value
    }

    /// Every value of a repeatable option, also split at commas: `--risk a --risk b` or `--risk a,b`.
    func list(_ name: String) -> [String] {
        arguments.values(name).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    /// A value read by one of AktsomKit's ``FieldInput`` rules, which the browser's forms share;
    /// a value that cannot be used becomes a usage error with the rule's message.
    func reading<Value>(_ read: () throws(FieldProblem) -> Value) throws -> Value {
        do throws(FieldProblem) {
            return try read()
        } catch {
            throw usageError(error.message, notes: error.notes)
        }
    }

    /// Converts an argument, or explains what was wrong with it.
    func parse<Value>(_ name: String, expected: Localized, _ convert: (String) -> Value?) throws -> Value? {
        try reading { () throws(FieldProblem) in try FieldInput.parse(text(name), field: name, expected: expected, convert) }
    }

    func day(_ name: String) throws -> Day? {
        try reading { () throws(FieldProblem) in try FieldInput.day(text(name), field: name) }
    }

    func year(_ name: String) throws -> Int? {
        try reading { () throws(FieldProblem) in try FieldInput.year(text(name), field: name) }
    }

    func count(_ name: String, in range: ClosedRange<Int> = 0...1_000_000_000) throws -> Int? {
        try reading { () throws(FieldProblem) in try FieldInput.count(text(name), field: name, in: range) }
    }

    func amount(_ name: String) throws -> Amount? {
        try reading { () throws(FieldProblem) in try FieldInput.amount(text(name), field: name) }
    }

    /// A sum in NOK, never negative.
    func money(_ name: String) throws -> Amount? {
        try reading { () throws(FieldProblem) in try FieldInput.money(text(name), field: name) }
    }

    func status(_ name: String) throws -> Status? {
        try reading { () throws(FieldProblem) in try FieldInput.status(text(name), field: name) }
    }

    /// A word of a closed vocabulary (a status, a follow-up kind, a scope), or its refusal with
    /// «mente du …?» and the valid values.
    func word<Value: ClosedVocabulary>(_ name: String, as type: Value.Type) throws -> Value? {
        try reading { () throws(FieldProblem) in try FieldInput.word(text(name), field: name, as: type) }
    }

    /// The usage error for a word not in its vocabulary, with an example after the valid values.
    func refused(_ unknown: UnknownWord, option: String, example: Localized? = nil) -> UsageError {
        usageError(Localized(verbatim: "\(option): ") + unknown.message, notes: unknown.notes + (example.map { [$0] } ?? []))
    }

    func due(_ name: String) throws -> DueDate? {
        try reading { () throws(FieldProblem) in try FieldInput.due(text(name), field: name) }
    }
}
