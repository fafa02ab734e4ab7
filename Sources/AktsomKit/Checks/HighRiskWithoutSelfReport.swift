/// A high-risk agreement signed in the year with no self-report sent. DFØ's guidance is to send
/// the self-report form when the contract is signed, so a reviewer looks for one on every
/// high-risk agreement of the year.
struct HighRiskWithoutSelfReport: CheckRule {
    let id = "high-risk-without-self-report"
    let title = Localized("Høyrisikoavtale uten egenrapportering", en: "High-risk agreement without a self-report")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            guard procurement.isHighRisk, procurement.year == context.year,
                  !procurement.followUps.contains(where: { $0.kind == .selfReporting && !$0.isPlanned }) else { return nil }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) er en høyrisikoavtale fra \(context.year), men ingen egenrapportering er sendt",
                                   en: "\(quoted(procurement.title)) is a high-risk agreement of \(context.year), but no self-report has been sent"),
                fix: Localized("aktsom followup add \(procurement.id) --kind egenrapportering --sent DATO  (svarfrist seks uker senere)",
                               en: "aktsom followup add \(procurement.id) --kind egenrapportering --sent DATE  (answer due six weeks later)"),
                location: context.registerLocation(.procurement, procurement.id))
        }
    }
}
