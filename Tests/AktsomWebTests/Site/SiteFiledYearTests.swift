import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

/// A year page that leaves saved records out because of their dates says so above its sections,
/// each with a link to the form that brings it in; following the link proposes the year as the
/// start, and saving it brings the record into the year.
@Suite("The year's pages name what the report leaves out")
struct SiteLeftOutTests {
    @Test("the year page and the export page name a goal typed in after the year, and its link proposes the start")
    func leftOutOnTheYearPage() throws {
        let harness = try SiteHarness()
        #expect(!harness.get("/ar/2024").text.contains("<strong>klima-1</strong>"), "a goal of the strategy counts from its period: the rule working")
        // Without a period, a goal typed in today (1 June 2025) counts from today.
        try harness.aktsom.run("plan", "edit", "--period", "")
        try harness.aktsom.run("goal", "add", "--area", "klima", "--id", "klima-9", "--title", "Nytt mål")
        let page = harness.get("/ar/2024").text
        let section = try #require(page.components(separatedBy: "id=\"ikke-med\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(section.contains("Lagret, men ikke med i 2024 ("))
        #expect(section.contains("klima-9") && section.contains("fordi det ble lagt inn 01.06.2025 og ingen start er satt"))
        let link = "/mal/klima-9/endre?start=2024#f-start"
        #expect(section.contains("href=\"\(link)\""), "\(section.prefix(600))")
        #expect(harness.get("/eksport?year=2024&mal=ehn-offentlig").text.contains("href=\"\(link)\""))
        #expect(!harness.get("/ar/2025").text.contains("id=\"ikke-med\""), "nothing of the example's 2025 is left out")

        // The link opens the goal's form with the start proposed; nothing is saved by following it.
        let form = harness.get("/mal/klima-9/endre?start=2024").text
        #expect(form.contains("id=\"f-start\" name=\"start\" value=\"2024\""), "\(form.components(separatedBy: "f-start").dropFirst().first?.prefix(200) ?? "")")
        let loaded = try PlanStore(folder: harness.folder, fileSystem: LocalFileSystem()).load()
        #expect(loaded.data.plan.goal("klima-9")?.active.start == nil)

        let check = harness.get("/kontroll?year=2024").text
        #expect(check.contains("id=\"sjekk-left-out-by-dates\"") && check.contains("href=\"\(link)\""))
    }
}

@Suite("Text typed in the browser")
struct SiteTypedTextTests {
    @Test("a textarea's CRLF lines are stored as LF, and its web address is a link on the pages")
    func crlfStoredAsLF() throws {
        let harness = try SiteHarness()
        let saved = harness.post("/ar/2025/svar/1.E.1", [("text", "Erfaringer:\r\n- bedre krav\r\n- se https://x.no/innkjop")])
        #expect(saved.status == .seeOther)
        let file = try String(contentsOfFile: harness.folder + "/years/2025.json", encoding: .utf8)
        #expect(file.contains("\"text\": \"Erfaringer:\\n- bedre krav\\n- se https://x.no/innkjop\""), "\(file)")
        #expect(!file.contains("\\r"))
        #expect(harness.get("/ar/2025").text.contains("<a href=\"https://x.no/innkjop\">https://x.no/innkjop</a>"))
    }
}

@Suite("Every blank links to the form that fills it")
struct SiteBlankLinkTests {
    /// A value the field takes, as a lead would type it.
    static func typed(_ name: String) -> String {
        switch name {
        case "spend", "active-contracts", "announced", "employees", "revenue", "suppliers", "agreements-followed-up", "suppliers-followed-up": return "5"
        case "transparency-act", "deviations-found", "register-complete": return "ja"
        case "contact-email": return "kari.nordmann@fjordvik.kommune.no"
        case "year": return "2027"
        default: return "Skrevet på siden"
        }
    }

    @Test("on an empty year, each «Ikke utfylt» link opens a form; saving it fills exactly that answer")
    func followEveryBlank() throws {
        let harness = try SiteHarness()
        func blanks() -> [String] {
            let page = harness.get("/ar/2027").text
            guard let missing = page.components(separatedBy: "id=\"mangler\"").dropFirst().first?.components(separatedBy: "</section>").first else { return [] }
            return missing.components(separatedBy: "<a href=\"").dropFirst().map { PageForm.unescape(String($0.prefix { $0 != "\"" })) }
        }
        let before = blanks()
        #expect(before.count > 20, "an empty year has many blanks: \(before.count)")
        #expect(before.contains("/ar/2027/svar/struktur#f-text"), "«Beskrivelse av virksomhetens struktur» links to its own answer")
        #expect(before.contains("/ar/2027/nokkeltall#f-employees"))
        var followed = 0
        for link in before where blanks().contains(link) {
            let parts = link.components(separatedBy: "#")
            let field = parts.count > 1 ? String(parts[1].dropFirst(2)) : nil
            let page = harness.get(parts[0])
            #expect(page.status == .ok, "\(link)")
            var form = try #require(PageForm.find(in: page.text, holding: field), "\(link) has no form")
            if let field { form.set(field, Self.typed(field)) }
            for name in form.required where (form.value(name) ?? "").isEmpty { form.set(name, Self.typed(name)) }
            let saved = harness.post(form.action, form.fields)
            #expect(saved.status == .seeOther, "\(link): \(saved.status) \(saved.text.prefix(400))")
            #expect(!blanks().contains(link), "\(link) still blank after saving its form")
            followed += 1
        }
        #expect(followed > 20)
    }
}

