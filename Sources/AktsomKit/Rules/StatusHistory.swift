/// The status journal arranged per measure, in the order things happened: by the date a status
/// applies from, then by when it was recorded, then by its place in the journal. Everything
/// derived about status (current status, status at a date, last note) is read from here.
public struct StatusHistory: Sendable {
    private let byMeasure: [String: [StatusUpdate]]

    public init(journal: [StatusUpdate]) {
        var grouped: [String: [(index: Int, update: StatusUpdate)]] = [:]
        for (index, update) in journal.enumerated() {
            grouped[update.measure, default: []].append((index, update))
        }
        byMeasure = grouped.mapValues { entries in
            entries.sorted { lhs, rhs in
                if lhs.update.date != rhs.update.date { return lhs.update.date < rhs.update.date }
                let left = lhs.update.recorded ?? "", right = rhs.update.recorded ?? ""
                if left != right { return left < right }
                return lhs.index < rhs.index
            }.map(\.update)
        }
    }

    /// Every update of a measure, oldest first.
    public func updates(for measure: String) -> [StatusUpdate] {
        byMeasure[measure] ?? []
    }

    /// The update in force on `day` (the latest dated on or before it), or the latest of all
    /// when no day is given.
    public func latest(for measure: String, asOf day: Day? = nil) -> StatusUpdate? {
        let updates = byMeasure[measure] ?? []
        guard let day else { return updates.last }
        return updates.last { $0.date <= day }
    }

    /// The measure's status on `day`. A measure nobody has reported on yet is `planlagt`.
    public func status(of measure: String, asOf day: Day? = nil) -> Status {
        latest(for: measure, asOf: day)?.status ?? .planned
    }

    /// The updates of a measure dated within `year`.
    public func updates(for measure: String, in year: Int) -> [StatusUpdate] {
        updates(for: measure).filter { $0.date.year == year }
    }
}
