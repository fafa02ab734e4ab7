extension PlanData {
    /// The years a lead may want to work on, newest first: every year from the first the plan
    /// holds anything for (an entry, a procurement, a follow-up, a status update, an annual goal,
    /// the strategy period) to the later of this year and the period's end. What the year pages,
    /// the check and the export offer to pick from.
    public func yearsToPick(today: Day) -> [Int] {
        var first = min(today.year, plan.yearBeingReported(on: today))
        var last = today.year
        if let range = PlanTrend.yearsWithData(in: self) {
            first = min(first, range.lowerBound)
            last = max(last, range.upperBound)
        }
        if let period = plan.period {
            first = min(first, period.first)
            last = max(last, period.last)
        }
        return Array((first...last).reversed())
    }
}
