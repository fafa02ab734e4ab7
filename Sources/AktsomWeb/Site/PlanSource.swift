import AktsomKit
import Foundation

/// Where the site gets the plan for a request. It keeps the last ``PlanSnapshot`` between
/// requests and asks the store only for what changed on disk since (a file whose size, time or
/// identity changed; of a journal that only grew, the new lines), so a page on a city's plan
/// costs its view, not a reload, and a change made on the command line shows on the next load.
///
/// Every write goes through ``change(journal:_:)``, which is ``PlanStore/change(journal:_:)``:
/// the folder's lock, the files read again under it, nothing written when the change throws.
public struct PlanSource: Sendable {
    public let store: PlanStore
    private let cache = SnapshotCache()

    public init(store: PlanStore) {
        self.store = store
    }

    /// The plan as it is on disk now, or a 500 with the message the command line gives for a
    /// plan it cannot use: the file, the line and what is wrong.
    public func snapshot() throws(HTTPError) -> PlanSnapshot {
        let snapshot = try cache.refresh(store)
        if let first = snapshot.loaded.problems.first { throw PlanSource.failure(first) }
        return snapshot
    }

    /// The plan's data, as ``snapshot()``.
    public func load() throws(HTTPError) -> PlanData {
        try snapshot().data
    }

    /// The plan as loaded, problems included, for the checks page, which lists them.
    public func loadedAllowingProblems() throws(HTTPError) -> PlanSnapshot {
        try cache.refresh(store)
    }

    /// A view worked out from `snapshot` (a year's answers, a report, the check's findings), made
    /// once per state of the plan and kept until the plan changes on disk, so a page asked for
    /// again costs its markup, not the work. `key` must name everything the view depends on
    /// besides the plan: the year, the template, today.
    public func derived<Value: Sendable>(_ key: String, from snapshot: PlanSnapshot, _ make: () -> Value) -> Value {
        if let kept = cache.derived(key, generation: snapshot.generation) as? Value { return kept }
        let made = make()
        cache.keep(made, as: key, generation: snapshot.generation)
        return made
    }

    /// Changes the plan under the folder's lock, as a command does.
    public func change<Value>(journal: PlanStore.JournalNeed = .skip,
                              _ body: (inout PlanData, inout [StatusUpdate]) throws -> Value) throws -> Value {
        try store.change(journal: journal, body).value
    }

    static func failure(_ diagnostic: Diagnostic) -> HTTPError {
        HTTPError(.internalServerError, Localized("Planen kan ikke leses: \(diagnostic.rendered(.nb))",
                                                  en: "The plan cannot be read: \(diagnostic.rendered(.en))"))
    }
}

/// The one mutable piece of the site: the latest snapshot, behind a lock, so requests on many
/// threads share it and only one of them reloads at a time; and the views derived from it,
/// dropped as soon as a reload finds the plan changed.
final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: PlanSnapshot?
    /// Views of the latest snapshot by key. Views of an older one are never kept: no two
    /// snapshots of the process share a generation, and an unreadable plan empties this.
    private var views: [String: any Sendable] = [:]
    /// At most this many views are kept; past it they are all dropped, so no run of odd
    /// addresses (every year from 1000 to 9999) can grow the cache without end.
    static let capacity = 64

    func refresh(_ store: PlanStore) throws(HTTPError) -> PlanSnapshot {
        lock.lock()
        defer { lock.unlock() }
        do {
            let snapshot = try store.load(reusing: latest)
            if snapshot.generation != latest?.generation { views = [:] }
            latest = snapshot
            return snapshot
        } catch {
            latest = nil
            views = [:]
            throw PlanSource.failure(error)
        }
    }

    func derived(_ key: String, generation: Int) -> (any Sendable)? {
        lock.withLock { latest?.generation == generation ? views[key] : nil }
    }

    /// Keeps a view made from the snapshot of `generation`, unless the plan has moved on since.
    func keep(_ view: any Sendable, as key: String, generation: Int) {
        lock.withLock {
            guard latest?.generation == generation else { return }
            if views.count >= SnapshotCache.capacity { views = [:] }
            views[key] = view
        }
    }
}
