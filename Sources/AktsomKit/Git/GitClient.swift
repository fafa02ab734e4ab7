/// Runs `git`, behind a seam like the file system: the library decides what to ask git, the
/// program decides how to start it.
public protocol GitClient: Sendable {
    /// Runs `git` with `arguments` in `folder`. Nil when git cannot be started at all.
    func run(_ arguments: [String], in folder: String) -> GitResult?
}

/// What a run of git gave.
public struct GitResult: Sendable, Equatable {
    public var status: Int32
    public var output: String
    public var errors: String

    public init(status: Int32, output: String, errors: String = "") {
        self.status = status
        self.output = output
        self.errors = errors
    }

    /// The output's first line, without the line end.
    public var firstLine: String {
        String(output.split(whereSeparator: \.isNewline).first ?? "")
    }
}
