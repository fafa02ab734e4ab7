import AktsomKit

/// The `remove` commands of every kind of record, made by one declaration so they take the same
/// options, say the same things and refuse the same way.
extension Commands {
    static let cascade = OptionSpec.flag("--cascade", Localized(
        "fjern også det som viser til den (se hva med --dry-run)", en: "also remove what refers to it (see what with --dry-run)"))
    static let removeDryRun = OptionSpec.flag("--dry-run", Localized(
        "vis hva som ville blitt fjernet, uten å endre noe", en: "show what would be removed, changing nothing"))

    /// A `remove` command for one kind of record.
    static func removeCommand(
        _ group: String, positional: String, idHelp: Localized, abstract: Localized, discussion: Localized,
        examples: [Example], target: @escaping @Sendable (String) -> RemovalTarget
    ) -> Command {
        Command(path: group.split(separator: " ").map(String.init) + ["remove"], abstract: abstract, discussion: discussion,
                positionals: [PositionalSpec(name: positional, help: idHelp)], options: [cascade, removeDryRun], examples: examples
        ) { invocation in
            try invocation.remove(target(try invocation.required(positional)))
        }
    }

    static let goalRemove = removeCommand(
        "goal", positional: "GOAL", idHelp: Localized("målets id", en: "the goal's id"),
        abstract: Localized("fjern et mål", en: "remove a goal"),
        discussion: Localized(
            "Et mål med tiltak eller statustekster avvises med listen over dem, med mindre --cascade er gitt.\nTiltakenes historikk blir stående i journalen. Et mål som var reelt men er avsluttet, gis heller\n--end med «aktsom goal edit», så tidligere års rapporter er som før.",
            en: "A goal with measures or status texts is refused, listing them, unless --cascade is given. The\nmeasures' history stays in the journal. A goal that was real but has ended should rather get --end\nwith «aktsom goal edit», so earlier years' reports stay as they were."),
        examples: [Example("aktsom goal remove klima-3 --dry-run"), Example("aktsom goal remove klima-3 --cascade")],
        target: RemovalTarget.goal)

    static let measureRemove = removeCommand(
        "measure", positional: "MEASURE", idHelp: Localized("tiltakets id", en: "the measure's id"),
        abstract: Localized("fjern et tiltak", en: "remove a measure"),
        discussion: Localized(
            "Tiltaket forsvinner fra visninger, kontroller og rapporter. Statushistorikken blir stående i\njournalen og vises fortsatt med «aktsom history», og id-en brukes aldri igjen. Et tiltak som ble\ngjennomført eller stoppet, gis heller status eller --end, så tidligere års rapporter er som før.",
            en: "The measure drops out of views, checks and reports. Its status history stays in the journal and is\nstill shown by «aktsom history», and its id is never used again. A measure that was done or stopped\nshould rather get a status or --end, so earlier years' reports stay as they were."),
        examples: [Example("aktsom measure remove klima-1.4"), Example("aktsom measure remove klima-1.4 --dry-run --json")],
        target: RemovalTarget.measure)

    static let riskRemove = removeCommand(
        "risk", positional: "RISK", idHelp: Localized("risikoens id", en: "the risk's id"),
        abstract: Localized("fjern en prioritert risiko", en: "remove a prioritized risk"),
        discussion: Localized("Tiltak som kobler til risikoen, og risikorapporter for år, avviser fjerningen med mindre --cascade\ner gitt; da fjernes koblingene og rapportene, og tiltakene blir stående.",
                              en: "Measures linking the risk, and risk reports for years, refuse the removal unless --cascade is\ngiven; then the links and reports go, and the measures stay."),
        examples: [Example("aktsom risk remove risiko-4 --dry-run")],
        target: RemovalTarget.risk)

    static let procurementRemove = removeCommand(
        "procurement", positional: "PROC", idHelp: Localized("anskaffelsens id", en: "the procurement's id"),
        abstract: Localized("fjern en anskaffelse fra registeret", en: "remove a procurement from the register"),
        discussion: Localized("Koblinger fra tiltak, kontraktsoppfølging og avvik avviser fjerningen med mindre --cascade er gitt;\nda fjernes de sammen med anskaffelsen, og tiltakene blir stående.",
                              en: "Links from measures, follow-ups and deviations refuse the removal unless --cascade is given; then\nthey go with the procurement, and the measures stay."),
        examples: [Example("aktsom procurement remove 2025/0193 --dry-run"), Example("aktsom procurement remove 2025/0193 --cascade")],
        target: RemovalTarget.procurement)

    static let deviationRemove = removeCommand(
        "deviation", positional: "DEVIATION", idHelp: Localized("avvikets id, for eksempel avvik-3", en: "the deviation's id, for example avvik-3"),
        abstract: Localized("fjern et avvik som ble registrert ved en feil", en: "remove a deviation recorded by mistake"),
        discussion: Localized("Et avvik som er rettet, lukkes heller med «aktsom deviation update ID --status lukket».",
                              en: "A deviation that was put right is rather closed with «aktsom deviation update ID --status lukket»."),
        examples: [Example("aktsom deviation remove avvik-3")],
        target: RemovalTarget.deviation)

    static let areaRemove = removeCommand(
        "area", positional: "AREA", idHelp: Localized("områdets id", en: "the area's id"),
        abstract: Localized("fjern et strategiområde", en: "remove a strategy area"),
        discussion: Localized("Et område med mål, eller som risikoer, styrende dokumenter eller krav i anskaffelser viser til,\navvises med listen over dem, med mindre --cascade er gitt.",
                              en: "An area with goals, or that risks, governing documents or procurement requirements name, is\nrefused, listing them, unless --cascade is given."),
        examples: [Example("aktsom area remove dyrevelferd --dry-run")],
        target: RemovalTarget.area)

    static let referenceRemove = removeCommand(
        "plan reference", positional: "REFERENCE", idHelp: Localized("dokumentets id, for eksempel dok-3", en: "the document's id, for example dok-3"),
        abstract: Localized("fjern et styrende dokument", en: "remove a governing document"),
        discussion: Localized("Ingenting annet viser til et styrende dokument, så det fjernes alene.", en: "Nothing else refers to a governing document, so it goes alone."),
        examples: [Example("aktsom plan reference remove dok-3")],
        target: RemovalTarget.reference)
}

extension Invocation {
    /// Removes a record, or with `--dry-run` says what would go; `--cascade` takes what refers to
    /// it along. The journal is read to count the status updates that stay.
    func remove(_ target: RemovalTarget) throws -> ExitCode {
        let cascade = flag("--cascade"), dryRun = flag("--dry-run")
        let removal: Removal
        if dryRun {
            var data = try load()
            removal = try data.remove(target, cascade: cascade, today: today)
        } else {
            removal = try change(journal: .read) { data, _ in try data.remove(target, cascade: cascade, today: today) }
        }
        let view = RemovalView(removal, dryRun: dryRun)
        show(text: view.text(language), json: view.json())
        return .success
    }
}
