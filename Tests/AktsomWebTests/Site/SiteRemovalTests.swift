import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

/// Removing from the browser: the confirm page shows what `remove --dry-run` says would go, the
/// removal is refused without «fjern også» as without `--cascade`, goes through the same rule
/// with it, and never takes along anything the person was not shown.
@Suite("Removing records from the browser")
struct SiteRemovalTests {
    @Test("the confirm page lists exactly what remove --dry-run --cascade lists, in the command's words")
    func confirmPageIsTheDryRun() throws {
        let harness = try SiteHarness()
        for (path, arguments) in [("/mal/klima-1/fjern", ["goal", "remove", "klima-1"]), ("/omrader/etikk/fjern", ["area", "remove", "etikk"]),
                                  ("/risikoer/risiko-1/fjern", ["risk", "remove", "risiko-1"]),
                                  ("/anskaffelser/2023%2F0241/fjern", ["procurement", "remove", "2023/0241"])] {
            let dryRun = try harness.aktsom.run(arguments + ["--dry-run", "--cascade"])
            #expect(dryRun.code == 0)
            let lines = dryRun.out.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.dropFirst(2) }
            #expect(!lines.isEmpty, "\(arguments)")
            let page = harness.get(path).text
            for line in lines { #expect(page.contains("<li>\(HTML.escape(String(line)))</li>"), "\(path): \(line)") }
            #expect(page.components(separatedBy: "<li>").count - 1 >= lines.count)
            #expect(page.contains("name=\"cascade\""))
        }
        let alone = harness.get("/dokumenter/dok-2/fjern").text
        #expect(alone.contains("Ingenting annet viser til det styrende dokumentet"))
        #expect(!alone.contains("name=\"cascade\""))
        #expect(harness.get("/mal/klima-1/fjern", english: true).text.contains("These refer to the goal (5)"))
    }

