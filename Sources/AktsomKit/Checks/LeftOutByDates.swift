/// A saved goal, measure or risk that the year's report leaves out because it counts only from
/// after the year (see ``LeftOutRecord``): a notice, since a record of the next strategy is rightly
/// left out, and one typed in today for last year is not.
struct LeftOutByDates: CheckRule {
    let id = "left-out-by-dates"
    let title = Localized("Lagret, men ikke med i året", en: "Saved, but not in the year")

    func findings(in context: CheckContext) -> [Finding] {
        context.timeline.leftOut(in: context.year).map { record in
            return Finding(check: id, subject: record.id, message: record.message(year: context.year),
                           fix: Localized("\(record.fix.command), hvis det hører til \(context.year)",
                                          en: "\(record.fix.command), if it belongs to \(context.year)"),
                           action: record.fix,
                           location: context.planLocation(record.kind, record.id), severity: .notice)
        }
    }
}
