import AktsomKit

/// `GET /api/check`: the same JSON as `aktsom check --json`; `?year=` as `--year`. Answers 200
/// whatever it finds (the findings are the answer); the command's exit code 1 is `count > 0`.
enum CheckAPI: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/api/check") { request in
            let snapshot = try site.plan.loadedAllowingProblems()
            var problems = FormProblems(language: request.language)
            let year = problems.read { () throws(FieldProblem) in try FieldInput.year(request.query.given("year"), field: "--year") }
            if let first = problems.firstMessage { throw HTTPError.badRequest(first) }
            let report = CheckPage.report(snapshot, year: year, site: site)
            return .json(report.json(request.language))
        }
    }
}
