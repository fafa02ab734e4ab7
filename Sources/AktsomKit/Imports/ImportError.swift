/// One thing wrong with one row (or with the file as a whole, when `line` is nil).
public struct ImportProblem: Sendable, Equatable {
    public var line: Int?
    /// The column's header as written in the file.
    public var column: String?
    public var message: Localized

    public init(line: Int?, column: String? = nil, _ message: Localized) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `linje 4, kolonne «Verdi»: ugyldig tall «abc»`; `rad 12, …` in a workbook.
    public var described: Localized { described(.line) }

    public func described(_ numbering: ImportError.Numbering) -> Localized {
        var place = Localized("", en: "")
        if let line { place = numbering.place(line) }
        if let column {
            place = place.nb.isEmpty ? Localized("kolonne \(quoted(column))", en: "column \(quoted(column))")
                : place + Localized(", kolonne \(quoted(column))", en: ", column \(quoted(column))")
        }
        return place.nb.isEmpty ? message : place + Localized(": ", en: ": ") + message
    }
}

/// An import refused as a whole: every problem is listed, and nothing was written.
public struct ImportError: Error, Sendable, Equatable, DiagnosticConvertible {
    public var file: String
    public var problems: [ImportProblem]
    public var hint: Localized?
    /// How the problems' `line` numbers are said.
    public var numbering: Numbering

    /// A CSV file's lines, or a workbook's rows as Excel numbers them.
    public enum Numbering: Sendable, Equatable {
        case line
        case row

        /// `linje 4` or `rad 12`.
        public func place(_ number: Int) -> Localized {
            self == .row ? Localized("rad \(number)", en: "row \(number)") : Localized("linje \(number)", en: "line \(number)")
        }

        /// The column header for the numbers in a table of problems: «Linje» or «Rad».
        public var heading: Localized {
            self == .row ? Localized("Rad", en: "Row") : Localized("Linje", en: "Line")
        }
    }

    public init(file: String, problems: [ImportProblem], hint: Localized? = nil, numbering: Numbering = .line) {
        self.file = file
        self.problems = problems
        self.hint = hint
        self.numbering = numbering
    }

    public var diagnostic: Diagnostic {
        let count = problems.count
        var notes = problems.map { Localized("  ", en: "  ") + $0.described(numbering) }
        notes.append(hint ?? Localized("rett radene i filen og importer på nytt; --dry-run viser hva som ville skjedd",
                                       en: "fix the rows in the file and import again; --dry-run shows what would happen"))
        return Diagnostic(.data, message: Localized("\(file): importen er avvist og ingenting er lagret (\(count) feil)",
                                                    en: "\(file): the import was refused and nothing was saved (\(count.counted("problem", "problems")))"),
                          notes: notes)
    }
}
