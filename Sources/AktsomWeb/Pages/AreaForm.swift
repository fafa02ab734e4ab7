import AktsomKit

/// New and changed strategy areas, `/omrader/ny` and `/omrader/ID/endre`: `area add` and `area
/// edit` (name, id, overarching goal, SDGs, a note on them, ethical). The SDGs are seventeen
/// checkboxes with their Norwegian names; what is ticked is read by the command's own rule
/// (`PlanData.sdgList`), so a number outside 1–17 gets the command's message by the field.
enum AreaForm: SitePage {
    static let fields = ["name", "id", "goal", "sdgs", "sdg-note", "ethical"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/omrader/ny") { request in
            form(nil, data: try site.plan.load(), request: request, values: FormData(), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/omrader/ny") { request in
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            var draft = AreaDraft(name: form["name"] ?? "", id: form.given("id"))
            draft.overarchingGoal = form.given("goal")
            draft.sdgNote = form.given("sdg-note")
            draft.isEthical = form.ticked("ethical")
            do {
                draft.sdgs = try PlanData.sdgList(form.values("sdgs").joined(separator: ","))
                let area = try site.plan.change { data, _ in try data.addArea(draft) }
                return Notice.area.redirect(to: "/strategi", fragment: "omrade-\(area.id)")
            } catch {
                problems.add(error)
            }
            return AreaForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/omrader/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let area = data.plan.area(id) else { throw HTTPError.notFound }
            return form(area, data: data, request: request, values: values(of: area), problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/omrader/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let area = data.plan.area(id) else { throw HTTPError.notFound }
            let shown = values(of: area)
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = AreaChanges()
            changes.name = changed("name")
            changes.overarchingGoal = FieldInput.textChange(changed("goal"))
            changes.sdgNote = FieldInput.textChange(changed("sdg-note"))
            changes.isEthical = form.ticked("ethical") == area.isEthical ? nil : form.ticked("ethical")
            do {
                let sdgs = try PlanData.sdgList(form.values("sdgs").joined(separator: ","))
                // Ticked boxes come in number order; the same goals in another order are no change.
                if Set(sdgs) != Set(area.sdgs) { changes.sdgs = sdgs }
                try site.plan.change { data, _ in _ = try data.editArea(id, changes) }
                return Notice.area.redirect(to: "/strategi", fragment: "omrade-\(id)")
            } catch PlanError.nothingToChange {
                return .redirect(to: "/strategi#omrade-\(id)")
            } catch {
                problems.add(error)
            }
            return AreaForm.form(area, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of area: Area) -> FormData {
        var values = FormData()
        values.append("name", area.name)
        values.append("goal", area.overarchingGoal ?? "")
        for number in area.sdgs { values.append("sdgs", String(number)) }
        values.append("sdg-note", area.sdgNote ?? "")
        if area.isEthical { values.append("ethical", "ja") }
        return values
    }

    static func form(_ area: Area?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = area.map { request.t("Endre strategiområde \($0.id)", "Edit strategy area \($0.id)") } ?? request.t("Nytt strategiområde", "New strategy area")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .strategy, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/strategi") { request.t("Strategi", "Strategy") } }
            Layout.heading(title)
            problems.summary
            Markup.postForm(action: area.map { PathLink.to("omrader", $0.id, "endre") } ?? "/omrader/ny", for: request, [.class("record-form")]) {
                Field.text("name", request.t("Navn, slik strategien skriver det", "Name, as the strategy writes it"), values: values, problems: problems, required: true)
                if area == nil {
                    Field.text("id", "ID", values: values, problems: problems,
                               hint: request.t("Tom: første ord i navnet (Klima og miljø → klima). Målene får id-er etter den, så velg en kort.",
                                               "Empty: the first word of the name (Klima og miljø → klima). The goals get ids from it, so choose a short one."))
                }
                Field.textarea("goal", request.t("Overordnet mål for området", "The area's overarching goal"), values: values, problems: problems)
                Field.checkboxes("sdgs", request.t("FNs bærekraftsmål området bidrar til", "The UN SDGs the area serves"),
                                 options: SustainableDevelopmentGoal.numbers.map { (String($0), SustainableDevelopmentGoal.display($0)) },
                                 values: values, problems: problems)
                Field.textarea("sdg-note", request.t("Om valget av bærekraftsmål: hvorfor disse, eller hvorfor ingen", "On the SDGs chosen: why these, or why none"),
                               values: values, problems: problems)
                Field.checkbox("ethical", request.t("Krav i området regnes som etiske/sosiale krav i rapporten", "Requirements in the area count as ethical/social in the report"),
                               values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: "/strategi") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
