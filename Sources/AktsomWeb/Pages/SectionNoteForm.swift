import AktsomKit

/// The organisation's answer to one section, `/ar/ÅR/svar/SEKSJON`: `aktsom year note` with
/// `--text`, `--blank` or `--keep`, under the section's own label from the form, through the
/// same rule (`changeNote`). An emptied text removes the answer, as `--text ""` does, and so
/// does «Fjern svaret», `--remove`, at `/ar/ÅR/svar/SEKSJON/fjern`.
enum SectionNoteForm: SitePage {
    static let fields = ["text", "blank", "keep", "section"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/ar/:year/svar/:section") { request in
            let year = try YearPage.year(request)
            let section = try request.parameters.require("section")
            let data = try site.plan.load()
            return form(year: year, section: section, data: data, request: request, values: answer(data.year(year), section),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/ar/:year/svar/:section") { request in
            let year = try YearPage.year(request)
            let section = try request.parameters.require("section")
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let blank = form.ticked("blank"), keep = form.ticked("keep")
            let change = problems.read { () throws(FieldProblem) in
                try FieldInput.noteChange(text: blank || keep ? nil : (form["text"] ?? ""), blank: blank, keep: keep)
            }
            if let change, problems.isEmpty {
                do {
                    try site.plan.change { data, _ in try data.changeNote(year, section: section, change) }
                    return Notice.note.redirect(to: PathLink.to("ar", String(year)), fragment: "svar")
                } catch {
                    problems.add(error)
                }
            }
            return SectionNoteForm.form(year: year, section: section, data: try site.plan.load(), request: request, values: form,
                                        problems: problems, status: .unprocessableContent)
        }
        router.post("/ar/:year/svar/:section/fjern") { request in
            let year = try YearPage.year(request)
            let section = try request.parameters.require("section")
            var problems = FormProblems(language: request.language, fields: fields)
            do {
                let change = try FieldInput.noteChange(text: nil, blank: false, keep: false, remove: true)
                try site.plan.change { data, _ in try data.changeNote(year, section: section, change) }
                return Notice.removed.redirect(to: PathLink.to("ar", String(year)), fragment: "svar")
            } catch {
                problems.add(error)
            }
            let data = try site.plan.load()
            return SectionNoteForm.form(year: year, section: section, data: data, request: request, values: answer(data.year(year), section),
                                        problems: problems, status: .unprocessableContent)
        }
    }

    /// The section's answer as the form shows it.
    static func answer(_ entry: ReportingYear, _ section: String) -> FormData {
        var values = FormData()
        values.append("text", entry.answer(section).text ?? "")
        if entry.answer(section) == .leftBlank { values.append("blank", "ja") }
        return values
    }

    static func form(year: Int, section: String, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let template = TemplateCatalog.defaultTemplate(for: data.plan)
        let label = template.sections.first { $0.id == section }?.title
            ?? TemplateCatalog.answerableSections.first { $0.id == section }?.title ?? section
        let copied = data.year(year).copiedNotes[section]
        let title = "\(section) \(label)"
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .year, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: PathLink.to("ar", String(year))) { request.t("Årsrapport \(year)", "Annual report \(year)") } }
            Layout.heading(title, subtitle: request.t("Svaret for \(year)", "The answer for \(year)"))
            problems.summary
            Markup.postForm(action: PathLink.to("ar", String(year), "svar", section), for: request, [.class("record-form")]) {
                Field.textarea("text", label, values: values, problems: problems,
                               hint: request.t("Virksomhetens egne ord. Tomt felt fjerner svaret.", "The organisation's own words. An empty field removes the answer."), rows: 8)
                Field.checkbox("blank", request.t("La seksjonen stå tom med vilje (eksporteres uten «Ikke utfylt»)", "Leave the section empty on purpose (exported without «Ikke utfylt»)"),
                               values: values, problems: problems)
                if let copied {
                    Field.checkbox("keep", request.t("Bekreft svaret som ble kopiert fra \(copied)", "Confirm the answer copied from \(copied)"), values: values, problems: problems)
                }
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: PathLink.to("ar", String(year))) { request.t("Avbryt", "Cancel") }
            }
            if data.year(year).answer(section) != .none {
                Markup.postForm(action: PathLink.to("ar", String(year), "svar", section, "fjern"), for: request) {
                    Field.submit(request.t("Fjern svaret, så seksjonen er «Ikke utfylt» igjen", "Remove the answer, so the section is «Ikke utfylt» again"))
                }
            }
        }
    }
}
