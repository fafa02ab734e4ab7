/// DFØ's high-risk list as DFØ publishes it: the eight categories of «Høyrisikolisten» on
/// anskaffelser.no, with their names and the products DFØ names under each (from each
/// category's page, read 8 December 2026). The matching words are Aktsom's own, for the words
/// registers use; a match is credited to DFØ's category it belongs to, and to no other.
extension HighRiskList {
    static let base = "https://anskaffelser.no/berekraftige-anskaffingar/menneskerettigheter/hoyrisikolisten/"

    static let dfo = HighRiskList(categories: [
        // The examples: the page's opening, and the table of the older page of the same category
        // under høyrisikolisten (tekstiler-arbeidsklaer-og-fottoy).
        Category(name: "Arbeidstøy, fottøy og tekstil", page: base + "arbeidstoy-fottoy-og-tekstil",
                 examples: ["arbeidsklær", "fottøy", "tekstil", "utendørs arbeidstøy", "innendørs arbeidstøy, håndklær, sengetøy", "vernesko",
                            "vernehansker", "støvmasker for engangsbruk"],
                 words: ["arbeidstøy", "arbeidsklær", "arbeidsantrekk", "arbeidsbekledning", "uniform", "uniformer", "yrkesklær", "tjenesteklær",
                         "verneklær", "vernebekledning", "vernesko", "skotøy", "fottøy", "tekstil", "tekstiler", "sengetøy", "håndklær", "gardiner",
                         "linnedtøy", "klær", "vernehansker", "arbeidshansker", "verneutstyr", "støvmasker", "workwear", "textiles"],
                 wholeWords: ["sko", "ppe"]),
        Category(name: "Bygg- og anleggsmaterialer", page: base + "kjop-av-bygg-og-anleggsmaterialer",
                 examples: ["naturstein", "tre", "metall", "solcellepanel"],
                 words: ["byggevarer", "byggematerialer", "byggmaterialer", "byggemateriell", "bygningsmaterialer", "anleggsmaterialer", "trelast",
                         "treverk", "trevirke", "tømmer", "limtre", "naturstein", "stein", "granitt", "skifer", "marmor", "stål", "armering",
                         "armeringsstål", "stålkonstruksjoner", "metall", "metaller", "solcellepaneler", "solcellepanel", "solceller",
                         "solcelleanlegg", "solcellemoduler", "solpaneler"],
                 wholeWords: ["tre"]),
        Category(name: "IKT-produkter", page: base + "kjop-av-ikt-produkter",
                 examples: ["bærbare datamaskiner", "telefoner", "dataskjermer"],
                 words: ["ikt-utstyr", "ikt-produkter", "ikt-varer", "datamaskiner", "bærbare", "nettbrett", "mobiltelefoner", "smarttelefoner",
                         "telefoner", "mobiler", "skjermer", "dataskjermer", "servere", "av-utstyr", "elektronikk", "datautstyr", "it-utstyr",
                         "maskinvare", "printere", "skrivere", "multifunksjonsmaskiner", "computers", "laptops", "hardware"],
                 wholeWords: ["pc", "pc-er", "mobil"]),
        Category(name: "Kontorrekvisita", page: base + "kontorrekvisita",
                 examples: ["penner og tusjer", "metallartikler som stiftemaskiner og hullemaskiner", "papirprodukter", "batterier"],
                 words: ["kontorrekvisita", "rekvisita", "kontormateriell", "kontorartikler", "papirvarer", "papirprodukter", "kopipapir", "kontorpapir",
                         "skrivepapir", "printerpapir", "penner", "tusjer", "stiftemaskiner", "hullemaskiner", "binders", "batterier", "skrivesaker",
                         "konvolutter"],
                 wholeWords: ["papir", "batteri"]),
        Category(name: "Leke- og idrettsutstyr", page: base + "leke-og-idrettsutstyr",
                 examples: ["leker", "lekeplassutstyr som husker og sklier", "matter"],
                 words: ["leker", "leketøy", "lekeutstyr", "lekeplassutstyr", "lekeapparater", "lekeplass", "idrettsutstyr", "idrettsartikler",
                         "sportsutstyr", "sportsartikler", "treningsutstyr", "gymutstyr", "turnutstyr", "baller", "husker", "sklier", "gymmatter",
                         "turnmatter", "treningsmatter"],
                 wholeWords: ["matter"]),
        // The examples: the table of the older page of the category (sist endret 3 March 2021),
        // and seafood, which the current page names.
        Category(name: "Mat og drikke", page: base + "mat-og-drikke",
                 examples: ["kaffe", "te", "kakao", "sukker", "tomater", "salat", "agurk", "epler", "bananer", "appelsiner", "druer", "sjømat"],
                 words: ["drikke", "matvarer", "næringsmidler", "dagligvarer", "drikkevarer", "kaffe", "kakao", "sjokolade", "frukt", "grønt",
                         "grønnsaker", "kjøtt", "kjøttvarer", "sjømat", "fisk", "fiskevarer", "skalldyr", "meierivarer", "meieriprodukter", "brød",
                         "bakervarer", "sukker", "bananer", "skolemat", "skolefrukt", "matleveranser"],
                 wholeWords: ["mat", "te"]),
        Category(name: "Medisinsk utstyr og forbruksmateriell", page: base + "medisinsk-utstyr-og-forbruksmateriell",
                 examples: ["redskaper i metall og plast", "hansker", "elektronisk utstyr", "kirurgiske instrumenter", "medisinske hansker"],
                 words: ["medisinsk", "medisinske", "medisinsk-teknisk", "engangshansker", "undersøkelseshansker", "hansker", "sprøyter", "kanyler",
                         "bandasjer", "kompresser", "sykepleieartikler", "kirurgiske", "operasjonsutstyr", "sykehusutstyr", "munnbind",
                         "smittevernutstyr", "rullestoler", "medical"]),
        Category(name: "Møbler", page: base + "kjop-av-mobler",
                 examples: ["kontorstoler", "studentstoler", "skrivebord", "møtebord", "hyller og skap", "lyskilder"],
                 words: ["møbler", "inventar", "innredning", "stoler", "skrivebord", "møtebord", "kontorbord", "spisebord", "arbeidsbord", "hyller",
                         "reoler", "garderobeskap", "arkivskap", "sofaer", "lyskilder", "belysning", "lamper", "armaturer", "furniture"],
                 wholeWords: ["bord", "skap"]),
    ])
}
