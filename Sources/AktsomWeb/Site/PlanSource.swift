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
/// threads share it and only one of them reloads at a time.
final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: PlanSnapshot?

    func refresh(_ store: PlanStore) throws(HTTPError) -> PlanSnapshot {
        lock.lock()
        defer { lock.unlock() }
        do {
            let snapshot = try store.load(reusing: latest)
            latest = snapshot
            return snapshot
        } catch {
            latest = nil
            throw PlanSource.failure(error)
        }
    }
}
