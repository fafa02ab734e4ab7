import AktsomKit

extension Commands {
    static let check = Command(
        path: ["check"],
        abstract: Localized("kontroller alle filer og finn hull en revisor ville sett", en: "validate every file and find the gaps a reviewer would catch"),
        discussion: Localized(
            "Finner: høyrisikoanskaffelser uten etiske krav, prioriterte risikoer uten tiltak, mål uten tiltak,\nforfalte tiltak, tiltak uten status i året og åpne avvik uten tiltak, i tillegg til feil i filene.\nAvslutter med 1 når noe er funnet, 0 ellers.",
            en: "Finds: high-risk procurements without ethical requirements, prioritized risks without measures,\ngoals without measures, overdue measures, measures without status in the year and open deviations\nwithout action, besides problems in the files. Exits 1 when anything is found, 0 otherwise."),
        options: [CommonOptions.year(required: false, Localized("året som kontrolleres (standard inneværende år)", en: "the year to check (default the current year)"))],
        examples: [Example("aktsom check --year 2025"), Example("aktsom check --json")]
    ) { invocation in
        let loaded = try invocation.store().load()
        invocation.surroundings.heldUntilExit?.hold(loaded)
        let report = CheckReport(loaded: loaded, year: try invocation.year("--year"), today: invocation.today)
        invocation.show(text: report.text(invocation.language), json: report.json(invocation.language))
        return report.isClean ? .success : .failure
    }
}
