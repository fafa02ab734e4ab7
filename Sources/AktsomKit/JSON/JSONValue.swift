/// A JSON value as read from a plan file, remembering the byte offset where it starts so that a
/// problem found while decoding it can be shown at its line and column. Values built in code for
/// writing have offset 0.
public struct JSONValue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number's literal text, exactly as written; read it with ``JSONValue/intValue`` and
        /// friends so that a huge number is refused rather than silently rounded.
        case number(String)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var kind: Kind
    public var offset: Int

    public init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }

    /// A short name for the kind of value, for "expected text, found a number" messages.
    public var kindName: Localized {
        switch kind {
        case .null: return Localized("null", en: "null")
        case .bool: return Localized("sann/usann (true/false)", en: "true/false")
        case .number: return Localized("et tall", en: "a number")
        case .string: return Localized("tekst", en: "text")
        case .array: return Localized("en liste [ … ]", en: "a list [ … ]")
        case .object: return Localized("et objekt { … }", en: "an object { … }")
        }
    }
}

/// A JSON object's members in the order they were written. Lookups are linear: plan records have
/// a handful of fields, and keeping the order lets the writer reproduce a file byte for byte.
public struct JSONObject: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue

        public init(key: String, keyOffset: Int = 0, value: JSONValue) {
            self.key = key
            self.keyOffset = keyOffset
            self.value = value
        }
    }

    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key {
            return member.value
        }
        return nil
    }

    public func member(_ key: String) -> Member? {
        members.first { $0.key == key }
    }
}

// MARK: - Building values to write

extension JSONValue {
    public static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    public static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
    public static func int(_ number: Int) -> JSONValue { JSONValue(.number(String(number))) }
    public static let null = JSONValue(.null)

    /// A number written from its exact decimal text (for money with øre, shares with decimals).
    public static func number(literal: String) -> JSONValue { JSONValue(.number(literal)) }

    public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }

    public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// An object with its keys in the order given. Members whose value is nil are left out, so
    /// optional fields that are not set do not clutter the file.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        object(Array(pairs.map { ($0.key, $0.value) }))
    }

    public static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        var members: [JSONObject.Member] = []
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            if let value { members.append(JSONObject.Member(key: key, value: value)) }
        }
        return JSONValue(.object(JSONObject(members)))
    }
}

// MARK: - Reading scalars

extension JSONValue {
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = kind { return object }
        return nil
    }

    /// The number as a whole number, or nil when it is not a number, has a fraction or an
    /// exponent, or does not fit.
    public var intValue: Int? {
        guard case .number(let literal) = kind else { return nil }
        return Int(literal)
    }

    /// The number as a decimal literal without exponent (`12`, `-3.5`), or nil.
    public var decimalLiteral: String? {
        guard case .number(let literal) = kind, !literal.contains("e"), !literal.contains("E") else { return nil }
        return literal
    }
}
