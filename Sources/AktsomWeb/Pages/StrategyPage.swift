import AktsomKit

/// Strategi, `/strategi`: the strategy itself as `aktsom plan show`, `area list` and `plan
/// reference list` show it. The plan's own fields (organisation, period, overall goal, who owns
/// and who runs it, report template and deadline), each area with its overarching goal, its SDGs
/// by number and Norwegian name, the note on them, its focus areas and whether it counts as
/// ethical, the governing documents by scope, and the measures removed from the plan with a link
/// to the history that stays. Every part links to the form that changes or removes it.
enum StrategyPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/strategi") { request in
            page(try site.plan.load(), request: request)
        }
    }

    static func page(_ data: PlanData, request: HTTPRequest) -> HTTPResponse {
        let plan = data.plan
        let title = request.t("Strategi", "Strategy")
        let notSet = request.t("– (ikke satt)", "– (not set)")
        return Layout.page(title, request: request, organisation: plan.organisation, section: .strategy) {
            Layout.heading(title, subtitle: plan.period.map { request.t("Strategiperiode \($0.display)", "Strategy period \($0.display)") })
            Markup.element(.p, [.class("actions")]) {
                Markup.link(to: "/strategi/endre", [.class("button")]) { request.t("Endre strategien", "Edit the strategy") }
            }
            Markup.element(.dl, [.class("facts")]) {
                MeasurePage.fact(request.t("Virksomhet", "Organisation"), plan.organisation)
                MeasurePage.fact(request.t("Strategiperiode", "Strategy period"), plan.period?.display ?? notSet)
                Markup.element(.dt) { request.t("Overordnet mål", "Overall goal") }
                Markup.element(.dd) { plan.overallGoal.map { Markup.lines($0) } ?? Markup.text(notSet) }
                MeasurePage.fact(request.t("Eier", "Owner"), plan.owner ?? notSet)
                MeasurePage.fact(request.t("Operativt ansvarlig", "Operational owner"), plan.operationalOwner ?? notSet)
                MeasurePage.fact(request.t("Rapportmal", "Report template"), plan.reportTemplate.rawValue)
                MeasurePage.fact(request.t("Rapportfrist", "Report deadline"), plan.reportDeadline.description)
                MeasurePage.fact(request.t("Egen risikoliste", "Own risk list"),
                                 plan.ownHighRiskCategories.isEmpty ? request.t("ingen; bare DFØs høyrisikoliste", "none; DFØ's high-risk list only")
                                     : plan.ownHighRiskCategories.joined(separator: ", ")
                                         + request.t(" (egen risikovurdering, i tillegg til DFØs høyrisikoliste)", " (own risk assessment, beside DFØ's high-risk list)"))
            }
            Markup.element(.p) {
                Markup.link(to: "/regler") { request.t("Reglene kontrollen bygger på, med kildene", "The rules the check rests on, with their sources") }
            }
            Markup.element(.section, [.id("omrader")]) {
                Markup.element(.h2) { request.t("Strategiområder (\(plan.areas.count))", "Strategy areas (\(plan.areas.count))") }
                Markup.element(.p, [.class("actions")]) {
                    Markup.link(to: "/omrader/ny", [.class("button")]) { request.t("Nytt strategiområde", "New strategy area") }
                }
                if plan.areas.isEmpty {
                    Markup.element(.p, [.class("muted")]) { request.t("Planen har ingen strategiområder.", "The plan has no strategy areas.") }
                }
                for area in plan.areas { areaSection(area, plan: plan, request: request) }
            }
            Markup.element(.section, [.id("dokumenter")]) {
                Markup.element(.h2) { request.t("Styrende dokumenter (\(plan.references.count))", "Governing documents (\(plan.references.count))") }
                Markup.element(.p, [.class("actions")]) {
                    Markup.link(to: "/dokumenter/ny", [.class("button")]) { request.t("Nytt styrende dokument", "New governing document") }
                }
                if plan.references.isEmpty {
                    Markup.element(.p, [.class("muted")]) { request.t("Ingen styrende dokumenter ennå.", "No governing documents yet.") }
                }
                // The report's order: municipal, national, international, each in the order entered.
                for scope in ReferenceScope.allCases {
                    let documents = plan.references.filter { $0.scope == scope }
                    if !documents.isEmpty {
                        Markup.element(.h3) { heading(of: scope, request: request) }
                        documentTable(documents, plan: plan, request: request)
                    }
                }
            }
            if !plan.removed.isEmpty {
                Markup.element(.section, [.id("fjernet")]) {
                    Markup.element(.h2) { request.t("Fjernede tiltak (\(plan.removed.count))", "Removed measures (\(plan.removed.count))") }
                    Markup.element(.p, [.class("muted")]) {
                        request.t("Historikken står i journalen, og id-en brukes ikke igjen.", "The history stays in the journal, and the id is not used again.")
                    }
                    Markup.element(.ul) {
                        for record in plan.removed {
                            Markup.element(.li) {
                                Markup.link(to: PathLink.to("tiltak", record.id)) { record.id + " " + record.title }
                                Markup.element(.span, [.class("muted")]) { request.t(" · fjernet \(record.removed.norwegian)", " · removed \(record.removed.norwegian)") }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `Kommunale dokumenter`, the report's heading, or its English.
    static func heading(of scope: ReferenceScope, request: HTTPRequest) -> String {
        guard request.language == .en else { return scope.heading }
        switch scope {
        case .municipal: return "Municipal documents"
        case .national: return "National documents"
        case .international: return "International documents"
        }
    }

    static func areaSection(_ area: Area, plan: ActionPlan, request: HTTPRequest) -> Markup {
        let goals = plan.goals(in: area.id)
        let focus = plan.focusAreas(in: area.id)
        return Markup.element(.div, [.class("area"), .id("omrade-\(area.id)")]) {
            Markup.element(.h3) {
                area.name + " "
                Markup.element(.span, [.class("id")]) { "(\(area.id))" }
                if area.isEthical {
                    " "
                    Markup.element(.span, [.class("tag")]) { request.t("etiske krav", "ethical") }
                }
                " "
                Markup.link(to: PathLink.to("omrader", area.id, "endre"), [.class("small-link")]) { request.t("endre", "edit") }
                " · "
                Markup.link(to: PathLink.to("omrader", area.id, "fjern"), [.class("small-link")]) { request.t("fjern", "remove") }
            }
            Markup.element(.dl, [.class("facts")]) {
                Markup.element(.dt) { request.t("Overordnet mål", "Overarching goal") }
                Markup.element(.dd) { area.overarchingGoal.map { Markup.lines($0) } ?? Markup.text(request.t("– (ikke satt)", "– (not set)")) }
                Markup.element(.dt) { request.t("Bærekraftsmål", "SDGs") }
                Markup.element(.dd) {
                    if area.sdgs.isEmpty { request.t("ingen", "none") }
                    for number in area.sdgs {
                        SustainableDevelopmentGoal.display(number)
                        Markup.void(.br)
                    }
                }
                if let note = area.sdgNote {
                    Markup.element(.dt) { request.t("Om bærekraftsmålene", "On the SDGs") }
                    Markup.element(.dd) { Markup.lines(note) }
                }
                if !focus.isEmpty { MeasurePage.fact(request.t("Satsingsområder", "Focus areas"), focus.joined(separator: " · ")) }
                Markup.element(.dt) { request.t("Mål", "Goals") }
                Markup.element(.dd) {
                    Markup.link(to: "/handlingsplan#omrade-\(area.id)") { request.t("\(goals.count) mål i handlingsplanen", "\(goals.count.counted("goal", "goals")) in the action plan") }
                }
            }
        }
    }

    static func documentTable(_ documents: [GoverningDocument], plan: ActionPlan, request: HTTPRequest) -> Markup {
        Markup.element(.table) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    for head in [("ID", "ID"), ("Tittel", "Title"), ("Utgiver", "Issuer"), ("År", "Year"), ("Område", "Area"), ("", "")] {
                        Markup.element(.th) { request.t(head.0, head.1) }
                    }
                }
            }
            Markup.element(.tbody) {
                for document in documents {
                    Markup.element(.tr, [.id("dok-\(document.id)")]) {
                        Markup.element(.td) { Markup.element(.span, [.class("id")]) { document.id } }
                        Markup.element(.td) {
                            if let link = document.link { Markup.link(to: link) { document.title } } else { document.title }
                        }
                        Markup.element(.td) { document.issuer ?? "–" }
                        Markup.element(.td) { document.year.map(String.init) ?? "–" }
                        Markup.element(.td) { document.area.map { plan.area($0)?.name ?? $0 } ?? request.t("hele strategien", "the whole strategy") }
                        Markup.element(.td) {
                            Markup.link(to: PathLink.to("dokumenter", document.id, "endre"), [.class("small-link")]) { request.t("endre", "edit") }
                            " · "
                            Markup.link(to: PathLink.to("dokumenter", document.id, "fjern"), [.class("small-link")]) { request.t("fjern", "remove") }
                        }
                    }
                }
            }
        }
    }
}
