/// When a goal, measure or risk is in force: from its start to its end. A report on a year, and
/// the checks and indicators of that year, count only what was in force then, so entering the
/// next strategy's measures never changes last year's report.
///
/// `start` and `end` are what the lead wrote (a day, a quarter or a year). Where there is no
/// start, ``Timeline`` works out when the record counts from, by where it was put (its goal, the
/// plan's period, its first status update, the day it was `added`), and says why
/// (``InForceSince``).
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

    /// The last day in force; nil while it goes on.
    public var lastDay: Day? { end?.lastDay }

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
