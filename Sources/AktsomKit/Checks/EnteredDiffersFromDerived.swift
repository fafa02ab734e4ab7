/// A figure the organisation entered for the year that differs from the one Aktsom counts from
/// the register, where the lead has said the register is complete for the year (else a count says
/// nothing about what was entered). The entered one is what the report shows; this is a notice,
/// not an error, so the lead can check which is right. Figures are named in the plan's template's words.
struct EnteredDiffersFromDerived: CheckRule {
    let id = "entered-differs-from-derived"
    let title = Localized("Oppgitt tall avviker fra det registrerte", en: "Entered figure differs from the counted one")

    func findings(in context: CheckContext) -> [Finding] {
        let figures = YearFigures(data: context.data, year: context.year, history: context.history, timeline: context.timeline)
        return figures.differences(in: TemplateCatalog.defaultTemplate(for: context.data.plan)).map { difference in
            Finding(check: id, subject: difference.id,
                    message: Localized("\(difference.label.nb) i \(context.year): oppgitt \(difference.entered), registrert \(difference.derived); rapporten viser det oppgitte",
                                       en: "\(difference.label.en) in \(context.year): entered \(difference.entered), counted \(difference.derived); the report shows the entered one"),
                    fix: Localized("behold det oppgitte, eller se «aktsom year show \(context.year)» og rett med aktsom year set \(context.year)",
                                   en: "keep the entered one, or see «aktsom year show \(context.year)» and correct it with aktsom year set \(context.year)"),
                    location: context.sources.years[context.year]?.location(of: "indicator \(difference.id)"),
                    severity: .notice)
        }
    }
}
