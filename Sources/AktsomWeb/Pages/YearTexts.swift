import AktsomKit

/// What the year's forms for one record's text share (a goal's status text, ``GoalReportForm``;
/// a risk's 3.A.1 report, ``RiskReportForm``): the year and the record named by the path, and a
/// change through the command's rule that lands back on the year's page.
enum YearTexts {
    /// The year of the path and the record named by `parameter`, else 404.
    static func target<Record>(_ request: HTTPRequest, site: AktsomSite, parameter: String,
                               _ find: (ActionPlan, String) -> Record?) throws(HTTPError) -> (year: Int, data: PlanData, record: Record) {
        let year = try YearPage.year(request)
        let id = try request.parameters.require(parameter)
        let data = try site.plan.load()
        guard let record = find(data.plan, id) else { throw HTTPError.notFound }
        return (year, data, record)
    }

    /// Changes the plan through `rule` under the folder's lock: the 303 back to the year's page
    /// at `fragment` with `notice`, or nil with the refusal added to `problems` and nothing saved.
    static func change(_ notice: Notice, year: Int, fragment: String, site: AktsomSite, problems: inout FormProblems,
                       _ rule: (inout PlanData) throws -> Void) -> HTTPResponse? {
        do {
            try site.plan.change { data, _ in try rule(&data) }
            return notice.redirect(to: PathLink.to("ar", String(year)), fragment: fragment)
        } catch {
            problems.add(error)
            return nil
        }
    }
}
