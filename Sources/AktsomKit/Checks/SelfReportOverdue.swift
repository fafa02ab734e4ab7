/// A self-report request sent with a deadline (`--due`) and not answered by it. A request sent
/// with no deadline gets none invented: it is waiting, and `status` says «ingen svarfrist satt».
/// Like the other rules it looks at the year checked: the requests whose deadline fell in it.
struct SelfReportOverdue: CheckRule {
    let id = "self-report-overdue"
    let title = Localized("Egenrapportering uten svar etter fristen", en: "Self-report unanswered after its deadline")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.followUps.compactMap { procurement, followUp in
            guard followUp.isAnswerOverdue(on: context.asOf), let sent = followUp.date, let due = followUp.answerDue, due.year == context.year else { return nil }
            let supplier = followUp.supplier.map { Localized(" (\($0))", en: " (\($0))") } ?? Localized(verbatim: "")
            return Finding(
                check: id, subject: followUp.id,
                message: Localized("egenrapporteringen til \(procurement.id) \(quoted(procurement.title))\(supplier.nb) ble sendt \(sent.norwegian) med svarfrist \(due.norwegian), og er ikke besvart",
                                   en: "the self-report for \(procurement.id) \(quoted(procurement.title))\(supplier.en) was sent on \(sent.norwegian), due \(due.norwegian), and is not answered"),
                fix: Localized("aktsom followup edit \(followUp.id) --answered DATO --outcome ok|avvik  (eller purr, og gi ny frist med --due DATO)",
                               en: "aktsom followup edit \(followUp.id) --answered DATE --outcome ok|avvik  (or send a reminder, and a new deadline with --due DATE)"),
                location: context.registerLocation(.followUp, followUp.id), procurement: procurement)
        }
    }
}
