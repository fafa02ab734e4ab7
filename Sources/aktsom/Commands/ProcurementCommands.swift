import AktsomKit

/// The fields `procurement add` and `procurement edit` share, declared once.
private let procurementFields: [OptionSpec] = [
    .value("--year", "YYYY", Localized("året anskaffelsen ble gjort eller avtalen startet", en: "the year of the procurement or the agreement's start")),
    .value("--category", "TEXT", Localized("produkt- eller tjenestekategori; avgjør høyrisiko etter DFØs liste og planens egne kategorier",
                                           en: "product or service category; decides high risk by DFØ's list and the plan's own categories")),
    .value("--type", "TEXT", Localized("type avtale: rammeavtale, enkeltkontrakt …", en: "contract type: rammeavtale, enkeltkontrakt …")),
    .value("--suppliers", "N", Localized("antall leverandører på avtalen", en: "number of suppliers on the agreement")),
    .value("--value", "NOK", Localized("verdi i kroner ekskl. mva., for eksempel \"48 500 000\"; avgjør delen av forskriften",
                                       en: "value in NOK excl. VAT, for example \"48 500 000\"; decides the part of the regulation")),
    .value("--contract-kind", "KIND", Localized("vare-og-tjeneste eller bygge-og-anlegg: terskelverdiene er ulike; tom fjerner",
                                                en: "vare-og-tjeneste (goods and services) or bygge-og-anlegg (works): the thresholds differ; empty removes")),
    .value("--part", "I|II|III", Localized("delen av anskaffelsesforskriften, når verdi og art ikke avgjør den; tom: etter verdi og art",
                                            en: "the part of the regulation, when value and kind do not decide it; empty: by value and kind")),
    .value("--contract-start", "YYYY-MM-DD", Localized("dagen kontrakten starter; DFØs egenrapportering regnes fra den; tom fjerner",
                                                       en: "the day the contract starts; DFØ's self-report is counted from it; empty removes")),
    .value("--contract-end", "YYYY-MM-DD", Localized("dagen kontrakten slutter; tom fjerner", en: "the day the contract ends; empty removes")),
    .value("--announced-on", "YYYY-MM-DD", Localized("dagen den ble kunngjort eller sendt til leverandører; § 7-9 gjelder fra 01.01.2024 (uten den: 1. januar i --year)",
                                                     en: "the day it was announced or sent to suppliers; § 7-9 applies from 01.01.2024 (without it: 1 January of --year)")),
    .flag("--high-risk", Localized("merk som høyrisiko for hånd", en: "mark as high-risk by hand")),
    .flag("--no-high-risk", Localized("merk som ikke høyrisiko, selv om kategorien står på listen", en: "mark as not high-risk, even if the category is on the list")),
    .value("--requirements", "[AREA:]qualification,award,contract", Localized(
        "krav per fase; uten område gjelder det etiske/sosiale krav (etikk). AREA:ingen fjerner", en: "requirements per phase; without an area they are the ethical/social ones (etikk). AREA:none removes"),
        repeatable: true),
    .value("--measure", "MEASURE", Localized("koble til et tiltak som virker på anskaffelsen", en: "link a measure that acts on the procurement"), repeatable: true),
    .value("--climate-weight", "PCT", Localized("klima- og miljøvekt i tildelingen, i prosent (§ 7-9: minst 30); tom fjerner", en: "climate and environment weight in the award, in percent (§ 7-9: at least 30); empty removes")),
    .value("--climate-rank", "N", Localized("plassen klima og miljø har blant tildelingskriterier i prioritert rekkefølge, 1–10 (§ 7-9: blant de tre høyeste)",
                                            en: "the place climate and environment has among award criteria in order of priority, 1–10 (§ 7-9: among the top three)")),
    .value("--climate-reason", "TEXT", Localized("begrunnelse for vekten; kreves under 30 %", en: "the reason for the weight; needed under 30 %")),
    .value("--climate-in-specification", "TEXT", Localized("klimakrav i kravspesifikasjonen med begrunnelsen: alene i stedet for kriterier, eller i tillegg til --climate-weight/--climate-rank",
                                                           en: "climate requirements in the specification with the reason: alone instead of criteria, or beside --climate-weight/--climate-rank")),
    .value("--climate-exempt", "TEXT", Localized("unntak: uvesentlig klimaavtrykk og miljøbelastning etter sin art, med begrunnelsen",
                                                 en: "exemption: negligible climate footprint and environmental burden by its nature, with the reason")),
    .value("--climate-documented-in", "TEXT", Localized("hvor begrunnelsen står i anskaffelsesdokumentene (dokument og punkt); tom fjerner",
                                                        en: "where the reason stands in the procurement documents (document and section); empty removes")),
]

