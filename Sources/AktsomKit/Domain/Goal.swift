/// A goal (mål) under a strategy area: strategic for the whole period, or annual for one year.
public struct Goal: Hashable, Sendable {
    public var id: String
    public var area: String
    public var title: String
    /// The year an annual goal is for; nil for a strategic goal that spans the period.
    public var year: Int?
    /// What the goal aims at in numbers, if it can be counted.
    public var target: Target?

    public init(id: String, area: String, title: String, year: Int? = nil, target: Target? = nil) {
        self.id = id
        self.area = area
        self.title = title
        self.year = year
        self.target = target
    }

    public var isAnnual: Bool { year != nil }

    /// Whether the goal is in force in `year`: an annual goal for that year, or a strategic goal
    /// of a period that contains it.
    public func applies(to year: Int, period: Period?) -> Bool {
        if let own = self.year { return own == year }
        return period?.contains(year) ?? true
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
