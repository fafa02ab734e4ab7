extension PlanData {
    /// A status update for a measure, checked: the measure exists and the date is not in the
    /// future. Who reported defaults to the measure's owner, since teams report on their own
    /// measures.
    public func statusUpdate(
        for measureID: String, status: Status, date: Day?, by: String?, note: String?, clock: WallClock
    ) throws(PlanError) -> StatusUpdate {
        guard let measure = plan.measure(measureID) else { throw missingMeasure(measureID) }
        let today = clock.today()
        let day = date ?? today
        if day > today {
            throw .dateInFuture(day, today: today)
        }
        return StatusUpdate(measure: measure.id, status: status, date: day,
                            by: PlanData.optionalText(by) ?? measure.owner, note: PlanData.optionalText(note),
                            recorded: RecordedTime(clock.timestamp()))
    }
}