extension Invocation {
    /// The procurement fields given on the line.
    func procurementDraft() throws -> ProcurementDraft {
        var draft = ProcurementDraft()
        draft.id = text("--id")
        draft.title = text("--title")
        draft.year = try year("--year")
        draft.category = text("--category")
        draft.contractType = text("--type")
        draft.suppliers = try count("--suppliers", in: 0...1_000_000)
        draft.value = try money("--value")
        draft.highRisk = try reading { () throws(FieldProblem) in try FieldInput.highRisk(yes: flag("--high-risk"), no: flag("--no-high-risk")) }
        for text in arguments.values("--requirements") {
            draft.requirements.append(try reading { () throws(FieldProblem) in try FieldInput.requirements(text) })
        }
        draft.climate = try reading { () throws(FieldProblem) in
            try FieldInput.climate(weight: text("--climate-weight"), rank: text("--climate-rank"), reason: text("--climate-reason"),
                                   inSpecification: text("--climate-in-specification"), exempt: text("--climate-exempt"))
        }
        draft.climateDocumentedIn = FieldInput.textChange(text("--climate-documented-in"))
        draft.contractStart = try reading { () throws(FieldProblem) in try FieldInput.dayChange(text("--contract-start"), field: "--contract-start") }
        draft.contractEnd = try reading { () throws(FieldProblem) in try FieldInput.dayChange(text("--contract-end"), field: "--contract-end") }
        draft.announcedOn = try reading { () throws(FieldProblem) in try FieldInput.dayChange(text("--announced-on"), field: "--announced-on") }
        draft.contractKind = try reading { () throws(FieldProblem) in try FieldInput.wordChange(text("--contract-kind"), field: "--contract-kind", as: ContractKind.self) }
        draft.regulationPart = try reading { () throws(FieldProblem) in try FieldInput.wordChange(text("--part"), field: "--part", as: RegulationPart.self) }
        draft.measures = list("--measure")
        draft.removeMeasures = list("--remove-measure")
        return draft
    }
}

extension Commands {
    static let procurementAdd = Command(
        path: ["procurement", "add"],
        abstract: Localized("registrer en anskaffelse eller avtale", en: "register a procurement or agreement"),
        discussion: Localized(
            "En anskaffelse i en kategori på DFØs høyrisikoliste (arbeidstøy, bygg- og anleggsmaterialer, IKT-produkter,\nkontorrekvisita, leke- og idrettsutstyr, mat og drikke, medisinsk utstyr, møbler) eller i planens egne\nhøyrisikokategorier er høyrisiko med mindre den merkes --no-high-risk.\nFor anskaffelser kunngjort fra 1. januar 2024 og fra 100 000 kr ekskl. mva. (anskaffelsesforskriften § 7-9):\nklima og miljø vektet minst 30 % (--climate-weight) eller blant de tre høyest prioriterte (--climate-rank),\ngjerne med klimakrav i kravspesifikasjonen i tillegg; klimakrav i kravspesifikasjonen i stedet\n(--climate-in-specification); eller unntak (--climate-exempt). Se aktsom rules.",
            en: "A procurement in a category on DFØ's high-risk list (work clothes, building materials, ICT products,\noffice supplies, toys and sports equipment, food and drink, medical equipment, furniture) or in the plan's\nown high-risk categories is high-risk unless marked --no-high-risk.\nFor procurements announced from 1 January 2024 and from NOK 100 000 excl. VAT (regulation § 7-9): climate\nand environment weighted at least 30 % (--climate-weight) or among the top three ranked (--climate-rank),\nwith climate requirements in the specification too if wanted; requirements in the specification instead\n(--climate-in-specification); or an exemption (--climate-exempt). See aktsom rules."),
        options: [
            .value("--title", "TEXT", Localized("hva som anskaffes", en: "what is procured"), required: true),
            .value("--id", "ID", Localized("saksnummer eller egen id, for eksempel 2019/0412", en: "case number or an id of your own, for example 2019/0412")),
        ] + procurementFields,
        examples: [
            Example("aktsom procurement add --id 2019/0412 --title \"Arbeidsklær og verneutstyr\" --year 2024 --category Arbeidsklær --type rammeavtale --suppliers 2 --value \"48 500 000\" --requirements qualification,contract --requirements klima:award"),
            Example("aktsom procurement add --title \"Kaffe og te\" --category \"Mat og drikke\" --measure etikk-1.2"),
            Example("aktsom procurement add --id 2026/0112 --title Kantinedrift --year 2026 --climate-weight 20 --climate-reason \"Få leverandører kan dokumentere utslipp\""),
            Example("aktsom procurement add --id 2026/0150 --title Skolemøbler --category Møbler --value \"2 800 000\" --contract-kind vare-og-tjeneste --announced-on 2026-02-01 --contract-start 2026-05-01 --climate-rank 2"),
        ]
    ) { invocation in
        let draft = try invocation.procurementDraft()
        let (procurement, plan) = try invocation.change(makingIDs: draft.id == nil) { data, _ in
            (try data.addProcurement(draft), data.plan)
        }
        let risk = HighRiskClassifier(plan: plan).assess(procurement)
        let why = risk.why ?? Localized(verbatim: "")
        let shown = risk.isHighRisk ? Localized(" (høyrisiko, \(why.nb))", en: " (high-risk, \(why.en))") : Localized(verbatim: "")
        invocation.confirm(Localized("La til anskaffelse \(procurement.id): \(quoted(procurement.title))\(shown.nb)",
                                     en: "Added procurement \(procurement.id): \(quoted(procurement.title))\(shown.en)"),
                           json: .object([("procurement", RecordJSON.procurement(procurement, plan: plan, measures: draft.measures))]))
        return .success
    }

