import AktsomKit

/// The dashboard's follow-up section: the self-reports waiting for an answer and those past their
/// deadline, and the planned follow-ups not done and those whose day has passed, as `aktsom
/// status` counts them, with the late ones by name and a link to record what happened.
enum FollowUpSummary {
    static func section(_ status: FollowUpStatus, request: HTTPRequest) -> Markup {
        let late = status.answerOverdue + status.planOverdue
        return Markup.element(.section, [.id("oppfolging")]) {
            Markup.element(.h2) { request.t("Kontraktsoppfølging", "Contract follow-up") }
            Markup.element(.p) {
                request.t("Egenrapportering: \(status.awaitingAnswer.count) venter på svar, \(status.answerOverdue.count) over fristen. ",
                          "Self-reports: \(status.awaitingAnswer.count) awaiting an answer, \(status.answerOverdue.count) past the deadline. ")
                request.t("Planlagt oppfølging: \(status.planned.count) ikke gjort, \(status.planOverdue.count) forfalt. ",
                          "Planned follow-up: \(status.planned.count) not done, \(status.planOverdue.count) overdue. ")
                Markup.link(to: "/oppfolgingsplan") { request.t("Oppfølgingsplan", "Follow-up plan") }
            }
            if !late.isEmpty {
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
                }
            }
        }
    }
}
