import Foundation
import Testing

/// Small hand-made plans for the edge cases of the report: no deviations, no risks, an empty year.
@Suite("Exports of small hand-made plans")
struct EmptyYearPlans {
    static let templates = ["ehn-offentlig", "ehn-virksomhet", "ehn-2020", "handlingsplan"]

    /// A plan with two goals, three measures, one procurement and key figures, and no risks.
    static func smallPlan(named name: String) throws -> CLI {
        var cli = CLI(now: "2025-03-01")
        try cli.ok("init", "Plans/\(name)", "--org", "Lillevik kommune", "--period", "2025-2028")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Fossilfrie kjøretøy innen 2027")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2025", "--title", "Etiske krav i alle høyrisikoanskaffelser",
                   "--target", "100", "--unit", "%", "--indicator", "andel-hoyrisiko-med-etiske-krav")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2026", "--title", "Følge opp to leverandører")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Elbiler i hjemmetjenesten", "--owner", "Drift", "--due", "2025-Q3", "--category", "3.B.2")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Sjekkliste for høyrisiko", "--owner", "Innkjøp", "--due", "2025-06-30", "--audience", "Innkjøpere")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Kontraktsvilkår for etisk handel", "--owner", "Innkjøp", "--due", "2025-12-31", "--category", "3.B.3")
        try cli.ok("procurement", "add", "--id", "2025/001", "--title", "Arbeidsklær", "--year", "2025", "--category", "Arbeidsklær",
                   "--type", "rammeavtale", "--suppliers", "2", "--value", "1 200 000", "--requirements", "contract")
        try cli.ok("update", "klima-1.1", "--status", "pågår", "--note", "Fire biler bestilt")
        cli.now = "2025-12-15"
        try cli.ok("update", "etikk-1.1", "--status", "gjennomført", "--date", "2025-06-20")
        try cli.ok("followup", "add", "2025/001", "--kind", "egenrapportering", "--date", "2025-10-01")
        try cli.ok("year", "set", "2025", "--spend", "350 000 000", "--active-contracts", "41", "--employees", "620")
        try cli.ok("goal", "report", "etikk-1", "--year", "2025", "--text", "Nådd: kravene er med i den ene høyrisikoavtalen.")
        return cli
    }

    @Test("a plan with no deviations and no risks matches its golden files in every template", arguments: templates)
    func noDeviationsNoRisks(template: String) throws {
        var cli = try Self.smallPlan(named: "lillevik")
        cli.now = "2026-01-12"
        let asOf = template == "handlingsplan" ? ["--as-of", "2025-12-15"] : []
        let result = try cli.run(["export", "--year", "2025", "--template", template, "--out", "out"] + asOf)
        #expect(result.exitCode == 0, "\(result)")
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("lillevik/\(template)"))
        let markdown = try cli.folder.read("out/\(template).md")
        if template == "ehn-offentlig" {
            #expect(markdown.contains("#### 4.A.3 Er det i rapporteringsåret identifisert avvik fra de etiske- og sosiale kravene hos aktører i leverandørkjeden? Faktiske negative konsekvenser for mennesker, dyr, samfunn og miljø omfattes. Manglende åpenhet om leverandørkjede og manglende bærekraftspolicy kan også være vanlige avvik. Hvis ja: angi type avvik, hvor i leverandørkjeden, tiltak iverksatt og status.\n\nNei\n"))
            #expect(markdown.contains("### 2.A.3 List opp virksomhetens prioriterte risiko for negativ påvirkning/skade på mennesker, dyr, samfunn og miljø\n\n> _Ikke utfylt._"))
        }
    }

    @Test("a draft exported before the year is over shows status as of that day, not as of 31 December")
    func draftBeforeYearEnd() throws {
        var cli = try Self.smallPlan(named: "lillevik")
        cli.now = "2025-11-20"
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Ladepunkter ved rådhuset", "--owner", "Drift", "--due", "2025-12-10", "--category", "3.B.2")
        try cli.ok("export", "--year", "2025", "--format", "md,json", "--out", "draft")
        let draft = try cli.folder.read("draft/ehn-offentlig.md")
        #expect(draft.contains("Status per 20.11.2025"))
        #expect(!draft.contains("Status per 31.12.2025"))
        #expect(try cli.folder.read("draft/ehn-offentlig.json").contains("\"asOf\": \"2025-11-20\""))
        // Due 10.12.2025 and still open: overdue at year end, not on 20 November.
        func line(_ text: String) -> String { text.split(separator: "\n").first { $0.contains("Ladepunkter ved rådhuset") }.map(String.init) ?? "" }
        #expect(line(draft).contains("Ladepunkter") && !line(draft).contains("forfalt"), "\(line(draft))")
        cli.now = "2026-01-12"
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "final")
        let final = try cli.folder.read("final/ehn-offentlig.md")
        #expect(final.contains("Status per 31.12.2025"))
        #expect(line(final).contains("forfalt"), "\(line(final))")
    }

    @Test("an empty year is exported with every section marked, nothing dropped", arguments: templates.dropLast())
    func emptyYear(template: String) throws {
        var cli = try Self.smallPlan(named: "lillevik")
        cli.now = "2028-01-10"
        try cli.ok("export", "--year", "2027", "--template", template, "--out", "out")
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("lillevik-2027/\(template)"))
        let json = try cli.folder.read("out/\(template).json")
        #expect(json.contains("\"source\": \"blank\""))
    }
}
