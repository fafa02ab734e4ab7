/// Everything about one measure: fields, status, links both ways and the full history.
/// `aktsom measure show`.
public struct MeasureDetail: Sendable {
    public let data: PlanData
    public let state: MeasureState
    public let history: [StatusUpdate]
    /// When the measure counts from, and why (``Timeline``).
    public let since: InForceSince

    public init(data: PlanData, measure id: String, asOf day: Day) throws(PlanError) {
        guard let measure = data.plan.measure(id) else { throw data.missingMeasure(id) }
        let history = data.statusHistory
        self.data = data
        self.state = MeasureState(measure: measure, history: history, asOf: day)
        self.history = history.updates(for: id)
        self.since = Timeline(data: data, history: history).since(measure)
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let measure = state.measure
        let plan = data.plan
        var rows: [(String, String)] = []
        let goal = plan.goal(measure.goal)
        if let areaID = goal?.area, let area = plan.area(areaID) {
            rows.append((nb ? "Område" : "Area", "\(area.name) (\(area.id))"))
        }
        rows.append((nb ? "Mål" : "Goal", "\(measure.goal) \(goal?.title ?? "")"))
        rows.append((nb ? "Ansvarlig" : "Owner", measure.owner ?? "–"))
        var due = ViewText.due(measure.due, language)
        if let dueDate = measure.due, dueDate != .day(dueDate.lastDay) {
            due += " (\(dueDate.lastDay.norwegian))"
        }
        if state.isOverdue, let days = state.daysUntilDue {
            due += nb ? " – forfalt for \(-days) dager siden" : " – overdue by \(-days) days"
        }
        rows.append((nb ? "Frist" : "Due", due))
        rows.append((nb ? "Gjelder" : "In force", since.display(until: measure.active.end, language)))
        rows.append(("Status", "\(state.status.label(language)) (\(ViewText.lastUpdate(state.latestUpdate, language)))"))
        if let note = state.latestUpdate?.note { rows.append((nb ? "Siste notat" : "Latest note", note)) }
        if let code = measure.category, let category = MeasureCategory(code: code, family: plan.reportTemplate) {
            rows.append((nb ? "Kategori" : "Category", "\(code) \(category.label(in: plan.reportTemplate))"))
        }
        if let description = measure.description { rows.append((nb ? "Beskrivelse" : "Description", description)) }
        if let audience = measure.audience { rows.append((nb ? "Målgruppe" : "Audience", audience)) }
        for id in measure.risks {
            rows.append((nb ? "Risiko" : "Risk", "\(id) \(plan.risk(id)?.title ?? "")"))
        }
        for id in measure.procurements {
            rows.append((nb ? "Anskaffelse" : "Procurement", "\(id) \(data.register.procurement(id)?.title ?? "")"))
        }
        var lines = ["\(measure.id)  \(measure.title)", ""]
        lines += ViewText.labelled(rows)
        lines.append("")
        let count = history.count
        lines.append(nb ? "Historikk (\(count.counted("oppdatering", "oppdateringer"))):" : "History (\(count.counted("update", "updates"))):")
        if history.isEmpty {
            lines.append(nb ? "  ingen ennå; registrer med: aktsom update \(measure.id) --status pågår --note \"…\""
                            : "  none yet; record one with: aktsom update \(measure.id) --status pågår --note \"…\"")
        } else {
            lines.append(TextTable.indented(HistoryView.table(history, language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        var measure = RecordJSON.measure(state, plan: data.plan)
        if case .object(var object) = measure.kind {
            object.members.append(JSONObject.Member(key: "inForceSince", value: since.json))
            object.members.append(JSONObject.Member(key: "history", value: .array(history.map(RecordJSON.update))))
            measure = JSONValue(.object(object))
        }
        return .object([("asOf", .string(state.asOf.iso)), ("measure", measure)])
    }
}

/// A measure's status updates, oldest first. `aktsom history`. A removed measure's history is
/// still shown, from the journal, with the day it was removed: the journal is never rewritten.
public struct HistoryView: Sendable {
    public let measureID: String
    public let title: String
    /// The day the measure was removed from the plan, when it was.
    public let removed: Day?
    public let updates: [StatusUpdate]

    public init(data: PlanData, measure id: String) throws(PlanError) {
        if let measure = data.plan.measure(id) {
            (title, removed) = (measure.title, nil)
        } else if let record = data.plan.removedRecord(.measure, id) {
            (title, removed) = (record.title, record.removed)
        } else {
            throw .unknownRecord(.measure, id: id, candidates: data.plan.ids(of: .measure))
        }
        self.measureID = id
        self.updates = data.statusHistory.updates(for: id)
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var text = "\(measureID)  \(title)\n"
        if let removed {
            text += nb ? "Tiltaket ble fjernet fra planen \(removed.norwegian); historikken er bevart.\n" : "The measure was removed from the plan on \(removed.norwegian); its history is kept.\n"
        }
        text += "\n"
        if updates.isEmpty {
            text += nb ? "Ingen statusoppdateringer ennå.\n" : "No status updates yet.\n"
        } else {
            text += HistoryView.table(updates, language)
        }
        return text
    }

    static func table(_ updates: [StatusUpdate], _ language: Language) -> String {
        let nb = language == .nb
        var table = TextTable(columns: [.init(nb ? "DATO" : "DATE"), .init("STATUS"), .init(nb ? "AV" : "BY", maximumWidth: 24),
                                        .init(nb ? "NOTAT" : "NOTE")])
        for update in updates {
            table.append([update.date.norwegian, update.status.label(language), update.by ?? "–", update.note ?? ""])
        }
        return table.rendered()
    }

    public func json() -> JSONValue {
        .object([("measure", .string(measureID)), ("removed", removed.map { .string($0.iso) }),
                 ("updates", .array(updates.map(RecordJSON.update)))])
    }
}
