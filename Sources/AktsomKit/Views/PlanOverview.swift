/// The strategy itself: who it belongs to, its vision, who owns and runs it, the report it is
/// written for, its areas and what it holds. `aktsom plan show`. A field not set yet shows the
/// command that sets it, so the view doubles as a checklist for entering a strategy.
public struct PlanOverview: Sendable {
    public let data: PlanData

    public init(data: PlanData) {
        self.data = data
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let plan = data.plan
        func orHint(_ value: String?, _ hint: String) -> String {
            value ?? (nb ? "– (sett med: \(hint))" : "– (set with: \(hint))")
        }
        var rows: [(String, String)] = [
            (nb ? "Virksomhet" : "Organisation", plan.organisation),
            (nb ? "Strategiperiode" : "Strategy period", orHint(plan.period?.display, "aktsom plan edit --period 2025-2028")),
            (nb ? "Overordnet mål" : "Overall goal", orHint(plan.overallGoal, "aktsom plan edit --overall-goal \"…\"")),
            (nb ? "Eier" : "Owner", orHint(plan.owner, "aktsom plan edit --owner Kommunestyret")),
            (nb ? "Operativt ansvarlig" : "Operational owner", orHint(plan.operationalOwner, "aktsom plan edit --operational-owner Innkjøpsavdelingen")),
            (nb ? "Rapportmal" : "Report template", plan.reportTemplate.rawValue),
            (nb ? "Rapportfrist" : "Report deadline", plan.reportDeadline.description),
            (nb ? "Egen risikoliste" : "Own risk list",
             plan.ownHighRiskCategories.isEmpty ? (nb ? "ingen; bare DFØs høyrisikoliste (legg til med: aktsom plan edit --own-high-risk \"…\")"
                                                      : "none; DFØ's high-risk list only (add with: aktsom plan edit --own-high-risk \"…\")")
                 : plan.ownHighRiskCategories.joined(separator: ", ") + (nb ? " (egen risikovurdering, i tillegg til DFØs høyrisikoliste)"
                                                                           : " (own risk assessment, beside DFØ's high-risk list)")),
        ]
        let counts = nb
            ? "\(plan.goals.count) mål, \(plan.measures.count) tiltak, \(plan.risks.count) risikoer, \(data.register.procurements.count) anskaffelser"
            : "\(plan.goals.count) goals, \(plan.measures.count) measures, \(plan.risks.count) risks, \(data.register.procurements.count) procurements"
        rows.append((nb ? "Innhold" : "Contents", counts))
        rows.append((nb ? "Styrende dokumenter" : "Governing documents",
                     plan.references.isEmpty ? orHint(nil, "aktsom plan reference add --title \"…\" --scope nasjonal")
                         : "\(plan.references.count) (aktsom plan reference list)"))
        if !plan.removed.isEmpty {
            rows.append((nb ? "Fjernede tiltak" : "Removed measures",
                         nb ? "\(plan.removed.count) (historikken er bevart: aktsom history ID)" : "\(plan.removed.count) (history kept: aktsom history ID)"))
        }
        var lines = ViewText.labelled(rows)
        lines.append("")
        lines.append(nb ? "Strategiområder:" : "Strategy areas:")
        lines.append(TextTable.indented(AreaListing(plan: plan).table(language)))
        return lines.joined(separator: "\n").trimmingTrailingWhitespaceLines() + "\n"
    }

    public func json() -> JSONValue {
        let plan = data.plan
        return .object(PlanCodec.settings(of: plan) + [
            ("areas", .array(plan.areas.map { RecordJSON.area($0, plan: plan) })),
            ("references", .array(plan.references.map(RecordJSON.reference))),
            ("counts", .object([
                ("goals", .int(plan.goals.count)), ("measures", .int(plan.measures.count)), ("risks", .int(plan.risks.count)),
                ("procurements", .int(data.register.procurements.count)), ("references", .int(plan.references.count)),
            ])),
            ("removed", .array(plan.removed.map(PlanCodec.encode))),
        ])
    }
}
