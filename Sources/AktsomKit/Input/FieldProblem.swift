/// A value typed into one field that cannot be used: a flag on the command line (`--due`) or the
/// same field in a browser form (`due`). Both say the same words, so a lead who moves between the
/// terminal and the browser reads the same message in both.
public struct FieldProblem: Error, Sendable, Equatable {
    /// The option the value was given for, as the command line spells it: `--due`.
    public let field: String
    /// The message as the command line prints it: `--due: ugyldig verdi «2025-13-01»`.
    public let message: Localized
    /// What was expected, the closest match, an example.
    public let notes: [Localized]

    public init(field: String, message: Localized, notes: [Localized] = []) {
        self.field = field
        self.message = message
        self.notes = notes
    }

    /// The form field's name: the option without its dashes (`--due` → `due`).
    public var formField: String {
        String(field.drop { $0 == "-" })
    }

    /// `--kind: ukjent oppfølgingstype «x»` for a word its vocabulary does not have, with «mente du
    /// …?», the valid values and an example.
    public init(_ unknown: UnknownWord, field: String, example: Localized? = nil) {
        self.init(field: field, message: Localized(verbatim: "\(field): ") + unknown.message, notes: unknown.notes + (example.map { [$0] } ?? []))
    }

    /// `--due: ugyldig verdi «x»` for a value of the wrong form, with what was expected.
    public static func invalid(_ field: String, _ raw: String, expected: Localized) -> FieldProblem {
        FieldProblem(field: field, message: Localized("\(field): ugyldig verdi \(quoted(raw))", en: "\(field): invalid value \(quoted(raw))"),
                     notes: [expected])
    }
}
