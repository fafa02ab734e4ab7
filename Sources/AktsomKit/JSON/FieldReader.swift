/// Reads the fields of one JSON object into typed values. Every failure points at the exact
/// value (or at the object, for a missing field) and says what was expected, so the person who
/// edited the file by hand can go straight to the spot.
public struct FieldReader {
    public let object: JSONObject
    public let offset: Int
    /// What the object is, for messages: `tiltak «klima-1.1»`, `the plan`.
    public var subject: Localized

    public init(_ value: JSONValue, subject: Localized) throws(JSONError) {
        guard let object = value.objectValue else {
            throw JSONError(offset: value.offset,
                            Localized("\(subject.nb) skal være et objekt { … }, men er \(value.kindName.nb)",
                                      en: "\(subject.en) must be an object { … }, but is \(value.kindName.en)"))
        }
        self.object = object
        self.offset = value.offset
        self.subject = subject
    }

    /// The same reader, naming the object more precisely once its id is known.
    public func naming(_ subject: Localized) -> FieldReader {
        var copy = self
        copy.subject = subject
        return copy
    }

    public func value(_ key: String) -> JSONValue? {
        guard let value = object[key], value.kind != .null else { return nil }
        return value
    }

    // MARK: Required and optional fields of any type

    public func required<T>(_ key: String, _ convert: (JSONValue) throws(JSONError) -> T) throws(JSONError) -> T {
        guard let value = value(key) else { throw missing(key) }
        return try convert(value)
    }

    public func optional<T>(_ key: String, _ convert: (JSONValue) throws(JSONError) -> T) throws(JSONError) -> T? {
        guard let value = value(key) else { return nil }
        return try convert(value)
    }

    // MARK: Common shapes

    /// Text that must be present and not blank.
    public func text(_ key: String) throws(JSONError) -> String {
        try required(key) { value throws(JSONError) in try nonBlankText(value, key: key) }
    }

    /// Text that may be missing; a blank text counts as missing.
    public func optionalText(_ key: String) throws(JSONError) -> String? {
        try optional(key) { value throws(JSONError) in try plainText(value, key: key) }?.nonBlank
    }

    public func int(_ key: String, in range: ClosedRange<Int>) throws(JSONError) -> Int {
        try required(key) { value throws(JSONError) in try integer(value, key: key, in: range) }
    }

    public func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(JSONError) -> Int? {
        try optional(key) { value throws(JSONError) in try integer(value, key: key, in: range) }
    }

    public func optionalBool(_ key: String) throws(JSONError) -> Bool? {
        try optional(key) { value throws(JSONError) in
            guard let flag = value.boolValue else { throw wrongKind(value, key: key, expected: Localized("true eller false", en: "true or false")) }
            return flag
        }
    }

    /// A list; a missing list is empty.
    public func list(_ key: String) throws(JSONError) -> [JSONValue] {
        try optional(key) { value throws(JSONError) in
            guard let elements = value.arrayValue else { throw wrongKind(value, key: key, expected: Localized("en liste [ … ]", en: "a list [ … ]")) }
            return elements
        } ?? []
    }

    /// A list of texts, such as the ids of linked risks.
    public func textList(_ key: String) throws(JSONError) -> [String] {
        var texts: [String] = []
        for element in try list(key) {
            texts.append(try nonBlankText(element, key: key))
        }
        return texts
    }

