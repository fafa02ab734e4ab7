import AktsomKit

/// The fields `followup add` and `followup edit` share, declared once.
private let followUpFields: [OptionSpec] = [
    .value("--date", "YYYY-MM-DD", Localized("når oppfølgingen ble gjort; på en planlagt oppfølging: at den er gjort", en: "when the follow-up took place; on a planned one: that it is done")),
    .value("--sent", "YYYY-MM-DD", Localized("egenrapportering: dagen skjemaet ble sendt (det samme som --date)", en: "self-reporting: the day the form was sent (the same as --date)")),
    .value("--planned", "YYYY-MM-DD", Localized("planlagt til denne dagen, ikke gjort ennå", en: "planned for this day, not done yet")),
    .value("--due", "YYYY-MM-DD", Localized("egenrapportering: svarfristen dere har gitt leverandøren (uten den settes ingen frist)",
                                            en: "self-reporting: the answer deadline given to the supplier (without it, no deadline is set)")),
    .value("--answered", "YYYY-MM-DD", Localized("egenrapportering: dagen leverandøren svarte", en: "self-reporting: the day the supplier answered")),
    .value("--outcome", "ok|avvik", Localized("hva oppfølgingen fant: ok, eller avvik (brudd på kravene)", en: "what the follow-up found: ok, or avvik (a breach of the requirements)")),
    .value("--supplier", "NAME", Localized("leverandøren som ble fulgt opp (ellers regnes alle på avtalen)", en: "the supplier followed up (else all on the agreement count)")),
    .value("--note", "TEXT", Localized("hva som ble gjort og funnet", en: "what was done and found")),
    .value("--deviation", "TYPE", Localized("registrer avviket oppfølgingen fant, koblet til den (med --where, og gjerne --action)",
                                            en: "record the deviation the follow-up found, linked to it (with --where, and preferably --action)")),
    .value("--where", "TEXT", Localized("hvor i leverandørkjeden avviket er", en: "where in the supply chain the deviation is")),
    .value("--action", "TEXT", Localized("tiltak for å rette avviket", en: "action to correct the deviation")),
]

extension Commands {
    static let followUpAdd = Command(
        path: ["followup", "add"],
        abstract: Localized("registrer eller planlegg kontraktsoppfølging av en anskaffelse", en: "record or plan contract follow-up of a procurement"),
        discussion: Localized(
            "En egenrapportering (DFØs skjema) får --sent, svarfristen dere ga leverandøren med --due (uten den\nsettes ingen), og senere --answered og --outcome med «aktsom followup edit». DFØ: leverandøren skal\nlevere skjemaet ved kontraktsstart eller senest innen 6 måneder etter; aktsom check og aktsom rules\nviser fristen. Utfallet avvik ber om et avvik: gi det med\n--deviation TYPE --where TEKST, eller registrer det med «aktsom deviation add … --follow-up ID».",
            en: "A self-report (DFØ's form) gets --sent, the answer deadline you gave the supplier with --due (without\nit, none is set), and later --answered and --outcome with «aktsom followup edit». DFØ: the supplier\ndelivers the form at contract start or at the latest within 6 months after; aktsom check and aktsom\nrules show the deadline. The outcome avvik asks for a deviation: give it with\n--deviation TYPE --where TEXT, or record it with «aktsom deviation add … --follow-up ID»."),
        positionals: [PositionalSpec(name: "PROC", help: Localized("anskaffelsens id", en: "the procurement's id"))],
        options: [
            .value("--kind", "KIND", Localized("egenrapportering, statusmøte, dokumentgjennomgang, stikkprøve, dialog, revisjon eller sertifikatkontroll",
                                                en: "egenrapportering, statusmøte, dokumentgjennomgang, stikkprøve, dialog, revisjon or sertifikatkontroll"), required: true),
        ] + followUpFields,
        examples: [
            Example("aktsom followup add 2019/0412 --kind revisjon --date 2025-09-18 --supplier \"Nordtekstil AS\" --note \"Stedlig revisjon av fabrikk i Bangladesh\""),
            Example("aktsom followup add 2025/0158 --kind egenrapportering --sent 2026-04-08 --due 2026-05-20", Localized("svarfristen dere ga leverandøren", en: "the deadline you gave the supplier")),
            Example("aktsom followup add 2024/0107 --kind stikkprøve --planned 2026-09-30", Localized("planlagt, ikke gjort ennå", en: "planned, not done yet")),
        ]
    ) { invocation in
        let procurement = try invocation.required("PROC")
        let draft = try invocation.followUpDraft()
        let (followUp, deviation) = try invocation.change(makingIDs: true) { data, _ in try data.addFollowUp(to: procurement, draft, today: invocation.today) }
        let what = FollowUpText.recorded(followUp, procurement: procurement)
        invocation.confirm(what + FollowUpText.deadlineHint(followUp) + FollowUpText.deviationHint(followUp, procurement: procurement, found: deviation),
                           json: FollowUpText.json(followUp, procurement: procurement, deviation: deviation))
        return .success
    }

