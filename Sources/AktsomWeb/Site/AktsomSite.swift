import AktsomKit

/// Aktsom's pages and API over one plan folder: the routes, each calling the same AktsomKit
/// views the commands call, so no rule is written twice.
public struct AktsomSite: Sendable {
    public let plan: PlanSource
    public let clock: WallClock

    public init(store: PlanStore, clock: WallClock) {
        self.plan = PlanSource(store: store)
        self.clock = clock
    }

    public func router(log: @escaping @Sendable (String) -> Void = { _ in }) -> Router {
        var router = Router(log: log)
        router.serve(.stylesheet)
        router.get("/") { request in
            .page(HomePage.document(data: try plan.load(), request: request))
        }
        // The same JSON as `aktsom status --json`; `?team=` as `--team`.
        router.get("/api/status") { request in
            let data = try plan.load()
            let overview: StatusOverview
            do throws(PlanError) {
                overview = try StatusOverview(data: data, team: request.query["team"], asOf: clock.today())
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
            return .json(overview.json())
        }
        return router
    }
}
