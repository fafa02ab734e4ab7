import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("The lead's pages over the example plan")
struct SitePagesTests {
    @Test("every page answers 200, in bokmål and in English, and an unknown record is a 404")
    func everyPage() throws {
        let harness = try SiteHarness()
        let pages = ["/", "/handlingsplan", "/handlingsplan?owner=Byggherre&overdue=ja", "/handlingsplan?due-within=30&area=klima",
                     "/tiltak/klima-1.1", "/tiltak/ny", "/tiltak/klima-1.1/endre", "/mal/ny", "/mal/klima-1/endre",
                     "/risikoer", "/risikoer/ny", "/risikoer/risiko-1/endre", "/anskaffelser", "/anskaffelser?year=2025&high-risk=ja",
                     "/anskaffelser/ny", "/anskaffelser/2023%2F0118", "/anskaffelser/2023%2F0118/endre", "/anskaffelser/2023%2F0118/oppfolging",
                     "/anskaffelser/2023%2F0118/avvik", "/avvik/avvik-1", "/ar/2025", "/ar/2025/nokkeltall", "/ar/2025/svar/1.E.1",
                     "/kontroll", "/kontroll?year=2025", "/import", "/eksport", "/eksport?year=2025&mal=ehn-2020", "/eksport/rapport?year=2025",
                     "/eksport/fil/ehn-offentlig.md?year=2025", "/statusark/Byggherre", "/kalender.ics", "/kalender.ics?team=Byggherre",
                     "/api/status", "/api/measures", "/api/measures/klima-1.1", "/api/check"]
        for page in pages {
            #expect(harness.get(page).status == .ok, "\(page)")
            #expect(harness.get(page, english: true).status == .ok, "\(page) in English")
        }
        // On the harness's day, 1 June 2025, the report being made is 2024's; ?year= is followed.
        #expect(harness.get("/ar").headers["Location"] == "/ar/2024")
        #expect(harness.get("/ar?year=2025").headers["Location"] == "/ar/2025")
        #expect(harness.get("/eksport").text.contains("<option value=\"2024\" selected>2024</option>"))
        for missing in ["/tiltak/finnes-ikke", "/anskaffelser/finnes-ikke", "/avvik/avvik-999", "/mal/x/endre", "/risikoer/x/endre", "/statusark/Ingen", "/ar/20x5"] {
            #expect(harness.get(missing).status == .notFound, "\(missing)")
        }
        #expect(harness.get("/handlingsplan?due-within=mange").status == .badRequest)
    }

