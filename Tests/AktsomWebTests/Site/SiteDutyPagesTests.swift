import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("The pages for the procurement duties: climate weighting, self-reports, the follow-up plan")
struct SiteDutyPagesTests {
    @Test("the plan page, a follow-up's page and the dashboard's follow-up section answer, in bokmål and English")
    func pages() throws {
        let harness = try SiteHarness()
        let followUp = try #require(try harness.register().followUpIDs.first)
        for page in ["/oppfolgingsplan", "/oppfolgingsplan?year=2025&capacity=3", "/oppfolging/\(followUp)", "/anskaffelser/2025%2F0131/oppfolging?kind=egenrapportering"] {
            #expect(harness.get(page).status == .ok, "\(page)")
            #expect(harness.get(page, english: true).status == .ok, "\(page) in English")
        }
        #expect(harness.get("/oppfolging/oppfolging-999").status == .notFound)
        #expect(harness.get("/oppfolgingsplan?capacity=mange").status == .badRequest)
        #expect(harness.get("/").text.contains("id=\"oppfolging\""))
    }

    @Test("the procurement form records climate weighting by the command's rule, and refuses what the command refuses by the field")
    func climateForm() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let tooMuch = harness.post("/anskaffelser/ny", [("title", "Kantine"), ("climate-weight", "130")])
        #expect(tooMuch.status == .unprocessableContent)
        #expect(tooMuch.text.contains("id=\"f-climate-weight-error\"><p>ugyldig verdi «130»"))
        let both = harness.post("/anskaffelser/ny", [("title", "Kantine"), ("climate-weight", "30"), ("climate-exempt", "Ubetydelig")])
        #expect(both.text.contains("id=\"f-climate-exempt-error\"><p>--climate-weight og --climate-exempt kan ikke brukes sammen"))
        #expect(try harness.files() == before)
        let saved = harness.post("/anskaffelser/ny", [("title", "Kantine"), ("id", "2025/0998"), ("year", "2025"), ("climate-weight", "20"),
                                                      ("climate-reason", "Få leverandører i regionen")])
        #expect(saved.status == .seeOther)
        #expect(try harness.register().procurement("2025/0998")?.climate == .weight(Amount(whole: 20)!, reason: "Få leverandører i regionen"))
        #expect(harness.get("/anskaffelser/2025%2F0998").text.contains("vektet 20 % i tildelingen. Begrunnelse: Få leverandører i regionen"))
        // Editing: the weight's fields emptied and an exemption written replace the weight.
        let edited = harness.post("/anskaffelser/2025%2F0998/endre", [("title", "Kantine"), ("year", "2025"), ("climate-weight", ""), ("climate-reason", ""),
                                                                    ("climate-exempt", "Kantinedrift har ubetydelig klimabelastning")])
        #expect(edited.status == .seeOther, "\(edited.text.prefix(3000))")
        #expect(try harness.register().procurement("2025/0998")?.climate == .exempt(reason: "Kantinedrift har ubetydelig klimabelastning"))
    }

    @Test("a self-report is recorded with its deadline, its answer later with a deviation it found, linked to it")
    func selfReport() throws {
        let harness = try SiteHarness()
        let sent = harness.post("/anskaffelser/2025%2F0131/oppfolging", [("kind", "egenrapportering"), ("date", "2025-05-01"), ("due", "2025-06-12"),
                                                                         ("supplier", "Storkjøkken AS")])
        #expect(sent.status == .seeOther, "\(sent.text.prefix(3000))")
        let recorded = try #require(try harness.register().procurement("2025/0131")?.followUps.last)
        #expect(recorded.kind == .selfReporting && recorded.answerDue == Day(iso: "2025-06-12"))
        let before = try harness.files()
        let early = harness.post("/oppfolging/\(recorded.id)", [("kind", "egenrapportering"), ("date", "2025-05-01"), ("answered", "2025-04-01"), ("supplier", "Storkjøkken AS")])
        #expect(early.status == .unprocessableContent)
        #expect(early.text.contains("id=\"f-answered-error\"><p>2025-04-01 er før egenrapporteringen ble sendt (2025-05-01)"))
        #expect(try harness.files() == before)
        let answered = harness.post("/oppfolging/\(recorded.id)", [("kind", "egenrapportering"), ("date", "2025-05-01"), ("answered", "2025-05-20"),
                                                                   ("supplier", "Storkjøkken AS"), ("deviation", "Arbeidstid"), ("where", "Underleverandør i Thailand")])
        #expect(answered.status == .seeOther, "\(answered.text.prefix(3000))")
        let procurement = try #require(try harness.register().procurement("2025/0131"))
        #expect(procurement.followUps.last?.outcome == .deviation && procurement.followUps.last?.answered == Day(iso: "2025-05-20"))
        #expect(procurement.deviations.last?.followUp == recorded.id && procurement.deviations.last?.type == "Arbeidstid")
        #expect(harness.get("/anskaffelser/2025%2F0131").text.contains("(funnet ved \(recorded.id))"))
        // Sent with no deadline, it gets none, and its procurement's page links to the field that sets one.
        let open = harness.post("/anskaffelser/2025%2F0131/oppfolging", [("kind", "egenrapportering"), ("date", "2025-05-02")])
        #expect(open.status == .seeOther)
        #expect(try harness.register().procurement("2025/0131")?.followUps.last?.answerDue == nil)
        let page = harness.get("/anskaffelser/2025%2F0131").text
        #expect(page.contains("ingen svarfrist satt") && page.contains("#f-due\">sett svarfrist</a>"))
    }

    @Test("an answer on a follow-up that is no self-report is refused by the field, as on the command line")
    func answerOnAudit() throws {
        let harness = try SiteHarness()
        let refused = harness.post("/anskaffelser/2025%2F0131/oppfolging", [("kind", "revisjon"), ("date", "2025-05-01"), ("answered", "2025-05-02")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("id=\"f-answered-error\"><p>--answered gjelder bare egenrapportering"))
    }

    @Test("the plan page accepts the proposal with a POST, by the same rule, and refuses it without a capacity")
    func acceptPlan() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let missing = harness.post("/oppfolgingsplan", [("year", "2026")])
        #expect(missing.status == .unprocessableContent)
        #expect(missing.text.contains("id=\"f-capacity-error\"><p>mangler --capacity N"))
        #expect(try harness.files() == before)
        #expect(harness.get("/oppfolgingsplan?year=2025").text.contains("Kapasitet: 3 (målverdien til årsmålet etikk-4)."))
        let page = harness.get("/oppfolgingsplan?year=2025&capacity=2").text
        #expect(page.contains("Legg de 2 foreslåtte inn som planlagt oppfølging"))
        let accepted = harness.post("/oppfolgingsplan", [("year", "2025"), ("capacity", "2")])
        #expect(accepted.status == .seeOther)
        #expect(accepted.headers["Location"] == "/oppfolgingsplan?year=2025&capacity=2&lagret=oppfolgingsplan")
        let planned = try harness.register().followUps.filter { $0.followUp.isPlanned && $0.followUp.planned?.year == 2025 }
        #expect(planned.count == 2)
        let after = harness.get("/oppfolgingsplan?year=2025&capacity=2&lagret=oppfolgingsplan").text
        #expect(after.contains("Forslaget er lagt inn som planlagt oppfølging."))
        #expect(!after.contains("foreslåtte inn som planlagt"))
    }

    @Test("a request to accept without the CSRF field is refused and changes nothing")
    func csrf() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let response = harness.responder.respond(to: .make(.post, "/oppfolgingsplan", headers: [
            ("Cookie", "aktsom-8080=\(SiteHarness.token)"), ("Content-Type", "application/x-www-form-urlencoded"),
        ], body: "year=2025&capacity=2"))
        #expect(response.status == .forbidden)
        #expect(try harness.files() == before)
    }
}

extension SiteHarness {
    /// The register as the site left it on disk.
    func register() throws -> ProcurementRegister {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/procurements.json")))
        return try RegisterCodec.decode(bytes, file: "procurements.json").register
    }
}
