/// A procurement on DFØ's high-risk list with no ethical or social requirement in any phase:
/// the first thing a reviewer of a due-diligence report asks about.
struct HighRiskWithoutRequirements: CheckRule {
    let id = "high-risk-without-requirements"
    let title = Localized("Høyrisikoanskaffelse uten etiske krav", en: "High-risk procurement without ethical requirements")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            guard procurement.isHighRisk, procurement.phases(inAreas: context.ethicalAreas).isEmpty else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            let why = HighRiskList.match(procurement.category).map { Localized(" (\($0.name))", en: " (\($0.name))") }
                ?? Localized(" (satt for hånd)", en: " (set by hand)")
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) er høyrisiko\(why.nb), men har ingen etiske krav i noen fase",
                                   en: "\(quoted(procurement.title)) is high-risk\(why.en), but has no ethical requirements in any phase"),
                fix: Localized("aktsom procurement edit \(procurement.id) --requirements contract  (eller --no-high-risk om den ikke er høyrisiko)",
                               en: "aktsom procurement edit \(procurement.id) --requirements contract  (or --no-high-risk if it is not high-risk)"),
                location: context.registerLocation(.procurement, procurement.id))
        }
    }
}
