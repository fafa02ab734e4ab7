/// A goal (mål) under a strategy area: strategic for the whole period, or annual for one year.
public struct Goal: Hashable, Sendable {
    public var id: String
    public var area: String
    public var title: String
    /// What the goal means and why, beside its one-line title: real strategies' goals are
    /// sentences with an explanation.
    public var description: String?
    /// The focus area (satsingsområde) within the area the goal sits under, such as «Direkte og
    /// indirekte utslipp»: a sub-heading, not a record of its own, so it needs no id to keep.
    public var focus: String?
    /// The year an annual goal is for; nil for a strategic goal that spans the period.
    public var year: Int?
    /// What the goal aims at in numbers, if it can be counted.
    public var target: Target?
    /// When the goal is in force; an annual goal is in force only in its year, and within this.
    public var active: ActivePeriod

    public init(id: String, area: String, title: String, focus: String? = nil, year: Int? = nil, target: Target? = nil,
                active: ActivePeriod = ActivePeriod(), description: String? = nil) {
        self.id = id
        self.area = area
        self.title = title
        self.description = description
        self.focus = focus
        self.year = year
        self.target = target
        self.active = active
    }

    public var isAnnual: Bool { year != nil }
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
