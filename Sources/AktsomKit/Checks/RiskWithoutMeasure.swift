/// A prioritized risk in force in the year that no measure in force answers: the plan names a
/// harm and does nothing about it.
struct RiskWithoutMeasure: CheckRule {
    let id = "risk-without-measure"
    let title = Localized("Prioritert risiko uten tiltak", en: "Prioritized risk without a measure")

    func findings(in context: CheckContext) -> [Finding] {
        let timeline = context.timeline
        let answered = Set(timeline.measures(in: context.year).flatMap(\.risks))
        return timeline.risks(in: context.year).filter { !answered.contains($0.id) }.map { risk in
            Finding(check: id, subject: risk.id,
                    message: Localized("\(quoted(risk.title)) har ingen tiltak i \(context.year)", en: "\(quoted(risk.title)) has no measure in \(context.year)"),
                    fix: Localized("koble et tiltak: aktsom measure edit TILTAK --risk \(risk.id)", en: "link a measure: aktsom measure edit MEASURE --risk \(risk.id)"),
                    location: context.planLocation(.risk, risk.id))
        }
    }
}
