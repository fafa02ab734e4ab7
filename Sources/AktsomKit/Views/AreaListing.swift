/// The strategy areas with their overarching goals and SDGs. `aktsom area list`.
public struct AreaListing: Sendable {
    public let plan: ActionPlan

    public init(plan: ActionPlan) {
        self.plan = plan
    }

    /// One row per area: id, name, ethical, SDGs and goals.
    func table(_ language: Language) -> String {
        let nb = language == .nb
        var table = TextTable(columns: [.init("ID"), .init(nb ? "NAVN" : "NAME", maximumWidth: 40), .init(nb ? "ETISK" : "ETHICAL"),
                                        .init(nb ? "BÆREKRAFTSMÅL" : "SDGS"), .init(nb ? "MÅL" : "GOALS")])
        for area in plan.areas {
            table.append([area.id, area.name, area.isEthical ? (nb ? "ja" : "yes") : "–",
                          area.sdgs.isEmpty ? "–" : area.sdgs.map(String.init).joined(separator: ", "),
                          String(plan.goals(in: area.id).count)])
        }
        return table.rendered()
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !plan.areas.isEmpty else {
            return nb ? "Planen har ingen strategiområder; legg til med: aktsom area add --name \"…\"\n"
                      : "The plan has no strategy areas; add one with: aktsom area add --name \"…\"\n"
        }
        var lines = [table(language).trimmingTrailingWhitespaceLines(), ""]
        for area in plan.areas {
            lines.append("\(area.name) (\(area.id))")
            var rows: [(String, String)] = []
            if let goal = area.overarchingGoal { rows.append((nb ? "Overordnet mål" : "Overarching goal", goal)) }
            if !area.sdgs.isEmpty {
                rows.append((nb ? "Bærekraftsmål" : "SDGs", area.sdgs.map(SustainableDevelopmentGoal.display).joined(separator: "\n")))
            }
            if let note = area.sdgNote { rows.append((nb ? "Om bærekraftsmålene" : "On the SDGs", note)) }
            let focus = plan.focusAreas(in: area.id)
            if !focus.isEmpty { rows.append((nb ? "Satsingsområder" : "Focus areas", focus.joined(separator: "\n"))) }
            if rows.isEmpty { rows.append((nb ? "Overordnet mål" : "Overarching goal", nb ? "– (sett med: aktsom area edit \(area.id) --goal \"…\")" : "– (set with: aktsom area edit \(area.id) --goal \"…\")")) }
            lines += ViewText.labelled(rows).map { "  " + $0 }
            lines.append("")
        }
        return lines.joined(separator: "\n").trimmingTrailingWhitespaceLines() + "\n"
    }

    public func json() -> JSONValue {
        .object([("areas", .array(plan.areas.map { RecordJSON.area($0, plan: plan) }))])
    }
}
