extension ReportTemplate {
    /// C. Member reporting 2020 and earlier.
    public static let ehn2020 = ReportTemplate(
        id: "ehn-2020",
        title: "Etisk handel Norge – medlemsrapportering (2020 og tidligere)",
        summary: Localized("medlemsrapportering 2020 og tidligere", en: "member reporting 2020 and earlier"),
        family: nil,
        isYearly: true,
        sections: [
            SectionDeclaration("forord", "Forord", level: 1, .note),
            SectionDeclaration("mal-rapporteringsaret", "Prioriterte mål / aktiviteter i rapporteringsåret", level: 1, .data(.goalTable)),
            SectionDeclaration("mal-kommende-ar", "Prioriterte mål / aktiviteter for kommende rapporteringsår", level: 1, .data(.nextYearGoalTable)),
            SectionDeclaration("om-virksomheten", "Om virksomheten", level: 1, .fields([
                FieldDeclaration("Antall ansatte", .employees),
                FieldDeclaration("Samlet innkjøp av varer og tjenester, inkl. investeringer, i rapporteringsåret (NOK)", .spend),
                FieldDeclaration("Antall anskaffelser som omfattes av rapporten", .procurementsInYear),
            ])),
            SectionDeclaration("2.2", "Etiske/sosiale krav i anskaffelsesprosessen", level: 1, .data(.ethicalRequirements(.legacy2020))),
            SectionDeclaration("2.3", "Oppfølging", level: 1, .data(.followUpWithDeviations)),
            SectionDeclaration("3.1", "Øke oppslutning", level: 1, .data(.supportMeasures)),
        ])
}
