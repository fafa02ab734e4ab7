import AktsomKit

/// The start page, for now a placeholder that proves the whole path: the plan read for the
/// request, the organisation's name escaped, the stylesheet, the token cookie.
enum HomePage {
    static func document(data: PlanData, request: HTTPRequest) -> HTMLDocument {
        let language = request.context.language
        let nb = language == .nb
        let plan = data.plan
        return HTMLDocument(title: "\(plan.organisation) – Aktsom", language: language) {
            Markup.element(.header, [.class("site")]) {
                Markup.link(to: "/") { "Aktsom" }
            }
            Markup.element(.main) {
                Markup.element(.h1) { plan.organisation }
                if let period = plan.period {
                    Markup.element(.p, [.class("muted")]) { (nb ? "Strategiperiode " : "Strategy period ") + period.display }
                }
                Markup.element(.p) {
                    nb ? "Planen har \(plan.measures.count.counted("tiltak", "tiltak")) i \(plan.areas.count.counted("strategiområde", "strategiområder"))."
                       : "The plan has \(plan.measures.count.counted("measure", "measures")) in \(plan.areas.count.counted("strategy area", "strategy areas"))."
                }
                Markup.element(.p, [.class("notice")]) {
                    nb ? "Nettappen er under arbeid: oversikt, handlingsplan og skjemaer kommer her. Til da gjør kommandolinjen alt."
                       : "The web app is being built: overview, action plan and forms will come here. Until then the command line does everything."
                }
                Markup.element(.p) {
                    Markup.link(to: "/api/status") { nb ? "Status som JSON" : "Status as JSON" }
                }
            }
        }
    }
}
