import AktsomKit

/// Contract follow-up: a new one at `/anskaffelser/ID/oppfolging` (`aktsom followup add`), done
/// or planned, and a change at `/oppfolging/ID` (`aktsom followup edit`): a self-report's answer
/// and outcome, a planned one done, any correction, and a deviation it found. Both read the
/// fields by the command's rule, so the same value is refused with the same words.
enum FollowUpForm: SitePage {
    static let fields = ["kind", "date", "planned", "due", "answered", "outcome", "supplier", "note", "deviation", "where", "action"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser/:id/oppfolging") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return form(procurement, nil, data: data, request: request, values: request.query, problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/anskaffelser/:id/oppfolging") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            if let draft = problems.read({ () throws(FieldProblem) in try FieldInput.followUpDraft { form.given(String($0.dropFirst(2))) } }) {
                do {
                    _ = try site.plan.change { data, _ in try data.addFollowUp(to: id, draft, today: site.today) }
                    return Notice.followup.redirect(to: PathLink.to("anskaffelser", id), fragment: "oppfolging")
                } catch {
                    problems.add(error)
                }
            }
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return FollowUpForm.form(procurement, nil, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/oppfolging/:id") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let (procurement, followUp) = find(id, in: data) else { throw HTTPError.notFound }
            return form(procurement, followUp, data: data, request: request, values: values(of: followUp),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/oppfolging/:id") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let (procurement, followUp) = find(id, in: data) else { throw HTTPError.notFound }
            var problems = FormProblems(language: request.language, fields: fields)
            // Only what differs from the page as shown is a change, as an option left off the command line.
            let shown = values(of: followUp)
            func changed(_ name: String) -> String? {
                guard let value = form[name] else { return nil }
                return value == (shown[name] ?? "") ? nil : value
            }
            if let draft = problems.read({ () throws(FieldProblem) in try FieldInput.followUpDraft { changed(String($0.dropFirst(2))) } }) {
                do {
                    _ = try site.plan.change { data, _ in try data.editFollowUp(id, draft, today: site.today) }
                    return Notice.followup.redirect(to: PathLink.to("anskaffelser", procurement.id), fragment: "oppfolging")
                } catch PlanError.nothingToChange {
                    return .redirect(to: PathLink.to("anskaffelser", procurement.id) + "#oppfolging")
                } catch {
                    problems.add(error)
                }
            }
            return FollowUpForm.form(procurement, followUp, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func find(_ id: String, in data: PlanData) -> (Procurement, FollowUp)? {
        data.register.followUps.first { $0.followUp.id == id }.map { ($0.procurement, $0.followUp) }
    }

    /// The follow-up's fields as the edit form shows them; the answer deadline only when set by hand.
    static func values(of followUp: FollowUp) -> FormData {
        var values = FormData()
        values.append("kind", followUp.kind.rawValue)
        values.append("date", followUp.date?.iso ?? "")
        values.append("planned", followUp.planned?.iso ?? "")
        values.append("due", followUp.due?.iso ?? "")
        values.append("answered", followUp.answered?.iso ?? "")
        values.append("outcome", followUp.outcome?.rawValue ?? "")
        values.append("supplier", followUp.supplier ?? "")
        values.append("note", followUp.note ?? "")
        return values
    }

    static func form(_ procurement: Procurement, _ followUp: FollowUp?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let title = followUp.map { request.t("Endre oppfølging \($0.id)", "Edit follow-up \($0.id)") } ?? request.t("Oppfølging av \(procurement.id)", "Follow-up of \(procurement.id)")
        let action = followUp.map { PathLink.to("oppfolging", $0.id) } ?? PathLink.to("anskaffelser", procurement.id, "oppfolging")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .procurements, status: status) {
            Layout.heading(title, subtitle: procurement.title)
            if let followUp {
                Markup.element(.p, [.class("muted")]) { FollowUpText.state(followUp).text(for: request) }
            }
            problems.summary
            Markup.postForm(action: action, for: request, [.class("record-form")]) {
                Field.select("kind", request.t("Type oppfølging", "Kind of follow-up"),
                             options: FollowUpKind.allCases.map { ($0.rawValue, $0.label(request.language)) }, values: values, problems: problems)
                Field.text("date", request.t("Dato: når den ble gjort (egenrapportering: dagen skjemaet ble sendt)", "Date: when it took place (self-report: the day the form was sent)"),
                           values: values, problems: problems, placeholder: "ÅÅÅÅ-MM-DD")
                Field.text("planned", request.t("Planlagt til: for oppfølging som ikke er gjort ennå (la Dato stå tom)", "Planned for: for follow-up not done yet (leave Date empty)"),
                           values: values, problems: problems, placeholder: "ÅÅÅÅ-MM-DD")
                Markup.element(.fieldset, [.class("self-report")]) {
                    Markup.element(.legend) { request.t("Egenrapportering (DFØs skjema)", "Self-report (DFØ's form)") }
                    Field.text("due", request.t("Svarfrist dere har gitt leverandøren", "Answer deadline given to the supplier"),
                               values: values, problems: problems,
                               hint: request.t("Tom: ingen svarfrist satt. DFØ: skjemaet leveres ved kontraktsstart eller senest 6 måneder etter.",
                                               "Empty: no deadline set. DFØ: the form is delivered at contract start or at the latest 6 months after."))
                    Field.text("answered", request.t("Besvart", "Answered"), values: values, problems: problems)
                }
                Field.select("outcome", request.t("Utfall", "Outcome"), options: [("", request.t("ikke registrert", "not recorded"))]
                             + FollowUpOutcome.allCases.map { ($0.rawValue, $0.label(request.language)) }, values: values, problems: problems,
                             hint: request.t("Avvik betyr brudd på kravene; registrer avviket under.", "A deviation means a breach of the requirements; record it below."))
                Field.text("supplier", request.t("Leverandør (tom: alle på avtalen)", "Supplier (empty: all on the agreement)"), values: values, problems: problems)
                Field.textarea("note", request.t("Hva ble gjort og funnet", "What was done and found"), values: values, problems: problems)
                Markup.element(.fieldset, [.class("finding")]) {
                    Markup.element(.legend) { request.t("Avvik oppfølgingen fant (valgfritt)", "A deviation the follow-up found (optional)") }
                    Field.text("deviation", request.t("Type avvik", "Kind of deviation"), values: values, problems: problems, placeholder: "Arbeidstid")
                    Field.text("where", request.t("Hvor i leverandørkjeden", "Where in the supply chain"), values: values, problems: problems)
                    Field.textarea("action", request.t("Tiltak for å rette avviket", "Action to correct it"), values: values, problems: problems, rows: 2)
                }
                Field.submit(followUp == nil ? request.t("Registrer", "Record") : request.t("Lagre", "Save"))
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id)) { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
