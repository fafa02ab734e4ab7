import AktsomKit

/// The routes the year's forms for one record's text share (a goal's status text,
/// ``GoalReportForm``; a risk's 3.A.1 report, ``RiskReportForm``): `GET` and `POST
/// /ar/ÅR/<path>/ID` to show and save, `POST /ar/ÅR/<path>/ID/fjern` to remove, each change
/// through the command's rule under the folder's lock, landing back on the year's page with a
/// notice, or the form again with the refusal by its field and nothing saved.
struct YearTexts<Record: Sendable>: Sendable {
    /// `mal`, `risiko`: the path segment, also the parameter's name in the route.
    let path: String
    /// The record of the id, from the plan.
    let find: @Sendable (ActionPlan, String) -> Record?
    /// Where on the year's page the record is listed.
    let fragment: String
    let saved: Notice
    let fields: [String]
    /// The record's text for the year as the form shows it.
    let values: @Sendable (PlanData, Record, Int) -> FormData
    /// The command's rule for saving the sent form, and for removing the text.
    let save: @Sendable (inout PlanData, Record, Int, FormData) throws -> Void
    let remove: @Sendable (inout PlanData, Record, Int) throws -> Void
    /// The page with the form: record, year, data, request, values, problems, status.
    let form: @Sendable (Record, Int, PlanData, HTTPRequest, FormData, FormProblems, HTTPStatus) -> HTTPResponse

    func register(in router: inout Router, site: AktsomSite) {
        let route = "/ar/:year/\(path)/:id"
        router.get(route) { request in
            let (year, data, record) = try target(request, site: site)
            return form(record, year, data, request, values(data, record, year), FormProblems(language: request.language, fields: fields), .ok)
        }
        router.post(route) { request in
            let (year, data, record) = try target(request, site: site)
            let sent = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            if let done = change(saved, year: year, site: site, problems: &problems, { try save(&$0, record, year, sent) }) { return done }
            return form(record, year, data, request, sent, problems, .unprocessableContent)
        }
        router.post(route + "/fjern") { request in
            let (year, data, record) = try target(request, site: site)
            var problems = FormProblems(language: request.language, fields: fields)
            if let done = change(Notice.removed, year: year, site: site, problems: &problems, { try remove(&$0, record, year) }) { return done }
            return form(record, year, data, request, values(data, record, year), problems, .unprocessableContent)
        }
    }

    /// The year of the path and the record it names, else 404.
    private func target(_ request: HTTPRequest, site: AktsomSite) throws(HTTPError) -> (Int, PlanData, Record) {
        let year = try YearPage.year(request)
        let id = try request.parameters.require("id")
        let data = try site.plan.load()
        guard let record = find(data.plan, id) else { throw HTTPError.notFound }
        return (year, data, record)
    }

    /// The change through `rule`: the 303 back to the year's page, or nil with the refusal in
    /// `problems` and nothing saved.
    private func change(_ notice: Notice, year: Int, site: AktsomSite, problems: inout FormProblems,
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
