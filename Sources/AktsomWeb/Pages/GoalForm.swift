import AktsomKit

/// New and changed goals, `/mal/ny` and `/mal/ID/endre`: `goal add` and `goal edit` (area,
/// focus area, title, id, year for an annual goal, target with unit and indicator, start and
/// end), through the same rules, with the command line's messages under the fields.
enum GoalForm: SitePage {
    static let fields = ["area", "focus", "title", "description", "id", "year", "target", "unit", "indicator", "start", "end"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/mal/ny") { request in
            let data = try site.plan.load()
            return form(nil, data: data, request: request, values: request.query, problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/mal/ny") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let year = problems.read { () throws(FieldProblem) in try FieldInput.year(form.given("year"), field: "--year") }
            let target = problems.read { () throws(FieldProblem) in
                try FieldInput.target(value: form.given("target"), unit: form.given("unit"), indicator: form.given("indicator"))
            }
            let start = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("start"), field: "--start") }
            let end = problems.read { () throws(FieldProblem) in try FieldInput.due(form.given("end"), field: "--end") }
            if problems.isEmpty {
                var draft = GoalDraft(area: form["area"] ?? "", title: form["title"] ?? "", id: form.given("id"), year: year, target: target)
                draft.focus = form.given("focus")
                draft.description = form.given("description")
                draft.active = ActivePeriod(start: start, end: end, added: site.today)
                do {
                    let goal = try site.plan.change { data, _ in try data.addGoal(draft) }
                    return Notice.goal.redirect(to: PathLink.to("handlingsplan"), fragment: "mal-\(goal.id)")
                } catch {
                    problems.add(error)
                }
            }
            return GoalForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/mal/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let goal = data.plan.goal(id) else { throw HTTPError.notFound }
            return form(goal, data: data, request: request, values: values(of: goal).proposing(["start"], from: request.query),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/mal/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let goal = data.plan.goal(id) else { throw HTTPError.notFound }
            let old = values(of: goal)
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (old[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = GoalChanges()
            changes.title = changed("title")
            changes.focus = FieldInput.textChange(changed("focus"))
            changes.description = FieldInput.textChange(changed("description"))
            if let raw = changed("year") {
                if raw.isBlank { changes.year = .cleared } else if let year = problems.read({ () throws(FieldProblem) in try FieldInput.year(raw, field: "--year") }) { changes.year = .set(year) }
            }
            if changed("target") != nil || changed("unit") != nil || changed("indicator") != nil {
                if form.given("target") == nil && form.given("unit") == nil && form.given("indicator") == nil {
                    changes.target = .cleared
                } else if let target = problems.read({ () throws(FieldProblem) in
                    try FieldInput.target(value: form.given("target"), unit: form.given("unit"), indicator: form.given("indicator"))
                }) {
                    changes.target = .set(target)
                }
            }
            changes.start = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("start"), field: "--start") } ?? .unchanged
            changes.end = problems.read { () throws(FieldProblem) in try FieldInput.periodChange(changed("end"), field: "--end") } ?? .unchanged
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.editGoal(id, changes) }
                    return Notice.goal.redirect(to: "/handlingsplan", fragment: "mal-\(id)")
                } catch PlanError.nothingToChange {
                    return .redirect(to: "/handlingsplan#mal-\(id)")
                } catch {
                    problems.add(error)
                }
            }
            return GoalForm.form(goal, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of goal: Goal) -> FormData {
        var values = FormData()
        values.append("area", goal.area)
        values.append("title", goal.title)
        values.append("focus", goal.focus ?? "")
        values.append("description", goal.description ?? "")
        values.append("year", goal.year.map(String.init) ?? "")
        values.append("target", goal.target?.value.description ?? "")
        values.append("unit", goal.target?.unit ?? "")
        values.append("indicator", goal.target?.indicator?.rawValue ?? "")
        values.append("start", goal.active.start?.description ?? "")
        values.append("end", goal.active.end?.description ?? "")
        return values
    }

    /// The focus areas already used, so a new goal joins one by its spelling: of the goal's
    /// area when it has one, else of every area.
    static func focusHint(_ goal: Goal?, plan: ActionPlan, request: HTTPRequest) -> String {
        let areas = goal.map { [$0.area] } ?? plan.areas.map(\.id)
        let used = areas.flatMap { area in plan.focusAreas(in: area).map { goal == nil ? "\(area): \($0)" : $0 } }
        let intro = request.t("En underoverskrift i handlingsplanen, for eksempel «Kontraktsoppfølging». ",
                              "A sub-heading in the action plan, for example «Kontraktsoppfølging». ")
        return intro + (used.isEmpty ? request.t("Ingen i bruk ennå.", "None in use yet.")
                                     : request.t("I bruk: ", "In use: ") + used.joined(separator: "; "))
    }

    static func form(_ goal: Goal?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let plan = data.plan
        let title = goal.map { request.t("Endre mål \($0.id)", "Edit goal \($0.id)") } ?? request.t("Nytt mål", "New goal")
        return Layout.page(title, request: request, organisation: plan.organisation, section: .plan, status: status) {
            Layout.heading(title)
            if let goal {
                // When the goal counts, and why: what the lead set, or what it follows.
                let since = Timeline(data: data, history: data.statusHistory).since(goal)
                Markup.element(.p, [.class("muted"), .id("gjelder")]) {
                    request.t("Gjelder ", "In force ") + since.display(until: goal.active.end, request.language) + "."
                }
            }
            problems.summary
            Markup.postForm(action: goal.map { PathLink.to("mal", $0.id, "endre") } ?? "/mal/ny", for: request, [.class("record-form")]) {
                if goal == nil {
                    Field.select("area", request.t("Strategiområde", "Strategy area"), options: plan.areas.map { ($0.id, $0.name) }, values: values, problems: problems)
                }
                Field.text("focus", request.t("Satsingsområde i området (valgfritt)", "Focus area within the area (optional)"), values: values, problems: problems,
                           hint: focusHint(goal, plan: plan, request: request))
                Field.text("title", request.t("Målet slik det står i strategien", "The goal as the strategy words it"), values: values, problems: problems, required: true)
                Field.textarea("description", request.t("Beskrivelse: hva målet betyr og hvorfor (valgfritt)", "Description: what the goal means and why (optional)"),
                               values: values, problems: problems)
                if goal == nil {
                    Field.text("id", "ID", values: values, problems: problems, hint: request.t("Tom: Aktsom lager en.", "Empty: Aktsom makes one."))
                }
                Field.text("year", request.t("År (bare for et årsmål)", "Year (only for an annual goal)"), values: values, problems: problems,
                           hint: request.t("Tom: strategisk mål for hele perioden.", "Empty: a strategic goal for the whole period."))
                Field.text("target", request.t("Målverdi", "Target value"), values: values, problems: problems, placeholder: "100")
                Field.text("unit", request.t("Enhet", "Unit"), values: values, problems: problems, placeholder: "%")
                Field.select("indicator", request.t("Indikator som regner ut faktisk verdi", "Indicator that computes the actual value"),
                             options: [("", request.t("ingen", "none"))] + Indicator.allCases.map { ($0.rawValue, $0.rawValue) }, values: values, problems: problems)
                Field.text("start", request.t("Gjelder fra", "In force from"), values: values, problems: problems,
                           hint: request.t("Tom: et årsmål fra 1. januar i året, et strategisk mål fra strategiperiodens start (ellers dagen det ble lagt inn).",
                                           "Empty: an annual goal from 1 January of its year, a strategic goal from the start of the strategy period (else the day it was entered)."))
                Field.text("end", request.t("Gjelder til", "In force until"), values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: "/handlingsplan") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
