/// One line of the status journal: a team said, on a date, where a measure stands. Updates are
/// never changed or removed; a measure's status at any date is derived from them.
public struct StatusUpdate: Hashable, Sendable {
    public var measure: String
    public var status: Status
    /// The day the status applies from (the team's `--date`, today by default).
    public var date: Day
    /// Who reported it: a team or a person.
    public var by: String?
    /// The progress note (fremdrift) in the team's own words.
    public var note: String?
    /// When the update was written, `2025-03-14T10:22:05Z`, to order updates made the same day.
    public var recorded: RecordedTime?

    public init(measure: String, status: Status, date: Day, by: String? = nil, note: String? = nil, recorded: RecordedTime? = nil) {
        self.measure = measure
        self.status = status
        self.date = date
        self.by = by
        self.note = note
        self.recorded = recorded
    }
}