    static let followUpEdit = Command(
        path: ["followup", "edit"],
        abstract: Localized("endre kontraktsoppfølging: svar på egenrapportering, utfall, gjort, rettelser", en: "change contract follow-up: a self-report's answer, outcome, done, corrections"),
        discussion: Localized(
            "Felt som ikke oppgis, står som før; en tom verdi fjerner et valgfritt felt (--note \"\", --due \"\").\nEn planlagt oppfølging er gjort når den får --date (eller --sent for egenrapportering).",
            en: "Fields not given stay as they were; an empty value removes an optional field (--note \"\", --due \"\").\nA planned follow-up is done once it gets --date (or --sent for self-reporting)."),
        positionals: [PositionalSpec(name: "FOLLOWUP", help: Localized("oppfølgingens id, for eksempel oppfolging-3", en: "the follow-up's id, for example oppfolging-3"))],
        options: [.value("--kind", "KIND", Localized("ny type oppfølging", en: "new kind of follow-up"))] + followUpFields,
        examples: [
            Example("aktsom followup edit oppfolging-7 --answered 2026-05-02 --outcome ok"),
            Example("aktsom followup edit oppfolging-7 --answered 2026-05-02 --deviation Arbeidstid --where \"Underleverandør i Vietnam\" --action \"Handlingsplan innen 1. juli\""),
            Example("aktsom followup edit oppfolging-9 --date 2026-10-14 --note \"Stikkprøve av lønnsslipper\"", Localized("den planlagte er gjort", en: "the planned one is done")),
        ]
    ) { invocation in
        let id = try invocation.required("FOLLOWUP")
        let draft = try invocation.followUpDraft()
        let (followUp, deviation, procurement) = try invocation.change(makingIDs: draft.deviation != nil) { data, _ in
            let (followUp, deviation) = try data.editFollowUp(id, draft, today: invocation.today)
            return (followUp, deviation, data.register.followUps.first { $0.followUp.id == id }?.procurement.id ?? "")
        }
        let changed = Localized("Endret \(followUp.id) i \(procurement): ", en: "Changed \(followUp.id) in \(procurement): ") + FollowUpText.state(followUp)
        invocation.confirm(changed + FollowUpText.deadlineHint(followUp) + FollowUpText.deviationHint(followUp, procurement: procurement, found: deviation),
                           json: FollowUpText.json(followUp, procurement: procurement, deviation: deviation))
        return .success
    }

    static let followUpRemove = removeCommand(
        "followup", positional: "FOLLOWUP", idHelp: Localized("oppfølgingens id, for eksempel oppfolging-3", en: "the follow-up's id, for example oppfolging-3"),
        abstract: Localized("fjern kontraktsoppfølging som ble registrert ved en feil", en: "remove contract follow-up recorded by mistake"),
        discussion: Localized("Avvik som oppfølgingen fant, avviser fjerningen med mindre --cascade er gitt; da mister avvikene\nkoblingen til oppfølgingen og blir stående.",
                              en: "Deviations the follow-up found refuse the removal unless --cascade is given; then the deviations\nlose their link to it and stay."),
        examples: [Example("aktsom followup remove oppfolging-3 --dry-run"), Example("aktsom followup remove oppfolging-3")],
        target: RemovalTarget.followUp)
}

extension Invocation {
    /// The follow-up fields given on the line, read by the rule the forms share.
    func followUpDraft() throws -> FollowUpDraft {
        try reading { () throws(FieldProblem) in try FieldInput.followUpDraft { text($0) } }
    }
}