    static let procurementEdit = Command(
        path: ["procurement", "edit"],
        abstract: Localized("endre en anskaffelse: felt, krav, høyrisiko, koblinger", en: "change a procurement: fields, requirements, high risk, links"),
        discussion: Localized("--requirements erstatter kravene for området som nevnes; andre områder beholdes.",
                              en: "--requirements replaces the requirements of the area named; other areas are kept."),
        positionals: [PositionalSpec(name: "PROC", help: Localized("anskaffelsens id", en: "the procurement's id"))],
        options: [.value("--title", "TEXT", Localized("ny tittel", en: "new title"))] + procurementFields + [
            .value("--remove-measure", "MEASURE", Localized("fjern koblingen til et tiltak", en: "unlink a measure"), repeatable: true),
        ],
        examples: [
            Example("aktsom procurement edit 2025/0133 --requirements qualification,contract"),
            Example("aktsom procurement edit 2024/0117 --no-high-risk --measure etikk-1.3"),
            Example("aktsom procurement edit 2025/0290 --climate-exempt \"Advokattjenester har ubetydelig klimabelastning\" --climate-documented-in \"Konkurransegrunnlaget, punkt 1.4\""),
            Example("aktsom procurement edit 2025/0133 --contract-start 2025-03-01 --contract-end 2029-02-28"),
        ]
    ) { invocation in
        let id = try invocation.required("PROC")
        let draft = try invocation.procurementDraft()
        let (procurement, plan) = try invocation.change { data, _ in
            (try data.editProcurement(id, draft), data.plan)
        }
        invocation.confirm(Localized("Endret anskaffelse \(procurement.id).", en: "Changed procurement \(procurement.id)."),
                           json: .object([("procurement", RecordJSON.procurement(procurement, plan: plan, measures: nil))]))
        return .success
    }

    static let procurementList = Command(
        path: ["procurement", "list"],
        abstract: Localized("vis anskaffelsesregisteret, med årets indikatorer", en: "list the procurement register, with the year's indicators"),
        options: [
            .value("--year", "YYYY", Localized("bare anskaffelser fra dette året, og vis årets indikatorer", en: "only procurements from this year, and show the year's indicators")),
            .value("--category", "TEXT", Localized("bare kategorier som inneholder teksten", en: "only categories containing the text")),
            .flag("--high-risk", Localized("bare høyrisikoanskaffelser", en: "only high-risk procurements")),
            .flag("--missing-requirements", Localized("bare anskaffelser uten etiske/sosiale krav", en: "only procurements without ethical/social requirements")),
        ],
        examples: [
            Example("aktsom procurement list --year 2025"),
            Example("aktsom procurement list --high-risk --missing-requirements", Localized("høyrisiko uten etiske krav", en: "high-risk without ethical requirements")),
        ]
    ) { invocation in
        var filter = ProcurementFilter()
        filter.year = try invocation.year("--year")
        // Only the year's indicators (measures due and done) need the journal.
        let data = try invocation.load(journal: filter.year == nil ? .skip : .read)
        filter.category = invocation.text("--category")
        filter.highRiskOnly = invocation.flag("--high-risk")
        filter.missingRequirementsOnly = invocation.flag("--missing-requirements")
        let listing = ProcurementListing(data: data, filter: filter)
        invocation.show(text: listing.text(invocation.language), json: listing.json())
        return .success
    }

