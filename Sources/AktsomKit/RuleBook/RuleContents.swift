/// What each of the rules says, as values the checks read. The versions and their sources are
/// declared in `Standard/StandardRules.swift`; nothing here names a number of the law.

/// Anskaffelsesforskriften § 7-9: climate and environment in the award.
public struct ClimateDuty: Sendable, Equatable {
    /// The value, excluding VAT, from which the duty applies.
    public let lowerValueLimit: Amount
    /// The least weight, in percent (second paragraph).
    public let minimumWeight: Amount
    /// Where criteria are ranked, climate and environment should be among this many highest
    /// (third paragraph).
    public let topRanks: Int

    /// `tre`: the top places in words, as the regulation writes them.
    public var topRanksInWords: Localized {
        let nb = ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti"]
        let en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return nb.indices.contains(topRanks) ? Localized(nb[topRanks], en: en[topRanks]) : Localized(verbatim: String(topRanks))
    }

    public init(lowerValueLimit: Amount, minimumWeight: Amount, topRanks: Int) {
        self.lowerValueLimit = lowerValueLimit
        self.minimumWeight = minimumWeight
        self.topRanks = topRanks
    }
}

/// The values, excluding VAT, that put a procurement in a part of the regulation: below the
/// lower limit it is outside it; up to the national threshold part I; up to the EEA threshold
/// for its kind and buyer part II; above it part III.
public struct RegulationThresholds: Sendable, Equatable {
    public let lowerLimit: Amount
    public let national: Amount
    /// Goods and services bought by central government (statlige myndigheter).
    public let eeaGoodsAndServicesCentral: Amount
    /// Goods and services bought by other contracting authorities (kommuner, fylkeskommuner,
    /// offentligrettslige organer).
    public let eeaGoodsAndServicesOther: Amount
    /// Building and construction works.
    public let eeaWorks: Amount

    public init(lowerLimit: Amount, national: Amount, eeaGoodsAndServicesCentral: Amount, eeaGoodsAndServicesOther: Amount, eeaWorks: Amount) {
        self.lowerLimit = lowerLimit
        self.national = national
        self.eeaGoodsAndServicesCentral = eeaGoodsAndServicesCentral
        self.eeaGoodsAndServicesOther = eeaGoodsAndServicesOther
        self.eeaWorks = eeaWorks
    }
}

/// When DFØ's self-report form is due, counted from the contract's start (or its signing, in
/// older versions, where the contract start is what Aktsom has).
public struct SelfReportTiming: Sendable, Equatable {
    public let monthsAfterStart: Int

    public init(monthsAfterStart: Int) {
        self.monthsAfterStart = monthsAfterStart
    }

    /// The last day the form is due for a contract that started on `start`.
    public func due(contractStart start: Day) -> Day {
        start.adding(months: monthsAfterStart)
    }
}

/// DFØ's ways of following up ethical contract terms in proportion to risk, lightest first.
public struct FollowUpLadder: Sendable, Equatable {
    public let methods: [FollowUpMethod]

    public init(methods: [FollowUpMethod]) {
        self.methods = methods
    }

    /// The follow-up kinds that carry out one of the methods.
    public var kinds: Set<FollowUpKind> {
        Set(methods.flatMap(\.kinds))
    }
}

/// The annual report's deadline when the plan sets none.
public struct ReportDeadlineRule: Sendable, Equatable {
    public let standard: MonthDay

    public init(standard: MonthDay) {
        self.standard = standard
    }
}

/// A change of a rule proposed and not in force as far as anyone here could find: listed by
/// `aktsom rules` for what it is, and used by no check until it is declared with its date.
public struct RuleProposal: Sendable {
    public let id: String
    public let title: Localized
    public let summary: Localized
    public let status: Localized
    public let sources: [RuleSource]

    public init(id: String, title: Localized, summary: Localized, status: Localized, sources: [RuleSource]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.status = status
        self.sources = sources
    }
}
