/// The sources the standard rules rest on, each with the day it was read for Aktsom. Every page
/// was read with the project's search tool, which gives a page's opening; where that left part of
/// a page unread, the reading says so, and the rule quotes only what was read.
extension RuleSource {
    /// The day these sources were read: 8 December 2026 (UTC).
    static let readOn = Day(year: 2026, month: 12, day: 8)

    // MARK: DFØ, self-reports

    static let dfoSelfReport2021 = RuleSource(
        publisher: "DFØ", title: "Egenrapportering - sosialt ansvar",
        url: "https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar", read: readOn,
        dated: "Oppdatert: 20. september 2021")
    static let dfoSelfReport2018 = RuleSource(
        publisher: "Difi (nå DFØ)", title: "Egenrapportering - sosialt ansvar",
        url: "https://www.anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar", read: readOn,
        dated: "Publisert: 10. jul 2013, Sist endret: 04. Mai 2018",
        reading: .secondary(Localized("en eldre lagret utgave av samme side", en: "an older stored copy of the same page")))
    static let dfoSelfAssessmentEnglish = RuleSource(
        publisher: "Difi (nå DFØ)", title: "Self-assessment - ethical requirements",
        url: "https://www.anskaffelser.no/verktoy/maler/self-assessment-ethical-requirements", read: readOn,
        dated: "Published: 07. Nov 2017, Last modified: 13. Mar 2020")

    // MARK: DFØ, the high-risk list

    static let dfoHighRiskPages = RuleSource(
        publisher: "DFØ", title: "Høyrisikolisten (Bærekraftige anskaffelser → Menneskerettigheter), én side per kategori",
        url: "https://anskaffelser.no/berekraftige-anskaffingar/menneskerettigheter/hoyrisikolisten", read: readOn,
        reading: .partly(Localized(
            "listesiden selv ble ikke funnet; de åtte kategorisidene under den ble lest (begynnelsen av hver), og produkteksemplene er hentet derfra. Sidene oppgir ingen dato i det som ble lest, så listens startdato er ikke kjent",
            en: "the list page itself was not found; the eight category pages under it were read (the opening of each), and the product examples come from them. The pages give no date in what was read, so the list's start date is not known")))

    // MARK: DFØ, follow-up in proportion to risk

    static let dfoPrioritisationTool = RuleSource(
        publisher: "DFØ", title: "Prioriteringsverktøy", url: "https://www.anskaffelser.no/verktoy/maler/prioriteringsverktoy", read: readOn,
        reading: .partly(Localized(
            "sidens innledning med de fem metodene ble lest; regnearket selv (Prioriteringsverktøy.xlsx) og sidens omtale av «grønne» avtaler og videre ble ikke lest, så verktøyets egen rangering av avtaler er ikke gjengitt",
            en: "the page's opening with the five methods was read; the spreadsheet itself (Prioriteringsverktøy.xlsx) and the page's text on «green» agreements onwards were not, so the tool's own ranking of agreements is not reproduced")))

    // MARK: Anskaffelsesforskriften § 7-9 and DFØ's guide to it

