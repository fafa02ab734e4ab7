import AktsomKit

/// The strategy's own fields, `/strategi/endre`: `aktsom plan edit` (organisation, period,
/// overall goal, owner, operational owner, report template, report deadline, own high-risk
/// categories), read by the same
/// ``FieldInput`` rules and saved by the same `editPlanSettings`. As on the command line only
/// what was changed is sent to the rule, and an emptied field removes it. A new template that
/// lacks a category some measure has is refused by the template field, naming the measures.
enum PlanSettingsForm: SitePage {
    static let fields = ["org", "period", "overall-goal", "owner", "operational-owner", "template", "deadline", "own-high-risk"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/strategi/endre") { request in
            let data = try site.plan.load()
            return form(data, request: request, values: values(of: data.plan), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/strategi/endre") { request in
            let form = try request.form()
            let data = try site.plan.load()
            let shown = values(of: data.plan)
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = PlanSettingsChanges()
            changes.organisation = changed("org")
            changes.period = problems.read { () throws(FieldProblem) in try FieldInput.strategyPeriod(changed("period"), field: "--period") } ?? .unchanged
            changes.overallGoal = FieldInput.textChange(changed("overall-goal"))
            changes.owner = FieldInput.textChange(changed("owner"))
            changes.operationalOwner = FieldInput.textChange(changed("operational-owner"))
            changes.template = problems.read { () throws(FieldProblem) in try FieldInput.word(changed("template"), field: "--template", as: ReportFamily.self) }
            changes.deadline = problems.read { () throws(FieldProblem) in try FieldInput.reportDeadline(changed("deadline"), field: "--deadline") } ?? .unchanged
            changes.ownHighRisk = FieldInput.nameList(changed("own-high-risk"))
            if problems.isEmpty {
                do {
                    let outcome = try site.plan.change { data, _ in try data.editPlanSettings(changes) }
                    let notice: Notice = !outcome.startsKept.isEmpty ? .startsKept : outcome.renumbered.isEmpty ? .strategy : .renumbered
                    return notice.redirect(to: "/strategi")
                } catch PlanError.nothingToChange {
                    return .redirect(to: "/strategi")
                } catch {
                    problems.add(error)
                }
            }
            return PlanSettingsForm.form(data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of plan: ActionPlan) -> FormData {
        var values = FormData()
        values.append("org", plan.organisation)
        values.append("period", plan.period?.description ?? "")
        values.append("overall-goal", plan.overallGoal ?? "")
        values.append("owner", plan.owner ?? "")
        values.append("operational-owner", plan.operationalOwner ?? "")
        values.append("template", plan.reportTemplate.rawValue)
        values.append("deadline", plan.reportDeadline.description)
        values.append("own-high-risk", plan.ownHighRiskCategories.joined(separator: ", "))
        return values
    }

    static func form(_ data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Endre strategien", "Edit the strategy")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .strategy, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/strategi") { request.t("Strategi", "Strategy") } }
            Layout.heading(title)
            problems.summary
            Markup.postForm(action: "/strategi/endre", for: request, [.class("record-form")]) {
                Field.text("org", request.t("Virksomhet", "Organisation"), values: values, problems: problems, required: true)
                Field.text("period", request.t("Strategiperiode", "Strategy period"), values: values, problems: problems,
                           hint: request.t("Tom: ingen periode.", "Empty: no period."), placeholder: "2025-2028")
                Field.textarea("overall-goal", request.t("Overordnet mål (visjonen) med strategiens egne ord", "Overall goal (the vision) in the strategy's own words"),
                               values: values, problems: problems, rows: 4)
                Field.text("owner", request.t("Eier av strategien", "Owner of the strategy"), values: values, problems: problems, placeholder: "Kommunestyret")
                Field.text("operational-owner", request.t("Operativt ansvarlig", "Operational owner"), values: values, problems: problems,
                           placeholder: "Innkjøpsavdelingen")
                Field.select("template", request.t("Rapportmal", "Report template"), options: ReportFamily.allCases.map { ($0.rawValue, $0.rawValue) },
                             values: values, problems: problems,
                             hint: request.t("Ny mal gir hvert tiltak kategorikoden for malens nummerering i del 3.B.",
                                             "A new template gives every measure the category code of its numbering in section 3.B."))
                Field.text("deadline", request.t("Frist for årsrapporten (MM-DD)", "Deadline of the annual report (MM-DD)"), values: values, problems: problems,
                           hint: request.t("Tom: 06-30.", "Empty: 06-30."))
                Field.text("own-high-risk", request.t("Egne høyrisikokategorier fra virksomhetens risikovurdering", "Own high-risk categories from the organisation's risk assessment"),
                           values: values, problems: problems,
                           hint: request.t("Skilt med komma, i tillegg til DFØs høyrisikoliste. Vises som egen risikovurdering, ikke som DFØs.",
                                           "Separated by commas, beside DFØ's high-risk list. Shown as the own risk assessment, not as DFØ's."),
                           placeholder: "Kjøretøy, Renholdsprodukter")
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: "/strategi") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