    static let procurementShow = Command(
        path: ["procurement", "show"],
        abstract: Localized("vis alt om en anskaffelse: krav, oppfølging, avvik, tiltak", en: "show everything about a procurement: requirements, follow-up, deviations, measures"),
        positionals: [PositionalSpec(name: "PROC", help: Localized("anskaffelsens id", en: "the procurement's id"))],
        examples: [Example("aktsom procurement show 2019/0412")]
    ) { invocation in
        let detail = try ProcurementDetail(data: try invocation.load(journal: .skip), procurement: try invocation.required("PROC"))
        invocation.show(text: detail.text(invocation.language), json: detail.json())
        return .success
    }

    static let procurementImport = Command(
        path: ["procurement", "import"],
        abstract: Localized("importer anskaffelser fra en Excel-arbeidsbok (.xlsx) eller CSV-fil fra et KGV-system", en: "import procurements from an Excel workbook (.xlsx) or a CSV file from an e-procurement system"),
        discussion: Localized(
            "Kolonner (bokmål eller engelsk, store eller små bokstaver): ID/Saksnummer, Tittel, År, Kategori,\nType avtale, Antall leverandører, Verdi, Høyrisiko, Kvalifikasjonskrav, Tildelingskriterier,\nKontraktsvilkår, Tiltak, Kontraktsstart, Kontraktsslutt, Kunngjort, Kontraktsart, Del av forskriften,\nKlima- og miljøvekt (%), Rangering klima og miljø, Begrunnelse klimavekt, Klimakrav i kravspesifikasjon,\nUnntak klima og miljø, Begrunnelse dokumentert i. Rader med en id som finnes, oppdaterer den. Én feil rad stopper hele\nimporten; alle feil listes med linje og kolonne.",
            en: "Columns (bokmål or English, any case): ID/Saksnummer, Title, Year, Category, Contract type,\nSuppliers, Value, High risk, Kvalifikasjonskrav, Tildelingskriterier, Kontraktsvilkår, Measures,\nContract start, Contract end, Announced, Contract kind, Regulation part, Climate weight, Climate rank,\nClimate weight reason, Climate in specification, Climate exemption, Reason documented in.\nRows whose id exists update it. One bad row stops the whole import; every problem is listed\nwith line and column."),
        positionals: [PositionalSpec(name: "FILE.csv", help: Localized("filen: en arbeidsbok (.xlsx), eller CSV i UTF-8 eller Windows-1252, skilt med ; , eller tabulator",
                                                                       en: "the file: a workbook (.xlsx), or CSV in UTF-8 or Windows-1252, separated by ; , or tab"))],
        options: [
            .flag("--dry-run", Localized("vis hva som ville blitt lagt til og endret, uten å lagre", en: "show what would be added and changed, without saving")),
            .value("--sheet", "NAME", Localized("arket i arbeidsboken som leses (standard det første)", en: "the workbook's sheet to read (default the first)")),
        ],
        examples: [
            Example("aktsom procurement import anskaffelser-2025.csv --dry-run"),
            Example("aktsom procurement import \"Anskaffelser 2025.xlsx\" --sheet Avtaler"),
        ]
    ) { invocation in
        let path = try invocation.required("FILE.csv", invocation.path)
        let bytes = try invocation.readInputFile(path)
        let sheet = invocation.text("--sheet")
        if invocation.flag("--dry-run") {
            let data = try invocation.load(journal: .skip)
            let result = try ProcurementImport(bytes: bytes, file: path, data: data, sheet: sheet)
            invocation.show(text: result.summary(invocation.language, dryRun: true), json: result.json(dryRun: true))
            return .success
        }
        let result = try invocation.change { data, _ in
            let result = try ProcurementImport(bytes: bytes, file: path, data: data, sheet: sheet)
            try result.apply(to: &data)
            return result
        }
        invocation.show(text: result.summary(invocation.language, dryRun: false), json: result.json(dryRun: false))
        return .success
    }
}
