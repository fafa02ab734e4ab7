/// The status journal arranged per measure, in the order things happened: by the date a status
/// applies from, then by when it was recorded, then by its place in the journal. Everything
/// derived about status (current status, status at a date, last note) is read from here.
public struct StatusHistory: Sendable {
    private let journal: [StatusUpdate]
    /// Positions in `journal` per measure id, in the order things happened.
    private let positions: [String: [Int32]]

    public init(journal: [StatusUpdate]) {
        self.journal = journal
        var grouped: [String: [Int32]] = [:]
        // Reading the id in place: `enumerated()` would copy each update, retaining its strings.
        journal.withUnsafeBufferPointer { updates in
            for index in updates.indices {
                grouped[updates[index].measure, default: []].append(Int32(truncatingIfNeeded: index))
            }
        }
        // A journal is written in time order, so most groups are already in order; sort only
        // those that are not.
        for (measure, indices) in grouped where !StatusHistory.isInOrder(indices, journal) {
            grouped[measure] = indices.sorted { StatusHistory.happensBefore(journal, $0, $1) }
        }
        positions = grouped
    }

    /// Compares fields in place: copying whole updates would retain and release their strings.
    private static func happensBefore(_ journal: [StatusUpdate], _ lhs: Int32, _ rhs: Int32) -> Bool {
        let leftDate = journal[Int(lhs)].date, rightDate = journal[Int(rhs)].date
        if leftDate != rightDate { return leftDate < rightDate }
        let leftRecorded = journal[Int(lhs)].recorded, rightRecorded = journal[Int(rhs)].recorded
        if leftRecorded != rightRecorded { return RecordedTime.isBefore(leftRecorded, rightRecorded) }
        return lhs < rhs
    }

    private static func isInOrder(_ indices: [Int32], _ journal: [StatusUpdate]) -> Bool {
        var previous: Int32?
        for index in indices {
            if let previous, !happensBefore(journal, previous, index) { return false }
            previous = index
        }
        return true
    }

    /// Every update of a measure, oldest first.
    public func updates(for measure: String) -> [StatusUpdate] {
        (positions[measure] ?? []).map { journal[Int($0)] }
    }

    /// How many updates a measure has and the latest time one was written, without copying any:
    /// what a calendar event needs to tell a newer version of itself.
    public func revision(of measure: String) -> (count: Int, lastRecorded: RecordedTime?) {
        guard let indices = positions[measure] else { return (0, nil) }
        var last: RecordedTime?
        for index in indices {
            if let recorded = journal[Int(index)].recorded, last.map({ $0 < recorded }) ?? true { last = recorded }
        }
        return (indices.count, last)
    }

    /// The update in force on `day` (the latest dated on or before it), or the latest of all
    /// when no day is given.
    public func latest(for measure: String, asOf day: Day? = nil) -> StatusUpdate? {
        guard let indices = positions[measure] else { return nil }
        for index in indices.reversed() {
            let update = journal[Int(index)]
            if day.map({ update.date <= $0 }) ?? true { return update }
        }
        return nil
    }

    /// The measure's status on `day`. A measure nobody has reported on yet is `planlagt`.
    public func status(of measure: String, asOf day: Day? = nil) -> Status {
        latest(for: measure, asOf: day)?.status ?? .planned
    }

    /// The day of a measure's earliest update: evidence that it was in force by then.
    public func earliestDate(for measure: String) -> Day? {
        positions[measure]?.first.map { journal[Int($0)].date }
    }

    /// Whether a measure has an update dated within `year`, without copying any.
    public func hasUpdates(for measure: String, in year: Int) -> Bool {
        positions[measure]?.contains { journal[Int($0)].date.year == year } ?? false
    }

    /// The updates of a measure dated within `year`.
    public func updates(for measure: String, in year: Int) -> [StatusUpdate] {
        (positions[measure] ?? []).map { journal[Int($0)] }.filter { $0.date.year == year }
    }
}
