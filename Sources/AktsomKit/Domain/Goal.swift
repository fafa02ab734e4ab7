/// A goal (mål) under a strategy area: strategic for the whole period, or annual for one year.
public struct Goal: Hashable, Sendable {
    public var id: String
    public var area: String
    public var title: String
    /// The year an annual goal is for; nil for a strategic goal that spans the period.
    public var year: Int?
    /// What the goal aims at in numbers, if it can be counted.
    public var target: Target?
    /// When the goal is in force; an annual goal is in force only in its year, and within this.
    public var active: ActivePeriod

    public init(id: String, area: String, title: String, year: Int? = nil, target: Target? = nil, active: ActivePeriod = ActivePeriod()) {
        self.id = id
        self.area = area
        self.title = title
        self.year = year
        self.target = target
        self.active = active
    }

    public var isAnnual: Bool { year != nil }

    /// Whether the goal is in force in `year`: an annual goal in its own year, a strategic goal
    /// in the years between its start and end. `evidence` is the earliest day something shows the
    /// goal was worked on (see ``ActivePeriod``).
    public func isInForce(in year: Int, evidence: Day? = nil) -> Bool {
        guard let own = self.year else { return active.isInForce(in: year, evidence: evidence) }
        // An annual goal's year says when it applies, whenever it was entered: only an explicit
        // start or end narrows it.
        return own == year && ActivePeriod(start: active.start, end: active.end).isInForce(in: year)
    }
}

/// A goal's numeric target: `80 %`, `3 avtaler`. When `indicator` is set, the actual value is
/// computed from the procurement register instead of typed in.
public struct Target: Hashable, Sendable {
    public var value: Amount
    public var unit: String?
    public var indicator: Indicator?

    public init(value: Amount, unit: String? = nil, indicator: Indicator? = nil) {
        self.value = value
        self.unit = unit
        self.indicator = indicator
    }

    /// `80 %`, `3 avtaler`.
    public var display: String {
        guard let unit else { return value.norwegian }
        return unit == "%" ? "\(value.norwegian) %" : "\(value.norwegian) \(unit)"
    }
}
