extension ReportTemplate {
    /// B. Companies and organisations, 2023 onwards.
    public static let ehnVirksomhet = ReportTemplate(
        id: "ehn-virksomhet",
        title: "Etisk handel Norge – rapportering for virksomheter og organisasjoner",
        summary: Localized("bedrifter og organisasjoner, 2023 og senere", en: "companies and organisations, 2023 onwards"),
        family: .enterprise,
        isYearly: true,
        sections: [
            SectionDeclaration("nokkelinformasjon", "Nøkkelinformasjon om virksomheten", level: 1, .fields([
                FieldDeclaration("Navn på virksomheten", .organisation),
                FieldDeclaration("Adresse hovedkontor", .address),
                FieldDeclaration("Omsetning (NOK)", .revenue),
                FieldDeclaration("Antall ansatte", .employees),
                FieldDeclaration("Antall leverandører", .supplierCount),
                FieldDeclaration("Er virksomheten omfattet av åpenhetsloven?", .transparencyAct),
                FieldDeclaration("Navn, tittel og tlf.nr. for kontaktperson for rapporten", .contactPerson),
                FieldDeclaration("E-post adresse for kontaktperson", .contactEmail),
                FieldDeclaration("Beskrivelse av virksomhetens struktur", .note("struktur")),
            ])),
        ] + goalsAndProgress + anchoring + [
            SectionDeclaration("2", "Kartlegging", level: 1, .heading),
            SectionDeclaration("2.A.1", "Prioritert negativ påvirkning / skade", .data(.riskTable)),
            SectionDeclaration("2.A.2", "Beskriv prioriterte risikoområder og bakgrunn for prioriteringen", .dataAndNote(.riskRationales)),
            SectionDeclaration("2.A.3", "Annen negativ påvirkning/skade", .note),

            SectionDeclaration("3", "Håndtering", level: 1, .heading),
            SectionDeclaration("3.A.1", "Legg til mål, status på fremdrift, og beskriv tiltak dere har iverksatt for å håndtere virksomhetens prioriterte negative påvirkning/skade på mennesker, dyr, samfunn og miljø", .data(.riskBlocks)),
            SectionDeclaration("3.B", "Andre tiltak", .heading),
        ] + otherMeasures(.enterprise) + [
            SectionDeclaration("4", "Overvåking", level: 1, .heading),
            SectionDeclaration("4.A.1", "Overvåking", .note),
            SectionDeclaration("4.A.2", "Overvåking", .note),

            SectionDeclaration("5", "Kommunikasjon", level: 1, .heading),
            SectionDeclaration("5.A.1", "Kommunikasjon", .note),
            SectionDeclaration("5.A.2", "Kommunikasjon", .note),
            SectionDeclaration("5.A.3", "Kommunikasjon", .note),

            SectionDeclaration("6", "Gjenoppretting", level: 1, .heading),
            SectionDeclaration("6.A.1", "Gjenoppretting", .note),
            SectionDeclaration("6.B.1", "Gjenoppretting", .note),
        ])
}
