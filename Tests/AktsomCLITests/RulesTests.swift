import Foundation
import Testing

/// Issue 23 end to end on the command line: the rules with their sources (`aktsom rules`), a
/// finding's source in `check`, the procurement's new fields on add, edit, show, `--json` and the
/// import, the climate ways of § 7-9 by part of the regulation, and the plan's own high-risk
/// categories as its own risk assessment.
@Suite("The rules with their sources, on the command line")
struct RulesTests {
    @Test("rules lists the rules in force for a year with their sources, as text and JSON")
    func rules() throws {
        let cli = try CLI.withSmallPlan()
        let text = try cli.ok("rules", "--year", "2025").stdout
        for expected in ["Regler i kraft i 2025, med kildene", "DFØs høyrisikoliste  [dfo-hoyrisikolisten]", "Arbeidstøy, fottøy og tekstil: arbeidsklær",
                         "Kontorrekvisita: penner og tusjer", "Leke- og idrettsutstyr: leker", "Møbler: kontorstoler",
                         "Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)  [klima-og-miljo-7-9]", "fra 01.01.2024",
                         "«(2) Oppdragsgiver skal vekte klima- og miljøhensyn med minimum tretti prosent.",
                         "DFØs egenrapporteringsskjema: når det skal leveres  [dfo-egenrapportering]", "Skjemaet leveres senest 6 måneder etter kontraktsstart",
                         "Kilde: DFØ: «Egenrapportering - sosialt ansvar» (Oppdatert: 20. september 2021), lest 08.12.2026 – https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar",
                         "Oppfølging i forhold til risiko  [dfo-oppfolging-etter-risiko]", "Kilde: DFØ: «Prioriteringsverktøy»",
                         "EØS-terskelverdier: vare- og tjenestekontrakter 1 490 000 kr (statlige myndigheter) og 2 300 000 kr (andre oppdragsgivere)",
                         "(ikke funnet: ingen side hos Etisk handel Norge med fristen", "Foreslått, ikke i kraft:", "Prop. 147 L (2024–2025)"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("seks uker") && !text.contains("Kjøretøy og batterier") && !text.contains("Stål:"))
        let before = try cli.ok("rules", "--year", "2021").stdout
        #expect(before.contains("01.01.2024") == false && before.contains("ikke i kraft i 2021"))
        #expect(before.contains("10.07.2013–19.09.2021") && before.contains("innen en måned etter kontraktinngåelsen"))
        let json = try cli.ok("rules", "--year", "2024", "--json").stdout
        #expect(json.contains("\"id\": \"klima-og-miljo-7-9\"") && json.contains("\"reading\": \"partly\"") && json.contains("\"url\": \"https://lovdata.no/dokument/SF/forskrift/2016-08-12-974\""))
        #expect(json.contains("\"until\": \"2024-03-13\"") && json.contains("\"from\": \"2024-03-14\""))
        #expect(try cli.ok("rules", "--lang", "en").stdout.contains("Rules in force in 2025, with their sources"))
        #expect(try cli.ok("--help").stdout.contains("rules"))
    }