    @Test("the measure form offers the plan's teams as the owner is typed, so a typo does not quietly make a new team")
    func ownerSuggestions() throws {
        let harness = try SiteHarness()
        let page = harness.get("/tiltak/ny").text
        #expect(page.contains("id=\"f-owner\" name=\"owner\" value=\"\" list=\"f-owner-list\""))
        let teams = try PlanStore(folder: harness.folder, fileSystem: LocalFileSystem()).load().data.plan.teams
        #expect(!teams.isEmpty)
        for team in teams { #expect(page.contains("<option value=\"\(HTML.escape(team))\"></option>"), "\(team)") }
    }

    @Test("a long note shows its start on the dashboard and in full on the measure's page")
    func longNoteShortened() throws {
        let harness = try SiteHarness()
        let note = String(repeating: "Leverandøren har levert dokumentasjon. ", count: 40) + "SLUTT"
        #expect(harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("note", note)]).status == .seeOther)
        let dashboard = harness.get("/").text
        #expect(dashboard.contains("Leverandøren har levert dokumentasjon."))
        #expect(!dashboard.contains("SLUTT"))
        #expect(harness.get("/tiltak/klima-1.3").text.contains("SLUTT"))
    }

    @Test("the year page tells a section the data fills from one that still lacks its text")
    func yearPageAnswers() throws {
        let harness = try SiteHarness()
        let answers = try #require(harness.get("/ar/2025").text.components(separatedBy: "id=\"svar\"").dropFirst().first)
        let rows = answers.components(separatedBy: "<tr>").dropFirst()
        let keyInformation = try #require(rows.first { $0.contains(">nokkelinformasjon<") })
        #expect(keyInformation.contains("fylles fra dataene"))
        let foreword = try #require(rows.first { $0.contains(">forord<") })
        #expect(foreword.contains("intet svar"))
    }

    @Test("the check page gives each finding the page that fixes it, and a command only where no page does")
    func checkPageFixes() throws {
        let harness = try SiteHarness()
        let page = harness.get("/kontroll?year=2025").text
        let findings = page.components(separatedBy: "<li class=\"").dropFirst().filter { $0.contains("class=\"fix\"") }
        #expect(!findings.isEmpty)
        for finding in findings {
            let fix = finding.components(separatedBy: "class=\"fix\"")[1]
            let linked = fix.contains("class=\"button small\"")
            #expect(linked != fix.contains("aktsom "), "either the page's button or the command: \(fix.prefix(160))")
        }
        #expect(findings.contains { $0.contains("class=\"button small\"") })
    }

    @Test("the dashboard shows the report's charts as SVG, the overdue, the due soon, the goals and the latest updates")
    func dashboard() throws {
        let page = try SiteHarness().get("/").text
        #expect(page.contains("<svg"))
        #expect(page.contains("Status for tiltak per strategiområde"))
        for section in ["id=\"forfalt\"", "id=\"snart\"", "id=\"mal\"", "id=\"siste\""] { #expect(page.contains(section)) }
        #expect(!page.contains("<script"))
    }

    @Test("the language switch sets a cookie and the pages follow it")
    func languageSwitch() throws {
        let harness = try SiteHarness()
        let switched = harness.get("/sprak/en?tilbake=%2Fhandlingsplan")
        #expect(switched.status == .seeOther)
        #expect(switched.headers["Location"] == "/handlingsplan")
        #expect(switched.headers["Set-Cookie"]?.hasPrefix("aktsom-lang=en") == true)
        #expect(harness.get("/sprak/en?tilbake=https%3A%2F%2Fexample.org").headers["Location"] == "/")
        #expect(harness.get("/handlingsplan", english: true).text.contains("Action plan"))
        #expect(harness.get("/handlingsplan").text.contains("Handlingsplan"))
    }

    @Test("a status update through the form is appended and shows in the history")
    func statusForm() throws {
        let harness = try SiteHarness()
        let response = harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("note", "Lager <leid> & klart"), ("date", "2025-05-30"), ("by", "")])
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/tiltak/klima-1.3?lagret=status#historikk")
        #expect(try harness.journal().contains("\"measure\": \"klima-1.3\", \"status\": \"pågår\", \"date\": \"2025-05-30\", \"by\": \"Teknisk drift\""))
        let page = harness.get("/tiltak/klima-1.3?lagret=status").text
        #expect(page.contains("Statusen er registrert."))
        #expect(page.contains("Lager &lt;leid&gt; &amp; klart"))
    }

