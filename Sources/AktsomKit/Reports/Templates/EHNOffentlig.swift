extension ReportTemplate {
    /// A. Public-sector members, base level, 2023 onwards.
    public static let ehnOffentlig = ReportTemplate(
        id: "ehn-offentlig",
        title: "Etisk handel Norge – rapportering for offentlige medlemmer (grunnleggende nivå)",
        summary: Localized("offentlige medlemmer, grunnleggende nivå, 2023 og senere (standard)",
                           en: "public-sector members, base level, 2023 onwards (default)"),
        family: .publicSector,
        isYearly: true,
        sections: [
            SectionDeclaration("forord", "Forord fra virksomhetsleder", level: 1, .note),
            SectionDeclaration("nokkelinformasjon", "Nøkkelinformasjon om virksomheten", level: 1, .fields([
                FieldDeclaration("Navn på virksomheten", .organisation),
                FieldDeclaration("Adresse hovedkontor", .address),
                FieldDeclaration("Antall ansatte", .employees),
                FieldDeclaration("Navn, tittel og tlf.nr. for kontaktperson for rapporten", .contactPerson),
                FieldDeclaration("E-post adresse for kontaktperson", .contactEmail),
                FieldDeclaration("Beskrivelse av virksomhetens struktur", .note("struktur")),
            ])),
            SectionDeclaration("anskaffelser", "Informasjon om anskaffelser/avtaler", level: 1, .fields([
                FieldDeclaration("Samlet verdi innkjøp av varer og tjenester i rapporteringsåret (NOK)", .spend),
                FieldDeclaration("Totalt antall aktive anskaffelser/avtaler i rapporteringsåret", .activeContracts),
                FieldDeclaration("Oppgi antall avtaler hvor det har vært gjennomført kontraktsoppfølging under rapporteringsåret", .followedUpAgreements),
            ])),        ] + goalsAndProgress + anchoring + [
            SectionDeclaration("2", "Kartlegging", level: 1, .heading),
            SectionDeclaration("2.A.1", "Risikokartlegging", .note),
            SectionDeclaration("2.A.2", "Etiske/sosiale krav i anskaffelsesprosessen", .data(.ethicalRequirements(.publicSector))),
            SectionDeclaration("2.A.3", "List opp virksomhetens prioriterte risiko for negativ påvirkning/skade på mennesker, dyr, samfunn og miljø", .data(.riskList)),
            SectionDeclaration("2.A.4", "Beskriv prioriterte risikoområder og bakgrunn for prioriteringen", .dataAndNote(.riskRationales)),

            SectionDeclaration("3", "Håndtering", level: 1, .heading),
            SectionDeclaration("3.A.1", "Legg til mål, status på fremdrift, og beskriv tiltak dere har iverksatt for å håndtere virksomhetens prioriterte negative påvirkning/skade på mennesker, dyr, samfunn og miljø", .data(.riskBlocks)),
            SectionDeclaration("3.B", "Andre tiltak", .heading),
        ] + otherMeasures(.publicSector) + [
            SectionDeclaration("4", "Overvåking", level: 1, .heading),
            SectionDeclaration("4.A", "Overvåke og evaluere (oppfølging)", .heading),
            SectionDeclaration("4.A.1", "Beskriv hvem som har ansvar for å overvåke effekten av tiltak iverksatt for å håndtere virksomhetens vesentlige risiko for skade/negativ påvirkning på mennesker, dyr, samfunn og miljø i forbindelse med anskaffelser, og hvordan overvåkningen gjennomføres i praksis.", level: 3, .note),
            SectionDeclaration("4.A.2", "Hvor mange leverandører har vært gjenstand for kontraktsoppfølging knyttet til bærekraft, inkludert etiske- og sosiale krav, i rapporteringsåret (gjelder avtaler inngått i rapporteringsåret og avtaler inngått tidligere år)?", level: 3, .data(.suppliersFollowedUp)),
            SectionDeclaration("4.A.3", "Er det i rapporteringsåret identifisert avvik fra de etiske- og sosiale kravene hos aktører i leverandørkjeden? Faktiske negative konsekvenser for mennesker, dyr, samfunn og miljø omfattes. Manglende åpenhet om leverandørkjede og manglende bærekraftspolicy kan også være vanlige avvik. Hvis ja: angi type avvik, hvor i leverandørkjeden, tiltak iverksatt og status.", level: 3, .data(.deviations)),

            SectionDeclaration("5", "Kommunikasjon", level: 1, .heading),
            SectionDeclaration("5.A", "Kommunisere eksternt (oppfølging)", .heading),
            SectionDeclaration("5.A.1", "Beskriv hvordan virksomheten kommuniserer offentlig rundt eget arbeid med aktsomhetsvurderinger i anskaffelser, kartlegging og håndtering av negativ påvirkning/skade.", level: 3, .note),

            SectionDeclaration("6", "Gjenoppretting", level: 1, .heading),
            SectionDeclaration("6.A", "Gjenoppretting", .heading),
            SectionDeclaration("6.A.1", "Beskriv virksomhetens strategi/policy for gjenoppretting ved negative konsekvenser for mennesker, dyr, samfunn og miljø.", level: 3, .note),
            SectionDeclaration("6.A.2", "Beskriv eventuelle tilfeller av gjenoppretting i rapporteringsperioden.", level: 3, .note),
            SectionDeclaration("6.B", "Sikre tilgang til mekanismer for gjenoppretting (oppfølging)", .heading),
            SectionDeclaration("6.B.1", "Beskriv hva virksomheten gjør for å sikre at påvirkede arbeidere og lokalsamfunn i leverandørkjeden har tilgang til effektive mekanismer for gjenoppretting, når det er aktuelt.", level: 3, .note),
        ])

    /// "Mål og fremdrift", the goals-and-progress part both 2023 forms open with.
    static let goalsAndProgress: [SectionDeclaration] = [
        SectionDeclaration("mal-og-fremdrift", "Mål og fremdrift", level: 1, .heading),
        SectionDeclaration("mal-rapporteringsaret", "MÅL OG FREMDRIFT | RAPPORTERINGSÅRET", .data(.goalsOfYear)),
        SectionDeclaration("mal-kommende-ar", "MÅL FOR KOMMENDE ÅR", .data(.goalsOfNextYear)),
    ]

    /// Step 1 of the OECD model, "Forankring", the same in both 2023 forms.
    static let anchoring: [SectionDeclaration] = [
        SectionDeclaration("1", "Forankring", level: 1, .heading),
        SectionDeclaration("1.A.1", "Lenke til offentlig tilgjengelig policy for egen virksomhet", .note),
        SectionDeclaration("1.A.2", "Hvordan er anskaffelsesstrategi/policy for egen virksomhet blitt utviklet og forankret?", .note),
        SectionDeclaration("1.B.1", "Organisering", .note),
        SectionDeclaration("1.B.2", "Kompetanse", .note),
        SectionDeclaration("1.C.1", "Planer og ressurser", .note),
        SectionDeclaration("1.D.1", "Leverandørkjeden", .note),
        SectionDeclaration("1.D.2", "Prinsipperklæringen", .note),
        SectionDeclaration("1.E.1", "Erfaringer og endringer", .note),
    ]

    /// Section 3.B's sub-sections in a family's numbering: the tagged measures, then the note.
    static func otherMeasures(_ family: ReportFamily) -> [SectionDeclaration] {
        MeasureCategory.allCases.compactMap { category in
            category.code(in: family).map { SectionDeclaration($0, category.label(in: family), level: 3, .dataAndNote(.measures(category))) }
        }
    }
}
