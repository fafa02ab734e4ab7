/// The rules as the law and DFØ state them, each with its sources and the dates it is in force.
/// This is the one place they are declared: a change of law is a new ``DatedRule`` added here to
/// its ``RuleHistory``, with its date and source, and every check, count and page follows.
extension RuleBook {
    public static let standard = RuleBook(
        highRiskList: RuleHistory(id: "dfo-hoyrisikolisten", title: Localized("DFØs høyrisikoliste", en: "DFØ's high-risk list"), versions: [
            DatedRule(from: nil, content: HighRiskList.dfo, sources: [.dfoHighRiskPages],
                      quote: Localized(verbatim: "Arbeidstøy, fottøy og tekstil · Bygg- og anleggsmaterialer (naturstein, tre, metall og solcellepanel) · IKT-produkter · Kontorrekvisita · Leke- og idrettsutstyr · Mat og drikke · Medisinsk utstyr og forbruksmateriell · Møbler"),
                      note: Localized("Åtte kategorier, med DFØs produkteksempler under hver. Ordene Aktsom kjenner kategoriene igjen på, er Aktsoms egne; en anskaffelses --high-risk eller --no-high-risk går foran.",
                                      en: "Eight categories, with DFØ's product examples under each. The words Aktsom recognises the categories by are Aktsom's own; a procurement's --high-risk or --no-high-risk comes first.")),
        ]),
        climateDuty: RuleHistory(id: "klima-og-miljo-7-9", title: Localized("Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)", en: "Climate and environment (public procurement regulation § 7-9)"), versions: [
            DatedRule(from: Day(year: 2024, month: 1, day: 1),
                      content: ClimateDuty(lowerValueLimit: Amount(whole: 100_000) ?? .zero, minimumWeight: Amount(whole: 30) ?? .zero, topRanks: 3),
                      sources: [.dfoClimateGuide3, .dfoClimateGuide1, .dfoClimateGuide6, .dfoClimateGuide7, .dfoClimateGuide8, .lovdataRegulation],
                      quote: Localized(verbatim: "(2) Oppdragsgiver skal vekte klima- og miljøhensyn med minimum tretti prosent. (3) Der oppdragsgiver angir tildelingskriteriene i prioritert rekkefølge, bør klima- og miljøhensyn være blant de tre høyest prioriterte. (4) Tildelingskriterier etter andre og tredje ledd kan erstattes med klima- og miljøkrav i kravspesifikasjonen, dersom det er klart at dette gir en bedre klima- og miljøeffekt og dette begrunnes i anskaffelsesdokumentene. Dersom oppdragsgiver ikke prioriterer i tråd med tredje ledd, skal det stilles klima- og miljøkrav i kravspesifikasjonen, og dette skal begrunnes i anskaffelsesdokumentene. (5) Forpliktelsen til å stille krav eller kriterier etter denne bestemmelsen gjelder ikke dersom anskaffelsen etter sin art har et klimaavtrykk og en miljøbelastning som er uvesentlig og dette begrunnes i anskaffelsesdokumentene."),
                      note: Localized("DFØ, kapittel 1.1: «Reglene gjelder anskaffelser som kunngjøres på Doffin fra og med 1. januar 2024. Tilsvarende omfattes anskaffelser hvor det foretas en frivillig kunngjøring, eller hvor det sendes invitasjon, eller direkte henvendelse til leverandører fra og med denne datoen.» Kapittel 3.2: «Del I: Mellom 100 000 kr og nasjonal terskelverdi • Ingen prosedyreregler – dermed ingen forpliktelse til å oppstille tildeling[skriterier]» (resten av 3.2–3.6 ble ikke lest). Kapittel 7.1: unntaket krever «at både klima- og miljøbelastningen er uvesentlig etter anskaffelsens art». Aktsom bruker kunngjøringsdatoen (--announced-on), ellers 1. januar i anskaffelsens år.",
                                      en: "DFØ, chapter 1.1: the rules apply to procurements announced on Doffin from 1 January 2024, and likewise to a voluntary announcement, an invitation or a direct request to suppliers from that day. Chapter 3.2: «Del I: Mellom 100 000 kr og nasjonal terskelverdi • Ingen prosedyreregler – dermed ingen forpliktelse til å oppstille tildeling[skriterier]» (the rest of 3.2–3.6 was not read). Chapter 7.1: the exemption needs «at både klima- og miljøbelastningen er uvesentlig etter anskaffelsens art». Aktsom uses the announcement date (--announced-on), else 1 January of the procurement's year.")),
        ]),
        regulationParts: RuleHistory(id: "terskelverdier", title: Localized("Forskriftens deler etter verdi (terskelverdier)", en: "The regulation's parts by value (thresholds)"), versions: [
            DatedRule(from: nil, until: Day(year: 2024, month: 3, day: 13), content: .thresholds(central: 1_400_000, other: 2_200_000, works: 56_000_000),
                      sources: [.nfdGuideThresholds, .ksEEAThresholds2022, .thresholdsFrom20240314],
                      quote: Localized(verbatim: "Ny EØS-terskelverdi for kommuner, fylkeskommuner og offentligrettslige organers vare- og tjenestekontrakter er 2,2 millioner kroner … bygge- og anleggskontrakter er 56 millioner kroner"),
                      note: Localized("Nedre grense 100 000 kroner og nasjonal terskelverdi 1,3 millioner kroner ekskl. mva. (departementets veileder, punkt 5.1). Dagen EØS-verdiene for 2022–2024 gjaldt fra, ble ikke funnet.",
                                      en: "Lower limit NOK 100 000 and national threshold NOK 1.3 million excl. VAT (the ministry's guide, 5.1). The day the EEA values of 2022–2024 applied from was not found.")),
            DatedRule(from: Day(year: 2024, month: 3, day: 14), content: .thresholds(central: 1_490_000, other: 2_300_000, works: 57_800_000),
                      sources: [.nfdGuideThresholds, .nfdEEAThresholds2024, .ksEEAThresholds2024, .thresholdsFrom20240314],
                      quote: Localized(verbatim: "Ny terskelverdi for statlige myndigheters vare- og tjenestekontrakter er 1,49 millioner, og for andre oppdragsgiver er ny terskelverdi 2,3 millioner."),
                      note: Localized("Bygge- og anleggskontrakter: 57,8 millioner (KS). «Alle beløp er eksklusiv merverdiavgift.» Verdiene for 2026–2028 ble ikke funnet; Aktsom bruker disse til en ny versjon er lagt inn.",
                                      en: "Works contracts: 57.8 million (KS). All amounts exclude VAT. The values for 2026–2028 were not found; Aktsom uses these until a new version is declared.")),
        ]),
        selfReport: RuleHistory(id: "dfo-egenrapportering", title: Localized("DFØs egenrapporteringsskjema: når det skal leveres", en: "DFØ's self-report form: when it is due"), versions: [
            DatedRule(from: Day(year: 2013, month: 7, day: 10), until: Day(year: 2021, month: 9, day: 19), content: SelfReportTiming(monthsAfterStart: 1),
                      sources: [.dfoSelfReport2018, .dfoSelfAssessmentEnglish],
                      quote: Localized(verbatim: "Dersom du benytter Difi og IEHs etiske kontraktvilkår, skal leverandøren levere egenrapporteringsskjema innen en måned etter kontraktinngåelsen."),
                      note: Localized("Den engelske siden (sist endret 13.03.2020) sier «within four weeks after the self-assessment was sent». Aktsom regner en måned fra kontraktsstart, som er datoen registeret har. Startdatoen er sidens publiseringsdato; at ordlyden var den samme fra da, er ikke kjent.",
                                      en: "The English page (last modified 13.03.2020) says «within four weeks after the self-assessment was sent». Aktsom counts one month from the contract start, the date the register has. The start date is the page's publication date; that the wording was the same from then is not known.")),
            DatedRule(from: Day(year: 2021, month: 9, day: 20), content: SelfReportTiming(monthsAfterStart: 6), sources: [.dfoSelfReport2021],
                      quote: Localized(verbatim: "Dersom du benytter DFØ og EHNs etiske kontrakstvilkår, skal leverandøren levere egenrapporteringsskjema ved kontraktsstart eller senest innen 6 måneder etter kontraktsstart. Om du velger å gjennomgå spørsmålene i en oppfølgingssamtale med leverandøren, anbefaler vi at du gjør dette senest 6 måneder etter kontraktsstart."),
                      note: Localized("Gjelder avtaler med etiske kontraktsvilkår. Fristen for å svare på en forespørsel er den som er satt (--due); Aktsom lager ingen frist selv.",
                                      en: "Applies to agreements with ethical contract terms. The deadline for answering a request is the one set (--due); Aktsom makes up none.")),
        ]),
        followUpLadder: RuleHistory(id: "dfo-oppfolging-etter-risiko", title: Localized("Oppfølging i forhold til risiko", en: "Follow-up in proportion to risk"), versions: [
            DatedRule(from: nil, content: FollowUpLadder(methods: FollowUpMethod.allCases), sources: [.dfoPrioritisationTool],
                      quote: Localized(verbatim: "Stille krav til at høyrisikoprodukter er sertifiserte med merkeordninger for ansvarlig produksjon · Gjennomføre jevnlige kontraktsoppfølgingsmøter der etterlevelse av kontraktsvilkårene er et fast agendapunkt · Gjennomføre egenrapportering og dokumentasjonsrevisjon for leverandør · Gjennomføre egenrapportering og dokumentasjonsrevisjon for stikkprøvprodukter · Gjennomføre stedlige fabrikksrevisjoner gjennom stikkprøver på de produksjonsenheter som tilvirker høyrisikoproduktene til størst avtaleverdi"),
                      note: Localized("«Kontraktsvilkår for ivaretakelse av grunnleggende menneskerettigheter må du alltid følge opp, men nivået av oppfølging må være begrunnet og forholdsmessig.» Aktsom regner en oppfølging av typene sertifikatkontroll, statusmøte, egenrapportering, dokumentgjennomgang, stikkprøve og revisjon som én av de fem.",
                                      en: "«Kontraktsvilkår for ivaretakelse av grunnleggende menneskerettigheter må du alltid følge opp, men nivået av oppfølging må være begrunnet og forholdsmessig.» Aktsom counts a follow-up of the kinds certificate check, status meeting, self-reporting, document review, spot check and audit as one of the five.")),
        ]),
        reportDeadline: RuleHistory(id: "rapportfrist", title: Localized("Frist for årsrapporten", en: "Deadline of the annual report"), versions: [
            DatedRule(from: nil, content: ReportDeadlineRule(standard: .defaultReportDeadline), sources: [.ehnReportDeadline],
                      note: Localized("Kilden ble ikke funnet. 30. juni er Aktsoms standard; planens egen frist gjelder.",
                                      en: "The source was not found. 30 June is Aktsom's default; the plan's own deadline applies.")),
        ]),
        decisions: ["klima-og-miljo-7-9": [.kofa20250726]],
        proposals: [
            RuleProposal(id: "prop-147-l-2024-2025", title: Localized("Prop. 147 L (2024–2025): klima og miljø i loven, innslagspunkt 300 000 kroner",
                                                                       en: "Prop. 147 L (2024–2025): climate and environment in the Act, value limit NOK 300 000"),
                         summary: Localized("Proposisjonen samler bestemmelsene om samfunnshensyn i anskaffelsesloven. Innslagspunktet for når anskaffelsesregelverket gjelder, foreslås økt fra 100 000 til 300 000 kroner eks. mva.",
                                            en: "The proposition gathers the provisions on social considerations in the Procurement Act. The value from which the procurement rules apply is proposed raised from NOK 100 000 to 300 000 excl. VAT."),
                         status: Localized("Ikke i kraft så langt Aktsom har funnet. Når den trer i kraft, legges den inn som en ny versjon av § 7-9-regelen med sin dato.",
                                           en: "Not in force as far as Aktsom has found. When it comes into force, it is declared as a new version of the § 7-9 rule with its date."),
                         sources: [.prop147L]),
        ])
}

extension RegulationThresholds {
    /// The thresholds of a version: the lower limit and the national threshold as the ministry's
    /// guide gives them, and the EEA thresholds of the version.
    static func thresholds(central: Int, other: Int, works: Int) -> RegulationThresholds {
        RegulationThresholds(lowerLimit: Amount(whole: 100_000) ?? .zero, national: Amount(whole: 1_300_000) ?? .zero,
                             eeaGoodsAndServicesCentral: Amount(whole: central) ?? .zero, eeaGoodsAndServicesOther: Amount(whole: other) ?? .zero,
                             eeaWorks: Amount(whole: works) ?? .zero)
    }
}
