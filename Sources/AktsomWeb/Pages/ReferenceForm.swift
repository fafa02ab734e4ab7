import AktsomKit

/// New and changed governing documents, `/dokumenter/ny` and `/dokumenter/ID/endre`: `plan
/// reference add` and `plan reference edit` (title, scope, id, issuer, year, link, area), through
/// the same rules. The scope is read as the command reads `--scope`, so a word it does not know
/// gets the same «mente du …?»; an emptied field removes it, as `""` does.
enum ReferenceForm: SitePage {
    static let fields = ["title", "scope", "id", "issuer", "year", "link", "area"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/dokumenter/ny") { request in
            form(nil, data: try site.plan.load(), request: request, values: FormData().setting("scope", request.query["scope"]),
                 problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/dokumenter/ny") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let scope = problems.read { () throws(FieldProblem) in try FieldInput.word(form.given("scope"), field: "--scope", as: ReferenceScope.self) }
            if scope == nil && problems.isEmpty {
                problems.add(field: "scope", Localized("mangler --scope", en: "missing --scope"), notes: [ReferenceScope.validValues])
            }
            let year = problems.read { () throws(FieldProblem) in try FieldInput.year(form.given("year"), field: "--year") }
            if let scope, problems.isEmpty {
                var draft = ReferenceDraft(title: form["title"] ?? "", scope: scope, id: form.given("id"))
                draft.issuer = form.given("issuer")
                draft.year = year
                draft.link = form.given("link")
                draft.area = form.given("area")
                do {
                    let document = try site.plan.change { data, _ in try data.addReference(draft) }
                    return Notice.reference.redirect(to: "/strategi", fragment: "dok-\(document.id)")
                } catch {
                    problems.add(error)
                }
            }
            return ReferenceForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/dokumenter/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let document = data.plan.reference(id) else { throw HTTPError.notFound }
            return form(document, data: data, request: request, values: values(of: document), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/dokumenter/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let document = data.plan.reference(id) else { throw HTTPError.notFound }
            let shown = values(of: document)
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = ReferenceChanges()
            changes.title = changed("title")
            changes.scope = problems.read { () throws(FieldProblem) in try FieldInput.word(changed("scope"), field: "--scope", as: ReferenceScope.self) }
            changes.issuer = FieldInput.textChange(changed("issuer"))
            changes.year = problems.read { () throws(FieldProblem) in try FieldInput.yearChange(changed("year"), field: "--year") } ?? .unchanged
            changes.link = FieldInput.textChange(changed("link"))
            changes.area = FieldInput.textChange(changed("area"))
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.editReference(id, changes) }
                    return Notice.reference.redirect(to: "/strategi", fragment: "dok-\(id)")
                } catch PlanError.nothingToChange {
                    return .redirect(to: "/strategi#dok-\(id)")
                } catch {
                    problems.add(error)
                }
            }
            return ReferenceForm.form(document, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of document: GoverningDocument) -> FormData {
        var values = FormData()
        values.append("title", document.title)
        values.append("scope", document.scope.rawValue)
        values.append("issuer", document.issuer ?? "")
        values.append("year", document.year.map(String.init) ?? "")
        values.append("link", document.link ?? "")
        values.append("area", document.area ?? "")
        return values
    }

    static func form(_ document: GoverningDocument?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let title = document.map { request.t("Endre styrende dokument \($0.id)", "Edit governing document \($0.id)") }
            ?? request.t("Nytt styrende dokument", "New governing document")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .strategy, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/strategi") { request.t("Strategi", "Strategy") } }
            Layout.heading(title)
            problems.summary
            Markup.postForm(action: document.map { PathLink.to("dokumenter", $0.id, "endre") } ?? "/dokumenter/ny", for: request, [.class("record-form")]) {
                Field.text("title", request.t("Dokumentets tittel", "The document's title"), values: values, problems: problems, required: true,
                           placeholder: "Klimaplan 2023–2030")
                Field.select("scope", request.t("Nivå", "Scope"), options: ReferenceScope.allCases.map { ($0.rawValue, $0.label(request.language)) },
                             values: values, problems: problems)
                if document == nil {
                    Field.text("id", "ID", values: values, problems: problems, hint: request.t("Tom: Aktsom lager en (dok-1).", "Empty: Aktsom makes one (dok-1)."))
                }
                Field.text("issuer", request.t("Utgiver", "Issuer"), values: values, problems: problems, placeholder: "Klima- og miljødepartementet")
                Field.text("year", request.t("År det ble vedtatt eller utgitt", "Year adopted or issued"), values: values, problems: problems, placeholder: "2023")
                Field.text("link", request.t("Lenke", "Link"), values: values, problems: problems, placeholder: "https://")
                Field.select("area", request.t("Strategiområde det gjelder", "Strategy area it governs"),
                             options: [("", request.t("hele strategien", "the whole strategy"))] + data.plan.areas.map { ($0.id, $0.name) },
                             values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: "/strategi#dokumenter") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
