import AktsomKit

/// The fields `plan reference add` and `plan reference edit` share, declared once.
private let referenceFields: [OptionSpec] = [
    .value("--issuer", "TEXT", Localized("hvem som har utgitt det, for eksempel Klima- og miljødepartementet", en: "who issued it, for example Klima- og miljødepartementet")),
    CommonOptions.year(required: false, Localized("året det ble vedtatt eller utgitt", en: "the year it was adopted or issued")),
    .value("--link", "URL", Localized("hvor det kan leses", en: "where to read it")),
    .value("--area", "AREA", Localized("strategiområdet det gjelder, når det gjelder ett område", en: "the strategy area it governs, when it governs one")),
]

extension Commands {
    static let referenceAdd = Command(
        path: ["plan", "reference", "add"],
        abstract: Localized("legg til et styrende dokument strategien bygger på", en: "add a governing document the strategy builds on"),
        discussion: Localized("Handlingsplanen lister dokumentene under «Styrende dokumenter», kommunale, nasjonale og\ninternasjonale hver for seg.",
                              en: "The action plan lists the documents under «Styrende dokumenter», municipal, national and\ninternational apart."),
        options: [
            .value("--title", "TEXT", Localized("dokumentets tittel", en: "the document's title"), required: true),
            .value("--scope", "kommunal|nasjonal|internasjonal", Localized("hvem dokumentet kommer fra", en: "whose document it is"), required: true),
            CommonOptions.id,
        ] + referenceFields,
        examples: [
            Example("aktsom plan reference add --title \"Klimaplan 2023–2030\" --issuer \"Fjordvik kommune\" --year 2023 --scope kommunal --area klima"),
            Example("aktsom plan reference add --title \"FNs veiledende prinsipper for næringsliv og menneskerettigheter\" --issuer FN --year 2011 --scope internasjonal"),
        ]
    ) { invocation in
        var draft = ReferenceDraft(title: try invocation.required("--title"),
                                   scope: try invocation.required("--scope") { try invocation.word($0, as: ReferenceScope.self) }, id: invocation.text("--id"))
        draft.issuer = invocation.text("--issuer")
        draft.year = try invocation.year("--year")
        draft.link = invocation.text("--link")
        draft.area = invocation.text("--area")
        let document = try invocation.change { data, _ in try data.addReference(draft) }
        invocation.confirm(Localized("La til styrende dokument \(document.id): \(quoted(document.title))",
                                     en: "Added governing document \(document.id): \(quoted(document.title))"),
                           json: .object([("reference", RecordJSON.reference(document))]))
        return .success
    }

    static let referenceList = Command(
        path: ["plan", "reference", "list"],
        abstract: Localized("vis de styrende dokumentene", en: "list the governing documents"),
        examples: [Example("aktsom plan reference list")]
    ) { invocation in
        let listing = ReferenceListing(plan: try invocation.load(journal: .skip).plan)
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let referenceEdit = Command(
        path: ["plan", "reference", "edit"],
        abstract: Localized("endre et styrende dokument", en: "change a governing document"),
        discussion: Localized("Tom verdi (\"\") fjerner et felt.", en: "An empty value (\"\") removes a field."),
        positionals: [PositionalSpec(name: "REFERENCE", help: Localized("dokumentets id, for eksempel dok-3", en: "the document's id, for example dok-3"))],
        options: [
            .value("--title", "TEXT", Localized("ny tittel", en: "new title")),
            .value("--scope", "kommunal|nasjonal|internasjonal", Localized("hvem dokumentet kommer fra", en: "whose document it is")),
        ] + referenceFields,
        examples: [Example("aktsom plan reference edit dok-3 --year 2024 --link https://www.regjeringen.no/")]
    ) { invocation in
        let id = try invocation.required("REFERENCE")
        var changes = ReferenceChanges()
        changes.title = invocation.text("--title")
        changes.scope = try invocation.word("--scope", as: ReferenceScope.self)
        changes.issuer = invocation.textChange("--issuer")
        changes.year = try invocation.yearChange("--year")
        changes.link = invocation.textChange("--link")
        changes.area = invocation.textChange("--area")
        let document = try invocation.change { data, _ in try data.editReference(id, changes) }
        invocation.confirm(Localized("Endret styrende dokument \(document.id).", en: "Changed governing document \(document.id)."),
                           json: .object([("reference", RecordJSON.reference(document))]))
        return .success
    }
}
