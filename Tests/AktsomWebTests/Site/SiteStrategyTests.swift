import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

/// The strategy in the browser, as issue 13's commands keep it: the plan itself, areas with
/// their SDGs, focus areas on goals, governing documents, and the year's goal and risk texts,
/// each form saving through the command's rule and refusing with the command's message.
@Suite("The strategy, its areas and documents, and the year's texts in the browser")
struct SiteStrategyTests {
    static let pages = ["/strategi", "/strategi/endre", "/omrader/ny", "/omrader/klima/endre", "/omrader/klima/fjern",
                        "/dokumenter/ny", "/dokumenter/dok-1/endre", "/dokumenter/dok-1/fjern", "/mal/klima-1/fjern", "/tiltak/klima-1.1/fjern",
                        "/risikoer/risiko-1/fjern", "/anskaffelser/2023%2F0118/fjern", "/avvik/avvik-1/fjern",
                        "/ar/2025/mal/klima-1", "/ar/2025/risiko/risiko-1"]

    @Test("every new page answers 200 in bokmål and in English, and an unknown record is a 404")
    func everyNewPage() throws {
        let harness = try SiteHarness()
        for page in SiteStrategyTests.pages {
            #expect(harness.get(page).status == .ok, "\(page)")
            #expect(harness.get(page, english: true).status == .ok, "\(page) in English")
        }
        for missing in ["/omrader/x/endre", "/omrader/x/fjern", "/dokumenter/x/endre", "/dokumenter/x/fjern", "/mal/x/fjern", "/tiltak/x/fjern",
                        "/risikoer/x/fjern", "/anskaffelser/x/fjern", "/avvik/avvik-999/fjern", "/ar/2025/mal/x", "/ar/2025/risiko/x", "/ar/20x5/mal/klima-1"] {
            #expect(harness.get(missing).status == .notFound, "\(missing)")
        }
        #expect(harness.get("/").text.contains("href=\"/strategi\""), "the menu leads to the strategy")
    }

    @Test("the strategy page shows the plan's fields, each area's SDGs by name, focus areas and the documents by scope")
    func strategyPage() throws {
        let harness = try SiteHarness()
        let page = harness.get("/strategi").text
        for text in ["Kommunestyret", "Innkjøpsavdelingen", "12 Ansvarlig forbruk og produksjon", "Direkte og indirekte utslipp",
                     "Kommunale dokumenter", "Nasjonale dokumenter", "Klima- og energiplan for Fjordvik kommune 2023–2030"] {
            #expect(page.contains(HTML.escape(text)), "\(text)")
        }
        #expect(page.contains("href=\"/omrader/klima/fjern\"") && page.contains("href=\"/dokumenter/dok-1/endre\""))
        let english = harness.get("/strategi", english: true).text
        #expect(english.contains("Strategy areas (4)") && english.contains("National documents"))
    }

    struct Case: Sendable, CustomStringConvertible {
        let path: String
        let good: [(String, String)]
        let bad: [(String, String)]
        let field: String
        let message: String
        var description: String { path }
    }

    static let cases = [
        Case(path: "/strategi/endre", good: [("period", "2025-2029"), ("overall-goal", "Vi skal kjøpe <ansvarlig>."), ("deadline", "05-31")],
             bad: [("period", "2025-20x"), ("owner", "Bystyret")], field: "period", message: "--period: ugyldig verdi «2025-20x»"),
        Case(path: "/strategi/endre", good: [("owner", "Bystyret"), ("operational-owner", "")],
             bad: [("deadline", "13-45")], field: "deadline", message: "--deadline: ugyldig verdi «13-45»"),
        Case(path: "/omrader/ny", good: [("name", "Sirkulær økonomi"), ("goal", "Kjøpe mindre"), ("sdgs", "12"), ("sdgs", "11"), ("sdg-note", "Mål 12 dekker ombruk.")],
             bad: [("name", "Sosialt"), ("sdgs", "18")], field: "sdgs", message: "--sdgs: ugyldig bærekraftsmål «18»"),
        Case(path: "/omrader/ny", good: [("name", "Sosialt ansvar"), ("id", "sosialt"), ("ethical", "ja")],
             bad: [("name", "Klima igjen"), ("id", "klima")], field: "id", message: "det finnes allerede et strategiområde med id «klima»"),
        Case(path: "/omrader/dyrevelferd/endre", good: [("name", "Dyrevelferd"), ("sdg-note", "Ingen av målene handler om dyr."), ("ethical", "ja")],
             bad: [("name", " ")], field: "name", message: "--name kan ikke være tom"),
        Case(path: "/dokumenter/ny", good: [("title", "Nasjonal handlingsplan"), ("scope", "nasjonal"), ("year", "2021"), ("area", "etikk")],
             bad: [("title", "Plan"), ("scope", "statlige")], field: "scope", message: "--scope: ukjent nivå «statlige»"),
        Case(path: "/dokumenter/ny", good: [("title", "FNs veiledende prinsipper"), ("scope", "internasjonal"), ("issuer", "FN")],
             bad: [("title", "Plan"), ("scope", "nasjonal"), ("year", "tjue")], field: "year", message: "--year: ugyldig verdi «tjue»"),
        Case(path: "/dokumenter/dok-1/endre", good: [("title", "Klimaplan"), ("scope", "kommunal"), ("year", ""), ("link", "https://example.org/plan")],
             bad: [("title", "Klimaplan"), ("scope", "kommunal"), ("area", "finnes-ikke")], field: "area", message: "strategiområdet «finnes-ikke» finnes ikke"),
        Case(path: "/mal/ny", good: [("area", "etikk"), ("focus", "kontraktsoppfølging"), ("title", "Revisjon av alle høyrisikoavtaler")],
             bad: [("area", "etikk"), ("focus", "Kompetanse"), ("title", "")], field: "title", message: "--title kan ikke være tom"),
        Case(path: "/ar/2025/mal/klima-1", good: [("text", "Nådd: 30 % <lavere> utslipp.")],
             bad: [("text", "  ")], field: "text", message: "--text kan ikke være tom"),
        Case(path: "/ar/2026/start", good: [("from", "2025")],
             bad: [("from", "2026")], field: "from", message: "kan ikke starte 2026 fra seg selv"),
    ]

