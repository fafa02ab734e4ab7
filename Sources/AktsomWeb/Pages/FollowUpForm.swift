import AktsomKit

/// A contract follow-up, `/anskaffelser/ID/oppfolging`: `aktsom followup add` (kind, date,
/// supplier, note) through the same rules.
enum FollowUpForm: SitePage {
    static let fields = ["kind", "date", "supplier", "note"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser/:id/oppfolging") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return form(procurement, data: data, request: request, values: FormData().setting("date", site.today.iso),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/anskaffelser/:id/oppfolging") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let kind = problems.read { () throws(FieldProblem) in try FieldInput.followUpKind(form.given("kind")) }
            let date = problems.read { () throws(FieldProblem) in try FieldInput.day(form["date"] ?? "", field: "--date") }
            if let kind, let date, problems.isEmpty {
                let followUp = FollowUp(kind: kind, date: date, note: form.given("note"), supplier: form.given("supplier"))
                do {
                    _ = try site.plan.change { data, _ in try data.addFollowUp(to: id, followUp, today: site.today) }
                    return Notice.followup.redirect(to: PathLink.to("anskaffelser", id), fragment: "oppfolging")
                } catch {
                    problems.add(error)
                }
            }
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return FollowUpForm.form(procurement, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func form(_ procurement: Procurement, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Oppfølging av \(procurement.id)", "Follow-up of \(procurement.id)")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .procurements, status: status) {
            Layout.heading(title, subtitle: procurement.title)
            problems.summary
            Markup.postForm(action: PathLink.to("anskaffelser", procurement.id, "oppfolging"), for: request, [.class("record-form")]) {
                Field.select("kind", request.t("Type oppfølging", "Kind of follow-up"),
                             options: FollowUpKind.allCases.map { ($0.rawValue, $0.label(request.language)) }, values: values, problems: problems)
                Field.text("date", request.t("Dato", "Date"), values: values, problems: problems, required: true)
                Field.text("supplier", request.t("Leverandør (tom: alle på avtalen)", "Supplier (empty: all on the agreement)"), values: values, problems: problems)
                Field.textarea("note", request.t("Hva ble gjort og funnet", "What was done and found"), values: values, problems: problems)
                Field.submit(request.t("Registrer", "Record"))
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id)) { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
