/// When a goal, measure or risk is in force: from its start to its end. A report on a year, and
/// the checks and indicators of that year, count only what was in force then, so entering the
/// next strategy's measures never changes last year's report.
///
/// `start` and `end` are what the lead wrote (a day, a quarter or a year). A record without a
/// start counts from the day it was `added`, or from earlier evidence that it was in force (a
/// status update dated before that, a status text for an earlier year): entering history with
/// `update --date` places a measure right without anyone typing a start. A record with neither a
/// start nor an added day (a version 1 file of a plan without a period) has always been in force.
public struct ActivePeriod: Hashable, Sendable {
    /// The first day, quarter or year the record is in force, as the lead wrote it.
    public var start: DueDate?
    /// The last day, quarter or year the record is in force; nil while it goes on.
    public var end: DueDate?
    /// The day the record was entered, set by Aktsom.
    public var added: Day?

    public init(start: DueDate? = nil, end: DueDate? = nil, added: Day? = nil) {
        self.start = start
        self.end = end
        self.added = added
    }

    /// The first day in force: the start, or the earlier of the day added and the earliest
    /// evidence. Nil means "always".
    public func firstDay(evidence: Day? = nil) -> Day? {
        if let start { return start.firstDay }
        switch (added, evidence) {
        case (let added?, let evidence?): return min(added, evidence)
        case (let added?, nil): return added
        case (nil, _): return nil
        }
    }

    /// The last day in force; nil while it goes on.
    public var lastDay: Day? { end?.lastDay }

    /// Whether the record was in force at some point between `first` and `last`.
    public func overlaps(_ first: Day, _ last: Day, evidence: Day? = nil) -> Bool {
        if let begins = firstDay(evidence: evidence), begins > last { return false }
        if let ends = lastDay, ends < first { return false }
        return true
    }

    /// Whether the record was in force at some point in `year`.
    public func isInForce(in year: Int, evidence: Day? = nil) -> Bool {
        guard let first = Day.firstDay(of: year), let last = Day.lastDay(of: year) else { return true }
        return overlaps(first, last, evidence: evidence)
    }

    /// Whether the record was in force on `day`.
    public func isInForce(on day: Day, evidence: Day? = nil) -> Bool {
        overlaps(day, day, evidence: evidence)
    }

    /// Refuses an end before the start, which would make the record never in force.
    public var problem: Localized? {
        guard let start, let end, end.lastDay < start.firstDay else { return nil }
        return Localized("slutt (\(end)) er før start (\(start))", en: "the end (\(end)) is before the start (\(start))")
    }
}

extension ActivePeriod {
    /// The period itself, or an error when it ends before it starts.
    func checked() throws(PlanError) -> ActivePeriod {
        if let problem { throw .endBeforeStart(problem) }
        return self
    }

    /// The period with a new start or end; the day it was added stays.
    func changing(start: FieldChange<DueDate>, end: FieldChange<DueDate>) throws(PlanError) -> ActivePeriod {
        try ActivePeriod(start: start.applied(to: self.start), end: end.applied(to: self.end), added: added).checked()
    }
}
