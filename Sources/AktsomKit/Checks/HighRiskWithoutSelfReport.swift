/// A high-risk agreement with ethical contract terms whose self-report form was due, by DFØ's
/// rule, in the year checked (at the latest six months after the contract's start) and is neither
/// received nor covered by another of DFØ's ways of following up done by then.
struct HighRiskWithoutSelfReport: CheckRule {
    let id = "high-risk-without-self-report"
    let title = Localized("Egenrapportering ikke mottatt innen fristen etter kontraktsstart", en: "Self-report not received by its deadline after the contract's start")

    func findings(in context: CheckContext) -> [Finding] {
        context.selfReportDues.compactMap { due in
            guard due.due.year == context.year, due.isOverdue(on: context.asOf) else { return nil }
            let procurement = due.procurement
            let start = due.start.recorded ? Localized("kontraktsstart \(due.start.day.norwegian)", en: "contract start \(due.start.day.norwegian)")
                                           : Localized("kontraktsstart ikke registrert, regnet fra \(due.start.day.norwegian)",
                                                       en: "contract start not recorded, counted from \(due.start.day.norwegian)")
            let sent = procurement.followUps.first { $0.kind == .selfReporting && $0.date != nil && $0.answered == nil }
            let standing = sent.map { Localized("skjemaet ble sendt \($0.day.norwegian) (\($0.id)) og er ikke besvart", en: "the form was sent \($0.day.norwegian) (\($0.id)) and is not answered") }
                ?? Localized("ingen egenrapportering er mottatt", en: "no self-report has been received")
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) er en høyrisikoavtale med etiske kontraktsvilkår (\(start.nb)); egenrapporteringen skulle vært levert senest \(due.due.norwegian), men \(standing.nb)",
                                   en: "\(quoted(procurement.title)) is a high-risk agreement with ethical contract terms (\(start.en)); the self-report was due by \(due.due.norwegian), but \(standing.en)"),
                fix: sent.map { Localized("aktsom followup edit \($0.id) --answered DATO --outcome ok|avvik", en: "aktsom followup edit \($0.id) --answered DATE --outcome ok|avvik") }
                    ?? Localized("aktsom followup add \(procurement.id) --kind egenrapportering --sent DATO [--due DATO]  (eller registrer et oppfølgingsmøte som gikk gjennom spørsmålene)",
                                 en: "aktsom followup add \(procurement.id) --kind egenrapportering --sent DATE [--due DATE]  (or record a follow-up meeting that went through the questions)"),
                location: context.registerLocation(.procurement, procurement.id), source: due.rule, procurement: procurement)
        }
    }
}
