import AktsomKit

extension CommandCatalog where Context == Invocation {
    /// Every command of the product, in the order `aktsom --help` lists them.
    static var standard: CommandCatalog<Invocation> { Commands.catalog }
}

/// The commands, declared one group per file as static members.
enum Commands {
    static let catalog = CommandCatalog<Invocation>(
        program: "aktsom",
        summary: Localized("handlingsplan og rapportering for bærekraftige anskaffelser", en: "action plan and reporting for sustainable procurement"),
        groups: [
            CommandGroup(name: "goal", abstract: Localized("mål: legg til, endre, vis, rapporter status", en: "goals: add, change, list, report status")),
            CommandGroup(name: "measure", abstract: Localized("tiltak: legg til, endre, vis", en: "measures: add, change, list, show")),
            CommandGroup(name: "risk", abstract: Localized("prioriterte risikoer: legg til, endre, vis, rapporter", en: "prioritized risks: add, change, list, report")),
            CommandGroup(name: "procurement", abstract: Localized("anskaffelsesregisteret: legg til, endre, importer, vis", en: "the procurement register: add, change, import, list")),
            CommandGroup(name: "followup", abstract: Localized("kontraktsoppfølging", en: "contract follow-up")),
            CommandGroup(name: "deviation", abstract: Localized("avvik i leverandørkjeden", en: "deviations in the supply chain")),
            CommandGroup(name: "sheet", abstract: Localized("statusark for team som bruker Excel", en: "status sheets for teams that use Excel")),
            CommandGroup(name: "year", abstract: Localized("rapporteringsår: nøkkeltall og fritekstsvar", en: "reporting years: key figures and free-text answers")),
            CommandGroup(name: "git", abstract: Localized("planen i git med flere kloner", en: "the plan in git with several clones")),
        ],
        commands: [
            initialize,
            goalAdd, goalEdit, goalList, goalReport,
            measureAdd, measureEdit, measureList, measureShow,
            update, history, status,
            sheetExport, sheetImport, calendar,
            riskAdd, riskEdit, riskList, riskReport,
            procurementAdd, procurementEdit, procurementImport, procurementList, procurementShow,
            followUpAdd, deviationAdd, deviationUpdate,
            yearSet, yearNote, yearStart, yearShow,
            check,
            export,
            trend, compare,
            serve,
            repair,
            gitSetup, gitMergeFile,
        ],
        globalOptions: GlobalOptions.all,
        examples: [
            "aktsom init Plans/fjordvik --org \"Fjordvik kommune\" --period 2025-2028",
            "aktsom status",
            "aktsom update klima-1.1 --status pågår --note \"Krav tatt inn i konkurransegrunnlaget\"",
            "aktsom export --year 2025",
        ])
}
