import AktsomKit

extension CommandCatalog {
    /// Every command of the product, in the order `aktsom --help` lists them.
    static let standard = CommandCatalog(
        groups: [
            CommandGroup(name: "goal", abstract: Localized("mål: legg til, vis, rapporter status", en: "goals: add, list, report status")),
            CommandGroup(name: "measure", abstract: Localized("tiltak: legg til, endre, vis", en: "measures: add, change, list, show")),
            CommandGroup(name: "risk", abstract: Localized("prioriterte risikoer: legg til, vis, rapporter", en: "prioritized risks: add, list, report")),
            CommandGroup(name: "procurement", abstract: Localized("anskaffelsesregisteret: legg til, endre, importer, vis", en: "the procurement register: add, change, import, list")),
            CommandGroup(name: "followup", abstract: Localized("kontraktsoppfølging", en: "contract follow-up")),
            CommandGroup(name: "deviation", abstract: Localized("avvik i leverandørkjeden", en: "deviations in the supply chain")),
        ],
        commands: [
            .initialize,
            .goalAdd, .goalList, .goalReport,
            .measureAdd, .measureEdit, .measureList, .measureShow,
            .update, .history, .status,
            .riskAdd, .riskList, .riskReport,
            .procurementAdd, .procurementEdit, .procurementImport, .procurementList, .procurementShow,
            .followUpAdd, .deviationAdd, .deviationUpdate,
            .check,
        ])
}
