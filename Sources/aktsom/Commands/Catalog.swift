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
            CommandGroup(name: "plan", abstract: Localized("strategien selv: overordnet mål, eiere, rapportmal, styrende dokumenter",
                                                           en: "the strategy itself: overall goal, owners, report template, governing documents")),
            CommandGroup(name: "plan reference", abstract: Localized("styrende dokumenter strategien bygger på", en: "governing documents the strategy builds on")),
            CommandGroup(name: "area", abstract: Localized("strategiområder: legg til, endre, vis, fjern", en: "strategy areas: add, change, list, remove")),
            CommandGroup(name: "goal", abstract: Localized("mål: legg til, endre, vis, fjern, rapporter status", en: "goals: add, change, list, remove, report status")),
            CommandGroup(name: "measure", abstract: Localized("tiltak: legg til, endre, vis, fjern", en: "measures: add, change, list, show, remove")),
            CommandGroup(name: "risk", abstract: Localized("prioriterte risikoer: legg til, endre, vis, fjern, rapporter", en: "prioritized risks: add, change, list, remove, report")),
            CommandGroup(name: "procurement", abstract: Localized("anskaffelsesregisteret: legg til, endre, importer, vis, fjern", en: "the procurement register: add, change, import, list, remove")),
            CommandGroup(name: "followup", abstract: Localized("kontraktsoppfølging", en: "contract follow-up")),
            CommandGroup(name: "deviation", abstract: Localized("avvik i leverandørkjeden", en: "deviations in the supply chain")),
            CommandGroup(name: "sheet", abstract: Localized("statusark for team som bruker Excel", en: "status sheets for teams that use Excel")),
            CommandGroup(name: "year", abstract: Localized("rapporteringsår: nøkkeltall og fritekstsvar", en: "reporting years: key figures and free-text answers")),
            CommandGroup(name: "finding", abstract: Localized("funn fra kontrollen: kvitter ut med begrunnelse, gjenåpne", en: "findings of the check: acknowledge with a reason, reopen")),
            CommandGroup(name: "git", abstract: Localized("planen i git med flere kloner", en: "the plan in git with several clones")),
        ],
        commands: [
            initialize,
            planShow, planEdit, referenceAdd, referenceEdit, referenceList, referenceRemove,
            areaAdd, areaEdit, areaList, areaRemove,
            goalAdd, goalEdit, goalList, goalRemove, goalReport,
            measureAdd, measureEdit, measureList, measureShow, measureRemove,
            update, history, status,
            sheetExport, sheetImport, calendar,
            riskAdd, riskEdit, riskList, riskRemove, riskReport,
            procurementAdd, procurementEdit, procurementImport, procurementList, procurementShow, procurementRemove,
            followUpAdd, followUpEdit, followUpRemove, followUpPlan, deviationAdd, deviationUpdate, deviationEdit, deviationRemove,
            yearSet, yearNote, yearStart, yearShow,
            check, findingAcknowledge, findingReopen, rules,
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