    /// Refuses fields the format does not know, which is almost always a typo (`"titel"`), and
    /// names the closest known one.
    public func rejectUnknownFields(_ known: [String]) throws(JSONError) {
        for member in object.members where !known.contains(member.key) {
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: member.key, among: known) { notes.append(hint) }
            notes.append(Localized("kjente felt: \(known.joined(separator: ", "))", en: "known fields: \(known.joined(separator: ", "))"))
            throw JSONError(offset: member.keyOffset,
                            Localized("ukjent felt \(quoted(member.key)) i \(subject.nb)", en: "unknown field \(quoted(member.key)) in \(subject.en)"),
                            notes: notes)
        }
    }

    // MARK: Text converted to a domain value

    /// A text field turned into a value by `convert` (a status, a date, a period); when it cannot
    /// be, the error points at the value and says `problem(text)`, followed by `notes` such as
    /// the valid values.
    /// `notes` are built only when the value is refused: a plan holds thousands of valid values.
    public func parsed<Value>(
        _ key: String, problem: (String) -> Localized, notes: @autoclosure () -> [Localized] = [], _ convert: (String) -> Value?
    ) throws(JSONError) -> Value? {
        try optional(key) { value throws(JSONError) in try converted(value, key: key, problem: problem, notes: notes(), convert) }
    }

    /// The same for a field that must be present.
    public func requiredParsed<Value>(
        _ key: String, problem: (String) -> Localized, notes: @autoclosure () -> [Localized] = [], _ convert: (String) -> Value?
    ) throws(JSONError) -> Value {
        try required(key) { value throws(JSONError) in try converted(value, key: key, problem: problem, notes: notes(), convert) }
    }

    public func converted<Value>(
        _ value: JSONValue, key: String, problem: (String) -> Localized, notes: @autoclosure () -> [Localized], _ convert: (String) -> Value?
    ) throws(JSONError) -> Value {
        let text = try plainText(value, key: key)
        guard let result = convert(text) else { throw invalid(value, key: key, problem(text), notes: notes()) }
        return result
    }

    // MARK: Conversions, usable on list elements too

    public func plainText(_ value: JSONValue, key: String) throws(JSONError) -> String {
        guard let text = value.stringValue else {
            throw wrongKind(value, key: key, expected: Localized("tekst i \"anførselstegn\"", en: "text in \"quotes\""))
        }
        return text
    }

    public func nonBlankText(_ value: JSONValue, key: String) throws(JSONError) -> String {
        let text = try plainText(value, key: key)
        guard !text.isBlank else {
            throw JSONError(offset: value.offset, Localized("\(quoted(key)) i \(subject.nb) er tom", en: "\(quoted(key)) in \(subject.en) is empty"),
                            notes: [Localized("skriv inn en verdi eller fjern feltet", en: "write a value or remove the field")])
        }
        return text
    }

    public func integer(_ value: JSONValue, key: String, in range: ClosedRange<Int>) throws(JSONError) -> Int {
        guard case .number(let literal) = value.kind else {
            throw wrongKind(value, key: key, expected: Localized("et heltall", en: "a whole number"))
        }
        guard let number = Int(literal), range.contains(number) else {
            throw JSONError(offset: value.offset,
                            Localized("\(quoted(key)) i \(subject.nb) er \(literal), men skal være et heltall fra \(range.lowerBound) til \(range.upperBound)",
                                      en: "\(quoted(key)) in \(subject.en) is \(literal), but must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return number
    }

    /// An error pointing at `value`: "«status» i tiltak «x»: <problem>".
    public func invalid(_ value: JSONValue, key: String, _ problem: Localized, notes: [Localized] = []) -> JSONError {
        JSONError(offset: value.offset,
                  Localized("\(quoted(key)) i \(subject.nb): \(problem.nb)", en: "\(quoted(key)) in \(subject.en): \(problem.en)"),
                  notes: notes)
    }

    public func wrongKind(_ value: JSONValue, key: String, expected: Localized) -> JSONError {
        JSONError(offset: value.offset,
                  Localized("\(quoted(key)) i \(subject.nb) skal være \(expected.nb), men er \(value.kindName.nb)",
                            en: "\(quoted(key)) in \(subject.en) must be \(expected.en), but is \(value.kindName.en)"))
    }

    public func missing(_ key: String) -> JSONError {
        JSONError(offset: offset,
                  Localized("feltet \(quoted(key)) mangler i \(subject.nb)", en: "the field \(quoted(key)) is missing in \(subject.en)"),
                  notes: [Localized("legg til \"\(key)\": … i objektet", en: "add \"\(key)\": … to the object")])
    }
}
