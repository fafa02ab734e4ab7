/// The deadlines of the plan as a calendar: one all-day event per open measure on its due date
/// (a quarter on its last day), and one for the next annual report to Etisk handel Norge.
public enum DeadlineCalendar {
    public static func calendar(data: PlanData, planName: String, team: String?, clock: WallClock) throws(PlanError) -> ICalendar {
        let plan = data.plan
        if let team { _ = try plan.team(matching: team) }
        let today = clock.today()
        let domain = "\(SafeFileName.component(planName)).aktsom"
        var events: [ICalendar.Event] = []
        for state in data.measureStates(asOf: today) where !state.status.isClosed {
            let measure = state.measure
            guard let due = measure.due, team.map(measure.isOwned(by:)) ?? true else { continue }
            var description = ["Status: \(state.statusText(.nb))"]
            if let owner = measure.owner { description.append("Ansvarlig: \(owner)") }
            if let goal = plan.goal(measure.goal) { description.append("Mål: \(goal.id) \(goal.title)") }
            description.append("Frist: \(due.display(.nb))")
            // Most team members never open a terminal: the sheet first, the command for those who do.
            description.append("Oppdater i teamets statusark (Ny status, Nytt notat), eller: aktsom update \(measure.id) --status … --note \"…\"")
            events.append(ICalendar.Event(uid: "tiltak-\(measure.id)@\(domain)", day: due.lastDay,
                                          summary: "\(measure.id) \(measure.title)", description: description.joined(separator: "\n"),
                                          categories: ["Aktsom", measure.owner ?? plan.organisation]))
        }
        let thisYear = plan.reportDeadline.day(in: today.year)
        let deadline = thisYear >= today ? thisYear : plan.reportDeadline.day(in: today.year + 1)
        events.append(ICalendar.Event(
            uid: "rapport-\(deadline.year)@\(domain)", day: deadline,
            summary: "Frist: årsrapport til Etisk handel Norge (\(deadline.year - 1))",
            description: "Rapporten for \(deadline.year - 1) skal være levert. Lag utkastet med: aktsom export --year \(deadline.year - 1)",
            categories: ["Aktsom", "Rapportering"]))
        let name = team.map { "\(plan.organisation) – tiltak for \($0)" } ?? "\(plan.organisation) – handlingsplan"
        return ICalendar(name: name, events: events, stamp: ICalendar.stamp(fromISO: clock.timestamp()))
    }
}
