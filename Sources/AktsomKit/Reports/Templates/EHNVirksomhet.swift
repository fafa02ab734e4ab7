extension ReportTemplate {
    /// B. Companies and organisations, 2023 onwards.
    public static let ehnVirksomhet = ReportTemplate(
        id: "ehn-virksomhet",
        title: "Etisk handel Norge – rapportering for virksomheter og organisasjoner",
        summary: Localized("bedrifter og organisasjoner, 2023 og senere", en: "companies and organisations, 2023 onwards"),
        family: .enterprise,
        isYearly: true,
        sections: [
            SectionDeclaration("forord", "Forord av daglig leder", level: 1, .note),
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
            SectionDeclaration("4.A.1", "Beskriv a) hvem som har ansvar for å overvåke effekten og resultatene av tiltak iverksatt for å håndtere virksomhetens vesentlige risiko for skade/negativ påvirkning på mennesker, dyr, samfunn og miljø, og hvordan overvåkingen gjennomføres i praksis, b) hvem som har ansvar for å evaluere virksomhetens implementering og arbeid med aktsomhetsvurderinger, og hvordan evalueringen gjennomføres i praksis.", .note),
            SectionDeclaration("4.A.2", "Beskriv hvordan dere sannsynliggjør at virksomhetens tiltak for å identifisere, forebygge og redusere negativ påvirkning faktisk fungerer.", .note),

            SectionDeclaration("5", "Kommunikasjon", level: 1, .heading),
            SectionDeclaration("5.A.1", "Beskriv hvordan virksomheten kommuniserer med berørte interessenter om håndteringen av negativ påvirkning/skade.", .note),
            SectionDeclaration("5.A.2", "Beskriv hvordan virksomheten kommuniserer offentlig rundt eget arbeid med kartlegging og håndtering av negativ påvirkning/skade.", .note),
            SectionDeclaration("5.A.3", "Beskriv virksomhetens rutine for å ivareta og besvare eksterne henvendelser relatert til informasjonskravet pålagt virksomheter under åpenhetsloven.", .note),

            SectionDeclaration("6", "Gjenoppretting", level: 1, .heading),
            SectionDeclaration("6.A.1", "Beskriv virksomhetens policy for gjenoppretting ved negative konsekvenser for mennesker, dyr, samfunn og miljø.", .note),
            SectionDeclaration("6.B.1", "Beskriv hva virksomheten gjør for å sikre at ansatte i egen virksomhet og andre interessenter, spesielt påvirkede arbeidere samt lokalsamfunn har tilgang til varslingskanaler og klagemekanismer, når det er aktuelt.", .note),
        ])
}
