/// A reason § 7-9 asks to stand in the procurement documents (requirements in the specification
/// instead of criteria, the exemption, a weight under 30 %, a rank below the top three) with no
/// record of where it stands. A notice: the reason is recorded, and the lead knows whether the
/// documents had it at announcement; KOFA 2025/0726 found a breach where they did not.
struct ClimateReasonNotLocated: CheckRule {
    let id = "climate-reason-not-located"
    let title = Localized("Begrunnelse etter § 7-9 uten sted i anskaffelsesdokumentene", en: "Reason under § 7-9 with no place in the procurement documents")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            let climate = ClimateAssessment(procurement, rules: context.rules)
            guard climate.needsReasonInDocuments, procurement.climateDocumentedIn?.isBlank ?? true else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) har en begrunnelse etter § 7-9, men ikke hvor i anskaffelsesdokumentene den står; den skal stå der ved kunngjøring",
                                   en: "\(quoted(procurement.title)) has a reason under § 7-9, but not where in the procurement documents it stands; it must stand there at announcement"),
                fix: Localized("aktsom procurement edit \(procurement.id) --climate-documented-in \"Konkurransegrunnlaget, punkt …\"",
                               en: "aktsom procurement edit \(procurement.id) --climate-documented-in \"Konkurransegrunnlaget, punkt …\""),
                location: context.registerLocation(.procurement, procurement.id), severity: .notice, source: climate.rule?.adding(climate.decisions), procurement: procurement)
        }
    }
}
