import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

/// Issue 23 in the browser, through the same rules as the command line: the rules page, the
/// check page's «Kilde: …», the procurement form's new fields, and the strategy page's own
/// high-risk categories.
@Suite("The rules with their sources, in the browser")
struct SiteRulesTests {
    @Test("the rules page lists the rules in force for a year with their sources, as aktsom rules does, in bokmål and English")
    func rulesPage() throws {
        let harness = try SiteHarness()
        let page = harness.get("/regler?year=2025")
        #expect(page.status == .ok)
        let text = page.text
        for expected in ["Regler og kilder", "I kraft i 2025", "DFØs høyrisikoliste", "Bygg- og anleggsmaterialer: naturstein, tre, metall, solcellepanel",
                         "Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)", "fra 01.01.2024", "Oppdragsgiver skal vekte klima- og miljøhensyn med minimum tretti prosent",
                         "href=\"https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar\"", "lest 08.12.2026",
                         "id=\"egen-risikovurdering\"", "Kjøretøy", "Foreslått, ikke i kraft", "Prop. 147 L (2024–2025)"] {
            #expect(text.contains(HTML.escape(expected)) || text.contains(expected), "\(expected)")
        }
        let listing = RuleListing(plan: try PlanStore(folder: harness.folder, fileSystem: LocalFileSystem()).load().data.plan, year: 2025)
        for entry in listing.entries { #expect(text.contains("id=\"regel-\(entry.id)\""), "\(entry.id)") }
        #expect(harness.get("/regler?year=2025", english: true).text.contains("Rules and sources"))
        #expect(harness.get("/regler?year=tjue").status == .badRequest)
        #expect(harness.get("/kontroll").text.contains("href=\"/regler?year="))
    }

    @Test("a finding on the check page carries «Kilde: …», linked to the source")
    func checkSource() throws {
        let harness = try SiteHarness()
        let page = harness.get("/kontroll?year=2025").text
        #expect(page.contains("<p class=\"source\">Kilde: <a href=\"https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar\">DFØ: «Egenrapportering - sosialt ansvar»"))
        #expect(page.contains("<p class=\"source\">Kilde: <a href=\"https://anskaffelser.no/berekraftige-anskaffingar/menneskerettigheter/hoyrisikolisten\">"))
        // A year is judged for follow-up once it is over: 2024, on the harness's day in 2025.
        let past = harness.get("/kontroll?year=2024").text
        #expect(past.contains("id=\"sjekk-high-risk-without-follow-up\"") && past.contains("Kilde: <a href=\"https://www.anskaffelser.no/verktoy/maler/prioriteringsverktoy\">"))
        // The JSON API gives the same source as check --json.
        #expect(harness.api(.get, "/api/check?year=2025").text.contains("\"rule\": \"dfo-egenrapportering\""))
    }

    @Test("the procurement form takes the contract's dates, the announcement, kind, part, rank and the reason's place, by the command's rules")
    func procurementForm() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let form = harness.get("/anskaffelser/ny").text
        for field in ["f-contract-start", "f-contract-end", "f-announced-on", "f-contract-kind", "f-part", "f-climate-rank", "f-climate-documented-in"] {
            #expect(form.contains("id=\"\(field)\""), "\(field)")
        }
        let backwards = harness.post("/anskaffelser/ny", [("title", "Gatelys"), ("contract-start", "2025-06-01"), ("contract-end", "2025-01-31")])
        #expect(backwards.status == .unprocessableContent)
        #expect(backwards.text.contains("kontrakten slutter 31.01.2025, før den starter 01.06.2025"))
        let rank = harness.post("/anskaffelser/ny", [("title", "Gatelys"), ("climate-rank", "12")])
        #expect(rank.text.contains("id=\"f-climate-rank-error\"><p>ugyldig verdi «12»"))
        let fraction = harness.post("/anskaffelser/ny", [("title", "Gatelys"), ("climate-weight", "0,3")])
        #expect(fraction.text.contains("har ingen enhet og ser ut som en andel (30 %?)"))
        #expect(try harness.files() == before)
        let saved = harness.post("/anskaffelser/ny", [("title", "Gatelys"), ("id", "2025/0999"), ("year", "2025"), ("category", "Gatebelysning"),
                                                      ("value", "2 800 000"), ("contract-kind", "vare-og-tjeneste"), ("contract-start", "2025-05-01"),
                                                      ("contract-end", "2029-04-30"), ("announced-on", "2025-02-03"), ("climate-rank", "4"),
                                                      ("climate-in-specification", "LED med lang levetid"), ("climate-documented-in", "Konkurransegrunnlaget, punkt 4")])
        #expect(saved.status == .seeOther, "\(saved.text.prefix(3000))")
        let procurement = try #require(try harness.register().procurement("2025/0999"))
        #expect(procurement.contractStart == Day(iso: "2025-05-01") && procurement.contractEnd == Day(iso: "2029-04-30") && procurement.announcedOn == Day(iso: "2025-02-03"))
        #expect(procurement.contractKind == .goodsAndServices && procurement.climate == .ranked(4, specification: "LED med lang levetid"))
        #expect(procurement.climateDocumentedIn == "Konkurransegrunnlaget, punkt 4")
        let page = harness.get("/anskaffelser/2025%2F0999").text
        for expected in ["Kontraktsstart", "01.05.2025", "del III (over EØS-terskelverdien 2 300 000 kr)", "ja (DFØs høyrisikoliste: Møbler)",
                         "oppfyller § 7-9 (rangert lavere, med klimakrav i kravspesifikasjonen)", "Konkurransegrunnlaget, punkt 4"] {
            #expect(page.contains(HTML.escape(expected)), "\(expected)")
        }
        // Editing: an emptied field clears it, and the part set by hand wins over value and kind.
        let edited = harness.post("/anskaffelser/2025%2F0999/endre", [("title", "Gatelys"), ("year", "2025"), ("category", "Gatebelysning"), ("value", "2800000"),
                                                                     ("contract-kind", "vare-og-tjeneste"), ("part", "II"), ("contract-start", "2025-05-01"),
                                                                     ("contract-end", ""), ("announced-on", "2025-02-03"), ("climate-rank", "4"),
                                                                     ("climate-in-specification", "LED med lang levetid"), ("climate-documented-in", "Konkurransegrunnlaget, punkt 4")])
        #expect(edited.status == .seeOther, "\(edited.text.prefix(3000))")
        let after = try #require(try harness.register().procurement("2025/0999"))
        #expect(after.contractEnd == nil && after.regulationPart == .partII && after.contractStart == Day(iso: "2025-05-01"))
    }

    @Test("the strategy page and its form keep the plan's own high-risk categories, shown as its own risk assessment")
    func ownHighRisk() throws {
        let harness = try SiteHarness()
        #expect(harness.get("/strategi").text.contains("<dt>Egen risikoliste</dt>"))
        #expect(harness.get("/strategi/endre").text.contains("id=\"f-own-high-risk\""))
        let saved = harness.post("/strategi/endre", [("own-high-risk", "Kjøretøy, Renholdsprodukter")])
        #expect(saved.status == .seeOther)
        let plan = try PlanStore(folder: harness.folder, fileSystem: LocalFileSystem()).load().data.plan
        #expect(plan.ownHighRiskCategories == ["Kjøretøy", "Renholdsprodukter"])
        #expect(harness.get("/strategi").text.contains("Kjøretøy, Renholdsprodukter (egen risikovurdering, i tillegg til DFØs høyrisikoliste)"))
        #expect(harness.get("/regler").text.contains("Kjøretøy, Renholdsprodukter"))
    }
}
