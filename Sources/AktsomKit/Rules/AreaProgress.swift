/// How an area's measures stand on a day: how many in each status, how many overdue, and when
/// someone last reported. The numbers behind `aktsom status` and the report's status chart.
public struct AreaProgress: Sendable {
    public let area: Area
    /// Measure count per status, in ``Status`` order.
    public let counts: [Status: Int]
    public let total: Int
    public let overdue: Int
    /// The most recent update on any of the area's measures, as of the day.
    public let latestUpdate: StatusUpdate?

    public func count(_ status: Status) -> Int { counts[status] ?? 0 }

    /// Done measures as a share of those not cancelled, 0–100; nil when there are none.
    public var percentDone: Int? {
        let relevant = total - count(.cancelled)
        guard relevant > 0 else { return nil }
        return Int((Double(count(.done)) * 100 / Double(relevant)).rounded())
    }

    /// The progress of each area, in plan order, from the measure states of the day. Areas without
    /// measures are included, so an empty area is visible rather than missing.
    public static func areas(of plan: ActionPlan, states: [MeasureState]) -> [AreaProgress] {
        let areaOfGoal = Dictionary(plan.goals.map { ($0.id, $0.area) }, uniquingKeysWith: { first, _ in first })
        return plan.areas.map { area in
            let inArea = states.filter { areaOfGoal[$0.measure.goal] == area.id }
            var counts: [Status: Int] = [:]
            for state in inArea { counts[state.status, default: 0] += 1 }
            let latest = inArea.compactMap(\.latestUpdate).max { lhs, rhs in
                lhs.date != rhs.date ? lhs.date < rhs.date : RecordedTime.isBefore(lhs.recorded, rhs.recorded)
            }
            return AreaProgress(area: area, counts: counts, total: inArea.count,
                                overdue: inArea.filter(\.isOverdue).count, latestUpdate: latest)
        }
    }
}
