/// A high-risk procurement (DFØ's list, the plan's own risk assessment, or set by hand) with no
/// ethical or social requirement in any phase: the first thing a reviewer of a due-diligence
/// report asks about.
struct HighRiskWithoutRequirements: CheckRule {
    let id = "high-risk-without-requirements"
    let title = Localized("Høyrisikoanskaffelse uten etiske krav", en: "High-risk procurement without ethical requirements")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            let risk = context.highRisk.assess(procurement)
            guard risk.isHighRisk, procurement.phases(inAreas: context.ethicalAreas).isEmpty else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            let why = risk.why ?? Localized(verbatim: "")
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) er høyrisiko (\(why.nb)), men har ingen etiske krav i noen fase",
                                   en: "\(quoted(procurement.title)) is high-risk (\(why.en)), but has no ethical requirements in any phase"),
                fix: Localized("aktsom procurement edit \(procurement.id) --requirements contract  (eller --no-high-risk om den ikke er høyrisiko)",
                               en: "aktsom procurement edit \(procurement.id) --requirements contract  (or --no-high-risk if it is not high-risk)"),
                location: context.registerLocation(.procurement, procurement.id), source: risk.citation, procurement: procurement)
        }
    }
}