    @Test("a finding carries its rule's source in check and check --json")
    func findingSource() throws {
        var cli = try CLI.withSmallPlan(now: "2025-09-01")
        cli.now = "2025-09-01"
        try cli.ok("procurement", "add", "--id", "2025/010", "--title", "Skolemøbler", "--year", "2025", "--category", "Skolemøbler", "--value", "2 000 000")
        let check = try cli.run("check", "--year", "2025").stdout
        #expect(check.contains("«Skolemøbler» er høyrisiko (DFØs høyrisikoliste: Møbler), men har ingen etiske krav i noen fase"))
        #expect(check.contains("Kilde: DFØ: «Høyrisikolisten (Bærekraftige anskaffelser → Menneskerettigheter), én side per kategori», lest 08.12.2026"))
        let json = try cli.run("check", "--year", "2025", "--json").stdout
        #expect(json.contains("\"check\": \"high-risk-without-requirements\"") && json.contains("\"rule\": \"dfo-hoyrisikolisten\""))
        #expect(json.contains("\"rule\": \"klima-og-miljo-7-9\"") && json.contains("\"inForce\": \"fra 01.01.2024\""))
        #expect(json.contains("\"url\": \"https://anskaffelser.no/verktoy/veiledere/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/3-anskaffelsesforskriften-reglene-som-gjelder\""))
        // Aktsom's own checks of the plan rest on no source, and say so with null.
        #expect(json.contains("\"source\": null"))
        // A finding about a procurement names it as a field, not only as the subject.
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])
        let highRisk = try #require(findings.first { $0["check"] as? String == "high-risk-without-requirements" })
        #expect(highRisk["procurement"] as? [String: String] == ["id": "2025/010", "title": "Skolemøbler"])
    }

    @Test("the new fields are set on add and edit, shown, given in --json, cleared with an empty value, and read from the import")
    func procurementFields() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/020", "--title", "Skolemøbler", "--year", "2025", "--category", "Møbler", "--value", "2 800 000",
                   "--contract-kind", "varer", "--announced-on", "2025-02-03", "--contract-start", "2025-05-01", "--contract-end", "2029-04-30",
                   "--climate-rank", "4", "--climate-in-specification", "Svanemerket eller tilsvarende", "--climate-documented-in", "Konkurransegrunnlaget, punkt 4.1")
        // The labels are padded to the longest; compared with the padding as one space.
        let shown = try cli.ok("procurement", "show", "2025/020").stdout.replacingOccurrences(of: ":  +", with: ": ", options: .regularExpression)
        for expected in ["Kontraktsart: vare- eller tjenestekontrakt", "Kontraktsstart: 01.05.2025", "Kontraktsslutt: 30.04.2029",
                         "Kunngjort: 03.02.2025", "Del av forskriften: verdi 2 800 000 kr: del III (over EØS-terskelverdien 2 300 000 kr)",
                         "nr. 4 blant tildelingskriteriene i prioritert rekkefølge. Klimakrav i kravspesifikasjonen i tillegg: Svanemerket eller tilsvarende",
                         "oppfyller § 7-9 (rangert lavere, med klimakrav i kravspesifikasjonen)", "Begrunnelsen står i: Konkurransegrunnlaget, punkt 4.1"] {
            #expect(shown.contains(expected), "\(expected)\n\(shown)")
        }
        let json = try cli.ok("procurement", "show", "2025/020", "--json").stdout
        for expected in ["\"contractKind\": \"vare-og-tjeneste\"", "\"contractStart\": \"2025-05-01\"", "\"contractEnd\": \"2029-04-30\"", "\"announcedOn\": \"2025-02-03\"",
                         "\"regulationPart\": \"III\"", "\"regulationPartSetByHand\": false", "\"rule\": \"rank\"", "\"rank\": 4",
                         "\"specification\": \"Svanemerket eller tilsvarende\"", "\"climateDocumentedIn\": \"Konkurransegrunnlaget, punkt 4.1\"",
                         "\"climateStanding\": \"ranked-low-with-specification\"", "\"highRiskReason\": \"dfo\"", "\"highRiskCategory\": \"Møbler\""] {
            #expect(json.contains(expected), "\(expected)")
        }
        try cli.ok("procurement", "edit", "2025/020", "--contract-end", "", "--part", "II", "--climate-documented-in", "")
        let edited = try cli.ok("procurement", "show", "2025/020", "--json").stdout
        #expect(edited.contains("\"contractEnd\": null") && edited.contains("\"regulationPart\": \"II\"") && edited.contains("\"regulationPartSetByHand\": true"))
        #expect(edited.contains("\"climateDocumentedIn\": null") && edited.contains("\"contractStart\": \"2025-05-01\""))
        try cli.folder.write("nye.csv", "Saksnummer;Tittel;År;Kontraktsstart;Kontraktsslutt;Kunngjort;Kontraktsart;Del av forskriften;Rangering klima og miljø;Begrunnelse dokumentert i\n"
                             + "2025/030;Gatelys;;2025-03-01;2027-02-28;2024-12-01;varer;;2;Konkurransegrunnlaget, punkt 3\n")
        let imported = try cli.ok("procurement", "import", "nye.csv").stdout
        #expect(imported.contains("ny:      2025/030  Gatelys"))
        let row = try cli.ok("procurement", "show", "2025/030", "--json").stdout
        for expected in ["\"year\": 2025", "\"contractStart\": \"2025-03-01\"", "\"contractEnd\": \"2027-02-28\"", "\"announcedOn\": \"2024-12-01\"",
                         "\"contractKind\": \"vare-og-tjeneste\"", "\"rank\": 2", "\"climateDocumentedIn\": \"Konkurransegrunnlaget, punkt 3\""] {
            #expect(row.contains(expected), "\(expected)")
        }
        try cli.folder.write("endret.csv", "Saksnummer;Kontraktsslutt\n2025/030;2028-02-29\n")
        #expect(try cli.ok("procurement", "import", "endret.csv", "--dry-run").stdout.contains("endret:  2025/030: kontraktsslutt 28.02.2027 → 29.02.2028"))
    }

    @Test("§ 7-9 by part and announcement: under NOK 100 000 and before 2024 no finding; part I asks for nothing; ranked low needs requirements; a reason's place is noted")
    func climateByPart() throws {
        var cli = try CLI.withSmallPlan(now: "2026-06-01")
        cli.now = "2026-06-01"
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", "Blomster", "--year", "2025", "--value", "85 000")
        try cli.ok("procurement", "add", "--id", "2025/2", "--title", "Kurs", "--year", "2025", "--value", "180 000")
        try cli.ok("procurement", "add", "--id", "2025/3", "--title", "Kantine", "--year", "2025", "--value", "4 800 000")
        try cli.ok("procurement", "add", "--id", "2025/4", "--title", "Rådgivning", "--year", "2025", "--value", "3 000 000", "--climate-rank", "5")
        try cli.ok("procurement", "add", "--id", "2025/5", "--title", "Asfalt", "--year", "2025", "--value", "40 000 000", "--contract-kind", "bygg",
                   "--climate-in-specification", "Lavkarbonasfalt gir klart større effekt")
        try cli.ok("procurement", "add", "--id", "2025/6", "--title", "Maskiner", "--year", "2025", "--value", "5 000 000", "--announced-on", "2023-12-01")
        let check = try cli.run("check", "--year", "2025").stdout
        #expect(check.contains("Anskaffelse uten klima- og miljøvekt (1)") && check.contains("2025/3  «Kantine» (2025, verdi 4 800 000 kr, del II eller III)"))
        #expect(!check.contains("2025/1  «Blomster»") && !check.contains("2025/2  «Kurs»") && !check.contains("2025/6  «Maskiner»"))
        #expect(check.contains("Klima og miljø rangert under de tre høyeste uten krav i kravspesifikasjonen (1)") && check.contains("2025/4  «Rådgivning» har klima og miljø som nr. 5"))
        #expect(check.contains("Begrunnelse etter § 7-9 uten sted i anskaffelsesdokumentene (1, merknad)") && check.contains("2025/5  «Asfalt»"))
        #expect(check.contains("KOFA: «Klagenemnda for offentlige anskaffelser, sak 2025/0726"))
        #expect(try cli.ok("procurement", "show", "2025/1").stdout.contains("ikke under § 7-9: verdien 85 000 kr er under 100 000 kr ekskl. mva."))
        #expect(try cli.ok("procurement", "show", "2025/2").stdout.contains("ikke registrert; i del I er det ingen plikt til å sette tildelingskriterier"))
        #expect(try cli.ok("procurement", "show", "2025/6").stdout.contains("ikke under § 7-9: kunngjort 01.12.2023, før § 7-9 gjaldt"))
        try cli.ok("procurement", "edit", "2025/4", "--climate-rank", "5", "--climate-in-specification", "Krav til overvannsløsninger med lavt utslipp")
        try cli.ok("procurement", "edit", "2025/3", "--climate-rank", "2")
        let list = try cli.ok("procurement", "list", "--year", "2025", "--json").stdout
        // 2025/3 (top three), 2025/4 (lower, with requirements), 2025/5 (in the specification): 3 of the 3 measured.
        #expect(list.contains("\"andel-klimavekt-minst-30\": 100") && list.contains("\"klimavekt-mangler\": 0"))
    }

    @Test("the plan's own high-risk categories count as its own risk assessment, never as DFØ's; --no-high-risk still wins")
    func ownHighRisk() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/040", "--title", "Renovasjonsbiler", "--year", "2025", "--category", "Renovasjonsbiler", "--requirements", "contract")
        #expect(!(try cli.ok("procurement", "list", "--high-risk").stdout.contains("2025/040")))
        try cli.ok("plan", "edit", "--own-high-risk", "Kjøretøy, Renovasjonsbiler")
        #expect(try cli.folder.read("Plans/fjordvik/plan.json").contains("\"ownHighRiskCategories\": [\"Kjøretøy\", \"Renovasjonsbiler\"]"))
        #expect(try cli.ok("plan", "show").stdout.contains("Kjøretøy, Renovasjonsbiler (egen risikovurdering, i tillegg til DFØs høyrisikoliste)"))
        #expect(try cli.ok("procurement", "show", "2025/040").stdout.contains("ja (egen risikovurdering: Renovasjonsbiler)"))
        #expect(try cli.ok("procurement", "show", "2025/040", "--json").stdout.contains("\"highRiskReason\": \"own\""))
        #expect(try cli.ok("rules").stdout.contains("Egen risikovurdering (planens egne høyrisikokategorier, ikke DFØs)  [egen-risikovurdering]\n  Kjøretøy, Renovasjonsbiler"))
        try cli.ok("procurement", "edit", "2025/040", "--no-high-risk")
        #expect(try cli.ok("procurement", "show", "2025/040").stdout.contains("nei (satt til nei for hånd)"))
        try cli.ok("plan", "edit", "--own-high-risk", "")
        #expect(!(try cli.folder.read("Plans/fjordvik/plan.json").contains("ownHighRiskCategories")))
    }
}
