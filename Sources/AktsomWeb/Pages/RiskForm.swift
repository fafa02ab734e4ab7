import AktsomKit

/// New and changed risks, `/risikoer/ny` and `/risikoer/ID/endre`: `risk add` and `risk edit`
/// (title, id, theme, geography, area, overarching goal, rationale, start and end).
enum RiskForm: SitePage {
    static let fields = ["title", "id", "theme", "geography", "area", "goal", "rationale", "start", "end"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/risikoer/ny") { request in
            let data = try site.plan.load()
            return form(nil, data: data, request: request, values: FormData(), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/risikoer/ny") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let start = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("start"), field: "--start") }
            let end = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("end"), field: "--end") }
            if problems.isEmpty {
                var draft = RiskDraft(title: form["title"] ?? "", id: form.given("id"), theme: form.given("theme"), geography: form.given("geography"),
                                      area: form.given("area"), overarchingGoal: form.given("goal"), rationale: form.given("rationale"))
                draft.active = ActivePeriod(start: start, end: end, added: site.today)
                do {
                    let risk = try site.plan.change { data, _ in try data.addRisk(draft) }
                    return Notice.risk.redirect(to: "/risikoer", fragment: "risiko-\(risk.id)")
                } catch {
                    problems.add(error)
                }
            }
            return RiskForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/risikoer/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let risk = data.plan.risk(id) else { throw HTTPError.notFound }
            return form(risk, data: data, request: request, values: values(of: risk).proposing(["start"], from: request.query),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/risikoer/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let risk = data.plan.risk(id) else { throw HTTPError.notFound }
            let shown = values(of: risk)
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = RiskChanges()
            changes.title = changed("title")
            changes.theme = changed("theme")
            changes.geography = changed("geography")
            changes.area = changed("area")
            changes.overarchingGoal = changed("goal")
            changes.rationale = changed("rationale")
            changes.start = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("start"), field: "--start") } ?? .unchanged
            changes.end = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("end"), field: "--end") } ?? .unchanged
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.editRisk(id, changes) }
                    return Notice.risk.redirect(to: "/risikoer", fragment: "risiko-\(id)")
                } catch PlanError.nothingToChange {
                    return .redirect(to: "/risikoer#risiko-\(id)")
                } catch {
                    problems.add(error)
                }
            }
            return RiskForm.form(risk, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of risk: Risk) -> FormData {
        var values = FormData()
        values.append("title", risk.title)
        values.append("theme", risk.theme ?? "")
        values.append("geography", risk.geography ?? "")
        values.append("area", risk.area ?? "")
        values.append("goal", risk.overarchingGoal ?? "")
        values.append("rationale", risk.rationale ?? "")
        values.append("start", risk.active.start?.description ?? "")
        values.append("end", risk.active.end?.description ?? "")
        return values
    }

    static func form(_ risk: Risk?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = risk.map { request.t("Endre risiko \($0.id)", "Edit risk \($0.id)") } ?? request.t("Ny risiko", "New risk")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .risks, status: status) {
            Layout.heading(title)
            if let risk {
                let since = Timeline(data: data, history: data.statusHistory).since(risk)
                Markup.element(.p, [.class("muted"), .id("gjelder")]) {
                    request.t("Gjelder ", "In force ") + since.display(until: risk.active.end, request.language) + "."
                }
            }
            problems.summary
            Markup.postForm(action: risk.map { PathLink.to("risikoer", $0.id, "endre") } ?? "/risikoer/ny", for: request, [.class("record-form")]) {
                Field.text("title", request.t("Den prioriterte negative påvirkningen", "The prioritized negative impact"), values: values, problems: problems, required: true)
                if risk == nil { Field.text("id", "ID", values: values, problems: problems, hint: request.t("Tom: Aktsom lager en.", "Empty: Aktsom makes one.")) }
                Field.text("theme", request.t("Tema", "Theme"), values: values, problems: problems, placeholder: "Tvangsarbeid")
                Field.text("geography", request.t("Geografi", "Geography"), values: values, problems: problems)
                Field.select("area", request.t("Strategiområde", "Strategy area"), options: [("", "–")] + data.plan.areas.map { ($0.id, $0.name) }, values: values, problems: problems)
                Field.textarea("goal", request.t("Overordnet mål for håndteringen", "Overarching goal for handling it"), values: values, problems: problems)
                Field.textarea("rationale", request.t("Begrunnelse for prioriteringen", "Why it is prioritized"), values: values, problems: problems)
                Field.text("start", request.t("Gjelder fra", "In force from"), values: values, problems: problems)
                Field.text("end", request.t("Gjelder til", "In force until"), values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: "/risikoer") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
