extension ReportTemplate {
    /// The whole action plan for management and council: area by area, each measure with owner,
    /// deadline, status and latest note as of a day, overdue ones marked.
    public static let handlingsplan = ReportTemplate(
        id: "handlingsplan",
        title: "Handlingsplan for bærekraftige anskaffelser – status",
        summary: Localized("hele handlingsplanen med status per dato, for ledelse og politikere",
                           en: "the whole action plan with status as of a day, for management and council"),
        family: nil,
        isYearly: false,
        sections: [
            SectionDeclaration("sammendrag", "Sammendrag", level: 1, .data(.planSummary)),
            SectionDeclaration("tiltak", "Tiltak per strategiområde", level: 1, .data(.actionPlan)),
            SectionDeclaration("utvikling", "Utvikling", level: 1, .data(.trend)),
        ])
}
