import Foundation
import Testing

@Suite("Networks and trends: compare members, and a plan against its own past years")
struct NetworkTests {
    /// The benchmark generator's network of six members that differ, one with the company template
    /// and three areas.
    static func generatedNetwork() throws -> CLI {
        let cli = CLI(now: "2026-01-15")
        let result = try BenchmarkDataTests.runBench(["generate", "--scale", "network", "--out", cli.folder.path, "--seed", "2025"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return cli
    }

    @Test("a generated network compares to its golden files")
    func generatedGolden() throws {
        let cli = try Self.generatedNetwork()
        try cli.ok("compare", "network/Plans", "--year", "2025", "--name", "Innkjøpssamarbeidet", "--out", "out")
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("network-2025"))
        let markdown = try cli.folder.read("out/sammenligning.md")
        #expect(markdown.contains("| Østnes kommune | ehn-virksomhet |"), "plans of both templates mix")
        #expect(markdown.contains("| Median |"))
    }

    @Test("hand-made edge cases: one member, a broken member, and members with other templates and areas")
    func edgeCases() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("year", "set", "2025", "--spend", "350 000 000", "--active-contracts", "41")
        // One member alone is still a comparison, with itself as the median.
        try cli.ok("compare", "Plans/fjordvik", "--year", "2025", "--out", "one", "--format", "md")
        let one = try cli.folder.read("one/sammenligning.md")
        #expect(one.contains("| Fjordvik kommune | ehn-offentlig | 350 000 000 | 41 |") && one.contains("| Median |  | 350 000 000 | 41 |"), "\(one)")
        // A company with its own areas, and a member whose plan is broken.
        try cli.ok("init", "Plans/bedrift", "--org", "Bedrift AS", "--template", "ehn-virksomhet")
        try cli.folder.write("Plans/bedrift/plan.json", try cli.folder.read("Plans/bedrift/plan.json")
            .replacingOccurrences(of: "\"id\": \"dyrevelferd\"", with: "\"id\": \"sirkularitet\""))
        try cli.ok("init", "Plans/ødelagt", "--org", "Ødelagt kommune")
        try cli.folder.write("Plans/ødelagt/plan.json", "{\"format\": \"aktsom-plan\", \"version\": 2, \"organisation\": ")
        cli.now = "2026-02-01"
        let result = try cli.ok("compare", "Plans", "--year", "2025", "--out", "all")
        #expect(result.stdout.contains("Kunne ikke lese ødelagt: Plans/ødelagt/plan.json:1:57: filen slutter for tidlig"), "\(result.stdout)")
        let markdown = try cli.folder.read("all/sammenligning.md")
        #expect(markdown.contains("| Bedrift AS | ehn-virksomhet | mangler | mangler |"), "no figures is «mangler», never 0")
        #expect(markdown.contains("## Medlemmer som ikke kunne leses\n\n| Medlem | Årsak |\n| --- | --- |\n| ødelagt | Plans/ødelagt/plan.json:1:57: filen slutter for tidlig |"),
                "the broken member is listed with the reason: \(markdown)")
        #expect(markdown.contains("| Fjordvik kommune | ehn-offentlig | 350 000 000 | 41 |"), "the rest is still compared")
        let csv = try cli.folder.read("all/sammenligning.csv")
        #expect(csv.contains("\r\nødelagt;;Nei;"), "\(csv)")
    }

    @Test("--anonymize shows letters, and the key is written only when asked")
    func anonymized() throws {
        let cli = try Self.generatedNetwork()
        try cli.ok("compare", "network/Plans", "--year", "2025", "--anonymize", "--out", "anon")
        let report = try cli.folder.read("anon/sammenligning.md") + cli.folder.read("anon/sammenligning.json") + cli.folder.read("anon/sammenligning.csv")
        #expect(report.contains("Medlem A") && report.contains("Medlem F"))
        for name in ["Norddal", "Sørfjord", "Østnes", "Vestberg", "Storhaug", "Lillestrand"] { #expect(!report.contains(name), "\(name)") }
        #expect(!report.contains("network/Plans"), "no folder names either")
        #expect(cli.folder.snapshot().keys.filter { $0.contains("nokkel") }.isEmpty)
        try cli.ok("compare", "network/Plans", "--year", "2025", "--anonymize", "--out", "anon2", "--key", "nokkel.txt")
        let key = try cli.folder.read("nokkel.txt")
        #expect(key.contains("Medlem A = ") && key.contains("Norddal kommune"))
        #expect(try cli.folder.read("anon2/sammenligning.md") == cli.folder.read("anon/sammenligning.md"), "the same letters each time")
    }

    @Test("compare and trend refuse wrong usage with a message, and write nothing", arguments: [
        (["compare", "Plans", "--year", "2025", "--key", "k.txt"], Int32(2), "--key gjelder bare med --anonymize"),
        (["compare", "finnes-ikke", "--year", "2025"], Int32(1), "finnes-ikke er verken en plan-mappe eller en mappe med plan-mapper"),
        (["compare", "Plans"], Int32(2), "mangler --year YYYY"),
        (["compare", "--year", "2025"], Int32(2), "mangler PLAN"),
        (["compare", "Plans", "--year", "2025", "--format", "pdf"], Int32(2), "ukjent format «pdf»"),
        (["trend", "--from", "2026", "--to", "2024"], Int32(2), "--from 2026 er etter --to 2024"),
        (["trend", "--out", "utvikling.pdf"], Int32(2), "--out: ukjent filtype «utvikling.pdf»"),
    ])
    func badUsage(arguments: [String], exitCode: Int32, message: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: exitCode)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("trend shows each figure year by year, «–» where a year has none, as text, JSON and CSV")
    func trend() throws {
        let cli = try Golden.examplePlan()
        let text = try cli.ok("trend", "--to", "2025").stdout
        #expect(text.contains("Utvikling 2023–2025 – Fjordvik kommune"))
        #expect(text.contains("Andel høyrisikoanskaffelser med etiske krav") && text.contains("100 %") && text.contains("71 %"))
        let json = try cli.ok("trend", "--from", "2024", "--to", "2025", "--json").stdout
        #expect(json.contains("\"from\": 2024") && json.contains("\"id\": \"andel-hoyrisiko-med-etiske-krav\""))
        try cli.ok("trend", "--to", "2025", "--out", "utvikling.csv")
        try cli.ok("trend", "--to", "2025", "--out", "utvikling.html")
        #expect(try cli.folder.read("utvikling.csv").contains("Figur;2023;2024;2025\r\n"))
        #expect(try cli.folder.read("utvikling.html").contains("<svg "))
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-12-31", "--format", "md", "--out", "hp")
        #expect(try cli.folder.read("hp/handlingsplan.md").contains("## Utvikling\n\nNøkkeltall og indikatorer per år, fra 2023 til 2025"))
    }

    @Test("year show marks what changed from the year before, and figures that moved more than 20 %")
    func changesFromLastYear() throws {
        var cli = try CLI.withSmallPlan(now: "2025-12-20")
        try cli.ok("year", "set", "2025", "--active-contracts", "40")
        try cli.ok("year", "note", "2025", "--section", "1.A.1", "--text", "https://fjordvik.no")
        try cli.ok("year", "note", "2025", "--section", "1.B.1", "--text", "Slik var det.")
        cli.now = "2026-12-20"
        try cli.ok("year", "set", "2026", "--active-contracts", "55")
        try cli.ok("year", "note", "2026", "--section", "1.A.1", "--text", "https://fjordvik.no")
        try cli.ok("year", "note", "2026", "--section", "1.B.1", "--text", "Slik er det nå.")
        try cli.ok("year", "note", "2026", "--section", "1.C.1", "--text", "Nytt.")
        let shown = try cli.ok("year", "show", "2026").stdout
        #expect(shown.contains("https://fjordvik.no  (som i 2025)"), "\(shown)")
        #expect(shown.contains("Slik er det nå.  (endret fra 2025)"))
        #expect(shown.contains("Nytt.  (ny i år)"))
        #expect(shown.contains("Endret mer enn 20 % fra 2025:\n  Aktive avtaler: 40 → 55 (+38 %)"), "\(shown)")
    }
}
