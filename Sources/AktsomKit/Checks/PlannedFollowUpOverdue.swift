/// A planned follow-up (from `aktsom followup plan --accept`, or planned by hand) whose day, in
/// the year checked, has passed without it being recorded as done.
struct PlannedFollowUpOverdue: CheckRule {
    let id = "planned-follow-up-overdue"
    let title = Localized("Planlagt oppfølging som ikke er gjort", en: "Planned follow-up not done")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.followUps.compactMap { procurement, followUp in
            guard followUp.isPlanOverdue(on: context.asOf), let planned = followUp.planned, planned.year == context.year else { return nil }
            let dateOption = followUp.kind == .selfReporting ? "--sent" : "--date"
            return Finding(
                check: id, subject: followUp.id,
                message: Localized("\(followUp.kind.rawValue) av \(procurement.id) \(quoted(procurement.title)) var planlagt til \(planned.norwegian), men er ikke registrert gjort",
                                   en: "\(followUp.kind.label(.en)) of \(procurement.id) \(quoted(procurement.title)) was planned for \(planned.norwegian), but is not recorded as done"),
                fix: Localized("aktsom followup edit \(followUp.id) \(dateOption) DATO når den er gjort, eller ny dag: --planned DATO",
                               en: "aktsom followup edit \(followUp.id) \(dateOption) DATE once done, or a new day: --planned DATE"),
                location: context.registerLocation(.followUp, followUp.id), procurement: procurement)
        }
    }
}