    @Test("without «fjern også» a record others refer to is refused with the command's message, and nothing is written")
    func refusedWithoutCascade() throws {
        let harness = try SiteHarness()
        let seen = try #require(harness.seen(harness.get("/mal/klima-1/fjern").text))
        let before = try harness.files()
        let refused = harness.post("/mal/klima-1/fjern", [("seen", seen)])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("målet «klima-1» kan ikke fjernes: dette viser til det"))
        #expect(harness.post("/mal/klima-1/fjern", [("seen", seen)], english: true).text.contains("the goal «klima-1» cannot be removed: these refer to it"))
        #expect(try harness.files() == before)
    }

    @Test("with «fjern også» the goal, its measures and status texts go; the measures' history stays in the journal")
    func cascade() throws {
        let harness = try SiteHarness()
        let journal = try harness.journal()
        let seen = try #require(harness.seen(harness.get("/mal/klima-1/fjern").text))
        let removed = harness.post("/mal/klima-1/fjern", [("seen", seen), ("cascade", "ja")])
        #expect(removed.status == .seeOther)
        #expect(removed.headers["Location"] == "/handlingsplan?lagret=fjernet")
        let plan = try harness.text("plan.json")
        #expect(harness.get("/mal/klima-1/endre").status == .notFound)
        #expect(harness.get("/tiltak/klima-1.1").text.contains("Tiltaket ble fjernet fra planen"))
        #expect(try harness.journal() == journal)
        #expect(!(try harness.text("years/2025.json")).contains("\"klima-1\""))
        let twin = try SiteHarness()
        #expect(try twin.aktsom.run(["goal", "remove", "klima-1", "--cascade"]).code == 0)
        #expect(plan == (try twin.text("plan.json")))
    }

    @Test("a removed measure's page says it was removed and shows the history, as aktsom history does")
    func removedMeasurePage() throws {
        let harness = try SiteHarness()
        let seen = try #require(harness.seen(harness.get("/tiltak/klima-1.3/fjern").text))
        let removed = harness.post("/tiltak/klima-1.3/fjern", [("seen", seen)])
        #expect(removed.headers["Location"] == "/tiltak/klima-1.3?lagret=fjernet")
        let page = harness.get("/tiltak/klima-1.3?lagret=fjernet")
        #expect(page.status == .ok)
        #expect(page.text.contains("Det er fjernet."))
        #expect(page.text.contains("Tiltaket ble fjernet fra planen 01.06.2025; historikken er bevart"))
        let history = try harness.aktsom.run(["history", "klima-1.3", "--json"])
        let count = history.out.components(separatedBy: "\"status\": ").count - 1
        #expect(count == 3)
        #expect(page.text.contains("Historikk (\(count))"))
        #expect(harness.get("/tiltak/klima-1.3", english: true).text.contains("The measure was removed from the plan on 01.06.2025"))
        #expect(!harness.get("/handlingsplan").text.contains("href=\"/tiltak/klima-1.3\""))
        #expect(harness.get("/strategi").text.contains("Fjernede tiltak (1)"))
        // A status form left open in another tab is refused with the command's message.
        let late = harness.post("/tiltak/klima-1.3/status", [("status", "pågår")])
        #expect(late.status == .unprocessableContent)
        #expect(late.text.contains("tiltaket «klima-1.3» ble fjernet 01.06.2025"))
    }

    @Test("if what would go changed after the page was shown, nothing is removed and the page shows the new list")
    func staleConfirmation() throws {
        let harness = try SiteHarness()
        let seen = try #require(harness.seen(harness.get("/mal/klima-2/fjern").text))
        #expect(try harness.aktsom.run(["measure", "add", "--goal", "klima-2", "--title", "Lagt til i terminalen"]).code == 0)
        let before = try harness.files()
        let stale = harness.post("/mal/klima-2/fjern", [("seen", seen), ("cascade", "ja")])
        #expect(stale.status == .unprocessableContent)
        #expect(stale.text.contains("Planen er endret siden siden ble vist"))
        #expect(stale.text.contains("Lagt til i terminalen"))
        #expect(try harness.files() == before)
        let fresh = try #require(harness.seen(stale.text))
        #expect(harness.post("/mal/klima-2/fjern", [("seen", fresh), ("cascade", "ja")]).status == .seeOther)
    }

    @Test("every kind removes through its rule and lands where the record was listed")
    func everyKind() throws {
        let harness = try SiteHarness()
        #expect(harness.post("/omrader/ny", [("name", "Tom"), ("id", "tom")]).status == .seeOther)
        for (path, landing, cascade) in [("/avvik/avvik-1/fjern", "/anskaffelser/2023%2F0241?lagret=fjernet#avvik", false),
                                         ("/risikoer/risiko-1/fjern", "/risikoer?lagret=fjernet", true),
                                         ("/anskaffelser/2023%2F0118/fjern", "/anskaffelser?lagret=fjernet", true),
                                         ("/omrader/tom/fjern", "/strategi?lagret=fjernet#omrader", false),
                                         ("/dokumenter/dok-2/fjern", "/strategi?lagret=fjernet#dokumenter", false)] {
            let seen = try #require(harness.seen(harness.get(path).text), "\(path)")
            let response = harness.post(path, [("seen", seen)] + (cascade ? [("cascade", "ja")] : []))
            #expect(response.status == .seeOther, "\(path): \(response.text.prefix(2000))")
            #expect(response.headers["Location"] == landing, "\(path)")
            #expect(harness.get(path).status == .notFound, "\(path) is gone")
        }
    }

    @Test("a follow-up is removed from its procurement's page; one that found a deviation is refused unless the link goes too")
    func followUp() throws {
        let harness = try SiteHarness()
        let procurement = harness.get("/anskaffelser/2025%2F0203")
        #expect(procurement.text.contains("href=\"/oppfolging/oppfolging-4/fjern\""), "each follow-up has its remove link")
        // A planned follow-up nothing refers to goes alone.
        let plain = try #require(harness.seen(harness.get("/oppfolging/oppfolging-4/fjern").text))
        let removed = harness.post("/oppfolging/oppfolging-4/fjern", [("seen", plain)])
        #expect(removed.status == .seeOther)
        #expect(removed.headers["Location"] == "/anskaffelser/2025%2F0203?lagret=fjernet#oppfolging")
        #expect(harness.get("/oppfolging/oppfolging-4/fjern").status == .notFound)
        // The self-report that found avvik-6: refused without «fjern også», as followup remove refuses it.
        let page = harness.get("/oppfolging/oppfolging-pbygghc/fjern").text
        #expect(page.contains("avvik-6"), "the page names the deviation the follow-up found")
        let seen = try #require(harness.seen(page))
        let before = try harness.files()
        #expect(harness.post("/oppfolging/oppfolging-pbygghc/fjern", [("seen", seen)]).status == .unprocessableContent)
        #expect(try harness.files() == before, "a refusal writes nothing")
        #expect(harness.post("/oppfolging/oppfolging-pbygghc/fjern", [("seen", seen), ("cascade", "ja")]).status == .seeOther)
        let register = try harness.text("procurements.json")
        #expect(!register.contains("oppfolging-pbygghc"), "the follow-up and the deviation's link to it are gone")
        #expect(register.contains("avvik-6"), "the deviation stays")
    }

    @Test("a year's answer, a goal's status text and a risk's report are removed, and removing one that is not there is refused")
    func yearTexts() throws {
        let harness = try SiteHarness()
        #expect(harness.post("/ar/2025/risiko/risiko-1", [("status", "Pågår")]).status == .seeOther)
        for (path, form) in [("/ar/2025/svar/1.A.1/fjern", "/ar/2025/svar/1.A.1"), ("/ar/2025/mal/klima-1/fjern", "/ar/2025/mal/klima-1"),
                             ("/ar/2025/risiko/risiko-1/fjern", "/ar/2025/risiko/risiko-1")] {
            #expect(harness.get(form).text.contains("action=\"\(path)\""), "\(form) offers the removal")
            let removed = harness.post(path, [])
            #expect(removed.status == .seeOther, "\(path)")
            #expect(removed.headers["Location"]?.hasPrefix("/ar/2025?lagret=fjernet#") == true)
            #expect(!harness.get(form).text.contains("action=\"\(path)\""), "\(form) offers no removal when there is nothing")
            let before = try harness.files()
            let again = harness.post(path, [])
            #expect(again.status == .unprocessableContent, "\(path)")
            #expect(try harness.files() == before)
        }
        #expect(harness.post("/ar/2025/svar/1.A.1/fjern", []).text.contains("2025 har ikke noe svar på 1.A.1"))
        #expect(harness.post("/ar/2025/mal/klima-1/fjern", [], english: true).text.contains("the goal «klima-1» has no status text for 2025"))
        let year = try harness.text("years/2025.json")
        #expect(!year.contains("\"1.A.1\""))
    }
}
