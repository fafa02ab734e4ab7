import AktsomKit

/// The dashboard's follow-up section: `aktsom status`'s count of self-reports waiting (past the
/// deadline set, or with none set), the self-report forms due after contract start, and the
/// planned follow-ups, with the late ones by name and a link to record what happened.
enum FollowUpSummary {
    static func section(_ status: FollowUpStatus, request: HTTPRequest) -> Markup {
        let late = status.answerOverdue + status.planOverdue
        let anyLate = !late.isEmpty || !status.formsOverdue.isEmpty
        return Markup.element(.section, [.id("oppfolging")]) {
            Markup.element(.h2) { request.t("Kontraktsoppfølging", "Contract follow-up") }
            Markup.element(.p) {
                status.summary(request.language) + " "
                Markup.link(to: "/oppfolgingsplan") { request.t("Oppfølgingsplan", "Follow-up plan") }
            }
            if anyLate {
                Markup.element(.ul, [.class("late-follow-ups")]) {
                    for (procurement, followUp) in late {
                        Markup.element(.li) {
                            Markup.link(to: PathLink.to("oppfolging", followUp.id)) { followUp.id }
                            " " + followUp.kind.label(request.language) + " · " + procurement.title + " · "
                            Markup.element(.span, [.class("tag overdue")]) {
                                followUp.isPlanned ? request.t("planlagt \(followUp.day.norwegian)", "planned \(followUp.day.norwegian)")
                                    : request.t("svarfrist \((followUp.answerDue ?? followUp.day).norwegian)", "answer due \((followUp.answerDue ?? followUp.day).norwegian)")
                            }
                        }
                    }
                    for due in status.formsOverdue {
                        Markup.element(.li) {
                            Markup.link(to: PathLink.to("anskaffelser", due.procurement.id) + "#oppfolging") { due.procurement.id }
                            " " + request.t("egenrapporteringsskjema (DFØ)", "self-report form (DFØ)") + " · " + due.procurement.title + " · "
                            Markup.element(.span, [.class("tag overdue")]) { request.t("frist \(due.due.norwegian)", "due \(due.due.norwegian)") }
                        }
                    }
                }
            }
        }
    }
}
