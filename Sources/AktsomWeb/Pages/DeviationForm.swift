import AktsomKit

/// Deviations: a new one at `/anskaffelser/ID/avvik` (`aktsom deviation add`) and a status
/// change at `/avvik/ID` (`aktsom deviation update`). The status is written in the report's own
/// words and kept as written; the state (open, in progress, closed) is read from its first word
/// unless chosen, by the same rule as the command.
enum DeviationForm: SitePage {
    static let fields = ["type", "where", "action", "status", "state", "date"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser/:id/avvik") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return addForm(procurement, data: data, request: request, values: FormData().setting("date", site.today.iso),
                           problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/anskaffelser/:id/avvik") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let reading = problems.read { () throws(FieldProblem) in try FieldInput.deviationStatus(form.given("status"), state: form.given("state")) }
            let date = problems.read { () throws(FieldProblem) in try FieldInput.day(form.given("date"), field: "--date") } ?? site.today
            if let reading, problems.isEmpty {
                do {
                    _ = try site.plan.change { data, _ in
                        try data.addDeviation(to: id, type: form["type"] ?? "", location: form["where"] ?? "", action: form.given("action"),
                                              status: reading.status, state: reading.state, date: date, today: site.today)
                    }
                    return Notice.deviation.redirect(to: PathLink.to("anskaffelser", id), fragment: "avvik")
                } catch {
                    problems.add(error)
                }
            }
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return addForm(procurement, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/avvik/:id") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let (procurement, deviation) = find(id, in: data) else { throw HTTPError.notFound }
            var values = FormData()
            values.append("status", deviation.status)
            values.append("action", deviation.action)
            values.append("date", site.today.iso)
            return updateForm(procurement, deviation, data: data, request: request, values: values,
                              problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/avvik/:id") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let (procurement, deviation) = find(id, in: data) else { throw HTTPError.notFound }
            var problems = FormProblems(language: request.language, fields: fields)
            let reading = problems.read { () throws(FieldProblem) in try FieldInput.deviationStatus(form.given("status"), state: form.given("state")) }
            let date = problems.read { () throws(FieldProblem) in try FieldInput.day(form.given("date"), field: "--date") } ?? site.today
            let action = form.given("action").flatMap { $0 == deviation.action ? nil : $0 }
            if let reading, problems.isEmpty {
                do {
                    try site.plan.change { data, _ in
                        _ = try data.updateDeviation(id, status: reading.status, state: reading.state, action: action, date: date, today: site.today)
                    }
                    return Notice.deviation.redirect(to: PathLink.to("anskaffelser", procurement.id), fragment: "avvik")
                } catch {
                    problems.add(error)
                }
            }
            return updateForm(procurement, deviation, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func find(_ id: String, in data: PlanData) -> (Procurement, Deviation)? {
        data.register.deviations.first { $0.deviation.id == id }.map { ($0.procurement, $0.deviation) }
    }

    static func stateOptions(_ request: HTTPRequest) -> [(value: String, label: String)] {
        [("", request.t("les av statusen", "read from the status"))] + DeviationState.allCases.map { ($0.rawValue, $0.label(request.language)) }
    }

    static func addForm(_ procurement: Procurement, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                        status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Nytt avvik i \(procurement.id)", "New deviation in \(procurement.id)")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .procurements, status: status) {
            Layout.heading(title, subtitle: procurement.title)
            problems.summary
            Markup.postForm(action: PathLink.to("anskaffelser", procurement.id, "avvik"), for: request, [.class("record-form")]) {
                Field.text("type", request.t("Type avvik", "Kind of deviation"), values: values, problems: problems, required: true, placeholder: "Arbeidstid")
                Field.text("where", request.t("Hvor i leverandørkjeden", "Where in the supply chain"), values: values, problems: problems, required: true)
                Field.textarea("action", request.t("Tiltak for å rette avviket", "Action to correct it"), values: values, problems: problems)
                Field.text("status", request.t("Status med rapportens egne ord", "Status in the report's own words"), values: values, problems: problems,
                           hint: DeviationState.readingHint.text(request.language))
                Field.select("state", request.t("Tilstand", "State"), options: stateOptions(request), values: values, problems: problems)
                Field.text("date", request.t("Funnet (dato)", "Found (date)"), values: values, problems: problems)
                Field.submit(request.t("Registrer", "Record"))
            }
        }
    }

    static func updateForm(_ procurement: Procurement, _ deviation: Deviation, data: PlanData, request: HTTPRequest, values: FormData,
                           problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Avvik \(deviation.id)", "Deviation \(deviation.id)")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .procurements, status: status) {
            Layout.heading(title, subtitle: "\(procurement.id) \(procurement.title) · \(deviation.type) · \(deviation.location)")
            Markup.element(.p) { request.t("Nå: ", "Now: ") + deviation.status + " (\(deviation.state.label(request.language)))" }
            problems.summary
            Markup.postForm(action: PathLink.to("avvik", deviation.id), for: request, [.class("record-form")]) {
                Field.text("status", request.t("Ny status med rapportens egne ord", "New status in the report's own words"), values: values, problems: problems,
                           hint: DeviationState.readingHint.text(request.language))
                Field.select("state", request.t("Tilstand", "State"), options: stateOptions(request), values: values, problems: problems)
                Field.textarea("action", request.t("Tiltak", "Action"), values: values, problems: problems)
                Field.text("date", request.t("Gjelder fra (dato)", "Applies from (date)"), values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id)) { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
