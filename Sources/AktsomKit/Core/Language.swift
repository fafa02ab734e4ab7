/// The languages Aktsom speaks to people. Bokmål is the default; English is there for
/// colleagues and auditors who do not read Norwegian.
public enum Language: String, Sendable, CaseIterable {
    case nb
    case en

    /// Reads the value given to `--lang`, accepting the common spellings of both.
    public init?(code: String) {
        switch code.lowercased() {
        case "nb", "no", "nob", "bokmål", "bokmal", "norsk": self = .nb
        case "en", "eng", "english", "engelsk": self = .en
        default: return nil
        }
    }
}

/// A piece of text meant for a person, written once in each language so that the two never
/// drift apart in different files.
public struct Localized: Sendable, Equatable, Hashable {
    public var nb: String
    public var en: String

    public init(_ nb: String, en: String) {
        self.nb = nb
        self.en = en
    }

    /// Text that reads the same in both languages, such as a name or a number.
    public init(verbatim: String) {
        self.nb = verbatim
        self.en = verbatim
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .nb: return nb
        case .en: return en
        }
    }

    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(lhs.nb + rhs.nb, en: lhs.en + rhs.en)
    }
}

/// Norwegian quotation marks around a value the user typed or wrote in a file, so that
/// leading or trailing spaces and odd characters stay visible in a message.
public func quoted(_ value: String) -> String {
    "«\(value)»"
}

extension StringProtocol {
    /// True for text that is empty or only whitespace. Most text starts with a visible ASCII
    /// character, which settles it without walking the characters.
    public var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }

    /// Without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tab and the space separators), at a fraction
    /// of its cost on the many short cells and names a city's plan compares.
    public var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// The text, or nil when it is blank.
    public var nonBlank: String? {
        isBlank ? nil : String(self)
    }
}
