/// Everything about one measure: fields, status, links both ways and the full history.
/// `aktsom measure show`.
public struct MeasureDetail: Sendable {
    public let data: PlanData
    public let state: MeasureState
    public let history: [StatusUpdate]

    public init(data: PlanData, measure id: String, asOf day: Day) throws(PlanError) {
        guard let measure = data.plan.measure(id) else {
            throw .unknownRecord(.measure, id: id, candidates: data.plan.ids(of: .measure))
        }
        let history = StatusHistory(journal: data.journal)
        self.data = data
        self.state = MeasureState(measure: measure, history: history, asOf: day)
        self.history = history.updates(for: id)
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
        if let span = ViewText.inForce(measure.active, language) { rows.append((nb ? "Gjelder" : "In force", span)) }
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
        let width = rows.map(\.0.count).max() ?? 0
        var lines = ["\(measure.id)  \(measure.title)", ""]
        for (label, value) in rows {
            let indent = String(repeating: " ", count: width + 2)
            let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append(label + ":" + String(repeating: " ", count: width - label.count + 1) + (valueLines.first.map(String.init) ?? ""))
            lines.append(contentsOf: valueLines.dropFirst().map { indent + $0 })
        }
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
            object.members.append(JSONObject.Member(key: "history", value: .array(history.map(RecordJSON.update))))
            measure = JSONValue(.object(object))
        }
        return .object([("asOf", .string(state.asOf.iso)), ("measure", measure)])
    }
}

/// A measure's status updates, oldest first. `aktsom history`.
public struct HistoryView: Sendable {
    public let measure: Measure
    public let updates: [StatusUpdate]

    public init(data: PlanData, measure id: String) throws(PlanError) {
        guard let measure = data.plan.measure(id) else {
            throw .unknownRecord(.measure, id: id, candidates: data.plan.ids(of: .measure))
        }
        self.measure = measure
        self.updates = StatusHistory(journal: data.journal).updates(for: id)
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var text = "\(measure.id)  \(measure.title)\n\n"
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
        .object([("measure", .string(measure.id)), ("updates", .array(updates.map(RecordJSON.update)))])
    }
}
