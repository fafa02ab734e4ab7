/// The high-risk agreements with ethical contract terms whose contract start is not recorded, so
/// that the self-report's deadline is counted from 1 January of their year: said once, as a
/// notice with the fix, for the agreements whose deadline falls in the year checked.
struct ContractStartAssumed: CheckRule {
    let id = "contract-start-assumed"
    let title = Localized("Kontraktsstart ikke registrert", en: "Contract start not recorded")

    func findings(in context: CheckContext) -> [Finding] {
        let assumed = context.selfReportDues.filter { !$0.start.recorded && $0.due.year == context.year }
        guard let first = assumed.first else { return [] }
        let ids = assumed.map(\.procurement.id).joined(separator: ", ")
        return [Finding(
            check: id, subject: RegisterCodec.fileName,
            message: Localized("\(assumed.count.counted("høyrisikoavtale", "høyrisikoavtaler")) med etiske kontraktsvilkår har ingen kontraktsstart registrert (\(ids)); fristen for egenrapporteringen regnes da fra 1. januar i avtaleåret",
                               en: "\(assumed.count.counted("high-risk agreement", "high-risk agreements")) with ethical contract terms have no contract start recorded (\(ids)); the self-report's deadline is then counted from 1 January of the agreement's year"),
            fix: Localized("aktsom procurement edit \(first.procurement.id) --contract-start DATO  (for hver av dem)",
                           en: "aktsom procurement edit \(first.procurement.id) --contract-start DATE  (for each of them)"),
            severity: .notice, source: first.rule)]
    }
}
