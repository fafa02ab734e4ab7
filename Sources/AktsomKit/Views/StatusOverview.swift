/// The plan at a glance: per area, how many measures in each status, how many overdue, the
/// share done and the latest report; then the overdue measures by name. `aktsom status`.
public struct StatusOverview: Sendable {
    public let plan: ActionPlan
    public let asOf: Day
    public let team: String?
    public let areas: [AreaProgress]
    public let overdue: [MeasureState]
    /// Self-reports and planned follow-ups, for the whole plan only: they belong to no team.
    public let followUps: FollowUpStatus?

    public init(data: PlanData, team: String?, asOf day: Day) throws(PlanError) {
        if let team { _ = try data.plan.team(matching: team) }
        let key = team.map(Team.Key.init)
        let states = data.measureStates(asOf: day).filter { state in key.map(state.measure.isOwned(by:)) ?? true }
        self.plan = data.plan
        self.asOf = day
        self.team = team
        self.areas = AreaProgress.areas(of: data.plan, states: states)
        self.overdue = states.filter(\.isOverdue).sorted { ($0.measure.due?.lastDay ?? Day.latest) < ($1.measure.due?.lastDay ?? Day.latest) }
        self.followUps = team == nil ? FollowUpStatus(data: data, asOf: day) : nil
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var lines: [String] = []
        var heading = plan.organisation + (nb ? " – handlingsplan" : " – action plan")
        if let period = plan.period { heading += " \(period.display)" }
        lines.append(heading)
        let scope = team.map { " for team \($0)" } ?? ""
        lines.append(nb ? "Status\(scope) per \(asOf.norwegian)" : "Status\(scope) as of \(asOf.norwegian)")
        lines.append("")
        let visible = team == nil ? areas : areas.filter { $0.total > 0 }
        for progress in visible {
            let percent = progress.percentDone.map { "\($0) %" } ?? "–"
            lines.append("\(progress.area.name) (\(progress.area.id))")
            lines.append("  \(ViewText.bar(percent: progress.percentDone)) \(percent) \(nb ? "gjennomført" : "done") · \(ViewText.measures(progress.total, language))"
                         + (progress.overdue > 0 ? (nb ? " · \(progress.overdue) forfalt" : " · \(progress.overdue) overdue") : ""))
            let counts = Status.allCases.map { "\($0.label(language)) \(progress.count($0))" }.joined(separator: " · ")
            lines.append("  \(counts)")
            lines.append("  \(ViewText.lastUpdate(progress.latestUpdate, language))")
            if !progress.focusAreas.isEmpty {
                lines.append(nb ? "  Satsingsområder:" : "  Focus areas:")
                var table = TextTable(columns: [.init("", maximumWidth: 40), .init(""), .init(""), .init(""), .init("")])
                for focus in progress.focusAreas {
                    let tally = focus.tally
                    table.append([focus.name, ViewText.bar(percent: tally.percentDone), tally.percentDone.map { "\($0) %" } ?? "–",
                                  ViewText.measures(tally.total, language), tally.overdue > 0 ? (nb ? "\(tally.overdue) forfalt" : "\(tally.overdue) overdue") : ""])
                }
                // The header row is empty and drops out: the names and numbers speak for themselves.
                lines.append(TextTable.indented(table.rendered(), by: "    "))
            }
            lines.append("")
        }
        let total = visible.reduce(0) { $0 + $1.total }
        let done = visible.reduce(0) { $0 + $1.count(.done) }
        lines.append(nb ? "Totalt: \(ViewText.measures(total, language)), \(done) gjennomført, \(overdue.count) forfalt"
                        : "Total: \(ViewText.measures(total, language)), \(done) done, \(overdue.count) overdue")
        if !overdue.isEmpty {
            lines.append("")
            lines.append(nb ? "Forfalte tiltak:" : "Overdue measures:")
            var table = TextTable(columns: [.init("ID"), .init(nb ? "FRIST" : "DUE"), .init("STATUS"),
                                            .init(nb ? "ANSVARLIG" : "OWNER", maximumWidth: 24), .init(nb ? "TITTEL" : "TITLE", maximumWidth: 60)])
            for state in overdue {
                table.append([state.measure.id, ViewText.due(state.measure.due, language), state.status.label(language),
                              state.measure.owner ?? "–", state.measure.title])
            }
            lines.append(TextTable.indented(table.rendered()))
        }
        if let followUps, !followUps.isEmpty {
            lines.append("")
            lines.append(followUps.summary(language))
            let late = followUps.answerOverdue + followUps.planOverdue
            if !late.isEmpty || !followUps.formsOverdue.isEmpty {
                var table = TextTable(columns: [.init("ID"), .init(nb ? "ANSKAFFELSE" : "PROCUREMENT"), .init("TYPE"), .init(nb ? "FRIST" : "DUE"),
                                                .init(nb ? "TITTEL" : "TITLE", maximumWidth: 50)])
                for (procurement, followUp) in late {
                    table.append([followUp.id, procurement.id, followUp.kind.label(language), (followUp.answerDue ?? followUp.day).norwegian, procurement.title])
                }
                for due in followUps.formsOverdue {
                    table.append(["–", due.procurement.id, nb ? "egenrapporteringsskjema" : "self-report form", due.due.norwegian, due.procurement.title])
                }
                lines.append(TextTable.indented(table.rendered()))
            }
        }
        return lines.joined(separator: "\n").trimmingTrailingWhitespaceLines() + "\n"
    }

    public func json() -> JSONValue {
        .object([
            ("organisation", .string(plan.organisation)),
            ("asOf", .string(asOf.iso)),
            ("team", team.map(JSONValue.string)),
            ("areas", .array(areas.map { progress in
                .object([
                    ("id", .string(progress.area.id)),
                    ("name", .string(progress.area.name)),
                    ("total", .int(progress.total)),
                    ("counts", .object(Status.allCases.map { ($0.rawValue, .int(progress.count($0))) })),
                    ("overdue", .int(progress.overdue)),
                    ("percentDone", progress.percentDone.map(JSONValue.int) ?? .null),
                    ("latestUpdate", progress.latestUpdate.map(RecordJSON.update) ?? .null),
                    ("focusAreas", .array(progress.focusAreas.map { focus in
                        .object([
                            ("name", .string(focus.name)),
                            ("total", .int(focus.tally.total)),
                            ("counts", .object(Status.allCases.map { ($0.rawValue, .int(focus.tally.count($0))) })),
                            ("overdue", .int(focus.tally.overdue)),
                            ("percentDone", focus.tally.percentDone.map(JSONValue.int) ?? .null),
                        ])
                    })),
                ])
            })),
            ("overdue", .strings(overdue.map(\.measure.id))),
        ] + (followUps?.json ?? []))
    }
}

extension String {
    /// Drops empty lines at the end, so a view ends with exactly one newline.
    func trimmingTrailingWhitespaceLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.isBlank { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
