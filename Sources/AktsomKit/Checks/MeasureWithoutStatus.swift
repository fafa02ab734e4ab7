/// A measure in force in the year (started, not ended, still open when the year began) that no
/// one reported on during the year: the report would have nothing to say about it.
struct MeasureWithoutStatus: CheckRule {
    let id = "measure-without-status"
    let title = Localized("Tiltak uten status i året", en: "Measure without status in the year")

    func findings(in context: CheckContext) -> [Finding] {
        let year = context.year
        // The check's day is already within the year: 31 December, or today before then.
        let lastDay = context.asOf
        return context.timeline.measures(in: year).compactMap { measure in
            // A measure that starts after the check's day has nothing to report yet.
            if let first = context.timeline.firstDay(of: measure), first > lastDay { return nil }
            guard !context.history.hasUpdates(for: measure.id, in: year) else { return nil }
            return Finding(check: id, subject: measure.id,
                           message: Localized("\(quoted(measure.title)) har ingen statusoppdatering i \(year)", en: "\(quoted(measure.title)) has no status update in \(year)"),
                           fix: Localized("aktsom update \(measure.id) --status pågår --note \"…\" --date \(lastDay.iso)",
                                          en: "aktsom update \(measure.id) --status pågår --note \"…\" --date \(lastDay.iso)"),
                           location: context.planLocation(.measure, measure.id))
        }
    }
}
