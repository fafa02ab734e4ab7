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

extension Commands {
    static let findingAcknowledge = Command(
        path: ["finding", "acknowledge"],
        abstract: Localized("kvitter ut et funn fra kontrollen med en begrunnelse", en: "acknowledge a finding of the check with a reason"),
        discussion: Localized(
            "For funn som ikke lenger kan rettes (ingen egenrapportering ble sendt i 2023). Funnet vises som kvittert ut\nmed begrunnelsen, teller ikke som funn, og står i årets fil. «aktsom finding reopen» tar det tilbake.",
            en: "For findings that can no longer be fixed (no self-report was sent in 2023). The finding is shown as\nacknowledged with the reason, does not count, and is kept in the year's file. «aktsom finding reopen» takes it back."),
        positionals: [PositionalSpec(name: "RULE", help: Localized("regelens id, slik check --json viser den", en: "the rule's id, as check --json shows it")),
                      PositionalSpec(name: "ID", help: Localized("id-en funnet gjelder", en: "the id the finding is about"))],
        options: [
            CommonOptions.year(required: true, Localized("året funnet gjelder", en: "the year of the finding")),
            .value("--reason", "TEXT", Localized("hvorfor funnet godtas", en: "why the finding is accepted"), required: true),
        ],
        examples: [Example("aktsom finding acknowledge high-risk-without-self-report 2023/014 --year 2023 --reason \"Avtalen ble sagt opp i mars; ingen levering.\"")]
    ) { invocation in
        let rule = try invocation.required("RULE"), subject = try invocation.required("ID")
        let year = try invocation.required("--year", invocation.year)
        let reason = try invocation.required("--reason")
        let store = try invocation.store()
        let current = CheckReport(loaded: try store.load(), year: year, today: invocation.today)
        try invocation.change { data, _ in
            try data.acknowledgeFinding(check: rule, subject: subject, year: year, reason: reason, today: invocation.today, current: current)
        }
        invocation.confirm(Localized("Kvitterte ut \(rule) \(quoted(subject)) for \(year).", en: "Acknowledged \(rule) \(quoted(subject)) for \(year)."),
                           json: .object([("check", .string(rule)), ("subject", .string(subject)), ("year", .int(year)), ("reason", .string(reason))]))
        return .success
    }

    static let findingReopen = Command(
        path: ["finding", "reopen"],
        abstract: Localized("ta tilbake en utkvittering: funnet teller igjen", en: "take an acknowledgement back: the finding counts again"),
        positionals: [PositionalSpec(name: "RULE", help: Localized("regelens id", en: "the rule's id")),
                      PositionalSpec(name: "ID", help: Localized("id-en funnet gjelder", en: "the id the finding is about"))],
        options: [CommonOptions.year(required: true, Localized("året funnet gjelder", en: "the year of the finding"))],
        examples: [Example("aktsom finding reopen high-risk-without-self-report 2023/014 --year 2023")]
    ) { invocation in
        let rule = try invocation.required("RULE"), subject = try invocation.required("ID")
        let year = try invocation.required("--year", invocation.year)
        try invocation.change { data, _ in try data.reopenFinding(check: rule, subject: subject, year: year) }
        invocation.confirm(Localized("Funnet \(rule) \(quoted(subject)) teller igjen for \(year).", en: "The finding \(rule) \(quoted(subject)) counts again for \(year)."),
                           json: .object([("check", .string(rule)), ("subject", .string(subject)), ("year", .int(year))]))
        return .success
    }
}
