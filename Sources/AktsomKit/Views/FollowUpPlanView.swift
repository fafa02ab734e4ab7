/// The year's follow-up plan as `aktsom followup plan` shows it: the ranked agreements with
/// points, method and where each stands in the plan, the reasons in words, and the same as JSON
/// and as a CSV sheet for Excel.
public struct FollowUpPlanView: Sendable {
    public let plan: FollowUpPlan
    public let organisation: String
    /// What `--accept` recorded, in rank order.
    public let accepted: [(procurement: String, followUp: FollowUp)]

    public init(plan: FollowUpPlan, organisation: String, accepted: [(procurement: String, followUp: FollowUp)] = []) {
        self.plan = plan
        self.organisation = organisation
        self.accepted = accepted
    }

    /// `planlagt 31.03.2026 (oppfolging-9)`, `gjort 04.03.2026 (oppfolging-9)`, `foreslått`, or nothing.
    public static func standing(_ candidate: FollowUpPlan.Candidate, _ language: Language) -> String {
        let nb = language == .nb
        if let followUp = candidate.inPlan {
            if let date = followUp.date { return nb ? "gjort \(date.norwegian) (\(followUp.id))" : "done \(date.norwegian) (\(followUp.id))" }
            return nb ? "planlagt \(followUp.day.norwegian) (\(followUp.id))" : "planned \(followUp.day.norwegian) (\(followUp.id))"
        }
        return candidate.proposed ? (nb ? "foreslått" : "proposed") : ""
    }

    /// `høyrisikokategori (Naturstein) +40, åpent avvik (avvik-5) +30, …`
    public static func reasons(_ candidate: FollowUpPlan.Candidate, _ language: Language) -> String {
        candidate.factors.map { "\($0.reason.text(language)) +\($0.points)" }.joined(separator: ", ")
    }

