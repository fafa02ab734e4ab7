import AktsomKit

/// `GET /api/status`: the same JSON as `aktsom status --json`; `?team=` as `--team`.
enum StatusAPI: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/api/status") { request in
            let data = try site.plan.load()
            let overview: StatusOverview
            do throws(PlanError) {
                overview = try StatusOverview(data: data, team: request.query["team"], asOf: site.today)
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
            return .json(overview.json())
        }
    }
}
