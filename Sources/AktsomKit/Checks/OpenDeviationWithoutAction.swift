/// A deviation still open with no corrective action written down. One a self-report found is
/// left to ``SelfReportDeviationWithoutAction``, which says so, so no deviation is reported twice.
struct OpenDeviationWithoutAction: CheckRule {
    let id = "open-deviation-without-action"
    let title = Localized("Åpent avvik uten tiltak", en: "Open deviation without action")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.deviations.compactMap { procurement, deviation in
            guard deviation.state.isOpen, deviation.action.isBlank, !deviation.isFoundBySelfReport(in: procurement) else { return nil }
            return Finding(check: id, subject: deviation.id,
                           message: Localized("avviket \(quoted(deviation.type)) i \(procurement.id) er \(deviation.state.rawValue) uten registrert tiltak",
                                              en: "the deviation \(quoted(deviation.type)) in \(procurement.id) is \(deviation.state.label(.en)) with no action recorded"),
                           fix: Localized("aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\"",
                                          en: "aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\""),
                           location: context.registerLocation(.deviation, deviation.id), procurement: procurement)
        }
    }
}
