/// The deadlines of the plan as a calendar: one all-day event per measure on its due date (a
/// quarter on its last day), the follow-ups' dates (see `followUpEvents`), and one for the next
/// annual report to Etisk handel Norge.
///
/// Importing a newer file must update the events, never double them, in any folder or clone the
/// plan sits in: an event's UID is made from the organisation's name and the measure's id, never
/// from a path. What changes an event is in the data too: SEQUENCE counts the measure's status
/// updates and LAST-MODIFIED is the latest one's time, so two files made from the same plan on
/// different days differ only in DTSTAMP. A measure that is done or cancelled stays in the file as
/// a cancelled event, so a calendar that had it removes it.
public enum DeadlineCalendar {
    public static func calendar(data: PlanData, team: String?, clock: WallClock) throws(PlanError) -> ICalendar {
        let plan = data.plan
        if let team { _ = try plan.team(matching: team) }
        let today = clock.today()
        let domain = "\(uidName(plan.organisation)).aktsom"
        let history = data.statusHistory
        var events: [ICalendar.Event] = []
        let owned = team.map { plan.measureIDs(ownedBy: Team.Key($0)) }
        for state in data.measureStates(asOf: today, history: history) {
            let measure = state.measure
            guard let due = measure.due, owned.map({ $0.contains(measure.id) }) ?? true else { continue }
            var description = ["Status: \(state.statusText(.nb))"]
            if let owner = measure.owner { description.append("Ansvarlig: \(owner)") }
            if let goal = plan.goal(measure.goal) { description.append("Mål: \(goal.id) \(goal.title)") }
            description.append("Frist: \(due.display(.nb))")
            if !state.status.isClosed {
                // Most team members never open a terminal: the sheet first, the command for those who do.
                description.append("Oppdater i teamets statusark (Ny status, Nytt notat), eller: aktsom update \(measure.id) --status … --note \"…\"")
            }
            let revision = history.revision(of: measure.id)
            events.append(ICalendar.Event(uid: "tiltak-\(measure.id)@\(domain)", day: due.lastDay,
                                          summary: "\(measure.id) \(measure.title)", description: description.joined(separator: "\n"),
                                          categories: ["Aktsom", measure.owner ?? plan.organisation],
                                          sequence: revision.count, lastModified: revision.lastRecorded,
                                          isCancelled: state.status.isClosed))
        }
        // Follow-ups belong to no team: only the whole plan's calendar carries them.
        if team == nil { events += followUpEvents(data: data, domain: domain, today: today) }
        let deadline = plan.nextReportDeadline(after: today)
        events.append(ICalendar.Event(
            uid: "rapport-\(deadline.year)@\(domain)", day: deadline,
            summary: "Frist: årsrapport til Etisk handel Norge (\(deadline.year - 1))",
            description: "Rapporten for \(deadline.year - 1) skal være levert. Lag utkastet med: aktsom export --year \(deadline.year - 1)",
            categories: ["Aktsom", "Rapportering"]))
        let name = team.map { "\(plan.organisation) – tiltak for \($0)" } ?? "\(plan.organisation) – handlingsplan"
        return ICalendar(name: name, events: events, stamp: ICalendar.stamp(fromISO: clock.timestamp()))
    }

    /// `Fjordvik kommune` → `fjordvik-kommune`, `Bærum Ålesund` → `baerum-alesund`: the
    /// organisation as plain ASCII for the UIDs' domain part.
    static func uidName(_ organisation: String) -> String {
        var name = ""
        for character in organisation.lowercased() {
            switch character {
            case "æ": name += "ae"
            case "ø", "ö": name += "o"
            case "å", "ä", "á", "à": name += "a"
            case "é", "è", "ê": name += "e"
            case "ü": name += "u"
            default:
                if character.isASCII && (character.isLetter || character.isNumber) {
                    name.append(character)
                } else if !name.hasSuffix("-") {
                    name += "-"
                }
            }
        }
        let trimmed = name.trimmingCharacters(in: ["-"])
        return trimmed.isEmpty ? "plan" : trimmed
    }
}
