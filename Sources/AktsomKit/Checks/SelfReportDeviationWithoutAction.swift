/// A deviation a self-report found with no action written down. A «nei» in DFØ's self-report is
/// a breach of contract: the buyer asks the supplier for a plan to correct it, and the report
/// says what is being done.
struct SelfReportDeviationWithoutAction: CheckRule {
    let id = "self-report-deviation-without-action"
    let title = Localized("Avvik fra egenrapportering uten tiltak", en: "Deviation found by a self-report without an action")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.deviations.compactMap { procurement, deviation in
            guard deviation.action.isBlank, deviation.isFoundBySelfReport(in: procurement), let link = deviation.followUp else { return nil }
            return Finding(
                check: id, subject: deviation.id,
                message: Localized("avviket \(quoted(deviation.type)) i \(procurement.id) \(quoted(procurement.title)), funnet ved egenrapporteringen \(link), har ikke noe tiltak",
                                   en: "the deviation \(quoted(deviation.type)) in \(procurement.id) \(quoted(procurement.title)), found by the self-report \(link), has no action"),
                fix: Localized("aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\"",
                               en: "aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\""),
                location: context.registerLocation(.deviation, deviation.id), procurement: procurement)
        }
    }
}

extension Deviation {
    /// Linked to a self-report of its procurement: found by a supplier's own answer.
    func isFoundBySelfReport(in procurement: Procurement) -> Bool {
        guard let link = followUp else { return false }
        return procurement.followUps.contains { $0.id == link && $0.kind == .selfReporting }
    }
}
