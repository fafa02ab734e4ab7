/// What went wrong, said for a person: where (a file position or a record), what, what was
/// expected and how to fix it. Every layer's errors become one of these at the edge; the
/// command line only renders it.
public struct Diagnostic: Error, Sendable, Equatable {
    /// Whether the trouble is in how the command was typed (exit 2) or in the data (exit 1).
    public enum Kind: Sendable, Equatable {
        case usage
        case data
    }

    public enum Severity: Sendable, Equatable {
        case error
        case warning
    }

    public var kind: Kind
    public var severity: Severity
    public var location: SourceLocation?
    /// A short fragment such as `ukjent status «ferdig»`.
    public var message: Localized
    /// Further lines: the valid values, the closest match, the fix.
    public var notes: [Localized]

    public init(
        _ kind: Kind = .data,
        severity: Severity = .error,
        location: SourceLocation? = nil,
        message: Localized,
        notes: [Localized] = []
    ) {
        self.kind = kind
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The same diagnostic, placed in a file.
    public func located(_ location: SourceLocation?) -> Diagnostic {
        var copy = self
        copy.location = location
        return copy
    }

    public func withNote(_ note: Localized) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }

    public func asWarning() -> Diagnostic {
        var copy = self
        copy.severity = .warning
        return copy
    }

    /// The text a person reads, hledger style: `file:line:col: message`, the offending line with
    /// a caret under the spot, then the notes.
    public func rendered(_ language: Language) -> String {
        var lines: [String] = []
        let text = message.text(language)
        if let location {
            lines.append("\(location.reference): \(severityPrefix(language))\(text)")
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let shown = location.lineText.replacingOccurrences(of: "\t", with: " ")
            lines.append(" \(number) | \(shown)")
            let caretIndent = String(repeating: " ", count: max(0, location.column - 1))
            lines.append(" \(gutter) | \(caretIndent)^")
        } else {
            let prefix = severity == .warning
                ? Localized("advarsel: ", en: "warning: ")
                : Localized("feil: ", en: "error: ")
            lines.append(prefix.text(language) + text)
        }
        lines.append(contentsOf: notes.map { $0.text(language) })
        return lines.joined(separator: "\n")
    }

    private func severityPrefix(_ language: Language) -> String {
        severity == .warning ? Localized("advarsel: ", en: "warning: ").text(language) : ""
    }
}

/// An error that knows how to say itself as a ``Diagnostic``.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostic: Diagnostic { self }
}
