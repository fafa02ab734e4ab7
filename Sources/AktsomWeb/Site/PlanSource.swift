import AktsomKit

/// Where the site gets the plan for a request: read from the plan folder each time, so a change
/// made on the command line shows on the next page load. (Keeping what is loaded and reading only
/// what changed on disk is the next step; this is the one place it goes.)
public struct PlanSource: Sendable {
    public let store: PlanStore

    public init(store: PlanStore) {
        self.store = store
    }

    /// The plan, or a 500 with the same message the command line gives for a plan it cannot
    /// use: the file, the line and what is wrong.
    public func load() throws(HTTPError) -> PlanData {
        let loaded: LoadedPlan
        do {
            loaded = try store.load(journal: .read)
        } catch {
            throw PlanSource.failure(error)
        }
        if let first = loaded.problems.first { throw PlanSource.failure(first) }
        return loaded.data
    }

    static func failure(_ diagnostic: Diagnostic) -> HTTPError {
        HTTPError(.internalServerError, Localized("Planen kan ikke leses: \(diagnostic.rendered(.nb))",
                                                  en: "The plan cannot be read: \(diagnostic.rendered(.en))"))
    }
}
