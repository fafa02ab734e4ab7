import AktsomKit

/// The year's prioritized risks on the year's page, as section 3.A.1 reports them: the risks in
/// force that year, each with the year's status, year goal and results as written with `aktsom
/// risk report`, and a link to the form that writes or removes them (``RiskReportForm``).
enum YearRisks {
    static func section(data: PlanData, year: Int, request: HTTPRequest) -> Markup {
        let risks = Timeline(data: data, history: data.statusHistory).risks(in: year)
        let reports = data.year(year).riskReports
        return Markup.element(.section, [.id("risikoer")]) {
            Markup.element(.h2) { request.t("Prioriterte risikoer: årets rapport (3.A.1)", "Prioritized risks: the year's report (3.A.1)") }
            if risks.isEmpty {
                Markup.element(.p, [.class("muted")]) { request.t("Ingen prioriterte risikoer gjaldt i \(year).", "No prioritized risk was in force in \(year).") }
            }
            Markup.element(.ul) {
                for risk in risks {
                    let report = reports[risk.id]
                    Markup.element(.li, [.id("risiko-\(risk.id)")]) {
                        Markup.element(.strong) { risk.id + " " + risk.title }
                        " "
                        Markup.link(to: PathLink.to("ar", String(year), "risiko", risk.id), [.class("small-link")]) {
                            report == nil ? request.t("skriv rapport", "write the report") : request.t("endre rapport", "edit the report")
                        }
                        if let report {
                            Markup.element(.dl, [.class("facts")]) {
                                MeasurePage.fact("Status", report.status ?? "–")
                                MeasurePage.fact(request.t("Mål i året", "Goal for the year"), report.yearGoal ?? "–")
                                MeasurePage.fact(request.t("Resultater", "Results"), report.results ?? "–")
                            }
                        } else {
                            Markup.element(.div, [.class("muted")]) { request.t("(ingen rapport for \(year))", "(no report for \(year))") }
                        }
                    }
                }
            }
        }
    }
}
