/// A procurement under § 7-9 whose award criteria are ranked with climate and environment below
/// the three highest, and no requirements in the specification: «Dersom oppdragsgiver ikke
/// prioriterer i tråd med tredje ledd, skal det stilles klima- og miljøkrav i
/// kravspesifikasjonen, og dette skal begrunnes i anskaffelsesdokumentene» (fourth paragraph).
struct ClimateRankedLowWithoutSpecification: CheckRule {
    let id = "climate-ranked-low-without-specification"
    let title = Localized("Klima og miljø rangert under de tre høyeste uten krav i kravspesifikasjonen",
                          en: "Climate and environment ranked below the top three without requirements in the specification")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            let climate = ClimateAssessment(procurement, rules: context.rules)
            guard climate.standing == .rankedLowWithoutSpecification, case .ranked(let rank, _)? = procurement.climate,
                  let top = climate.duty?.content.topRanksInWords else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) har klima og miljø som nr. \(rank) blant tildelingskriteriene, under de \(top.nb) høyeste, og ingen klimakrav i kravspesifikasjonen (§ 7-9 fjerde ledd)",
                                   en: "\(quoted(procurement.title)) ranks climate and environment no. \(rank) among the award criteria, below the top \(top.en), with no climate requirements in the specification (§ 7-9 fourth paragraph)"),
                fix: Localized("aktsom procurement edit \(procurement.id) --climate-rank \(rank) --climate-in-specification \"kravene og begrunnelsen\" --climate-documented-in \"dokument, punkt\"",
                               en: "aktsom procurement edit \(procurement.id) --climate-rank \(rank) --climate-in-specification \"the requirements and the reason\" --climate-documented-in \"document, section\""),
                location: context.registerLocation(.procurement, procurement.id), source: climate.rule, procurement: procurement)
        }
    }
}
