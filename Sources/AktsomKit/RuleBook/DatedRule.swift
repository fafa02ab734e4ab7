/// One version of a rule: what it says, from and until when it is in force, and the sources that
/// state it. A change of law is a new version with its own dates, beside the old one, so a year
/// already reported keeps the rule that held then.
public struct DatedRule<Content: Sendable>: Sendable {
    /// The first day it is in force; nil when its start could not be found (it is taken as in
    /// force before `until`). The note says what is known.
    public let from: Day?
    /// The last day it is in force; nil while in force.
    public let until: Day?
    public let content: Content
    public let sources: [RuleSource]
    /// The source's own words for the rule, quoted as written.
    public let quote: Localized?
    /// What Aktsom makes of it, or what is not known about it, in a sentence.
    public let note: Localized?

    public init(from: Day?, until: Day? = nil, content: Content, sources: [RuleSource], quote: Localized? = nil, note: Localized? = nil) {
        self.from = from
        self.until = until
        self.content = content
        self.sources = sources
        self.quote = quote
        self.note = note
    }

    public func isInForce(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// In force on at least one day of the year.
    public func isInForce(during year: Int) -> Bool {
        guard let first = Day.firstDay(of: year), let last = Day.lastDay(of: year) else { return false }
        return (from.map { $0 <= last } ?? true) && (until.map { first <= $0 } ?? true)
    }

    /// `fra 20.09.2021`, `01.01.2024–13.03.2024`, `til 13.03.2024 (start ikke funnet)`.
    public var period: Localized {
        switch (from, until) {
        case let (from?, until?): return Localized(verbatim: "\(from.norwegian)–\(until.norwegian)")
        case let (from?, nil): return Localized("fra \(from.norwegian)", en: "from \(from.norwegian)")
        case let (nil, until?): return Localized("til \(until.norwegian) (start ikke funnet)", en: "until \(until.norwegian) (start not found)")
        case (nil, nil): return Localized("i kraft (start ikke funnet)", en: "in force (start not found)")
        }
    }
}

/// A rule's versions, oldest first. Exactly one is in force on a day, or none before the first.
public struct RuleHistory<Content: Sendable>: Sendable {
    /// `klima-og-miljo-7-9`: the rule's id in `rules --json` and on findings.
    public let id: String
    public let title: Localized
    public private(set) var versions: [DatedRule<Content>]

    public init(id: String, title: Localized, versions: [DatedRule<Content>]) {
        self.id = id
        self.title = title
        self.versions = versions
    }

    /// The version in force on `day`; when two overlap, the one that began last.
    public func inForce(on day: Day) -> DatedRule<Content>? {
        versions.last { $0.isInForce(on: day) }
    }

    /// The versions in force on some day of `year`, oldest first.
    public func inForce(during year: Int) -> [DatedRule<Content>] {
        versions.filter { $0.isInForce(during: year) }
    }

    /// The rule with a new version from its first day: the version in force then ends the day
    /// before. Nothing else changes, so a new law is this call and its sources.
    public func adding(_ version: DatedRule<Content>) -> RuleHistory<Content> {
        var copy = self
        if let start = version.from, let index = copy.versions.lastIndex(where: { $0.isInForce(on: start) }) {
            let old = copy.versions[index]
            copy.versions[index] = DatedRule(from: old.from, until: start.adding(days: -1), content: old.content, sources: old.sources,
                                             quote: old.quote, note: old.note)
        }
        copy.versions.append(version)
        copy.versions.sort { ($0.from ?? .earliest) < ($1.from ?? .earliest) }
        return copy
    }
}
