import AktsomKit

extension Commands {
    static let deviationAdd = Command(
        path: ["deviation", "add"],
        abstract: Localized("registrer et avvik fra de etiske og sosiale kravene", en: "record a deviation from the ethical and social requirements"),
        positionals: [PositionalSpec(name: "PROC", help: Localized("anskaffelsens id", en: "the procurement's id"))],
        options: [
            .value("--type", "TEXT", Localized("type avvik: barnearbeid, HMS, lønn, arbeidstid …", en: "kind of deviation: child labour, safety, wages, working hours …"), required: true),
            .value("--where", "TEXT", Localized("hvor i leverandørkjeden", en: "where in the supply chain"), required: true),
            .value("--action", "TEXT", Localized("tiltak iverksatt for å rette avviket; kan føyes til senere med deviation update",
                                                 en: "action taken to correct it; can be added later with deviation update")),
            Commands.deviationStatusOption,
            Commands.deviationStateOption,
            .value("--date", "YYYY-MM-DD", Localized("når avviket ble funnet (standard i dag)", en: "when it was found (default today)")),
            Commands.deviationFollowUpOption,
        ],
        examples: [
            Example("aktsom deviation add 2019/0412 --type Arbeidstid --where \"Underleverandør i Bangladesh\" --action \"Korrigerende handlingsplan med frist 1. mars\" --status \"under arbeid\" --date 2025-09-18"),
            Example("aktsom deviation add 2019/0412 --type Lønn --where Leverandør --status \"Pågående. Handlingsplan levert av leverandør\"",
                    Localized("statusen med rapportens egne ord", en: "the status in the report's own words")),
        ]
    ) { invocation in
        let procurement = try invocation.required("PROC")
        let (status, state) = try invocation.deviationStatus()
        let date = try invocation.day("--date") ?? invocation.today
        let deviation = try invocation.change(makingIDs: true) { data, _ in
            try data.addDeviation(to: procurement, type: try invocation.required("--type"), location: try invocation.required("--where"),
                                  action: invocation.text("--action"), status: status, state: state, date: date, today: invocation.today,
                                  followUp: invocation.text("--follow-up")?.nonBlank)
        }
        invocation.confirm(Localized("Registrerte avvik \(deviation.id) i \(procurement) (\(deviation.state.rawValue)).",
                                     en: "Recorded deviation \(deviation.id) in \(procurement) (\(deviation.state.label(.en)))."),
                           json: .object([("procurement", .string(procurement)), ("deviation", RecordJSON.deviation(deviation))]))
        return .success
    }

    static let deviationUpdate = Command(
        path: ["deviation", "update"],
        abstract: Localized("endre status (og tiltak) for et avvik", en: "change the status (and action) of a deviation"),
        positionals: [PositionalSpec(name: "DEVIATION", help: Localized("avvikets id, for eksempel avvik-3", en: "the deviation's id, for example avvik-3"))],
        options: [
            Commands.deviationStatusOption,
            Commands.deviationStateOption,
            .value("--action", "TEXT", Localized("nytt eller utfyllende tiltak", en: "new or fuller action")),
            .value("--date", "YYYY-MM-DD", Localized("dagen endringen gjelder fra (standard i dag)", en: "the day the change applies from (default today)")),
        ],
        examples: [
            Example("aktsom deviation update avvik-3 --status lukket --date 2025-12-02"),
            Example("aktsom deviation update avvik-3 --status \"Avsluttet etter ny revisjon i november\""),
            Example("aktsom deviation update avvik-3 --status \"Leverandøren har levert handlingsplan\" --state \"under arbeid\""),
        ]
    ) { invocation in
        let id = try invocation.required("DEVIATION")
        let (status, state) = try invocation.deviationStatus()
        let date = try invocation.day("--date") ?? invocation.today
        let deviation = try invocation.change { data, _ in
            try data.updateDeviation(id, status: status, state: state, action: invocation.text("--action"), date: date, today: invocation.today)
        }
        invocation.confirm(Localized("Avvik \(deviation.id) er nå \(deviation.state.rawValue): \(deviation.status)", en: "Deviation \(deviation.id) is now \(deviation.state.label(.en)): \(deviation.status)"),
                           json: .object([("deviation", RecordJSON.deviation(deviation))]))
        return .success
    }
}

extension Commands {
    static let deviationEdit = Command(
        path: ["deviation", "edit"],
        abstract: Localized("rett et avvik: type, hvor, tiltak, dato funnet", en: "correct a deviation: type, where, action, date found"),
        discussion: Localized("Status og tilstand endres med «aktsom deviation update». Tom --action fjerner tiltaket på et åpent avvik.",
                              en: "Status and state change with «aktsom deviation update». An empty --action removes an open deviation's action."),
        positionals: [PositionalSpec(name: "DEVIATION", help: Localized("avvikets id, for eksempel avvik-3", en: "the deviation's id, for example avvik-3"))],
        options: [
            .value("--type", "TEXT", Localized("type avvik", en: "kind of deviation")),
            .value("--where", "TEXT", Localized("hvor i leverandørkjeden", en: "where in the supply chain")),
            .value("--action", "TEXT", Localized("tiltak iverksatt for å rette avviket", en: "action taken to correct it")),
            .value("--date", "YYYY-MM-DD", Localized("når avviket ble funnet", en: "when it was found")),
            Commands.deviationFollowUpOption,
        ],
        examples: [Example("aktsom deviation edit avvik-3 --type Overtid --where \"Underleverandør i Vietnam\" --date 2025-09-12")]
    ) { invocation in
        let id = try invocation.required("DEVIATION")
        var changes = DeviationChanges()
        changes.type = invocation.text("--type")
        changes.location = invocation.text("--where")
        changes.action = invocation.text("--action")
        changes.date = try invocation.day("--date")
        changes.followUp = invocation.text("--follow-up").map { $0.isBlank ? .cleared : .set($0) } ?? .unchanged
        let deviation = try invocation.change { data, _ in try data.editDeviation(id, changes, today: invocation.today) }
        invocation.confirm(Localized("Endret avvik \(deviation.id).", en: "Changed deviation \(deviation.id)."),
                           json: .object([("deviation", RecordJSON.deviation(deviation))]))
        return .success
    }
}

extension Commands {
    static let deviationStatusOption = OptionSpec.value(
        "--status", "TEXT", Localized("statusen med rapportens egne ord, for eksempel «under arbeid» eller «Pågående. Handlingsplan levert»",
                                      en: "the status in the report's own words, for example «under arbeid» or «Pågående. Handlingsplan levert»"))
    static let deviationFollowUpOption = OptionSpec.value(
        "--follow-up", "FOLLOWUP", Localized("oppfølgingen som fant avviket, for eksempel en egenrapportering (oppfolging-3)",
                                             en: "the follow-up that found the deviation, for example a self-report (oppfolging-3)"))
    static let deviationStateOption = OptionSpec.value(
        "--state", "STATE", Localized("åpen, under arbeid eller lukket, når statusen ikke sier det selv", en: "åpen, under arbeid or lukket, when the status does not say"))
}

extension Invocation {
    /// `--status` as written and `--state` read; at least one of them must be given.
    func deviationStatus() throws -> (status: String?, state: DeviationState?) {
        try reading { () throws(FieldProblem) in try FieldInput.deviationStatus(text("--status"), state: text("--state")) }
    }
}
