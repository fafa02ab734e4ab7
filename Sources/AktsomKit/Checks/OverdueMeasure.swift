/// A measure past its due date that is neither done nor cancelled.
struct OverdueMeasure: CheckRule {
    let id = "overdue-measure"
    let title = Localized("Forfalt tiltak", en: "Overdue measure")

    func findings(in context: CheckContext) -> [Finding] {
        context.timeline.measures(in: context.year).compactMap { measure in
            let state = MeasureState(measure: measure, history: context.history, asOf: context.asOf)
            guard state.isOverdue, let due = measure.due else { return nil }
            let owner = measure.owner.map { Localized(", ansvarlig \($0)", en: ", owner \($0)") } ?? Localized("", en: "")
            return Finding(check: id, subject: measure.id,
                           message: Localized("\(quoted(measure.title)) hadde frist \(due.display(.nb)) og har status \(state.status.rawValue)\(owner.nb)",
                                              en: "\(quoted(measure.title)) was due \(due.display(.en)) and is \(state.status.label(.en))\(owner.en)"),
                           fix: Localized("aktsom update \(measure.id) --status gjennomført, eller ny frist: aktsom measure edit \(measure.id) --due ÅÅÅÅ-Qn",
                                          en: "aktsom update \(measure.id) --status done, or a new deadline: aktsom measure edit \(measure.id) --due YYYY-Qn"),
                           location: context.planLocation(.measure, measure.id))
        }
    }
}