    /// `Kapasitet: 3 (årsmålet etikk-4).` or how to give one.
    public func capacityLine(_ language: Language) -> String {
        let nb = language == .nb
        switch (plan.capacity, plan.capacitySource) {
        case (let capacity?, .goal(let goal)?): return nb ? "Kapasitet: \(capacity) (målverdien til årsmålet \(goal))." : "Capacity: \(capacity) (the target of the annual goal \(goal))."
        case (let capacity?, _): return nb ? "Kapasitet: \(capacity)." : "Capacity: \(capacity)."
        default: return nb ? "Ingen kapasitet oppgitt: gi --capacity N (eller et årsmål med indikator avtaler-fulgt-opp), så foreslås de N øverste."
                           : "No capacity given: give --capacity N (or an annual goal with the indicator avtaler-fulgt-opp), and the top N are proposed."
        }
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var lines: [String] = []
        if !accepted.isEmpty {
            lines.append(nb ? "Planla \(accepted.count.counted("oppfølging", "oppfølginger")) for \(plan.year):" : "Planned \(accepted.count.counted("follow-up", "follow-ups")) for \(plan.year):")
            for (procurement, followUp) in accepted {
                lines.append("  \(followUp.id)  \(procurement)  \(followUp.kind.label(language))  \(followUp.day.norwegian)")
            }
            lines.append("")
        }
        lines.append((nb ? "Oppfølgingsplan \(plan.year) – " : "Follow-up plan \(plan.year) – ") + organisation)
        let active = nb ? "Aktive avtaler: \(plan.candidates.count) fra \(plan.firstAgreementYear)–\(plan.year) (per \(plan.asOf.norwegian))."
                        : "Active agreements: \(plan.candidates.count) from \(plan.firstAgreementYear)–\(plan.year) (as of \(plan.asOf.norwegian))."
        let left = plan.withoutYear == 0 ? "" : (nb ? " \(plan.withoutYear) uten år er ikke med." : " \(plan.withoutYear) without a year are left out.")
        lines.append(active + left + " " + capacityLine(language))
        guard !plan.candidates.isEmpty else {
            lines.append(nb ? "Ingen aktive avtaler i \(plan.year)." : "No active agreements in \(plan.year).")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        var table = TextTable(columns: [.init(nb ? "NR" : "NO", alignRight: true), .init("ID"), .init(nb ? "POENG" : "POINTS", alignRight: true),
                                        .init(nb ? "METODE" : "METHOD"), .init(nb ? "SIST FULGT OPP" : "LAST FOLLOW-UP"),
                                        .init(nb ? "I PLANEN" : "IN THE PLAN"), .init(nb ? "TITTEL" : "TITLE", maximumWidth: 44)])
        for candidate in plan.candidates {
            table.append([String(candidate.rank), candidate.procurement.id, String(candidate.score), candidate.method.label.text(language),
                          candidate.lastFollowUp?.date?.norwegian ?? (nb ? "aldri" : "never"), FollowUpPlanView.standing(candidate, language),
                          candidate.procurement.title])
        }
        lines.append(table.rendered().trimmingTrailingWhitespaceLines())
        lines.append("")
        lines.append(nb ? "Begrunnelser:" : "Reasons:")
        for candidate in plan.candidates {
            lines.append("  \(candidate.rank). \(candidate.procurement.id): \(FollowUpPlanView.reasons(candidate, language))")
            lines.append("     → \(candidate.method.label.text(language)): \(candidate.methodReason.text(language))")
        }
        if let capacity = plan.capacity, !plan.toAccept.isEmpty {
            lines.append("")
            let capacityOption = plan.capacitySource == .given ? " --capacity \(capacity)" : ""
            lines.append(nb ? "Legg forslaget inn som planlagt oppfølging: aktsom followup plan --year \(plan.year)\(capacityOption) --accept"
                            : "Record the proposal as planned follow-up: aktsom followup plan --year \(plan.year)\(capacityOption) --accept")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        let capacityGoal: JSONValue
        if case .goal(let goal)? = plan.capacitySource { capacityGoal = .string(goal) } else { capacityGoal = .null }
        return .object([
            ("organisation", .string(organisation)),
            ("year", .int(plan.year)),
            ("asOf", .string(plan.asOf.iso)),
            ("capacity", plan.capacity.map(JSONValue.int) ?? .null),
            ("capacityGoal", capacityGoal),
            ("activeFrom", .int(plan.firstAgreementYear)),
            ("withoutYear", .int(plan.withoutYear)),
            ("candidates", .array(plan.candidates.map(FollowUpPlanView.json))),
            ("accepted", .array(accepted.map { FollowUpText.json($0.followUp, procurement: $0.procurement, deviation: nil) })),
        ])
    }

    static func json(_ candidate: FollowUpPlan.Candidate) -> JSONValue {
        let fields: [(String, JSONValue?)] = [
            ("rank", .int(candidate.rank)),
            ("procurement", .string(candidate.procurement.id)),
            ("title", .string(candidate.procurement.title)),
            ("score", .int(candidate.score)),
            ("factors", .array(candidate.factors.map { .object([("id", .string($0.id)), ("points", .int($0.points)), ("reason", .string($0.reason.nb))]) })),
            ("method", .string(candidate.method.id)),
            ("methodLabel", .string(candidate.method.label.nb)),
            ("kind", .string(candidate.method.kind.rawValue)),
            ("methodReason", .string(candidate.methodReason.nb)),
            ("lastFollowUp", candidate.lastFollowUp?.date.map { .string($0.iso) } ?? .null),
            ("value", candidate.procurement.value.map { .number(literal: $0.description) } ?? .null),
            ("highRisk", .bool(candidate.isHighRisk)),
            ("proposed", .bool(candidate.proposed)),
            ("inPlan", candidate.inPlan.map(RecordJSON.followUp) ?? .null),
        ]
        return .object(fields)
    }

    /// The plan as a sheet for Excel: one row per agreement, the id kept as text.
    public func csv() -> String {
        var rows = [["Nr", "ID", "Tittel", "Poeng", "Metode", "Type oppfølging", "Begrunnelse for metode", "Begrunnelse", "Sist fulgt opp",
                     "Verdi", "Høyrisiko", "I planen"]]
        for candidate in plan.candidates {
            rows.append([String(candidate.rank), candidate.procurement.id, candidate.procurement.title, String(candidate.score),
                         candidate.method.label.nb, candidate.method.kind.rawValue, candidate.methodReason.nb, FollowUpPlanView.reasons(candidate, .nb),
                         candidate.lastFollowUp?.date?.norwegian ?? "aldri", candidate.procurement.value?.norwegian ?? "",
                         candidate.isHighRisk ? "Ja" : "Nei", FollowUpPlanView.standing(candidate, .nb)])
        }
        return CSVWriter.document(rows, textColumns: [1])
    }
}
