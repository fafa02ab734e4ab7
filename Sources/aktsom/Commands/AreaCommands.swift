import AktsomKit

/// The fields `area add` and `area edit` share, declared once.
private let areaFields: [OptionSpec] = [
    .value("--goal", "TEXT", Localized("områdets overordnede mål", en: "the area's overarching goal")),
    .value("--sdgs", "N,N,…", Localized("FNs bærekraftsmål området bidrar til, 1–17, for eksempel 12,13,15; \"\" for ingen",
                                        en: "the UN SDGs the area serves, 1–17, for example 12,13,15; \"\" for none")),
    .value("--sdg-note", "TEXT", Localized("kort om valget av bærekraftsmål: hvorfor disse, eller hvorfor ingen",
                                           en: "a short note on the SDGs chosen: why these, or why none")),
    .flag("--ethical", Localized("krav i området regnes som etiske/sosiale krav i rapporten", en: "requirements in the area count as ethical/social in the report")),
    .flag("--not-ethical", Localized("krav i området regnes ikke som etiske/sosiale", en: "requirements in the area do not count as ethical/social")),
]

extension Invocation {
    /// `--sdgs` as a list, empty for `""`.
    func sdgs() throws -> [Int]? {
        guard let raw = text("--sdgs") else { return nil }
        return try PlanData.sdgList(raw)
    }

    /// `--ethical` or `--not-ethical`, never both.
    func ethical() throws -> Bool? {
        switch (flag("--ethical"), flag("--not-ethical")) {
        case (true, true): throw usageError(Localized("--ethical og --not-ethical kan ikke brukes sammen", en: "--ethical and --not-ethical cannot be used together"))
        case (true, false): return true
        case (false, true): return false
        case (false, false): return nil
        }
    }
}

extension Commands {
    static let areaList = Command(
        path: ["area", "list"],
        abstract: Localized("vis strategiområdene med overordnet mål og bærekraftsmål", en: "list the strategy areas with overarching goal and SDGs"),
        examples: [Example("aktsom area list")]
    ) { invocation in
        let listing = AreaListing(plan: try invocation.load(journal: .skip).plan)
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let areaAdd = Command(
        path: ["area", "add"],
        abstract: Localized("legg til et strategiområde", en: "add a strategy area"),
        discussion: Localized(
            "Uten --id får området id etter første ord i navnet (Klima og miljø → klima). Målene i området får\nid-er etter den (klima-1), så velg en kort id.",
            en: "Without --id the area's id is the first word of its name (Klima og miljø → klima). The area's goals\nget ids from it (klima-1), so choose a short one."),
        options: [
            .value("--name", "TEXT", Localized("områdets navn, slik strategien skriver det", en: "the area's name, as the strategy writes it"), required: true),
            .value("--id", "ID", Localized("kort id, for eksempel klima; ellers lages den av navnet", en: "a short id, for example klima; else made from the name")),
        ] + areaFields,
        examples: [
            Example("aktsom area add --name \"Sirkulær økonomi\" --goal \"Kommunen skal kjøpe mindre og bruke lenger\" --sdgs 12 --sdg-note \"Mål 12 dekker ombruk og lang levetid.\""),
            Example("aktsom area add --name \"Sosialt ansvar\" --id sosialt --ethical --sdgs \"\" --sdg-note \"Området følger av åpenhetsloven, ikke av bærekraftsmålene.\"",
                    Localized("et område uten bærekraftsmål, med begrunnelse", en: "an area without SDGs, with a reason")),
        ]
    ) { invocation in
        var draft = AreaDraft(name: try invocation.required("--name"), id: invocation.text("--id"))
        draft.overarchingGoal = invocation.text("--goal")
        draft.sdgs = try invocation.sdgs() ?? []
        draft.sdgNote = invocation.text("--sdg-note")
        draft.isEthical = try invocation.ethical() ?? false
        let (area, plan) = try invocation.change { data, _ in (try data.addArea(draft), data.plan) }
        invocation.confirm(Localized("La til strategiområde \(area.id): \(quoted(area.name))", en: "Added strategy area \(area.id): \(quoted(area.name))"),
                           json: .object([("area", RecordJSON.area(area, plan: plan))]))
        return .success
    }

    static let areaEdit = Command(
        path: ["area", "edit"],
        abstract: Localized("endre et strategiområde: navn, overordnet mål, bærekraftsmål, etisk", en: "change a strategy area: name, overarching goal, SDGs, ethical"),
        discussion: Localized("Id-en endres aldri, så mål, risikoer og krav følger med. Tom verdi (\"\") fjerner et felt.",
                              en: "The id never changes, so goals, risks and requirements stay attached. An empty value (\"\") removes a field."),
        positionals: [PositionalSpec(name: "AREA", help: Localized("områdets id, for eksempel klima", en: "the area's id, for example klima"))],
        options: [.value("--name", "TEXT", Localized("nytt navn", en: "new name"))] + areaFields,
        examples: [
            Example("aktsom area edit dyrevelferd --sdgs 2,12,14,15 --sdg-note \"Mål 14 er tatt med for fisk og sjømat.\""),
            Example("aktsom area edit seriositet --name \"Seriøsitet og arbeidsliv\" --goal \"Kommunen skal bare bruke seriøse leverandører.\""),
        ]
    ) { invocation in
        let id = try invocation.required("AREA")
        var changes = AreaChanges()
        changes.name = invocation.text("--name")
        changes.overarchingGoal = invocation.textChange("--goal")
        changes.sdgs = try invocation.sdgs()
        changes.sdgNote = invocation.textChange("--sdg-note")
        changes.isEthical = try invocation.ethical()
        let (area, plan) = try invocation.change { data, _ in (try data.editArea(id, changes), data.plan) }
        invocation.confirm(Localized("Endret strategiområde \(area.id).", en: "Changed strategy area \(area.id)."),
                           json: .object([("area", RecordJSON.area(area, plan: plan))]))
        return .success
    }
}
