extension PlanData {
    /// Records the year's proposed follow-ups as planned ones (a planned day, no date yet), which
    /// the calendar carries and `check` reports once their day has passed. Agreements with a
    /// follow-up already planned for the year get none more, so accepting twice adds nothing.
    ///
    /// The planned days are the last days of the year's quarters still ahead, dealt out in rank
    /// order: the highest ranked in the first of them. Returns what was recorded, in rank order.
    @discardableResult
    public mutating func acceptFollowUpPlan(year: Int, capacity: Int?, today: Day) throws(PlanError) -> (plan: FollowUpPlan, accepted: [(procurement: String, followUp: FollowUp)]) {
        let plan = FollowUpPlan(data: self, year: year, capacity: capacity, today: today)
        guard plan.capacity != nil else {
            throw .invalidField(FieldProblem(field: "--capacity", message: Localized("mangler --capacity N: hvor mange avtaler dere rekker å følge opp i \(year)",
                                                                                     en: "missing --capacity N: how many agreements you can follow up in \(year)"),
                                             notes: [Localized("eller sett et årsmål for \(year) med --indicator avtaler-fulgt-opp --target N",
                                                               en: "or set an annual goal for \(year) with --indicator avtaler-fulgt-opp --target N")]))
        }
        let days = FollowUpPlan.quarterEnds(of: year, from: today)
        guard !days.isEmpty else {
            throw .invalidField(FieldProblem(field: "--year", message: Localized("\(year) er over; en plan kan bare godtas for inneværende eller et kommende år",
                                                                                 en: "\(year) is over; a plan can only be accepted for the current or a coming year"),
                                             notes: [Localized("uten --accept vises rangeringen for \(year) likevel", en: "without --accept the ranking for \(year) is shown all the same")]))
        }
        var accepted: [(procurement: String, followUp: FollowUp)] = []
        for (index, candidate) in plan.toAccept.enumerated() {
            let reasons = candidate.factors.filter { $0.points > 0 }.map(\.reason.nb).joined(separator: ", ")
            let note = "Oppfølgingsplan \(year), nr. \(candidate.rank): \(candidate.method.label.nb). \(reasons.isEmpty ? "" : reasons.capitalizedFirst + ".")"
            let followUp = FollowUp(kind: candidate.method.kind, date: nil, note: note.trimmingCharacters(in: .whitespaces), planned: days[index % days.count])
            accepted.append((candidate.procurement.id, try addFollowUp(to: candidate.procurement.id, followUp, today: today)))
        }
        return (plan, accepted)
    }
}

extension FollowUpPlan {
    /// The last days of `year`'s quarters from the one `today` is in (all four for a coming year).
    static func quarterEnds(of year: Int, from today: Day) -> [Day] {
        [3, 6, 9, 12].compactMap { month in Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) }.filter { $0 >= today }
    }
}
