/// Where a rule comes from: a page, a regulation or a decision, with its address and the day it
/// was read. Aktsom states a rule only as its source states it, and credits it only to that
/// source; a source that could not be found or read whole says so, instead of being filled in.
public struct RuleSource: Sendable, Equatable {
    /// Who states the rule: `DFØ`, `Nærings- og fiskeridepartementet`, `KOFA`.
    public let publisher: String
    /// The page's or document's own title.
    public let title: String
    /// Its address, when it has one that was read.
    public let url: String?
    /// The day it was read for Aktsom.
    public let read: Day?
    /// The page's own date as it gives it: `Oppdatert: 20. september 2021`.
    public let dated: String?
    /// How much of it could be read.
    public let reading: Reading

    public enum Reading: Sendable, Equatable {
        /// Read; the rule's words are quoted from it.
        case read
        /// Only part of it could be read (the search tool gives a page's opening): what was read,
        /// and what could not be.
        case partly(Localized)
        /// Looked for and not found: what was looked for.
        case notFound(Localized)
        /// A third party's account of the source, read in its place.
        case secondary(Localized)
    }

    public init(publisher: String, title: String, url: String?, read: Day?, dated: String? = nil, reading: Reading = .read) {
        self.publisher = publisher
        self.title = title
        self.url = url
        self.read = read
        self.dated = dated
        self.reading = reading
    }

    /// `DFØ: «Egenrapportering – sosialt ansvar» (oppdatert 20. september 2021), lest 07.12.2026`.
    public var citation: Localized {
        let dated = self.dated.map { " (\($0))" } ?? ""
        let read = self.read.map { Localized(", lest \($0.norwegian)", en: ", read \($0.norwegian)") } ?? Localized(verbatim: "")
        return Localized(verbatim: "\(publisher): \(quoted(title))\(dated)") + read
    }

    /// What the reading leaves out, for a note beside the citation; nil when read whole.
    public var caveat: Localized? {
        switch reading {
        case .read: return nil
        case .partly(let note): return Localized("delvis lest: ", en: "partly read: ") + note
        case .notFound(let note): return Localized("ikke funnet: ", en: "not found: ") + note
        case .secondary(let note): return Localized("gjengitt av tredjepart: ", en: "as told by a third party: ") + note
        }
    }

    /// `{"publisher", "title", "url", "read", "dated", "reading", "note"}`, as `rules --json` and
    /// `check --json` give it.
    public func json(_ language: Language) -> JSONValue {
        let (reading, note): (String, Localized?) = {
            switch self.reading {
            case .read: return ("read", nil)
            case .partly(let note): return ("partly", note)
            case .notFound(let note): return ("not-found", note)
            case .secondary(let note): return ("secondary", note)
            }
        }()
        return .object([
            ("publisher", .string(publisher)),
            ("title", .string(title)),
            ("url", url.map(JSONValue.string) ?? .null),
            ("read", read.map { .string($0.iso) } ?? .null),
            ("dated", dated.map(JSONValue.string) ?? .null),
            ("reading", .string(reading)),
            ("note", note.map { .string($0.text(language)) } ?? .null),
        ])
    }
}