    static let dfoClimateGuide3 = RuleSource(
        publisher: "DFØ", title: "Veileder til regler om klima- og miljøhensyn i offentlige anskaffelser, kapittel 3. Anskaffelsesforskriften – reglene som gjelder",
        url: "https://anskaffelser.no/verktoy/veiledere/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/3-anskaffelsesforskriften-reglene-som-gjelder",
        read: readOn, dated: "Endringslogg: Mai 2024",
        reading: .partly(Localized(
            "3.1 (forskriftsteksten, alle fem ledd) og første linje av 3.2 ble lest; resten av 3.2 og kapittel 3.3–3.6 kom ikke med i det søkeverktøyet gir",
            en: "3.1 (the regulation's text, all five paragraphs) and the first line of 3.2 were read; the rest of 3.2 and chapters 3.3–3.6 were not in what the search tool gives")))
    static let dfoClimateGuide1 = RuleSource(
        publisher: "DFØ", title: "Veileder til regler om klima- og miljøhensyn i offentlige anskaffelser, kapittel 1. Innledning",
        url: "https://anskaffelser.no/verktoy/veiledere/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/1-innledning", read: readOn)
    static let dfoClimateGuide6 = RuleSource(
        publisher: "DFØ", title: "Veileder til regler om klima- og miljøhensyn i offentlige anskaffelser, kapittel 6. Klima- og miljøkrav i kravspesifikasjonen",
        url: "https://anskaffelser.no/verktoy/veiledere/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/6-klima-og-miljokrav-i-kravspesifikasjonen",
        read: readOn, dated: "Endringslogg: Februar og mai 2024", reading: .partly(Localized("begynnelsen av 6.1", en: "the start of 6.1")))
    static let dfoClimateGuide7 = RuleSource(
        publisher: "DFØ", title: "Veileder om skjerpet ivaretakelse av klima- og miljøhensyn, kapittel 7. Anskaffelser som etter sin art har uvesentlig klimaavtrykk og miljøbelastning",
        url: "https://anskaffelser.no/berekraftige-anskaffingar/klima-og-miljo/veileder-om-skjerpet-ivaretakelse-av-klima-og-miljohensyn/7-anskaffelser-som-er-etter-sin-art-har-uvesentlig-klimaavtrykk-og-miljobelastning",
        read: readOn, reading: .partly(Localized("begynnelsen av 7.1", en: "the start of 7.1")))
    static let dfoClimateGuide8 = RuleSource(
        publisher: "DFØ", title: "Veileder til regler om klima- og miljøhensyn i offentlige anskaffelser, kapittel 8. Utforming av krav og kriterier, evaluering og kunngjøring",
        url: "https://anskaffelser.no/berekraftige-anskaffingar/klima-og-miljo/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/8-utforming-av-krav-og-kriterier-evaluering-og-kunngjoring",
        read: readOn, dated: "Endringslogg: Juni 2024",
        reading: .partly(Localized(
            "kapitlets innledning (som sier at det beskriver «kombinasjon av bruk av tildelingskriterier og krav» og DFØs anbefaling om hvor begrunnelser bør plasseres) og 8.1.1 ble lest; 8.2–8.4 ble ikke lest",
            en: "the chapter's introduction (saying it describes «kombinasjon av bruk av tildelingskriterier og krav» and DFØ's advice on where reasons should be placed) and 8.1.1 were read; 8.2–8.4 were not")))
    static let lovdataRegulation = RuleSource(
        publisher: "Lovdata", title: "Forskrift om offentlige anskaffelser (anskaffelsesforskriften), FOR-2016-08-12-974",
        url: "https://lovdata.no/dokument/SF/forskrift/2016-08-12-974", read: readOn,
        reading: .partly(Localized(
            "bare forskriftens hode (dato, departement, hjemmel) ble lest; § 7-9 og § 5-1 er lest i DFØs gjengivelse (kapittel 3.1) og Nærings- og fiskeridepartementets veileder",
            en: "only the regulation's header (date, ministry, legal basis) was read; § 7-9 and § 5-1 were read as DFØ (chapter 3.1) and the ministry's guide give them")))
    static let kofa20250726 = RuleSource(
        publisher: "KOFA", title: "Klagenemnda for offentlige anskaffelser, sak 2025/0726 (Statens vegvesen, fanggjerde)", url: nil, read: readOn,
        reading: .secondary(Localized(
            "avgjørelsen selv ble ikke funnet; lest i Føyen Advokatfirmas omtale «Sommerens KOFA-avgjørelser om klima- og miljøbestemmelsen i § 7-9» (publisert 10. september 2025), https://foyen.no/aktuelt/sommerens-kofa-avgjorelser-om-klima-og-miljobestemmelsen-i-%c2%a7-7-9",
            en: "the decision itself was not found; read in Føyen Advokatfirma's account «Sommerens KOFA-avgjørelser om klima- og miljøbestemmelsen i § 7-9» (published 10 September 2025), https://foyen.no/aktuelt/sommerens-kofa-avgjorelser-om-klima-og-miljobestemmelsen-i-%c2%a7-7-9")))

    // MARK: Thresholds

