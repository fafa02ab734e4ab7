/// What `remove` did, or with `--dry-run` would do: the record, everything that went with it,
/// and the status history that stays in the journal.
public struct RemovalView: Sendable {
    public let removal: Removal
    public let dryRun: Bool

    public init(_ removal: Removal, dryRun: Bool) {
        self.removal = removal
        self.dryRun = dryRun
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let kind = removal.kind.definite.text(language)
        var lines = [dryRun ? (nb ? "Ville fjernet \(kind) \(quoted(removal.id)): \(removal.title)" : "Would remove \(kind) \(quoted(removal.id)): \(removal.title)")
                            : (nb ? "Fjernet \(kind) \(quoted(removal.id)): \(removal.title)" : "Removed \(kind) \(quoted(removal.id)): \(removal.title)")]
        if !removal.dependents.isEmpty {
            lines.append(dryRun ? (nb ? "Ville også fjernet:" : "Would also remove:") : (nb ? "Fjernet også:" : "Also removed:"))
            lines += removal.dependents.map { "  " + $0.description.text(language) }
        }
        let kept = removal.updatesKept
        let measures = removal.dependents.compactMap { dependent -> String? in
            if case .measure(let id, _, _) = dependent { return id }
            return nil
        }
        let historyID = removal.kind == .measure ? removal.id : measures.count == 1 ? measures[0] : (nb ? "TILTAK" : "MEASURE")
        if removal.kind == .measure || kept > 0 {
            let updates = nb ? kept.counted("statusoppdatering", "statusoppdateringer") : kept.counted("status update", "status updates")
            lines.append(nb ? "Historikken (\(updates)) blir stående i journalen; id-en brukes ikke igjen. Se den med: aktsom history \(historyID)"
                            : "The history (\(updates)) stays in the journal; the id is not used again. See it with: aktsom history \(historyID)")
        }
        if dryRun { lines.append(nb ? "Ingenting er endret (--dry-run)." : "Nothing was changed (--dry-run).") }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        .object([
            ("dryRun", .bool(dryRun)),
            ("removed", .object([("kind", .string(removal.kind.rawValue)), ("id", .string(removal.id)), ("title", .string(removal.title))])),
            ("alsoRemoved", .array(removal.dependents.map(RemovalView.json))),
            ("updatesKept", .int(removal.updatesKept)),
        ])
    }

    /// `{"kind": "measure", "id": "klima-1.1", "title": "…", "updatesKept": 3}`, and so on per kind.
    static func json(_ dependent: Dependent) -> JSONValue {
        switch dependent {
        case .goal(let id, let title):
            return .object([("kind", .string("goal")), ("id", .string(id)), ("title", .string(title))])
        case .measure(let id, let title, let updates):
            return .object([("kind", .string("measure")), ("id", .string(id)), ("title", .string(title)), ("updatesKept", .int(updates))])
        case .goalStatus(let goal, let year):
            return .object([("kind", .string("goal-status")), ("goal", .string(goal)), ("year", .int(year))])
        case .riskReport(let risk, let year):
            return .object([("kind", .string("risk-report")), ("risk", .string(risk)), ("year", .int(year))])
        case .followUp(let procurement, let kind, let date):
            return .object([("kind", .string("follow-up")), ("procurement", .string(procurement)), ("followUpKind", .string(kind.rawValue)),
                            ("date", .string(date.iso))])
        case .deviation(let id, let procurement):
            return .object([("kind", .string("deviation")), ("id", .string(id)), ("procurement", .string(procurement))])
        case .riskLink(let measure, let risk):
            return .object([("kind", .string("risk-link")), ("measure", .string(measure)), ("risk", .string(risk))])
        case .procurementLink(let measure, let procurement):
            return .object([("kind", .string("procurement-link")), ("measure", .string(measure)), ("procurement", .string(procurement))])
        case .riskArea(let risk, let area):
            return .object([("kind", .string("risk-area")), ("risk", .string(risk)), ("area", .string(area))])
        case .referenceArea(let reference, let area):
            return .object([("kind", .string("reference-area")), ("reference", .string(reference)), ("area", .string(area))])
        case .requirements(let procurement, let area):
            return .object([("kind", .string("requirements")), ("procurement", .string(procurement)), ("area", .string(area))])
        case .followUpLink(let deviation, let followUp):
            return .object([("kind", .string("follow-up-link")), ("deviation", .string(deviation)), ("followUp", .string(followUp))])
        }
    }
}
