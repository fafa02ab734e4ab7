/// The follow-up dates in the plan's calendar: each self-report's answer deadline (as set; a
/// request with none gets no event), each planned follow-up's day, and each high-risk
/// agreement's deadline for DFØ's self-report form after its contract start. Their UIDs are made from the organisation and the follow-up's id, like
/// the measures', so a newer file updates them. A self-report answered, or a planned follow-up
/// done, stays as a cancelled event, so a calendar that had it removes it; SEQUENCE goes up then.
extension DeadlineCalendar {
    static func followUpEvents(data: PlanData, domain: String, today: Day) -> [ICalendar.Event] {
        var events: [ICalendar.Event] = []
        for due in SelfReportDue.all(in: data) where !due.hasEnded(by: today) {
            let procurement = due.procurement
            let met = due.isMet(by: today)
            let start = due.start.recorded ? "kontraktsstart \(due.start.day.norwegian)" : "kontraktsstart ikke registrert, regnet fra \(due.start.day.norwegian)"
            events.append(ICalendar.Event(
                uid: "egenrapporteringsskjema-\(procurement.id)@\(domain)", day: due.due,
                summary: "Frist egenrapporteringsskjema (DFØ): \(procurement.id) \(procurement.title)",
                description: "Høyrisikoavtale med etiske kontraktsvilkår (\(start)). Leverandøren skal levere skjemaet senest \(due.due.norwegian).\n"
                    + "Registrer: aktsom followup add \(procurement.id) --kind egenrapportering --sent DATO, og svaret med aktsom followup edit ID --answered DATO",
                categories: ["Aktsom", "Egenrapportering"], sequence: met ? 1 : 0, isCancelled: met))
        }
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
