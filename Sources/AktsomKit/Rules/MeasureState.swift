/// A measure as it stands on a given day: its status from the journal, its latest update, and
/// whether it is overdue.
public struct MeasureState: Sendable {
    public let measure: Measure
    /// The day the state is taken on.
    public let asOf: Day
    public let status: Status
    /// The update the status comes from; nil when no one has reported on the measure.
    public let latestUpdate: StatusUpdate?

    public init(measure: Measure, history: StatusHistory, asOf day: Day) {
        self.measure = measure
        self.asOf = day
        self.latestUpdate = history.latest(for: measure.id, asOf: day)
        self.status = latestUpdate?.status ?? .planned
    }

    /// Past its due date and neither done nor cancelled, whatever the status says; a measure
    /// whose end (`--end`) has passed is over, and overdue nowhere.
    public var isOverdue: Bool {
        guard let due = measure.due, !hasEnded else { return false }
        return due.lastDay < asOf && !status.isClosed
    }

    /// Whether the measure's end has passed by the day.
    public var hasEnded: Bool {
        measure.active.lastDay.map { $0 < asOf } ?? false
    }

    /// Days from `asOf` to the due date: negative when overdue, nil without a due date.
    public var daysUntilDue: Int? {
        measure.due.map { asOf.days(until: $0.lastDay) }
    }

    /// Open (not done or cancelled) and due within `days` from `asOf`, overdue ones included.
    public func isDue(within days: Int) -> Bool {
        guard let remaining = daysUntilDue, !status.isClosed, !hasEnded else { return false }
        return remaining <= days
    }
}

extension MeasureState {
    /// `pågår`, `forsinket (forfalt)`: the status as every list, report and calendar shows it.
    public func statusText(_ language: Language) -> String {
        let label = status.label(language)
        guard isOverdue else { return label }
        return language == .nb ? "\(label) (forfalt)" : "\(label) (overdue)"
    }
}

extension PlanData {
    /// The state of every measure on `day`, in plan order.
    public func measureStates(asOf day: Day, history: StatusHistory? = nil) -> [MeasureState] {
        let history = history ?? statusHistory
        return plan.measures.map { MeasureState(measure: $0, history: history, asOf: day) }
    }
}