    @Test("a status form with a bad date or a date in the future comes back with the command's message by the field, and nothing is written")
    func statusFormErrors() throws {
        let harness = try SiteHarness()
        let before = try harness.files()
        let bad = harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("note", "Mitt notat"), ("date", "31.02.2025")])
        #expect(bad.status == .unprocessableContent)
        #expect(bad.text.contains("id=\"f-date-error\"><p>ugyldig verdi «31.02.2025»</p>"), "no --date in front: the field is right there")
        #expect(bad.text.contains("forventet en gyldig dato som ÅÅÅÅ-MM-DD (eller DD.MM.ÅÅÅÅ)"))
        #expect(bad.text.contains(">Mitt notat</textarea>"))
        let future = harness.post("/tiltak/klima-1.3/status", [("status", "ferdig"), ("date", "")])
        #expect(future.text.contains("id=\"f-status-error\""))
        #expect(future.text.contains("ukjent status «ferdig»"))
        let later = harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("date", "2026-01-01")])
        #expect(later.text.contains("datoen 01.01.2026 er fram i tid (i dag er 01.06.2025)"))
        #expect(try harness.files() == before)
    }

    @Test("each form saves with a 303 and, given a value the command refuses, saves nothing and says why by the field")
    func forms() throws {
        let harness = try SiteHarness()
        struct Case {
            let path: String
            let good: [(String, String)]
            let bad: [(String, String)]
            let field: String
            let message: String
        }
        let cases = [
            Case(path: "/mal/ny", good: [("area", "klima"), ("title", "Ny mål"), ("target", "80"), ("unit", "%")],
                 bad: [("area", "klima"), ("title", "Mål"), ("unit", "%")], field: "target", message: "--unit og --indicator krever --target"),
            Case(path: "/tiltak/ny", good: [("goal", "klima-1"), ("title", "Nytt tiltak"), ("owner", "Byggherre"), ("due", "2025-Q4"), ("risk", "risiko-1")],
                 bad: [("goal", "klima-1"), ("title", "Tiltak"), ("due", "2025-Q5")], field: "due", message: "--due: ugyldig verdi «2025-Q5»"),
            Case(path: "/tiltak/ny", good: [("goal", "klima-2"), ("title", "Enda et")],
                 bad: [("goal", "klima-99"), ("title", "Tiltak")], field: "goal", message: "målet «klima-99» finnes ikke"),
            Case(path: "/tiltak/klima-1.1/endre", good: [("goal", "klima-1"), ("title", "Endret tittel"), ("owner", "Byggherre")],
                 bad: [("goal", "klima-1"), ("title", "Endret tittel"), ("end", "i morgen")], field: "end", message: "--end: ugyldig verdi «i morgen»"),
            Case(path: "/risikoer/ny", good: [("title", "Barnearbeid i gruver"), ("area", "etikk")],
                 bad: [("title", "Risiko"), ("start", "2025-13")], field: "start", message: "--start: ugyldig verdi «2025-13»"),
            Case(path: "/anskaffelser/ny", good: [("title", "Arbeidsklær"), ("id", "2025/0999"), ("category", "Arbeidsklær"), ("value", "1 200 000"),
                                                  ("high-risk", "kategori"), ("req-etikk", "qualification"), ("req-etikk", "contract"), ("req-klima", "award")],
                 bad: [("title", "Kaffe"), ("value", "mye")], field: "value", message: "--value: ugyldig verdi «mye»"),
            Case(path: "/anskaffelser/2023%2F0118/oppfolging", good: [("kind", "revisjon"), ("date", "2025-05-02"), ("note", "Revisjon")],
                 bad: [("kind", "revisjon"), ("date", "2.5")], field: "date", message: "--date: ugyldig verdi «2.5»"),
            Case(path: "/anskaffelser/2023%2F0118/avvik", good: [("type", "Arbeidstid"), ("where", "Fabrikk"), ("status", "under arbeid"), ("date", "2025-05-02")],
                 bad: [("type", "Arbeidstid"), ("where", "Fabrikk"), ("status", "Pågående"), ("state", "halvveis")], field: "state", message: "--state: ukjent avvikstilstand «halvveis»"),
            Case(path: "/avvik/avvik-1", good: [("status", "lukket"), ("action", "Ny revisjon viste at det er rettet"), ("date", "2025-05-30")],
                 bad: [("status", ""), ("state", "")], field: "status", message: "mangler --status TEXT"),
            Case(path: "/ar/2025/nokkeltall", good: [("spend", "2 200 000 000"), ("agreements-followed-up", "4")],
                 bad: [("employees", "mange")], field: "employees", message: "--employees: ugyldig verdi «mange»"),
            Case(path: "/ar/2025/svar/1.E.1", good: [("text", "Vårt svar <b>med</b> tegn")],
                 bad: [("text", "x"), ("blank", "ja"), ("keep", "ja")], field: "text", message: "oppgi én av --text, --blank, --keep og --remove"),
        ]
        for item in cases {
            let before = try harness.files()
            let refused = harness.post(item.path, item.bad)
            #expect(refused.status == .unprocessableContent, "\(item.path)")
            // The command's message, shown under its field without the option's name in front.
            #expect(refused.text.contains("id=\"f-\(item.field)-error\"><p>\(HTML.escape(FormProblems.withoutOption(item.message)))"), "\(item.path): \(item.message)")
            #expect(try harness.files() == before, "\(item.path) wrote on an error")
            let saved = harness.post(item.path, item.good)
            #expect(saved.status == .seeOther, "\(item.path): \(saved.text.prefix(2000))")
            #expect(try harness.files() != before, "\(item.path) saved nothing")
        }
        let procurement = harness.get("/anskaffelser/2025%2F0999").text
        #expect(procurement.contains("Arbeidsklær"))
        let register = try RegisterCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: harness.folder + "/procurements.json"))), file: "procurements.json").register
        #expect(register.procurement("2025/0999")?.requirements == ["etikk": [.qualification, .contract], "klima": [.award]])
        #expect(try String(contentsOfFile: harness.folder + "/years/2025.json", encoding: .utf8).contains("Vårt svar <b>med</b> tegn"))
    }
}
