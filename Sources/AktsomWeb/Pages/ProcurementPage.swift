import AktsomKit

/// One procurement, `/anskaffelser/ID`: what `aktsom procurement show` says (fields,
/// requirements per area and phase, follow-ups, deviations, the measures that act on it), with
/// links to the forms that add a follow-up or a deviation and change a deviation's status.
enum ProcurementPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser/:id") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            let detail: ProcurementDetail
            do throws(PlanError) {
                detail = try ProcurementDetail(data: data, procurement: id)
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
            return page(detail, data: data, today: site.today, request: request)
        }
    }

    static func page(_ detail: ProcurementDetail, data: PlanData, today: Day, request: HTTPRequest) -> HTTPResponse {
        let procurement = detail.procurement
        let plan = data.plan
        let language = request.language
        return Layout.page(procurement.id, request: request, organisation: plan.organisation, section: .procurements) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: "/anskaffelser") { request.t("Anskaffelser", "Procurements") } }
            Markup.element(.h1) {
                Markup.element(.span, [.class("id")]) { procurement.id }
                " " + procurement.title
            }
            Markup.element(.p, [.class("actions")]) {
                Markup.link(to: PathLink.to("anskaffelser", procurement.id, "endre"), [.class("button")]) { request.t("Endre", "Edit") }
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id, "oppfolging"), [.class("button secondary")]) { request.t("Registrer oppfølging", "Record follow-up") }
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id, "avvik"), [.class("button secondary")]) { request.t("Registrer avvik", "Record deviation") }
                " "
                Markup.link(to: PathLink.to("anskaffelser", procurement.id, "fjern"), [.class("button secondary")]) { request.t("Fjern", "Remove") }
            }
            Markup.element(.dl, [.class("facts")]) {
                for fact in ProcurementFacts(procurement, plan: plan).facts {
                    MeasurePage.fact(fact.label.text(language), fact.value.text(language))
                }
            }
            Markup.element(.h2) { request.t("Krav per område og fase", "Requirements by area and phase") }
            Markup.element(.table) {
                Markup.element(.thead) {
                    Markup.element(.tr) {
                        Markup.element(.th) { request.t("Område", "Area") }
                        for phase in RequirementPhase.allCases { Markup.element(.th) { phase.label.text(language) } }
                    }
                }
                Markup.element(.tbody) {
                    for area in plan.areas {
                        let phases = procurement.requirements[area.id] ?? []
                        Markup.element(.tr) {
                            Markup.element(.td) { area.name + (area.isEthical ? request.t(" (etiske krav)", " (ethical)") : "") }
                            for phase in RequirementPhase.allCases {
                                Markup.element(.td, [.class(phases.contains(phase) ? "yes" : "no")]) { phases.contains(phase) ? request.t("Ja", "Yes") : request.t("Nei", "No") }
                            }
                        }
                    }
                }
            }
            Markup.element(.h2, [.id("oppfolging")]) { request.t("Kontraktsoppfølging", "Contract follow-up") }
            if procurement.followUps.isEmpty {
                Markup.element(.p, [.class("muted")]) { request.t("Ingen oppfølging registrert.", "No follow-up recorded.") }
            } else {
                Markup.element(.table, [.class("follow-ups")]) {
                    Markup.element(.thead) {
                        Markup.element(.tr) {
                            for head in [("ID", "ID"), ("Dato", "Date"), ("Type", "Kind"), ("Leverandør", "Supplier"), ("Svar", "Answer"), ("Utfall", "Outcome"),
                                         ("Notat", "Note"), ("", "")] {
                                Markup.element(.th) { request.t(head.0, head.1) }
                            }
                        }
                    }
                    Markup.element(.tbody) {
                        for followUp in procurement.followUps.sorted(by: { $0.day < $1.day }) {
                            let late = followUp.isAnswerOverdue(on: today) || followUp.isPlanOverdue(on: today)
                            Markup.element(.tr, [.id("oppfolging-\(followUp.id)")] + (late ? [.class("overdue")] : [])) {
                                Markup.element(.td) { followUp.id }
                                Markup.element(.td) {
                                    followUp.date?.norwegian ?? request.t("planlagt \(followUp.day.norwegian)", "planned \(followUp.day.norwegian)")
                                    if followUp.isPlanOverdue(on: today) { Markup.element(.span, [.class("tag overdue")]) { request.t(" forfalt", " overdue") } }
                                }
                                Markup.element(.td) { followUp.kind.label(language) }
                                Markup.element(.td) { followUp.supplier ?? request.t("alle", "all") }
                                Markup.element(.td) {
                                    ProcurementDetail.answerText(followUp, language)
                                    if followUp.isAnswerOverdue(on: today) { Markup.element(.span, [.class("tag overdue")]) { request.t(" over fristen", " past the deadline") } }
                                    if followUp.awaitsAnswer && followUp.answerDue == nil {
                                        " "
                                        Markup.link(to: PathLink.to("oppfolging", followUp.id) + "#f-due") { request.t("sett svarfrist", "set a deadline") }
                                    }
                                }
                                Markup.element(.td) { followUp.outcome?.label(language) ?? "" }
                                Markup.element(.td, [.class("note")]) { followUp.note ?? "" }
                                Markup.element(.td) {
                                    Markup.link(to: PathLink.to("oppfolging", followUp.id)) { request.t("endre", "edit") }
                                    " · "
                                    Markup.link(to: PathLink.to("oppfolging", followUp.id, "fjern")) { request.t("fjern", "remove") }
                                }
                            }
                        }
                    }
                }
            }
            Markup.element(.h2, [.id("avvik")]) { request.t("Avvik", "Deviations") }
            if procurement.deviations.isEmpty {
                Markup.element(.p, [.class("muted")]) { request.t("Ingen avvik registrert.", "No deviations recorded.") }
            } else {
                Markup.element(.table) {
                    Markup.element(.thead) {
                        Markup.element(.tr) {
                            for head in [("ID", "ID"), ("Type", "Type"), ("Hvor", "Where"), ("Tiltak", "Action"), ("Status", "Status"), ("Tilstand", "State"), ("", "")] {
                                Markup.element(.th) { request.t(head.0, head.1) }
                            }
                        }
                    }
                    Markup.element(.tbody) {
                        for deviation in procurement.deviations {
                            Markup.element(.tr, [.id("avvik-\(deviation.id)")]) {
                                Markup.element(.td) { deviation.id }
                                Markup.element(.td) { deviation.type }
                                Markup.element(.td) { deviation.location }
                                Markup.element(.td) {
                                    deviation.action.isEmpty ? "–" : deviation.action
                                    if let link = deviation.followUp {
                                        Markup.element(.span, [.class("muted")]) { request.t(" (funnet ved \(link))", " (found by \(link))") }
                                    }
                                }
                                Markup.element(.td) { deviation.status }
                                Markup.element(.td) { deviation.state.label(language) }
                                Markup.element(.td) {
                                    Markup.link(to: PathLink.to("avvik", deviation.id)) { request.t("endre status", "change status") }
                                    " · "
                                    Markup.link(to: PathLink.to("avvik", deviation.id, "fjern")) { request.t("fjern", "remove") }
                                }
                            }
                        }
                    }
                }
            }
            Markup.element(.h2) { request.t("Tiltak som virker på anskaffelsen", "Measures acting on the procurement") }
            if detail.measures.isEmpty {
                Markup.element(.p, [.class("muted")]) { request.t("Ingen tiltak er koblet til.", "No measure is linked.") }
            } else {
                Markup.element(.ul) {
                    for measure in detail.measures {
                        Markup.element(.li) { Markup.link(to: PathLink.to("tiltak", measure.id)) { measure.id + " " + measure.title } }
                    }
                }
            }
        }
    }
}
