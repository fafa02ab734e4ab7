extension ReportTemplate {
    /// The strategy and its action plan for management and council, as the council would
    /// recognise the document it adopted: the overall goal and who owns and runs it; then area by
    /// area the overarching goal, the SDGs by name, focus areas, goals and each measure with owner,
    /// deadline, status and latest note as of a day, overdue ones marked; then the governing
    /// documents by scope.
    public static let handlingsplan = ReportTemplate(
        id: "handlingsplan",
        title: "Handlingsplan for bærekraftige anskaffelser – status",
        summary: Localized("hele handlingsplanen med status per dato, for ledelse og politikere",
                           en: "the whole action plan with status as of a day, for management and council"),
        family: nil,
        isYearly: false,
        sections: [
            SectionDeclaration("strategi", "Strategien", level: 1, .data(.strategy)),
            SectionDeclaration("sammendrag", "Sammendrag", level: 1, .data(.planSummary)),
            SectionDeclaration("tiltak", "Strategiområder, mål og tiltak", level: 1, .data(.actionPlan)),
            SectionDeclaration("utvikling", "Utvikling", level: 1, .data(.trend)),
            SectionDeclaration("styrende-dokumenter", "Styrende dokumenter", level: 1, .data(.governingDocuments)),
        ])
}
