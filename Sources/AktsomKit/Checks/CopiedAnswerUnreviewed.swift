/// An answer `year start` copied from an earlier year that nobody has changed or confirmed: the
/// report would repeat last year's words as this year's. A notice for the lead.
struct CopiedAnswerUnreviewed: CheckRule {
    let id = "copied-answer-unreviewed"
    let title = Localized("Svar kopiert fra i fjor, ikke gjennomgått", en: "Answer copied from last year, not reviewed")

    func findings(in context: CheckContext) -> [Finding] {
        let year = context.year
        guard let entry = context.data.years[year] else { return [] }
        var findings = entry.copiedNotes.keys.sorted(by: Identifier.naturalOrder).map { section in
            Finding(check: id, subject: section,
                    message: Localized("svaret på \(section) er uendret fra \(entry.copiedNotes[section] ?? year - 1)",
                                       en: "the answer to \(section) is unchanged from \(entry.copiedNotes[section] ?? year - 1)"),
                    fix: Localized("skriv årets svar med aktsom year note \(year) --section \(section) --text \"…\", eller bekreft det med --keep",
                                   en: "write this year's answer with aktsom year note \(year) --section \(section) --text \"…\", or confirm it with --keep"),
                    location: context.sources.years[year]?.location(of: "note \(section)"), severity: .notice)
        }
        if let source = entry.contactCopiedFrom {
            findings.append(Finding(check: id, subject: "kontakt",
                                    message: Localized("kontaktinformasjonen er uendret fra \(source)", en: "the contact details are unchanged from \(source)"),
                                    fix: Localized("rett med aktsom year set \(year) --contact-name \"…\", eller bekreft med aktsom year set \(year) --keep-contact",
                                                   en: "correct with aktsom year set \(year) --contact-name \"…\", or confirm with aktsom year set \(year) --keep-contact"),
                                    severity: .notice))
        }
        return findings
    }
}
