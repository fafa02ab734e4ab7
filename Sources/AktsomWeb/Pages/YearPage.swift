import AktsomKit

/// Årsrapport, `/ar/ÅR`: the year as `aktsom year show` shows it. First what the report still
/// marks «Ikke utfylt», each with a link to the form that fills it; then the key figures entered
/// beside the counted ones; then every section's answer in the form's own words (new, changed or
/// as last year; copied and not yet confirmed), each goal's status text beside what the data
/// says and each prioritized risk's report (3.A.1), with links to the forms that write them. A
/// year with nothing yet can be started from an earlier one (``YearStartForm``).
enum YearPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        // The year asked for (`?year=`, as the year menu sends it), or the one being reported:
        // in January that is last year's.
        router.get("/ar") { request in
            let asked = try? FieldInput.year(request.query.given("year"), field: "--year")
            let year = try asked ?? site.plan.load().plan.yearBeingReported(on: site.today)
            return .redirect(to: PathLink.to("ar", String(year)))
        }
        router.get("/ar/:year") { request in
            let year = try YearPage.year(request)
            let snapshot = try site.plan.snapshot()
            let view = site.plan.derived("year \(year) \(site.today.iso)", from: snapshot) { YearPage.view(snapshot.data, year: year, site: site) }
            return page(view, data: snapshot.data, request: request, values: FormData().setting("from", String(year - 1)),
                        problems: FormProblems(language: request.language, fields: YearStartForm.fields))
        }
    }

    static func view(_ data: PlanData, year: Int, site: AktsomSite) -> YearView {
        YearView(data: data, year: year, template: TemplateCatalog.defaultTemplate(for: data.plan), today: site.today)
    }

    /// The `:year` of the path, four digits, else 404.
    static func year(_ request: HTTPRequest) throws(HTTPError) -> Int {
        let text = try request.parameters.require("year")
        guard let year = (try? FieldInput.year(text, field: "YYYY")) ?? nil else { throw HTTPError.notFound }
        return year
    }

    static func page(_ view: YearView, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let year = view.entry.year
        let language = request.language
        let title = request.t("Årsrapport \(year)", "Annual report \(year)")
        let unfilled = view.unfilledSections
        return Layout.page(title, request: request, organisation: view.plan.organisation, section: .year, status: status) {
            Layout.heading(title, subtitle: "\(view.template.title) (\(view.template.id))"
                           + (view.isOutsidePeriod ? request.t(" · utenfor strategiperioden", " · outside the strategy period") : ""))
            YearPicker.form(action: "/ar", chosen: year, data: data, today: view.today, request: request)
            Markup.element(.p, [.class("actions")]) {
                Markup.link(to: PathLink.to("ar", String(year), "nokkeltall"), [.class("button")]) { request.t("Nøkkeltall og kontakt", "Key figures and contact") }
                " "
                Markup.link(to: PathLink.to("eksport", query: [("year", String(year))]), [.class("button secondary")]) { request.t("Eksporter", "Export") }
            }
            LeftOutList.section(view.leftOut, year: year, request: request)
            YearStartForm.form(year: year, request: request, values: values, problems: problems)
            Markup.element(.section, [.id("mangler")]) {
                Markup.element(.h2) { request.t("Ikke utfylt (\(unfilled.count))", "Not filled in (\(unfilled.count))") }
                if unfilled.isEmpty {
                    Markup.element(.p, [.class("saved")]) { request.t("Alle svar er fylt ut.", "Every answer is filled in.") }
                } else {
                    // Each answer missing links to the form that fills exactly that answer: a field of
                    // the key information to the key figures, «struktur» to its own answer.
                    Markup.element(.ul, [.class("missing")]) {
                        for section in unfilled {
                            Markup.element(.li) {
                                Markup.element(.span, [.class("id")]) { section.id }
                                " " + section.title
                                Markup.element(.ul) {
                                    for missing in section.missingAnswers {
                                        Markup.element(.li) {
                                            if let label = missing.label { label + ": " }
                                            if let fix = missing.fix {
                                                Markup.link(to: fix.page) { fix.label.text(language) }
                                            } else {
                                                Markup.element(.span, [.class("muted")]) { request.t("fylles fra dataene", "filled from the data") }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Markup.element(.section, [.id("nokkeltall")]) {
                Markup.element(.h2) { request.t("Oppgitt og tellt", "Entered and counted") }
                if !view.figures.isRegisterComplete {
                    Markup.element(.p, [.class("muted")]) {
                        request.t("Registeret er ikke oppgitt som komplett for \(year), så tallene dere oppgir settes ikke opp mot det registeret teller. ",
                                  "The register is not given as complete for \(year), so the figures you enter are not set against the register's count. ")
                        Markup.link(to: PathLink.to("ar", String(year), "nokkeltall") + "#f-register-complete") { request.t("Si om registeret er komplett", "Say whether the register is complete") }
                    }
                }
                Markup.element(.table) {
                    Markup.element(.thead) {
                        Markup.element(.tr) {
                            Markup.element(.th) { request.t("Tall", "Figure") }
                            Markup.element(.th) { request.t("Oppgitt", "Entered") }
                            Markup.element(.th) { request.t("Tellt i registeret", "Counted in the register") }
                        }
                    }
                    Markup.element(.tbody) {
                        for row in view.figures.comparisons(in: view.template) {
                            Markup.element(.tr, row.differs ? [.class("differs")] : []) {
                                Markup.element(.td) { row.label.text(language) }
                                Markup.element(.td) { row.entered }
                                Markup.element(.td) { row.derived }
                            }
                        }
                    }
                }
            }
            Markup.element(.section, [.id("svar")]) {
                Markup.element(.h2) { request.t("Svar per seksjon", "Answers by section") }
                let textSections = Set(view.template.noteSections.map(\.id))
                Markup.element(.table, [.class("answers")]) {
                    Markup.element(.tbody) {
                        for section in view.template.sections where view.template.answerableSections.contains(section.id) {
                            let answer = view.entry.answer(section.id)
                            Markup.element(.tr) {
                                Markup.element(.td) { Markup.element(.span, [.class("id")]) { section.id } }
                                Markup.element(.td) {
                                    Markup.element(.strong) { section.title }
                                    Markup.element(.div) {
                                        switch answer {
                                        case .text(let text): Markup.lines(text)
                                        case .leftBlank: Markup.element(.em) { request.t("tom med vilje", "left empty on purpose") }
                                        case .none:
                                            // A section the data fills needs no text: a note there only adds to it.
                                            if textSections.contains(section.id) {
                                                Markup.element(.span, [.class("muted")]) { request.t("intet svar", "no answer") }
                                            } else {
                                                Markup.element(.span, [.class("muted")]) {
                                                    request.t("fylles fra dataene; eget tillegg er valgfritt", "filled from the data; a note of your own is optional")
                                                }
                                            }
                                        }
                                    }
                                    if case .data(.ethicalRequirements) = section.content {
                                        // What «etiske eller sosiale krav» covers is the plan's choice: say so, and where it is made.
                                        let ethical = view.plan.ethicalAreaIDs
                                        let names = view.plan.areas.filter { ethical.contains($0.id) }.map(\.name)
                                        Markup.element(.p, [.class("muted")]) {
                                            request.t("Teller krav i: ", "Counts requirements in: ") + (names.isEmpty ? "–" : names.joined(separator: ", ")) + ". "
                                            Markup.link(to: "/strategi#omrader") { request.t("Velg hvilke områder som teller", "Choose which areas count") }
                                        }
                                    }
                                    if let copied = view.entry.copiedNotes[section.id] {
                                        Markup.element(.span, [.class("tag overdue")]) { request.t("uendret fra \(copied)", "unchanged from \(copied)") }
                                    } else if let change = view.change(of: section.id) {
                                        Markup.element(.span, [.class("tag")]) { change.text(language) }
                                    }
                                }
                                Markup.element(.td) {
                                    Markup.link(to: PathLink.to("ar", String(year), "svar", section.id)) { request.t("skriv", "write") }
                                }
                            }
                        }
                    }
                }
            }
            Markup.element(.section, [.id("mal")]) {
                Markup.element(.h2) { request.t("Mål: statustekst og hva dataene sier", "Goals: status text and what the data says") }
                Markup.element(.ul) {
                    for review in view.goals {
                        Markup.element(.li) {
                            Markup.element(.strong) { review.goal.id + " " + review.goal.title }
                            " "
                            Markup.link(to: PathLink.to("ar", String(year), "mal", review.goal.id), [.class("small-link")]) {
                                review.text == nil ? request.t("skriv statustekst", "write a status text") : request.t("endre statustekst", "edit the status text")
                            }
                            Markup.element(.div) { review.text ?? request.t("(ingen statustekst; rapporten viser det utledede)", "(no status text; the report shows the derived)") }
                            if let derived = review.derived { Markup.element(.div, [.class("muted")]) { derived } }
                        }
                    }
                }
            }
            YearRisks.section(data: data, year: year, request: request)
        }
    }
}