extension Commands {
    static let followUpPlan = Command(
        path: ["followup", "plan"],
        abstract: Localized("hvilke avtaler som bør følges opp i året, og hvordan: en risikobasert plan", en: "which agreements to follow up in the year, and how: a risk-based plan"),
        discussion: Localized(
            "Rangerer de aktive avtalene (avtaleår i året eller de tre før) etter risiko (høyrisikokategori, avvik,\netiske kontraktsvilkår), verdi og tid siden sist oppfølging, og foreslår en metode fra DFØs trapp: merker\nog sertifikater, statusmøte, egenrapportering med dokumentgjennomgang, stikkprøve, stedlig revisjon.\nRegelen står i README. --accept legger de foreslåtte inn som planlagt oppfølging, som kalenderen og\n«aktsom check» følger; avtaler som alt har planlagt oppfølging i året, får ingen ny.",
            en: "Ranks the active agreements (agreement year in the year or the three before) by risk (high-risk category,\ndeviations, ethical contract terms), value and time since the last follow-up, and proposes a method from\nDFØ's ladder: labels and certificates, status meeting, self-report with document review, sample check,\non-site audit. The rule is in the README. --accept records the proposed ones as planned follow-up, which\nthe calendar and «aktsom check» track; agreements with follow-up already planned in the year get none more."),
        options: [
            CommonOptions.year(required: true),
            .value("--capacity", "N", Localized("hvor mange avtaler dere rekker å følge opp i året (standard: årsmålet for avtaler-fulgt-opp)",
                                                en: "how many agreements you can follow up in the year (default: the annual goal for avtaler-fulgt-opp)")),
            .flag("--accept", Localized("legg forslaget inn som planlagt oppfølging", en: "record the proposal as planned follow-up")),
            .value("--out", "FILE.csv", Localized("skriv planen til en CSV-fil for Excel", en: "write the plan to a CSV file for Excel")),
        ],
        examples: [
            Example("aktsom followup plan --year 2026 --capacity 5"),
            Example("aktsom followup plan --year 2026 --capacity 5 --accept", Localized("de fem øverste blir planlagt oppfølging", en: "the top five become planned follow-up")),
            Example("aktsom followup plan --year 2026 --out oppfolgingsplan-2026.csv"),
        ]
    ) { invocation in
        let year = try invocation.required("--year", invocation.year)
        let capacity = try invocation.count("--capacity", in: 0...100_000)
        let out = try invocation.path("--out")
        if let out, !out.lowercased().hasSuffix(".csv") {
            throw invocation.usageError(Localized("--out: ukjent filtype \(quoted(out))", en: "--out: unknown file type \(quoted(out))"),
                                        notes: [Localized("planen skrives som .csv for Excel; --json gir JSON", en: "the plan is written as .csv for Excel; --json gives JSON")])
        }
        let view: FollowUpPlanView
        if invocation.flag("--accept") {
            view = try invocation.change(makingIDs: true) { data, _ in
                let (plan, accepted) = try data.acceptFollowUpPlan(year: year, capacity: capacity, today: invocation.today)
                // The plan as it stands once recorded: the accepted ones show as planned.
                return FollowUpPlanView(plan: FollowUpPlan(data: data, year: year, capacity: plan.capacitySource == .given ? capacity : nil, today: invocation.today),
                                        organisation: data.plan.organisation, accepted: accepted)
            }
        } else {
            let data = try invocation.load(journal: .skip)
            view = FollowUpPlanView(plan: FollowUpPlan(data: data, year: year, capacity: capacity, today: invocation.today), organisation: data.plan.organisation)
        }
        guard let out else {
            invocation.show(text: view.text(invocation.language), json: view.json())
            return .success
        }
        do throws(FileSystemError) {
            try invocation.surroundings.fileSystem.writeAtomically(Array(view.csv().utf8), to: out)
        } catch {
            throw error.diagnostic
        }
        let written = Localized("Skrev oppfølgingsplanen for \(year) (\(view.plan.candidates.count) avtaler) til \(out).",
                                en: "Wrote the follow-up plan for \(year) (\(view.plan.candidates.count) agreements) to \(out).")
        invocation.confirm(view.accepted.isEmpty ? written : Localized("Planla \(view.accepted.count) oppfølginger. ", en: "Planned \(view.accepted.count) follow-ups. ") + written,
                           json: .object([("file", .string(out)), ("year", .int(year)), ("agreements", .int(view.plan.candidates.count)),
                                          ("accepted", .array(view.accepted.map { FollowUpText.json($0.followUp, procurement: $0.procurement, deviation: nil) }))]))
        return .success
    }
}
