import AktsomKit

/// A goal's status text for a year, `/ar/ÅR/mal/MÅL`: `aktsom goal report GOAL --year YYYY
/// --text …`, and its removal (`--remove`) at `/ar/ÅR/mal/MÅL/fjern`, through the same rules
/// (`reportGoal`, `removeGoalReport`). Beside the field, what the data says about the goal that
/// year, which the report shows only where no text is written.
enum GoalReportForm: SitePage {
    static let fields = ["text", "year"]

    static func register(in router: inout Router, site: AktsomSite) {
        YearTexts<Goal>(
            path: "mal", find: { $0.goal($1) }, fragment: "mal", saved: .goalText, fields: fields,
            values: { data, goal, year in FormData().setting("text", data.year(year).goalReports[goal.id]) },
            save: { data, goal, year, sent in try data.reportGoal(goal.id, year: year, text: sent["text"] ?? "") },
            remove: { data, goal, year in try data.removeGoalReport(goal.id, year: year) },
            form: { goal, year, data, request, values, problems, status in
                form(goal, year: year, data: data, site: site, request: request, values: values, problems: problems, status: status)
            }
        ).register(in: &router, site: site)
    }

    static func form(_ goal: Goal, year: Int, data: PlanData, site: AktsomSite, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let review = ReportBuilder(data: data, template: TemplateCatalog.defaultTemplate(for: data.plan), year: year, today: site.today)
            .goalReviews().first { $0.goal.id == goal.id }
        let written = data.year(year).goalReports[goal.id] != nil
        let title = request.t("Statustekst \(year): \(goal.id)", "Status text \(year): \(goal.id)")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .year, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: PathLink.to("ar", String(year)) + "#mal") { request.t("Årsrapport \(year)", "Annual report \(year)") } }
            Layout.heading(title, subtitle: goal.title)
            Markup.element(.dl, [.class("facts")]) {
                MeasurePage.fact(request.t("Hva dataene sier", "What the data says"), review?.derived ?? "–")
                if let yearOfGoal = goal.year { MeasurePage.fact(request.t("Årsmål for", "Annual goal for"), String(yearOfGoal)) }
            }
            problems.summary
            Markup.postForm(action: PathLink.to("ar", String(year), "mal", goal.id), for: request, [.class("record-form")]) {
                Field.textarea("text", request.t("Status for målet i \(year), med egne ord", "The goal's status in \(year), in your own words"), values: values, problems: problems,
                               hint: request.t("Rapporten viser teksten alene, i stedet for det dataene sier.", "The report shows the text alone, instead of what the data says."),
                               rows: 5, required: true)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: PathLink.to("ar", String(year)) + "#mal") { request.t("Avbryt", "Cancel") }
            }
            if written {
                Markup.postForm(action: PathLink.to("ar", String(year), "mal", goal.id, "fjern"), for: request) {
                    Field.submit(request.t("Fjern statusteksten, så rapporten viser det dataene sier", "Remove the status text, so the report shows what the data says"))
                }
            }
        }
    }
}
