/// A closed list of words a value must be one of: statuses, follow-up kinds, deviation states,
/// requirement phases, report templates, reference scopes, indicators.
///
/// Every place such a value comes in (a flag, a spreadsheet cell, a field in a hand-edited file)
/// reads it through ``read(_:)``, so a word Aktsom does not know is refused the same way
/// everywhere: the word as typed, «mente du …?» when one is close, and the list of valid values.
/// A value that was refused in one place and saved through another is what this prevents.
public protocol ClosedVocabulary: Sendable {
    /// Reads the word as people type it: the canonical word, its ASCII spelling or an English
    /// synonym. Nil when it is none of them.
    init?(parsing text: String)
    /// The canonical word, as files store it.
    var word: String { get }
    /// The canonical words, in the order lists show them.
    static var words: [String] { get }
    /// What a value is called in messages: `status`, `oppfølgingstype`.
    static var vocabularyName: Localized { get }
    /// The line listing the valid values.
    static var validValues: Localized { get }
    /// Further spellings a typo may be closest to (English words, say); each is read with
    /// ``init(parsing:)`` and suggested as its canonical word.
    static var synonyms: [String] { get }
}

extension ClosedVocabulary {
    public static var synonyms: [String] { [] }

    /// The value, or why the word is not one.
    public static func read(_ text: String) -> Result<Self, UnknownWord> {
        if let value = Self(parsing: text) { return .success(value) }
        return .failure(unknown(text))
    }

    /// The refusal of a word this vocabulary does not have.
    public static func unknown(_ text: String) -> UnknownWord {
        let match = Suggestion.closest(to: text.trimmingCharacters(in: .whitespaces), among: words + synonyms)
        return UnknownWord(text, name: vocabularyName, suggestion: match.flatMap { Self(parsing: $0)?.word ?? $0 },
                           validValues: validValues)
    }
}

extension ClosedVocabulary where Self: RawRepresentable, RawValue == String, Self: CaseIterable {
    public var word: String { rawValue }
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// A word that is not in a closed vocabulary, said the same way wherever it was typed.
public struct UnknownWord: Error, Sendable, Equatable {
    /// The word as typed.
    public let text: String
    /// What a value is called: `status`, `oppfølgingstype`.
    public let name: Localized
    /// The closest valid word, when one is close enough to be a likely typo.
    public let suggestion: String?
    public let validValues: Localized

    public init(_ text: String, name: Localized, suggestion: String?, validValues: Localized) {
        self.text = text
        self.name = name
        self.suggestion = suggestion
        self.validValues = validValues
    }

    /// The refusal of a word among `candidates` that is not a ``ClosedVocabulary`` of its own,
    /// such as a template id.
    public init(_ text: String, name: Localized, among candidates: [String], validValues: Localized) {
        self.init(text, name: name, suggestion: Suggestion.closest(to: text, among: candidates), validValues: validValues)
    }

    /// `ukjent status «ferdig»`.
    public var message: Localized {
        Localized("ukjent \(name.nb) \(quoted(text))", en: "unknown \(name.en) \(quoted(text))")
    }

    /// «mente du …?» when something is close, then the valid values.
    public var notes: [Localized] {
        var notes: [Localized] = []
        if let suggestion { notes.append(Localized("mente du \(quoted(suggestion))?", en: "did you mean \(quoted(suggestion))?")) }
        notes.append(validValues)
        return notes
    }

    /// All of it on one line, for a row of a spreadsheet: `ukjent status «ok»; mente du …?; gyldige verdier: …`.
    public var oneLine: Localized {
        notes.reduce(message) { $0 + Localized("; \($1.nb)", en: "; \($1.en)") }
    }

    /// The refusal as a diagnostic; `option` (`--kind`) goes before the message when given.
    public func diagnostic(_ kind: Diagnostic.Kind, option: String? = nil) -> Diagnostic {
        let prefix = option.map { Localized(verbatim: "\($0): ") } ?? Localized(verbatim: "")
        return Diagnostic(kind, message: prefix + message, notes: notes)
    }
}

extension FieldReader {
    /// An optional field that must hold a word of a closed vocabulary.
    public func word<Value: ClosedVocabulary>(_ key: String, as type: Value.Type) throws(JSONError) -> Value? {
        try optional(key) { value throws(JSONError) in try word(value, key: key, as: type) }
    }

    /// A required field that must hold a word of a closed vocabulary.
    public func requiredWord<Value: ClosedVocabulary>(_ key: String, as type: Value.Type) throws(JSONError) -> Value {
        try required(key) { value throws(JSONError) in try word(value, key: key, as: type) }
    }

    /// A value (a field's, or a list element's) that must be a word of a closed vocabulary;
    /// otherwise the error points at it with the suggestion and the valid values.
    public func word<Value: ClosedVocabulary>(_ value: JSONValue, key: String, as type: Value.Type) throws(JSONError) -> Value {
        let text = try plainText(value, key: key)
        switch Value.read(text) {
        case .success(let word): return word
        case .failure(let unknown): throw invalid(value, key: key, unknown.message, notes: unknown.notes)
        }
    }
}
