import AktsomKit

/// A measure's page, `/tiltak/ID`: what `aktsom measure show` says (goal, owner, due date,
/// links to risks and procurements, the full history) and the status form that records an
/// update as `aktsom update` does: the same rule (`statusUpdate`), the same lock, appended to the
/// journal, nothing overwritten.
enum MeasurePage: SitePage {
    static let fields = ["status", "note", "date", "by"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/tiltak/:id") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            return try page(id, data: data, site: site, request: request, values: FormData(), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/tiltak/:id/status") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let status = problems.read { () throws(FieldProblem) in try FieldInput.status(form.given("status"), field: "--status") }
            if status == nil && problems.isEmpty {
                problems.add(field: "status", Localized("mangler --status", en: "missing --status"), notes: [Status.validValues])
            }
            let date = problems.read { () throws(FieldProblem) in try FieldInput.day(form.given("date"), field: "--date") }
            if let status, problems.isEmpty {
                do {
                    // Through the plan index, as `aktsom update`: it costs the same on a city's plan.
                    _ = try site.plan.store.recordStatusUpdate(measure: id, status: status, date: date, by: form.given("by"),
                                                               note: form.given("note"), clock: site.clock)
                    return Notice.status.redirect(to: PathLink.to("tiltak", id), fragment: "historikk")
                } catch {
                    problems.add(error)
                }
            }
            let data = try site.plan.load()
            return try page(id, data: data, site: site, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func page(_ id: String, data: PlanData, site: AktsomSite, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) throws(HTTPError) -> HTTPResponse {
        let detail: MeasureDetail
        do throws(PlanError) {
            detail = try MeasureDetail(data: data, measure: id, asOf: site.today)
        } catch {
            // A removed measure keeps its address: the page says so and shows the history that stays.
            if case .removedMeasure = error, let history = try? HistoryView(data: data, measure: id) {
                return RemovedMeasurePage.page(history, data: data, request: request, problems: problems, status: status)
            }
            throw HTTPError(.notFound, error.diagnostic.message)
        }
        let state = detail.state
        let measure = state.measure
        let plan = data.plan
        let language = request.language
        let goal = plan.goal(measure.goal)
        let area = goal.flatMap { plan.area($0.area) }
        return Layout.page(measure.id, request: request, organisation: plan.organisation, section: .plan, status: status) {
            Markup.element(.p, [.class("crumbs")]) {
                Markup.link(to: "/handlingsplan") { request.t("Handlingsplan", "Action plan") }
                if let area { " › " + area.name }
                if let goal { " › " + goal.id + " " + goal.title }
            }
            Markup.element(.h1) {
                Markup.element(.span, [.class("id")]) { measure.id }
                " " + measure.title
            }
            Markup.element(.p) {
                Layout.statusTag(state.status, overdue: state.isOverdue, language: language)
                " "
                Markup.link(to: PathLink.to("tiltak", measure.id, "endre"), [.class("small-link")]) { request.t("Endre tiltaket", "Edit the measure") }
                " · "
                Markup.link(to: PathLink.to("tiltak", measure.id, "fjern"), [.class("small-link")]) { request.t("Fjern tiltaket", "Remove the measure") }
            }
            Markup.element(.dl, [.class("facts")]) {
                fact(request.t("Ansvarlig", "Owner"), measure.owner ?? "–")
                fact(request.t("Frist", "Due"), measure.due.map { $0.display(language) } ?? "–")
                if let days = state.daysUntilDue, !state.status.isClosed {
                    fact(request.t("Dager til frist", "Days until due"), String(days))
                }
                if let category = measure.category { fact(request.t("Kategori (3.B)", "Category (3.B)"), category) }
                if let audience = measure.audience { fact(request.t("Målgruppe", "Target group"), audience) }
                fact(request.t("Gjelder", "In force"), detail.since.display(until: measure.active.end, language))
                if let description = measure.description {
                    Markup.element(.dt) { request.t("Beskrivelse", "Description") }
                    Markup.element(.dd) { Markup.lines(description) }
                }
                Markup.element(.dt) { request.t("Risikoer", "Risks") }
                Markup.element(.dd) {
                    if measure.risks.isEmpty { "–" }
                    for risk in measure.risks {
                        Markup.link(to: PathLink.to("risikoer", query: [("vis", risk)]) + "#risiko-\(risk)") { risk + (plan.risk(risk).map { " " + $0.title } ?? "") }
                        Markup.void(.br)
                    }
                }
                Markup.element(.dt) { request.t("Anskaffelser", "Procurements") }
                Markup.element(.dd) {
                    if measure.procurements.isEmpty { "–" }
                    for procurement in measure.procurements {
                        Markup.link(to: PathLink.to("anskaffelser", procurement)) {
                            procurement + (data.register.procurement(procurement).map { " " + $0.title } ?? "")
                        }
                        Markup.void(.br)
                    }
                }
            }
            Markup.element(.section, [.id("status")]) {
                Markup.element(.h2) { request.t("Registrer status", "Record status") }
                problems.summary
                Markup.postForm(action: PathLink.to("tiltak", measure.id, "status"), for: request, [.class("status-form")]) {
                    Field.select("status", "Status", options: Status.allCases.map { ($0.rawValue, $0.label(language)) },
                                 values: values["status"] == nil ? values.setting("status", state.status.rawValue) : values, problems: problems)
                    Field.textarea("note", request.t("Fremdriftsnotat", "Progress note"), values: values, problems: problems,
                                   hint: request.t("Hva er gjort, hva står igjen, hva hindrer.", "What is done, what remains, what is in the way."))
                    Field.text("date", request.t("Gjelder fra (dato)", "Applies from (date)"), values: values, problems: problems,
                               hint: request.t("Tom betyr i dag. ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.", "Empty means today. YYYY-MM-DD or DD.MM.YYYY."),
                               placeholder: site.today.iso)
                    Field.text("by", request.t("Rapportert av", "Reported by"), values: values, problems: problems,
                               hint: request.t("Tom betyr tiltakets ansvarlige.", "Empty means the measure's owner."), placeholder: measure.owner)
                    Field.submit(request.t("Registrer", "Record"))
                }
            }
            Markup.element(.section, [.id("historikk")]) {
                Markup.element(.h2) { request.t("Historikk (\(detail.history.count))", "History (\(detail.history.count))") }
                history(detail.history, request: request)
            }
        }
    }

    static func fact(_ term: String, _ value: String) -> Markup {
        Markup.element(.dt) { term } + Markup.element(.dd) { value }
    }

    static func history(_ updates: [StatusUpdate], request: HTTPRequest) -> Markup {
        guard !updates.isEmpty else {
            return Markup.element(.p, [.class("muted")]) { request.t("Ingen statusoppdateringer ennå.", "No status updates yet.") }
        }
        return Markup.element(.table, [.class("history")]) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    Markup.element(.th) { request.t("Dato", "Date") }
                    Markup.element(.th) { "Status" }
                    Markup.element(.th) { request.t("Av", "By") }
                    Markup.element(.th) { request.t("Notat", "Note") }
                }
            }
            Markup.element(.tbody) {
                for update in updates.reversed() {
                    Markup.element(.tr) {
                        Markup.element(.td) { Markup.element(.time, [.datetime(update.date.iso)]) { update.date.norwegian } }
                        Markup.element(.td) { Layout.statusTag(update.status, overdue: false, language: request.language) }
                        Markup.element(.td) { update.by ?? "–" }
                        Markup.element(.td) { Markup.lines(update.note ?? "") }
                    }
                }
            }
        }
    }
}
