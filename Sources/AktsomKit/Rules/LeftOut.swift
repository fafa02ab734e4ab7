/// A saved goal, measure or risk that a year's report leaves out because it counts only from a
/// later day. The report must never leave out what was saved in silence: the export, `year
/// show`, the year page and the check name each one with why and the fix.
///
/// Named: what counts from after the year only because of the day it was typed in (or its first
/// status update), since no date the lead set says so: the lead entering 2023 in 2026 without a
/// start. Not named, since that is the rule working: what ended or was finished before the year
/// began, and what counts from later because of a date the lead set: its own start, an annual
/// goal's year, the strategy period, or the same through its goal or measure (the next
/// strategy's records, entered with their dates).
public struct LeftOutRecord: Sendable, Equatable {
    public let kind: RecordKind
    public let id: String
    public let title: String
    /// When it counts from, and why.
    public let since: InForceSince
    /// Giving it a start in the year brings it in.
    public let fix: Fix

    /// «tiltak klima-1.1 «Tiltak A» er ikke med i 2023: det gjelder fra 07.12.2026, fordi …».
    public func message(year: Int) -> Localized {
        let because = since.explanation
        return Localized("\(kind.name.nb) \(id) «\(title)» er ikke med i \(year): det gjelder \(because.nb)",
                         en: "\(kind.name.en) \(id) «\(title)» is not in \(year): it is in force \(because.en)")
    }
}

extension Timeline {
    /// What `year`'s report leaves out because it counts from after the year, in plan order:
    /// goals, then measures, then risks.
    public func leftOut(in year: Int) -> [LeftOutRecord] {
        guard let last = Day.lastDay(of: year) else { return [] }
        func startsLater(_ since: InForceSince) -> Bool {
            guard let day = since.day else { return false }
            return day > last
        }
        let fix = DueDate.year(year)
        var records: [LeftOutRecord] = []
        for goal in plan.goals where goal.year == nil || goal.year == year {
            let since = since(goal)
            guard !isInForce(goal, in: year), startsLater(since), isInferredFromEntry(since) else { continue }
            records.append(LeftOutRecord(kind: .goal, id: goal.id, title: goal.title, since: since, fix: .setStart(.goal, id: goal.id, start: fix)))
        }
        for measure in plan.measures {
            let since = since(measure)
            guard !isInForce(measure, in: year), startsLater(since), isInferredFromEntry(since) else { continue }
            records.append(LeftOutRecord(kind: .measure, id: measure.id, title: measure.title, since: since,
                                         fix: .setStart(.measure, id: measure.id, start: fix)))
        }
        for risk in plan.risks {
            let since = since(risk)
            guard !isInForce(risk, in: year), startsLater(since), isInferredFromEntry(since) else { continue }
            records.append(LeftOutRecord(kind: .risk, id: risk.id, title: risk.title, since: since, fix: .setStart(.risk, id: risk.id, start: fix)))
        }
        return records
    }

    /// Whether the start comes from the day the record (or the goal or measure it follows) was
    /// typed in or first updated, rather than from a date the lead set.
    func isInferredFromEntry(_ start: InForceSince) -> Bool {
        switch start.reason {
        case .added, .statusUpdate: return true
        case .start, .annualGoal, .strategyPeriod, .always: return false
        case .goal(let id): return plan.goal(id).map { isInferredFromEntry(self.since($0)) } ?? false
        case .measure(let id): return plan.measure(id).map { isInferredFromEntry(self.since($0)) } ?? false
        }
    }
}

extension LeftOutRecord {
    /// The records as the command line lists them: a heading with the count, then each with its
    /// reason and the command that brings it in. Empty when nothing is left out.
    public static func lines(_ records: [LeftOutRecord], year: Int, _ language: Language) -> [String] {
        guard !records.isEmpty else { return [] }
        let nb = language == .nb
        var lines = [nb ? "Lagret, men ikke med i \(year) fordi det gjelder fra senere (\(records.count)):"
                        : "Saved, but not in \(year) because it is in force only later (\(records.count)):"]
        for record in records {
            lines.append("  " + record.message(year: year).text(language))
            lines.append("    → " + record.fix.command)
        }
        return lines
    }

    /// The record as `--json` shows it: the fix as the command, and the field it sets.
    public var json: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("id", .string(id)),
            ("title", .string(title)),
            ("since", since.day.map { .string($0.iso) } ?? .null),
            ("reason", .string(since.reason.because.nb)),
            ("setByLead", .bool(since.isSetByLead)),
            ("fix", .string(fix.command)),
        ])
    }
}
