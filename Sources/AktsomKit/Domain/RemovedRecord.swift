/// A record that was removed from the plan but leaves a trace that must stay readable: a
/// measure's status updates, which are never taken out of the append-only journal.
///
/// Kept in `plan.json` under `removed`, so the journal loader knows the lines are not strays,
/// `aktsom history` can still show them (saying the measure was removed), and the id is never
/// handed out again, since a new measure with the same id would inherit the old history.
public struct RemovedRecord: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String
    /// The title it had, so the history still says what the measure was.
    public var title: String
    /// The day it was removed.
    public var removed: Day

    public init(kind: RecordKind, id: String, title: String, removed: Day) {
        self.kind = kind
        self.id = id
        self.title = title
        self.removed = removed
    }
}
