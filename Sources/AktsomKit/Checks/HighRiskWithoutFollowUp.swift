/// A high-risk agreement not followed up in any of DFØ's ways in proportion to risk (labels and
/// certificates, a follow-up meeting, a self-report with document review, a sample check, an
/// audit): in its first year, or in the year checked when its risk and value rank it for
/// follow-up in the year's plan (``FollowUpPlan``, within the unit's capacity). A year is judged
/// once it is over, since a follow-up can come any day of it.
struct HighRiskWithoutFollowUp: CheckRule {
    let id = "high-risk-without-follow-up"
    let title = Localized("Høyrisikoavtale uten oppfølging i forhold til risiko", en: "High-risk agreement without follow-up in proportion to risk")

    func findings(in context: CheckContext) -> [Finding] {
        guard let yearEnd = Day.lastDay(of: context.year), context.asOf >= yearEnd,
              let ladder = context.rules.followUpLadder.inForce(on: yearEnd) ?? context.rules.followUpLadder.versions.last else { return [] }
        let kinds = ladder.content.kinds
        let plan = FollowUpPlan(data: context.data, year: context.year, capacity: nil, today: context.asOf, rules: context.rules)
        let ranked = Dictionary(plan.candidates.filter(\.proposed).map { ($0.procurement.id, $0) }, uniquingKeysWith: { first, _ in first })
        let source = RuleCitation(context.rules.followUpLadder, ladder)
        let ways = Localized("merker og sertifikater, oppfølgingsmøte, egenrapportering med dokumentgjennomgang, stikkprøve eller revisjon",
                             en: "labels and certificates, a follow-up meeting, a self-report with document review, a sample check or an audit")
        return context.data.register.procurements.compactMap { procurement in
            guard context.highRisk.isHighRisk(procurement), let start = procurement.agreementStart, start.day.year <= context.year,
                  !procurement.followUps.contains(where: { kinds.contains($0.kind) && $0.date?.year == context.year }) else { return nil }
            let why: Localized
            if start.day.year == context.year {
                why = Localized("avtalens første år (\(start.recorded ? "kontraktsstart \(start.day.norwegian)" : "avtaleår \(context.year)"))",
                                en: "the agreement's first year (\(start.recorded ? "contract start \(start.day.norwegian)" : "agreement year \(context.year)"))")
            } else if let candidate = ranked[procurement.id] {
                why = Localized("rangert nr. \(candidate.rank) for oppfølging i \(context.year) etter risiko og verdi",
                                en: "ranked no. \(candidate.rank) for follow-up in \(context.year) by risk and value")
            } else {
                return nil
            }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) er høyrisiko og ble ikke fulgt opp i \(context.year), \(why.nb), verken med \(ways.nb)",
                                   en: "\(quoted(procurement.title)) is high-risk and was not followed up in \(context.year), \(why.en), with neither \(ways.en)"),
                fix: Localized("aktsom followup add \(procurement.id) --kind sertifikatkontroll|statusmøte|egenrapportering|dokumentgjennomgang|stikkprøve|revisjon --date DATO  (se aktsom followup plan --year \(context.year))",
                               en: "aktsom followup add \(procurement.id) --kind sertifikatkontroll|statusmøte|egenrapportering|dokumentgjennomgang|stikkprøve|revisjon --date DATE  (see aktsom followup plan --year \(context.year))"),
                location: context.registerLocation(.procurement, procurement.id), source: source, procurement: procurement)
        }
    }
}
