import AktsomKit

/// Risikoer, `/risikoer`: the prioritized risks as `aktsom risk list` shows them, with the
/// measures that answer each, and links to add or change one.
enum RiskPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/risikoer") { request in
            let data = try site.plan.load()
            let listing = RiskListing(plan: data.plan)
            let plan = listing.plan
            let title = request.t("Prioriterte risikoer", "Prioritized risks")
            return Layout.page(title, request: request, organisation: plan.organisation, section: .risks) {
                Layout.heading(title)
                Markup.element(.p, [.class("actions")]) { Markup.link(to: "/risikoer/ny", [.class("button")]) { request.t("Ny risiko", "New risk") } }
                if plan.risks.isEmpty {
                    Markup.element(.p, [.class("muted")]) { request.t("Ingen prioriterte risikoer ennå.", "No prioritized risks yet.") }
                }
                for risk in plan.risks {
                    let measures = plan.measures.filter { $0.risks.contains(risk.id) }
                    Markup.element(.section, [.class("risk"), .id("risiko-\(risk.id)")]) {
                        Markup.element(.h2) {
                            Markup.element(.span, [.class("id")]) { risk.id }
                            " " + risk.title + " "
                            Markup.link(to: PathLink.to("risikoer", risk.id, "endre"), [.class("small-link")]) { request.t("endre", "edit") }
                            " · "
                            Markup.link(to: PathLink.to("risikoer", risk.id, "fjern"), [.class("small-link")]) { request.t("fjern", "remove") }
                        }
                        Markup.element(.dl, [.class("facts")]) {
                            if let theme = risk.theme { MeasurePage.fact(request.t("Tema", "Theme"), theme) }
                            if let geography = risk.geography { MeasurePage.fact(request.t("Geografi", "Geography"), geography) }
                            if let area = risk.area { MeasurePage.fact(request.t("Område", "Area"), plan.area(area)?.name ?? area) }
                            if let goal = risk.overarchingGoal { MeasurePage.fact(request.t("Overordnet mål", "Overarching goal"), goal) }
                            if let rationale = risk.rationale { MeasurePage.fact(request.t("Begrunnelse", "Rationale"), rationale) }
                        }
                        if measures.isEmpty {
                            Markup.element(.p, [.class("field-error")]) {
                                request.t("Ingen tiltak svarer på risikoen. ", "No measure answers the risk. ")
                                Markup.link(to: PathLink.to("tiltak", "ny", query: [("risk", risk.id)])) { request.t("Legg til et tiltak", "Add a measure") }
                            }
                        } else {
                            Markup.element(.ul) {
                                for measure in measures {
                                    Markup.element(.li) { Markup.link(to: PathLink.to("tiltak", measure.id)) { measure.id + " " + measure.title } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
