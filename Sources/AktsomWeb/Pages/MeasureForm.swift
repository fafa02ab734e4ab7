import AktsomKit

/// New and changed measures, `/tiltak/ny` and `/tiltak/ID/endre`: the fields of `measure add`
/// and `measure edit` (goal, title, id, owner, due date, category, description, target group,
/// risks, procurements, start and end), read by the same ``FieldInput`` rules and saved by the
/// same `addMeasure` and `editMeasure`. On a mistake the form comes back with what was typed
/// and the command line's message under the field; nothing is saved.
enum MeasureForm: SitePage {
    static let fields = ["goal", "title", "id", "owner", "due", "category", "description", "audience", "risk", "procurement", "start", "end"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/tiltak/ny") { request in
            let data = try site.plan.load()
            var values = FormData([.init(name: "goal", value: request.query["goal"] ?? "")])
            for risk in request.query.values("risk") { values.append("risk", risk) }
            return form(nil, data: data, request: request, values: values, problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/tiltak/ny") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let due = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("due"), field: "--due") }
            let start = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("start"), field: "--start") }
            let end = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("end"), field: "--end") }
            if problems.isEmpty {
                var draft = MeasureDraft(goal: form["goal"] ?? "", title: form["title"] ?? "", id: form.given("id"), description: form.given("description"),
                                         owner: form.given("owner"), due: due, category: form.given("category"), audience: form.given("audience"),
                                         risks: form.list("risk"), procurements: form.list("procurement"))
                draft.active = ActivePeriod(start: start, end: end, added: site.today)
                do {
                    let measure = try site.plan.change { data, _ in try data.addMeasure(draft) }
                    return Notice.measure.redirect(to: PathLink.to("tiltak", measure.id))
                } catch {
                    problems.add(error)
                }
            }
            return MeasureForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/tiltak/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let measure = data.plan.measure(id) else { throw HTTPError.notFound }
            return form(measure, data: data, request: request, values: values(of: measure).proposing(["start"], from: request.query),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/tiltak/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let measure = data.plan.measure(id) else { throw HTTPError.notFound }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = MeasureChanges()
            let old = values(of: measure)
            // Only what differs from the measure as shown is a change; an emptied field removes it.
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (old[name] ?? "") ? nil : $0 } }
            changes.title = changed("title")
            changes.goal = changed("goal")
            changes.owner = FieldInput.textChange(changed("owner"))
            changes.description = FieldInput.textChange(changed("description"))
            changes.audience = FieldInput.textChange(changed("audience"))
            changes.category = FieldInput.textChange(changed("category"))
            if let raw = changed("due") {
                if raw.isBlank { changes.due = .cleared } else if let due = problems.read({ () throws(FieldProblem) in try FieldInput.due(raw, field: "--due") }) { changes.due = .set(due) }
            }
            changes.start = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("start"), field: "--start") } ?? .unchanged
            changes.end = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("end"), field: "--end") } ?? .unchanged
            let risks = form.list("risk"), procurements = form.list("procurement")
            changes.addRisks = risks.filter { !measure.risks.contains($0) }
            changes.removeRisks = measure.risks.filter { !risks.contains($0) }
            changes.addProcurements = procurements.filter { !measure.procurements.contains($0) }
            changes.removeProcurements = measure.procurements.filter { !procurements.contains($0) }
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.editMeasure(id, changes) }
                    return Notice.measure.redirect(to: PathLink.to("tiltak", id))
                } catch PlanError.nothingToChange {
                    return .redirect(to: PathLink.to("tiltak", id))
                } catch {
                    problems.add(error)
                }
            }
            return MeasureForm.form(measure, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    /// The measure as the form shows it.
    static func values(of measure: Measure) -> FormData {
        var values = FormData()
        values.append("goal", measure.goal)
        values.append("title", measure.title)
        values.append("owner", measure.owner ?? "")
        values.append("due", measure.due?.description ?? "")
        values.append("category", measure.category ?? "")
        values.append("description", measure.description ?? "")
        values.append("audience", measure.audience ?? "")
        for risk in measure.risks { values.append("risk", risk) }
        for procurement in measure.procurements { values.append("procurement", procurement) }
        values.append("start", measure.active.start?.description ?? "")
        values.append("end", measure.active.end?.description ?? "")
        return values
    }

    static func form(_ measure: Measure?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let plan = data.plan
        let title = measure.map { request.t("Endre tiltak \($0.id)", "Edit measure \($0.id)") } ?? request.t("Nytt tiltak", "New measure")
        let action = measure.map { PathLink.to("tiltak", $0.id, "endre") } ?? "/tiltak/ny"
        return Layout.page(title, request: request, organisation: plan.organisation, section: .plan, status: status) {
            Layout.heading(title)
            problems.summary
            Markup.postForm(action: action, for: request, [.class("record-form")]) {
                Field.select("goal", request.t("Mål", "Goal"), options: plan.goals.map { ($0.id, "\($0.id) – \($0.title)") }, values: values, problems: problems)
                Field.text("title", request.t("Tittel: hva skal gjøres", "Title: what is to be done"), values: values, problems: problems, required: true)
                if measure == nil {
                    Field.text("id", "ID", values: values, problems: problems,
                               hint: request.t("Tom: Aktsom lager en (for eksempel klima-1.3). Id-en endres aldri.", "Empty: Aktsom makes one (for example klima-1.3). The id never changes."))
                }
                Field.text("owner", request.t("Ansvarlig team", "Responsible team"), values: values, problems: problems,
                           hint: request.t("Team i planen: ", "Teams in the plan: ") + plan.teams.joined(separator: ", "), suggestions: plan.teams)
                Field.text("due", request.t("Frist", "Due"), values: values, problems: problems,
                           hint: request.t("En dato (2025-06-30), et kvartal (2. kvartal 2025 eller 2025-Q2) eller et år (2026).",
                                           "A date (2025-06-30), a quarter (Q2 2025 or 2025-Q2) or a year (2026)."))
                Field.text("category", request.t("Kategori i rapportens del 3.B", "Category in the report's section 3.B"), values: values, problems: problems,
                           hint: MeasureCategory.validValues(in: plan.reportTemplate).text(request.language))
                Field.textarea("description", request.t("Beskrivelse og begrunnelse", "Description and rationale"), values: values, problems: problems)
                Field.text("audience", request.t("Målgruppe", "Target group"), values: values, problems: problems)
                Field.select("risk", request.t("Prioriterte risikoer tiltaket svarer på", "Prioritized risks the measure answers"),
                             options: plan.risks.map { ($0.id, "\($0.id) – \($0.title)") }, values: values, problems: problems, multiple: true)
                Field.text("procurement", request.t("Anskaffelser tiltaket virker på (id-er, skilt med komma)", "Procurements the measure acts on (ids, separated by commas)"),
                           values: values.setting("procurement", values.list("procurement").joined(separator: ", ")), problems: problems)
                Field.text("start", request.t("Gjelder fra", "In force from"), values: values, problems: problems,
                           hint: request.t("Tom: fra det tidligste av målets start, første statusoppdatering og dagen tiltaket ble lagt inn.",
                                           "Empty: from the earliest of the goal's start, the first status update and the day the measure was entered."))
                Field.text("end", request.t("Gjelder til", "In force until"), values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: measure.map { PathLink.to("tiltak", $0.id) } ?? "/handlingsplan") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
