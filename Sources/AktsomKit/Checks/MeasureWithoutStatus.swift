/// A measure still open at the start of the year that no one reported on during the year: the
/// report would have nothing to say about it.
struct MeasureWithoutStatus: CheckRule {
    let id = "measure-without-status"
    let title = Localized("Tiltak uten status i året", en: "Measure without status in the year")

    func findings(in context: CheckContext) -> [Finding] {
        let year = context.year
        let yearBefore = Day.lastDay(of: year - 1) ?? Day.earliest
        // The check's day is already within the year: 31 December, or today before then.
        let lastDay = context.asOf
        return context.data.plan.measures.compactMap { measure in
            guard !context.history.status(of: measure.id, asOf: yearBefore).isClosed else { return nil }
            guard context.history.updates(for: measure.id, in: year).isEmpty else { return nil }
            return Finding(check: id, subject: measure.id,
                           message: Localized("\(quoted(measure.title)) har ingen statusoppdatering i \(year)", en: "\(quoted(measure.title)) has no status update in \(year)"),
                           fix: Localized("aktsom update \(measure.id) --status pågår --note \"…\" --date \(lastDay.iso)",
                                          en: "aktsom update \(measure.id) --status pågår --note \"…\" --date \(lastDay.iso)"),
                           location: context.planLocation(.measure, measure.id))
        }
    }
}