@Suite("A goal's words and the period's action plan in the browser")
struct SiteGoalAndPeriodTests {
    @Test("a goal's description is saved from its form and shown under its title in the report")
    func goalDescription() throws {
        let harness = try SiteHarness()
        var form = try #require(PageForm.find(in: harness.get("/mal/klima-1/endre").text))
        form.set("description", "Målet bygger på klimabudsjettet:\n- utslipp fra bygg\n- transport")
        #expect(harness.post(form.action, form.fields).status == .seeOther)
        let preview = harness.get("/eksport?year=2025&mal=ehn-offentlig").text
        #expect(preview.contains("<p>Målet bygger på klimabudsjettet:</p>\n<ul>\n<li>utslipp fra bygg</li>"), "\(preview.prefix(200))")
    }

    @Test("the export page makes the action plan for the whole strategy period, with the day each measure was done")
    func periodOnTheExportPage() throws {
        let harness = try SiteHarness()
        let page = harness.get("/eksport?mal=handlingsplan&periode=ja")
        #expect(page.status == .ok)
        #expect(page.text.contains("strategiperioden 2025–2028") && page.text.contains("<th>Gjennomført</th>"))
        #expect(harness.get("/eksport?mal=ehn-offentlig&periode=ja").status == .badRequest, "a yearly form has no period: the command's rule")
    }
}

@Suite("When a record counts, shown where it is")
struct SiteInForceTests {
    @Test("a goal's form, a measure's page and a risk's form say from when it counts and why")
    func sinceIsShown() throws {
        let harness = try SiteHarness()
        #expect(harness.get("/mal/klima-1/endre").text.contains("Gjelder fra 01.01.2025, fordi strategiperioden er 2025–2028."))
        #expect(harness.get("/mal/klima-3/endre").text.contains("Gjelder fra 01.01.2025, fordi det er et årsmål for 2025."))
        #expect(harness.get("/tiltak/klima-1.1").text.contains("fra 01.01.2025, fordi målet klima-1 gjelder fra da"))
        #expect(harness.get("/risikoer/risiko-1/endre").text.contains("fordi strategiperioden er 2025–2028"))
        let shown = try harness.aktsom.run("measure", "show", "klima-1.1")
        #expect(shown.out.contains("Gjelder:") && shown.out.contains("fordi målet klima-1 gjelder fra da"), "\(shown.out)")
    }
}

@Suite("Acknowledging a finding in the browser")
struct SiteAcknowledgementTests {
    @Test("the check page acknowledges a finding with a reason, shows it as acknowledged, and reopens it, as the commands do")
    func acknowledgeOnTheCheckPage() throws {
        let harness = try SiteHarness()
        let page = harness.get("/kontroll?year=2025").text
        let before = try #require(page.components(separatedBy: "action=\"/kontroll/kvitter\"").dropFirst().first.map { "<form method=\"post\" action=\"/kontroll/kvitter\"" + $0 })
        var form = try #require(PageForm.find(in: before))
        let check = try #require(form.value("check")), subject = try #require(form.value("subject"))
        form.set("reason", "Avtalen ble sagt opp før levering.")
        #expect(harness.post(form.action, form.fields).status == .seeOther)
        let after = harness.get("/kontroll?year=2025").text
        #expect(after.contains("kvittert ut 01.06.2025") && after.contains("Avtalen ble sagt opp før levering."))
        let shown = try harness.aktsom.run("check", "--year", "2025", "--json")
        #expect(shown.out.contains("\"reason\": \"Avtalen ble sagt opp før levering.\""), "the command line sees the same acknowledgement")
        #expect(harness.post("/kontroll/gjenapne", [("check", check), ("subject", subject), ("year", "2025")]).status == .seeOther)
        #expect(!harness.get("/kontroll?year=2025").text.contains("Avtalen ble sagt opp før levering."))
        #expect(harness.post("/kontroll/kvitter", [("check", "no-such-rule"), ("subject", "x"), ("year", "2025"), ("reason", "r")]).status == .unprocessableContent)
    }
}

@Suite("The year chosen carries across the pages")
struct SiteYearChoiceTests {
    @Test("the year pages, the check and the export pick a year from the plan's years, and the menu keeps it")
    func yearCarries() throws {
        let harness = try SiteHarness()
        let year = harness.get("/ar/2024").text
        #expect(year.contains("<option value=\"2028\">2028</option>") && year.contains("<option value=\"2024\" selected>2024</option>"), "the strategy's years to pick from")
        #expect(year.contains("href=\"/kontroll?year=2024\"") && year.contains("href=\"/eksport?year=2024\"") && year.contains("href=\"/ar?year=2024\""))
        let check = harness.get("/kontroll?year=2024").text
        #expect(check.contains("<option value=\"2024\" selected>2024</option>") && check.contains("href=\"/eksport?year=2024\""))
        let export = harness.get("/eksport?year=2024").text
        #expect(export.contains("<option value=\"2024\" selected>2024</option>") && export.contains("href=\"/ar?year=2024\""))
        #expect(harness.get("/ar?year=2024").headers["Location"] == "/ar/2024")
        #expect(!harness.get("/handlingsplan").text.contains("/kontroll?year="), "a page about no year carries none")
    }
}