    static let nfdGuideThresholds = RuleSource(
        publisher: "Nærings- og fiskeridepartementet", title: "Veileder til reglene om offentlige anskaffelser (anskaffelsesforskriften), 5 Anvendelsesområde for de ulike delene i anskaffelsesforskriften og terskelverdier",
        url: "https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/sec7", read: readOn)
    static let nfdEEAThresholds2024 = RuleSource(
        publisher: "Nærings- og fiskeridepartementet", title: "Nye terskelverdier for kunngjøring av anskaffelser i EØS-området er vedtatt",
        url: "https://www.regjeringen.no/no/aktuelt/terskelverdier/id3030686/", read: readOn,
        reading: .partly(Localized("sidens tekst ble lest, ikke vedlegget med alle verdiene; dagen de gjelder fra står ikke i det som ble lest",
                                   en: "the page's text was read, not the attachment with all the values; the day they apply from is not in what was read")))
    static let ksEEAThresholds2024 = RuleSource(
        publisher: "KS Advokatene", title: "Nye EØS-terskelverdier for 2024-2026",
        url: "https://www.ks.no/ks-advokatene/nyheter/nye-eos-terskelverdier-for-2024-2026/", read: readOn)
    static let ksEEAThresholds2022 = RuleSource(
        publisher: "KS Advokatene", title: "Nye EØS-terskelverdier for 2022-2024",
        url: "https://www.ks.no/ks-advokatene/nyheter/nye-eos-terskelverdier-for-2022-2024/", read: readOn)
    static let thresholdsFrom20240314 = RuleSource(
        publisher: "Din Anbudshjelp", title: "Nye terskelverdier fra 14.03.2024", url: "https://dinanbudshjelp.no/nye-terskelverdier-fra-14-03-2024/", read: readOn,
        reading: .secondary(Localized("datoen 14.03.2024 og verdien for statlige myndigheter før endringen (1,4 millioner) er tatt herfra; siden oppgir 57,9 millioner for bygg og anlegg der KS oppgir 57,8",
                                      en: "the date 14.03.2024 and the central government value before the change (1.4 million) are taken from here; the page gives 57.9 million for works where KS gives 57.8")))

    // MARK: Proposals and the report

    static let prop147L = RuleSource(
        publisher: "Nærings- og fiskeridepartementet", title: "Prop. 147 L (2024–2025) Lov om endringer i anskaffelsesloven (samfunnshensyn mv.)",
        url: "https://www.regjeringen.no/no/dokumenter/prop.-147-l-20242025/id3100598/", read: readOn,
        reading: .partly(Localized(
            "kapittel 1, 5, 8 og 10 ble lest i begynnelsen; beløpsgrensen på 300 000 kroner er lest i Wikborg Reins omtale (https://www.wr.no/aktuelt/regjeringen-legger-frem-forslag-til-ny-anskaffelseslov). Lovforslagets paragrafnummer for klima og miljø (§ 5b i saken Aktsom fikk) står ikke i det som ble lest. Innst. 38 L (2025–2026) viser at Stortinget har behandlet proposisjonen; at endringen er i kraft, ble ikke funnet",
            en: "chapters 1, 5, 8 and 10 were read in their opening; the value limit of NOK 300 000 was read in Wikborg Rein's account (https://www.wr.no/aktuelt/regjeringen-legger-frem-forslag-til-ny-anskaffelseslov). The proposal's section number for climate and environment (§ 5b in the issue Aktsom was given) is not in what was read. Innst. 38 L (2025–2026) shows that the Storting has considered the proposition; that the change is in force was not found")))
    static let ehnReportDeadline = RuleSource(
        publisher: "Etisk handel Norge", title: "Frist for medlemmenes årsrapport", url: nil, read: readOn,
        reading: .notFound(Localized(
            "ingen side hos Etisk handel Norge med fristen for offentlige medlemmers rapport ble funnet (en eldre IEH-side sier «medio februar»); 30. juni er Aktsoms standard, og planens egen frist (aktsom plan edit --deadline) gjelder",
            en: "no Etisk handel Norge page with the deadline of public members' reports was found (an older IEH page says «medio februar»); 30 June is Aktsom's default, and the plan's own deadline (aktsom plan edit --deadline) applies")))
}
