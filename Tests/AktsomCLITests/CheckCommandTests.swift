import Foundation
import Testing

@Suite("aktsom check")
struct CheckCommandTests {
    @Test("finds each kind of gap, names the record and says how to fix it")
    func findsGaps() throws {
        let cli = try ProcurementCommandTests.withRegister()
        try cli.ok("risk", "add", "--title", "Sosial dumping på byggeplasser")
        try cli.ok("goal", "add", "--area", "dyrevelferd", "--title", "Bedre dyrevelferd i matinnkjøp")
        // A deviation is often found before anyone knows what to do about it.
        try cli.ok("deviation", "add", "2019/0412", "--type", "HMS", "--where", "Fabrikk", "--status", "åpen", "--date", "2025-09-01")
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--date", "2025-03-01")
        let result = try cli.run("check", "--year", "2025")
        #expect(result.exitCode == 1)
        let text = result.stdout
        #expect(text.contains("Kontroll av Fjordvik kommune for 2025 (per 01.10.2025)"))
        #expect(text.contains("Høyrisikoanskaffelse uten etiske krav (1)\n  2025/0133"))
        #expect(text.contains("→ aktsom procurement edit 2025/0133 --requirements contract"))
        #expect(text.contains("Prioritert risiko uten tiltak (1)\n  risiko-2"))
        #expect(text.contains("Mål uten tiltak (1)\n  dyrevelferd-1"))
        #expect(text.contains("Forfalt tiltak (1)\n  klima-1.1"))
        #expect(text.contains("Tiltak uten status i året (2)\n  klima-1.1"))
        #expect(text.contains("Åpent avvik uten tiltak (1)\n  avvik-1"))
        let json = try cli.run("check", "--year", "2025", "--json").stdout
        for id in ["high-risk-without-requirements", "risk-without-measure", "goal-without-measure", "overdue-measure",
                   "measure-without-status", "open-deviation-without-action"] {
            #expect(json.contains("\"check\": \"\(id)\""))
        }
        #expect(json.contains("\"file\": \"Plans/fjordvik/plan.json\""))

        // Writing down the action settles it.
        try cli.ok("deviation", "update", "avvik-1", "--status", "under arbeid", "--action", "Korrigerende plan avtalt")
        #expect(!(try cli.run("check", "--year", "2025").stdout.contains("Åpent avvik uten tiltak")))
    }

    @Test("a complete plan passes with exit 0")
    func cleanPlan() throws {
        let cli = CLI(now: "2025-10-01")
        try cli.ok("init", "Plans/p", "--org", "Ren kommune")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Mål")
        try cli.ok("risk", "add", "--title", "Risiko")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Tiltak", "--due", "2026-Q1", "--risk", "risiko-1")
        try cli.ok("update", "klima-1.1", "--status", "pågår")
        try cli.ok("procurement", "add", "--title", "Arbeidsklær", "--category", "arbeidsklær", "--requirements", "contract", "--year", "2025",
                   "--climate-weight", "30")
        try cli.ok("followup", "add", "anskaffelse-1", "--kind", "egenrapportering", "--sent", "2025-08-01", "--answered", "2025-09-01", "--outcome", "ok")
        let result = try cli.ok("check", "--year", "2025")
        #expect(result.stdout.contains(": 0 funn"))
    }

    @Test("damage in the files is named, with the rest still checked")
    func namesDamage() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår")
        let journal = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        try cli.folder.write("Plans/fjordvik/journal.jsonl", journal + "{\"measure\": \"klima-1.2\", \"stat")
        let result = try cli.run("check")
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("Feil i filene (1)"))
        #expect(result.stdout.contains("Plans/fjordvik/journal.jsonl:3:"))
        #expect(result.stdout.contains("siste linje i journalen er ufullstendig"))
    }
}
