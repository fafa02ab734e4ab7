import AktsomKit

extension Commands {
    static let check = Command(
        path: ["check"],
        abstract: Localized("kontroller alle filer og finn hull en revisor ville sett", en: "validate every file and find the gaps a reviewer would catch"),
        discussion: Localized(
            "Finner: høyrisikoanskaffelser uten etiske krav, hull etter anskaffelsesforskriften § 7-9, egenrapportering\nsom ikke er mottatt innen DFØs frist, høyrisikoavtaler uten oppfølging, prioriterte risikoer uten tiltak,\nmål uten tiltak, forfalte tiltak, tiltak uten status i året og åpne avvik uten tiltak, i tillegg til feil i\nfilene. Et funn fra en regel viser regelens kilde (se aktsom rules). Avslutter med 1 når noe er funnet, 0 ellers.",
            en: "Finds: high-risk procurements without ethical requirements, gaps under regulation § 7-9, self-reports\nnot received by DFØ's deadline, high-risk agreements without follow-up, prioritized risks without measures,\ngoals without measures, overdue measures, measures without status in the year and open deviations without\naction, besides problems in the files. A finding from a rule shows the rule's source (see aktsom rules).\nExits 1 when anything is found, 0 otherwise."),
        options: [CommonOptions.year(required: false, Localized("året som kontrolleres (standard inneværende år)", en: "the year to check (default the current year)"))],
        examples: [Example("aktsom check --year 2025"), Example("aktsom check --json")]
    ) { invocation in
        let loaded = try invocation.store().load()
        invocation.surroundings.heldUntilExit?.hold(loaded)
        let report = CheckReport(loaded: loaded, year: try invocation.year("--year"), today: invocation.today)
        invocation.show(text: report.text(invocation.language), json: report.json(invocation.language))
        return report.isClean ? .success : .failure
    }

    static let rules = Command(
        path: ["rules"],
        abstract: Localized("vis reglene kontrollen bygger på, med kildene og datoene de gjelder fra", en: "list the rules the check rests on, with their sources and dates"),
        discussion: Localized(
            "For hver regel: versjonene i kraft i året, kildens egne ord, og hver kilde med adresse og dagen den ble lest,\nog hva som ikke kunne leses. Planens egne høyrisikokategorier vises som egen risikovurdering, og forslag\nsom ikke er i kraft, til slutt.",
            en: "For each rule: the versions in force in the year, the source's own words, and each source with its address\nand the day it was read, and what could not be read. The plan's own high-risk categories are shown as its\nown risk assessment, and proposals not in force last."),
        options: [CommonOptions.year(required: false, Localized("året reglene skal gjelde for (standard inneværende år)", en: "the year the rules apply to (default the current year)"))],
        examples: [Example("aktsom rules"), Example("aktsom rules --year 2025 --json")]
    ) { invocation in
        let year = try invocation.year("--year") ?? invocation.today.year
        let listing = RuleListing(plan: try invocation.load(journal: .skip).plan, year: year)
        invocation.show(text: listing.text(invocation.language), json: listing.json(invocation.language))
        return .success
    }
}
