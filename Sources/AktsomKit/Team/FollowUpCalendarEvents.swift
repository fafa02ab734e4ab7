/// The follow-up dates in the plan's calendar: each self-report's answer deadline and each
/// planned follow-up's day. Their UIDs are made from the organisation and the follow-up's id, like
/// the measures', so a newer file updates them. A self-report answered, or a planned follow-up
/// done, stays as a cancelled event, so a calendar that had it removes it; SEQUENCE goes up then.
extension DeadlineCalendar {
    static func followUpEvents(data: PlanData, domain: String) -> [ICalendar.Event] {
        var events: [ICalendar.Event] = []
        for (procurement, followUp) in data.register.followUps {
            let supplier = followUp.supplier.map { " (\($0))" } ?? ""
            if let planned = followUp.planned {
                let command = followUp.kind == .selfReporting ? "--sent" : "--date"
                events.append(ICalendar.Event(
                    uid: "oppfolging-\(followUp.id)@\(domain)", day: planned,
                    summary: "Planlagt \(followUp.kind.rawValue): \(procurement.id) \(procurement.title)\(supplier)",
                    description: ["Oppfølging \(followUp.id) av \(procurement.id), planlagt til \(planned.norwegian).", followUp.note,
                                  "Når den er gjort: aktsom followup edit \(followUp.id) \(command) DATO"].compactMap { $0 }.joined(separator: "\n"),
                    categories: ["Aktsom", "Kontraktsoppfølging"], sequence: followUp.isPlanned ? 0 : 1, isCancelled: !followUp.isPlanned))
            }
            if let due = followUp.answerDue, let sent = followUp.date {
                events.append(ICalendar.Event(
                    uid: "egenrapportering-\(followUp.id)@\(domain)", day: due,
                    summary: "Svarfrist egenrapportering: \(procurement.id) \(procurement.title)\(supplier)",
                    description: "Egenrapportering \(followUp.id) sendt \(sent.norwegian), svarfrist \(due.norwegian).\n"
                        + "Registrer svaret: aktsom followup edit \(followUp.id) --answered DATO --outcome ok|avvik",
                    categories: ["Aktsom", "Egenrapportering"], sequence: followUp.answered == nil ? 0 : 1, isCancelled: followUp.answered != nil))
            }
        }
        return events
    }
}
