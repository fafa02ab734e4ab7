/// How a set of measures stands on a day: how many in each status, how many overdue, and when
/// someone last reported. Counted once here for an area and for each focus area within it.
public struct StatusTally: Sendable {
    /// Measure count per status, in ``Status`` order.
    public let counts: [Status: Int]
    public let total: Int
    public let overdue: Int
    /// The most recent update on any of the measures, as of the day.
    public let latestUpdate: StatusUpdate?

    public init(_ states: [MeasureState]) {
        var counts: [Status: Int] = [:]
        for state in states { counts[state.status, default: 0] += 1 }
        self.counts = counts
        self.total = states.count
        self.overdue = states.filter(\.isOverdue).count
        self.latestUpdate = states.compactMap(\.latestUpdate).max { lhs, rhs in
            lhs.date != rhs.date ? lhs.date < rhs.date : RecordedTime.isBefore(lhs.recorded, rhs.recorded)
        }
    }

    public func count(_ status: Status) -> Int { counts[status] ?? 0 }

    /// Done measures as a share of those not cancelled, 0–100; nil when there are none.
    public var percentDone: Int? {
        let relevant = total - count(.cancelled)
        guard relevant > 0 else { return nil }
        return Int((Double(count(.done)) * 100 / Double(relevant)).rounded())
    }
}

/// How an area's measures stand on a day, and each of its focus areas (satsingsområder). The
/// numbers behind `aktsom status` and the report's status chart.
public struct AreaProgress: Sendable {
    public let area: Area
    public let tally: StatusTally
    /// The area's focus areas that have measures, in the order the plan first uses them.
    public let focusAreas: [FocusProgress]

    public var counts: [Status: Int] { tally.counts }
    public var total: Int { tally.total }
    public var overdue: Int { tally.overdue }
    public var latestUpdate: StatusUpdate? { tally.latestUpdate }
    public var percentDone: Int? { tally.percentDone }
    public func count(_ status: Status) -> Int { tally.count(status) }

    /// The progress of each area, in plan order, from the measure states of the day. Areas without
    /// measures are included, so an empty area is visible rather than missing.
    public static func areas(of plan: ActionPlan, states: [MeasureState]) -> [AreaProgress] {
        let goalsByID = Dictionary(plan.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return plan.areas.map { area in
            let inArea = states.filter { goalsByID[$0.measure.goal]?.area == area.id }
            let focusAreas = plan.focusAreas(in: area.id).compactMap { focus -> FocusProgress? in
                let underFocus = inArea.filter { goalsByID[$0.measure.goal]?.focus == focus }
                return underFocus.isEmpty ? nil : FocusProgress(name: focus, tally: StatusTally(underFocus))
            }
            return AreaProgress(area: area, tally: StatusTally(inArea), focusAreas: focusAreas)
        }
    }
}

/// A focus area's measures as they stand.
public struct FocusProgress: Sendable {
    public let name: String
    public let tally: StatusTally
}
