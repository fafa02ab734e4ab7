import AktsomKit

/// Oppfølgingsplan, `/oppfolgingsplan?year=&capacity=`: `aktsom followup plan`, the year's active
/// agreements ranked with points, reasons and method, and a button that records the proposal as
/// planned follow-up (`--accept`, a POST with the CSRF field), by the same rule.
enum FollowUpPlanPage: SitePage {
    static let fields = ["year", "capacity"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/oppfolgingsplan") { request in
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language, fields: fields)
            let (year, capacity) = read(request.query, today: site.today, problems: &problems)
            return page(data: data, year: year, capacity: capacity, today: site.today, request: request, problems: problems,
                        status: problems.isEmpty ? .ok : .badRequest)
        }
        router.post("/oppfolgingsplan") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let (year, capacity) = read(form, today: site.today, problems: &problems)
            if problems.isEmpty {
                do {
                    _ = try site.plan.change { data, _ in try data.acceptFollowUpPlan(year: year, capacity: capacity, today: site.today) }
                    let query = [("year", String(year))] + (capacity.map { [("capacity", String($0))] } ?? [])
                    return Notice.followUpPlan.redirect(to: PathLink.to("oppfolgingsplan", query: query))
                } catch {
                    problems.add(error)
                }
            }
            return page(data: try site.plan.load(), year: year, capacity: capacity, today: site.today, request: request, problems: problems,
                        status: .unprocessableContent)
        }
    }

    /// The year (this year when left out) and the capacity, read as the command reads them.
    static func read(_ values: FormData, today: Day, problems: inout FormProblems) -> (Int, Int?) {
        let year = problems.read { () throws(FieldProblem) in try FieldInput.year(values.given("year"), field: "--year") } ?? today.year
        let capacity = problems.read { () throws(FieldProblem) in try FieldInput.count(values.given("capacity"), field: "--capacity", in: 0...100_000) }
        return (year, capacity)
    }

    static func page(data: PlanData, year: Int, capacity: Int?, today: Day, request: HTTPRequest, problems: FormProblems,
                     status: HTTPStatus) -> HTTPResponse {
        let plan = FollowUpPlan(data: data, year: year, capacity: capacity, today: today)
        let view = FollowUpPlanView(plan: plan, organisation: data.plan.organisation)
        let language = request.language
        let title = request.t("Oppfølgingsplan \(year)", "Follow-up plan \(year)")
        let values = FormData().setting("year", String(year)).setting("capacity", capacity.map(String.init))
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .procurements, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/anskaffelser") { request.t("Anskaffelser", "Procurements") } }
            Layout.heading(title, subtitle: request.t(
                "\(plan.candidates.count) aktive avtaler fra \(plan.firstAgreementYear)–\(year), rangert etter risiko, verdi og tid siden sist oppfølging",
                "\(plan.candidates.count) active agreements from \(plan.firstAgreementYear)–\(year), ranked by risk, value and time since the last follow-up"))
            problems.summary
            Markup.element(.form, [.method("get"), .action("/oppfolgingsplan"), .class("filters inline-form")]) {
                Field.text("year", request.t("År", "Year"), values: values, problems: problems)
                Field.text("capacity", request.t("Kapasitet (avtaler dere rekker)", "Capacity (agreements you can manage)"), values: values, problems: problems)
                Field.submit(request.t("Vis", "Show"))
            }
            Markup.element(.p) { view.capacityLine(language) }
            if !plan.toAccept.isEmpty {
                Markup.postForm(action: "/oppfolgingsplan", for: request, [.class("inline-form accept-plan")]) {
                    Markup.void(.input, [.type("hidden"), .name("year"), .value(String(year))])
                    if let capacity, plan.capacitySource == .given { Markup.void(.input, [.type("hidden"), .name("capacity"), .value(String(capacity))]) }
                    Field.submit(request.t("Legg de \(plan.toAccept.count) foreslåtte inn som planlagt oppfølging",
                                           "Record the \(plan.toAccept.count) proposed as planned follow-up"))
                }
            }
            if plan.candidates.isEmpty {
                Markup.element(.p, [.class("muted")]) { request.t("Ingen aktive avtaler i \(year).", "No active agreements in \(year).") }
            } else {
                table(plan, request: request)
            }
            Markup.element(.p, [.class("muted")]) {
                request.t("Regelen: høyrisiko 40 poeng; åpent avvik 30, ellers avvik før 15; etiske kontraktsvilkår 15; verdi inntil 20; aldri fulgt opp 20, for to år eller mer siden 15, året før 5.",
                          "The rule: high risk 40 points; an open deviation 30, else an earlier deviation 15; ethical contract terms 15; value up to 20; never followed up 20, two or more years ago 15, the year before 5.")
            }
        }
    }

    static func table(_ plan: FollowUpPlan, request: HTTPRequest) -> Markup {
        let language = request.language
        return Markup.element(.table, [.class("follow-up-plan")]) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    for head in [("Nr", "No"), ("Avtale", "Agreement"), ("Poeng", "Points"), ("Metode", "Method"), ("Begrunnelse", "Reasons"),
                                 ("Sist fulgt opp", "Last follow-up"), ("I planen", "In the plan")] {
                        Markup.element(.th) { request.t(head.0, head.1) }
                    }
                }
            }
            Markup.element(.tbody) {
                for candidate in plan.candidates {
                    Markup.element(.tr, candidate.proposed ? [.class("proposed")] : []) {
                        Markup.element(.td, [.class("number")]) { candidate.rank }
                        Markup.element(.td) {
                            Markup.link(to: PathLink.to("anskaffelser", candidate.procurement.id)) { candidate.procurement.id }
                            " " + candidate.procurement.title
                        }
                        Markup.element(.td, [.class("number")]) { candidate.score }
                        Markup.element(.td) {
                            Markup.element(.strong) { candidate.method.label.text(language) }
                            Markup.void(.br)
                            Markup.element(.span, [.class("muted")]) { candidate.methodReason.text(language) }
                        }
                        Markup.element(.td) { FollowUpPlanView.reasons(candidate, language) }
                        Markup.element(.td) { candidate.lastFollowUp?.date?.norwegian ?? request.t("aldri", "never") }
                        Markup.element(.td) {
                            if let followUp = candidate.inPlan {
                                Markup.link(to: PathLink.to("oppfolging", followUp.id)) { FollowUpPlanView.standing(candidate, language) }
                            } else {
                                FollowUpPlanView.standing(candidate, language)
                            }
                        }
                    }
                }
            }
        }
    }
}
