import AktsomKit

/// The page of a measure that was removed, at its old address `/tiltak/ID`: what `aktsom history`
/// shows for it (the title it had, the day it went, every status update, which stay in the
/// append-only journal), so a link from an old e-mail or a status sheet still explains itself.
enum RemovedMeasurePage {
    static func page(_ view: HistoryView, data: PlanData, request: HTTPRequest, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let removed = view.removed.map(\.norwegian) ?? "–"
        return Layout.page(view.measureID, request: request, organisation: data.plan.organisation, section: .plan, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/handlingsplan") { request.t("Handlingsplan", "Action plan") } }
            Markup.element(.h1) {
                Markup.element(.span, [.class("id")]) { view.measureID }
                " " + view.title
            }
            problems.summary
            Markup.element(.p, [.class("notice")]) {
                request.t("Tiltaket ble fjernet fra planen \(removed); historikken er bevart, og id-en brukes ikke igjen.",
                          "The measure was removed from the plan on \(removed); its history is kept, and the id is not used again.")
            }
            Markup.element(.section, [.id("historikk")]) {
                Markup.element(.h2) { request.t("Historikk (\(view.updates.count))", "History (\(view.updates.count))") }
                MeasurePage.history(view.updates, request: request)
            }
        }
    }
}