    @Test("each form saves with a 303 and, given a value the command refuses, saves nothing and says why by the field", arguments: cases)
    func forms(_ item: Case) throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let refused = harness.post(item.path, item.bad)
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("id=\"f-\(item.field)-error\"><p>\(HTML.escape(FormProblems.withoutOption(item.message)))"), "\(item.message)")
        #expect(try harness.files() == before, "wrote on an error")
        let saved = harness.post(item.path, item.good)
        #expect(saved.status == .seeOther, "\(saved.text.prefix(3000))")
        #expect(saved.headers["Location"]?.contains("lagret=") == true)
        #expect(try harness.files() != before, "saved nothing")
    }

    @Test("what the forms save is what the commands would have saved")
    func savedValues() throws {
        let harness = try SiteHarness()
        // A browser sends ticked boxes in the page's order, 1 to 17.
        #expect(harness.post("/omrader/ny", [("name", "Sirkulær økonomi"), ("sdgs", "11"), ("sdgs", "12"), ("sdg-note", "Om ombruk")]).status == .seeOther)
        #expect(harness.post("/omrader/klima/endre", [("name", "Klima og miljø"), ("sdgs", "13")]).status == .seeOther)
        #expect(harness.post("/mal/ny", [("area", "klima"), ("focus", "bygg og anlegg"), ("title", "Fossilfrie anleggsplasser")]).status == .seeOther)
        #expect(harness.post("/mal/klima-1/endre", [("focus", "")]).status == .seeOther)
        let twin = try SiteHarness()
        for arguments in [["area", "add", "--name", "Sirkulær økonomi", "--sdgs", "11,12", "--sdg-note", "Om ombruk"], ["area", "edit", "klima", "--sdgs", "13"],
                          ["goal", "add", "--area", "klima", "--focus", "bygg og anlegg", "--title", "Fossilfrie anleggsplasser"], ["goal", "edit", "klima-1", "--focus", ""]] {
            #expect(try twin.aktsom.run(arguments).code == 0, "\(arguments)")
        }
        let browser = try harness.text("plan.json")
        #expect(browser == (try twin.text("plan.json")))
        #expect(browser.contains("\"focus\": \"Bygg og anlegg\""), "the focus area is spelled as the plan already spells it")
    }

    @Test("a new template renumbers the categories, and one the template lacks is refused by the template field, naming the measure")
    func templateRenumbering() throws {
        let harness = try SiteHarness()
        let moved = harness.post("/strategi/endre", [("template", "ehn-virksomhet")])
        #expect(moved.headers["Location"] == "/strategi?lagret=omnummerert")
        #expect(try harness.aktsom.run(["measure", "edit", "klima-1.1", "--category", "3.B.6"]).code == 0)
        let before = try harness.files()
        let refused = harness.post("/strategi/endre", [("template", "ehn-offentlig")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("id=\"f-template-error\"><p>1 tiltak har en kategori som ehn-offentlig ikke har</p>"))
        #expect(refused.text.contains("tiltak «klima-1.1»: 3.B.6"))
        #expect(try harness.files() == before)
        let english = harness.post("/strategi/endre", [("template", "ehn-offentlig")], english: true)
        #expect(english.text.contains("1 measure has a category ehn-offentlig does not have"))
    }

    @Test("a risk's report for the year is saved, kept field by field, and an empty form is refused with the command's words")
    func riskReport() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let empty = harness.post("/ar/2025/risiko/risiko-1", [("status", ""), ("year-goal", ""), ("results", "")])
        #expect(empty.status == .unprocessableContent)
        #expect(empty.text.contains(HTML.escape("oppgi minst én av --status, --year-goal og --results")))
        #expect(harness.post("/ar/2025/risiko/risiko-1", [("status", ""), ("year-goal", ""), ("results", "")], english: true).text
            .contains("give at least one of --status, --year-goal and --results"))
        #expect(try harness.files() == before)
        let saved = harness.post("/ar/2025/risiko/risiko-1", [("status", "Pågår"), ("year-goal", "Kartlegge <alle>"), ("results", "")])
        #expect(saved.headers["Location"] == "/ar/2025?lagret=risikotekst#risikoer")
        let year = harness.get("/ar/2025").text
        #expect(year.contains("Kartlegge &lt;alle&gt;"))
        #expect(harness.get("/ar/2025/risiko/risiko-1").text.contains(">Pågår</textarea>"))
    }

    @Test("starting a year copies the answers as drafts marked «uendret fra», and nothing to copy is said by the field")
    func yearStart() throws {
        let harness = try SiteHarness()
        let started = harness.post("/ar/2027/start", [("from", "2025")])
        #expect(started.headers["Location"] == "/ar/2027?lagret=startet#svar")
        let page = harness.get("/ar/2027?lagret=startet").text
        #expect(page.contains("Året er startet."))
        #expect(page.contains("uendret fra 2025"))
        let before = try harness.files()
        let nothing = harness.post("/ar/2031/start", [("from", "2030")])
        #expect(nothing.status == .unprocessableContent)
        #expect(nothing.text.contains("id=\"f-from-error\"><p>2030 har ingen fritekstsvar eller kontaktinformasjon å kopiere"))
        #expect(nothing.text.contains("<details id=\"start\" open>"))
        #expect(harness.post("/ar/2031/start", [("from", "2030")], english: true).text.contains("2030 has no free-text answers or contact details to copy"))
        #expect(try harness.files() == before)
    }

    @Test("a register longer than a page is shown a page at a time, keeping the filter, with the count of the whole selection")
    func procurementPages() throws {
        let harness = try SiteHarness()
        let existing = try harness.site.plan.load().register.procurements.count
        try harness.site.plan.change { data, _ in
            for number in 1...ProcurementListPage.pageSize {
                var draft = ProcurementDraft()
                draft.id = "2026/\(10_000 + number)"
                draft.title = "Rammeavtale \(number)"
                draft.year = 2026
                _ = try data.addProcurement(draft)
            }
        }
        let total = existing + ProcurementListPage.pageSize
        let first = harness.get("/anskaffelser").text
        #expect(first.contains("\(total.norwegian) anskaffelser i utvalget"))
        #expect(first.contains("Viser 1–500 av \(total.norwegian)"))
        #expect(first.contains("href=\"/anskaffelser?side=2\""))
        #expect(first.components(separatedBy: "<tr").count - 2 == ProcurementListPage.pageSize)
        let second = harness.get("/anskaffelser?side=2").text
        #expect(second.components(separatedBy: "<tr").count - 2 == total - ProcurementListPage.pageSize)
        #expect(second.contains("href=\"/anskaffelser?side=1\""))
        // A page past the last shows the last; the filter stays in the links.
        let in2026 = try harness.site.plan.load().register.procurements.filter { $0.year == 2026 }.count
        let filtered = harness.get("/anskaffelser?year=2026&side=9", english: true).text
        #expect(filtered.contains("Showing 501–\(in2026.norwegian) of \(in2026.norwegian)"))
        #expect(filtered.contains("href=\"/anskaffelser?year=2026&amp;side=1\""))
    }

    @Test("the views kept between requests (year, report, check) are made again when a command changes the plan")
    func keptViewsFollowTheFiles() throws {
        let harness = try SiteHarness()
        for page in ["/ar/2025", "/eksport?year=2025", "/kontroll?year=2025"] { #expect(harness.get(page).status == .ok) }
        #expect(!harness.get("/ar/2025").text.contains("Skrevet i terminalen"))
        #expect(try harness.aktsom.run(["year", "note", "2025", "--section", "forord", "--text", "Skrevet i terminalen"]).code == 0)
        #expect(harness.get("/ar/2025").text.contains("Skrevet i terminalen"))
        #expect(harness.get("/eksport?year=2025").text.contains("Skrevet i terminalen"))
        let findings = harness.get("/kontroll?year=2025").text
        #expect(try harness.aktsom.run(["measure", "add", "--goal", "klima-1", "--title", "Uten status"]).code == 0)
        #expect(harness.get("/kontroll?year=2025").text != findings)
    }
}
