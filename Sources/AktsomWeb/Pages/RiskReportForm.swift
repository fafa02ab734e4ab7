import AktsomKit

/// A prioritized risk's report for a year (section 3.A.1), `/ar/ÅR/risiko/RISIKO`: `aktsom risk
/// report RISK --year YYYY --status … --year-goal … --results …`, and `--remove` at
/// `/ar/ÅR/risiko/RISIKO/fjern`, through the same rules (`reportRisk`, `removeRiskReport`). As
/// on the command line a field left empty keeps the text it had; the removal takes all three.
enum RiskReportForm: SitePage {
    static let fields = ["status", "year-goal", "results"]

    static func register(in router: inout Router, site: AktsomSite) {
        YearTexts<Risk>(
            path: "risiko", find: { $0.risk($1) }, fragment: "risikoer", saved: .riskText, fields: fields,
            values: { data, risk, year in values(data.year(year).riskReports[risk.id]) },
            save: { data, risk, year, sent in
                try data.reportRisk(risk.id, year: year, status: sent.given("status"), yearGoal: sent.given("year-goal"), results: sent.given("results"))
            },
            remove: { data, risk, year in try data.removeRiskReport(risk.id, year: year) },
            form: { risk, year, data, request, values, problems, status in
                form(risk, year: year, data: data, request: request, values: values, problems: problems, status: status)
            }
        ).register(in: &router, site: site)
    }

    static func values(_ report: RiskReport?) -> FormData {
        var values = FormData()
        values.append("status", report?.status ?? "")
        values.append("year-goal", report?.yearGoal ?? "")
        values.append("results", report?.results ?? "")
        return values
    }

    static func form(_ risk: Risk, year: Int, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Risikorapport \(year): \(risk.id)", "Risk report \(year): \(risk.id)")
        let back = PathLink.to("ar", String(year)) + "#risikoer"
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .year, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: back) { request.t("Årsrapport \(year)", "Annual report \(year)") } }
            Layout.heading(title, subtitle: risk.title)
            problems.summary
            Markup.postForm(action: PathLink.to("ar", String(year), "risiko", risk.id), for: request, [.class("record-form")]) {
                Field.textarea("status", request.t("Status for arbeidet med risikoen", "Status of the work on the risk"), values: values, problems: problems)
                Field.textarea("year-goal", request.t("Mål i rapporteringsåret", "Goal for the reporting year"), values: values, problems: problems)
                Field.textarea("results", request.t("Faktiske eller forventede resultater, og planer for neste år", "Actual or expected results, and plans for next year"),
                               values: values, problems: problems, hint: request.t("Et tomt felt beholder teksten det hadde.", "An empty field keeps the text it had."), rows: 5)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: back) { request.t("Avbryt", "Cancel") }
            }
            if data.year(year).riskReports[risk.id] != nil {
                Markup.postForm(action: PathLink.to("ar", String(year), "risiko", risk.id, "fjern"), for: request) {
                    Field.submit(request.t("Fjern årets rapport for risikoen", "Remove the year's report of the risk"))
                }
            }
        }
    }
}
