/// Words and phrases the generator draws from, so generated plans read like real ones.
enum Vocabulary {
    static let goalTitles = [
        "klima": ["Redusere klimagassutslippene fra innkjøp", "Fossilfri kjøretøypark", "Utslippsfrie bygge- og anleggsplasser",
                  "Mer ombruk av møbler og utstyr", "Lavere matsvinn i institusjonene", "Klimakrav i alle store anskaffelser"],
        "etikk": ["Etiske krav i alle høyrisikoanskaffelser", "Risikobasert kontraktsoppfølging", "Kompetanse om aktsomhetsvurderinger",
                  "Sporbarhet i leverandørkjeden", "Færre avvik i høyrisikoavtaler"],
        "dyrevelferd": ["Høyere dyrevelferd i matinnkjøp", "Opprinnelsesmerking av kjøtt", "Flere plantebaserte måltider"],
        "seriositet": ["Ingen sosial dumping i kommunens kontrakter", "Lærlinger i bygge- og anleggskontrakter",
                       "Nulltoleranse for korrupsjon", "Kontroll av lønns- og arbeidsvilkår"],
    ]

    static let measureVerbs = ["Innføre", "Kartlegge", "Følge opp", "Stille krav om", "Gjennomføre", "Revidere", "Utarbeide", "Etablere"]
    static let measureObjects = [
        "klimagassberegning i anskaffelser over terskelverdi", "elbiler i hjemmetjenesten", "utslippsfrie anleggsmaskiner",
        "sjekkliste for høyrisikoanskaffelser", "etiske kontraktsvilkår i rammeavtaler", "tredjepartsrevisjon hos leverandør",
        "egenrapportering fra leverandører av arbeidsklær", "opplæring i aktsomhetsvurderinger", "dyrevelferdskriterier i matavtalen",
        "seriøsitetskrav i byggekontrakter", "uanmeldte byggeplasskontroller", "rutine for avvikshåndtering", "ombrukslager for møbler",
        "sporbarhet for naturstein", "krav om Fairtrade-sertifisert kaffe", "leverandørdialog om innkjøpspraksis",
    ]
    static let teams = ["Innkjøpsavdelingen", "Byggherre", "Helse og omsorg", "Oppvekst", "Teknisk drift", "Økonomi", "Kultur", "Eiendom",
                        "Samferdsel", "Vann og avløp", "IKT", "Renhold", "Kjøkken", "Barnevern", "NAV", "Plan og bygg", "Brann og redning",
                        "Park og idrett", "Havn", "Renovasjon", "Sykehjem nord", "Sykehjem sør", "Skoler øst", "Skoler vest", "Barnehager"]
    static let categories = [
        ("Arbeidsklær og verneutstyr", "rammeavtale"), ("Tekstiler og sengetøy", "rammeavtale"), ("IKT-utstyr", "rammeavtale"),
        ("Medisinsk forbruksmateriell", "rammeavtale"), ("Mat og drikke", "rammeavtale"), ("Kaffe og te", "rammeavtale"),
        ("Møbler og inventar", "rammeavtale"), ("Solcellepaneler", "enkeltkontrakt"), ("Naturstein", "enkeltkontrakt"),
        ("Kjøretøy", "enkeltkontrakt"), ("Konsulenttjenester", "rammeavtale"), ("Renhold", "rammeavtale"), ("Snøbrøyting", "rammeavtale"),
        ("Byggentreprise", "totalentreprise"), ("Asfalt", "enkeltkontrakt"), ("Vikartjenester", "rammeavtale"), ("Forsikring", "enkeltkontrakt"),
        ("Transport", "rammeavtale"), ("Kontorrekvisita", "rammeavtale"), ("Advokattjenester", "rammeavtale"),
    ]
    static let suppliers = ["Nordlys AS", "Fjordtekstil AS", "Vestdata AS", "Bergkraft AS", "Havbris Storhusholdning AS", "Solrenn AS",
                            "Steinbrudd Vest AS", "Medivest AS", "Brattvik Bygg AS", "Kystrent AS"]
    static let notes = [
        "Krav tatt inn i konkurransegrunnlaget.", "Møte med leverandøren gjennomført, oppfølging avtalt.", "Venter på dokumentasjon fra leverandør.",
        "Arbeidet er i rute.", "Forsinket på grunn av kapasitet i teamet.", "Rapport levert til innkjøpsforum.", "Kartleggingen er ferdig.",
        "Første del gjennomført, neste del i høst.", "Budsjett avklart med økonomi.", "Opplæring holdt for 14 innkjøpere.",
    ]
    static let risks = [
        ("Tvangsarbeid i produksjon av arbeidsklær", "Tvangsarbeid", "Bangladesh og Pakistan", "etikk"),
        ("Brudd på menneskerettighetene i IKT-leverandørkjeden", "Arbeidsforhold", "Kina og DR Kongo", "etikk"),
        ("Tvangsarbeid i produksjon av solcellepaneler", "Tvangsarbeid", "Kina (Xinjiang)", "etikk"),
        ("Svak dyrevelferd i kjøttproduksjon", "Dyrevelferd", "EU og Norge", "dyrevelferd"),
        ("Sosial dumping i bygg og anlegg", "Arbeidstakerrettigheter", "Norge", "seriositet"),
    ]

    /// A fictional municipality's name, different for each index up to 400: the plans of the
    /// national data set read like a country's, not like `kommune-017`.
    static func municipalityName(_ index: Int) -> String {
        let stems = ["Fjell", "Nord", "Sør", "Øst", "Vest", "Stor", "Lille", "Lyng", "Bjørke", "Eike", "Furu", "Sol",
                     "Mose", "Kvit", "Rød", "Grøn", "Li", "Å", "Elve", "Berg"]
        let endings = ["vik", "dal", "fjord", "nes", "berg", "haug", "strand", "øy", "sund", "land", "bø", "heim",
                       "vang", "stad", "mo", "li", "eid", "våg", "ås", "voll"]
        let stem = stems[index % stems.count]
        let ending = endings[(index / stems.count + index) % endings.count]
        return stem + ending
    }
}
