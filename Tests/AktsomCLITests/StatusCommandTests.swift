import Foundation
import Testing

@Suite("Tracking status: update, history, lists and overview")
struct StatusCommandTests {
    @Test("update appends to the journal and never rewrites earlier lines")
    func updateAppends() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Startet arbeidet")
        let first = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        cli.now = "2025-06-15"
        try cli.ok("update", "klima-1.2", "--status", "gjennomfort", "--by", "Økonomi")
        let second = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        #expect(second.hasPrefix(first))
        let lines = second.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].contains("\"status\": \"gjennomført\""))
        #expect(lines[2].contains("\"by\": \"Økonomi\""))
        #expect(lines[1].contains("\"by\": \"Innkjøp\""))
    }

    @Test("history lists every update oldest first, and --json is stable")
    func history() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--date", "2025-03-01", "--note", "Første")
        try cli.ok("update", "klima-1.2", "--status", "forsinket", "--date", "2025-02-01", "--note", "Rapportert sent")
        cli.now = "2025-06-02"
        let text = try cli.ok("history", "klima-1.2").stdout
        let late = try #require(text.range(of: "Rapportert sent")), first = try #require(text.range(of: "Første"))
        #expect(late.lowerBound < first.lowerBound)
        let json = try cli.ok("history", "klima-1.2", "--json").stdout
        #expect(json.contains("\"status\": \"forsinket\""))
        #expect(json.contains("\"recorded\": \"2025-06-01T12:00:00Z\""))
    }

    @Test("measure list filters by owner, status, area and overdue, and marks overdue measures")
    func listFilters() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår")
        let all = try cli.ok("measure", "list").stdout
        #expect(all.contains("klima-1.1  planlagt (forfalt)"))
        #expect(all.contains("3 tiltak · 1 forfalt · per 01.06.2025"))
        let byOwner = try cli.ok("measure", "list", "--owner", "innkjøp").stdout
        #expect(byOwner.contains("klima-1.2") && byOwner.contains("etikk-1.1") && !byOwner.contains("klima-1.1"))
        let byStatus = try cli.ok("measure", "list", "--status", "in-progress").stdout
        #expect(byStatus.contains("klima-1.2") && !byStatus.contains("etikk-1.1"))
        let byArea = try cli.ok("measure", "list", "--area", "etikk", "--json").stdout
        #expect(byArea.contains("\"count\": 1"))
        let overdue = try cli.ok("measure", "list", "--overdue", "--json").stdout
        #expect(overdue.contains("\"id\": \"klima-1.1\"") && overdue.contains("\"overdue\": true") && overdue.contains("\"count\": 1"))
        let soon = try cli.ok("measure", "list", "--due-within", "214").stdout
        #expect(soon.contains("klima-1.1") && soon.contains("klima-1.2") && !soon.contains("etikk-1.1"))
    }

    @Test("a team filter that matches no one is refused with the closest team")
    func unknownTeam() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["measure", "list", "--owner", "Byggher"], exitCode: 1)
        #expect(result.stderr.contains("ingen tiltak har ansvarlig «Byggher»"))
        #expect(result.stderr.contains("mente du «Byggherre»?"))
    }

    @Test("status shows counts by status, overdue and last update per area")
    func statusOverview() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "gjennomført", "--note", "Vedtatt")
        let text = try cli.ok("status").stdout
        #expect(text.contains("Fjordvik kommune – handlingsplan 2025–2028"))
        #expect(text.contains("Klima og miljø (klima)"))
        #expect(text.contains("50 % gjennomført · 2 tiltak · 1 forfalt"))
        #expect(text.contains("planlagt 1 · pågår 0 · gjennomført 1 · forsinket 0 · avbrutt 0"))
        #expect(text.contains("sist oppdatert 01.06.2025 av Innkjøp"))
        #expect(text.contains("Forfalte tiltak:"))
        let team = try cli.ok("status", "--team", "Byggherre").stdout
        #expect(team.contains("Status for team Byggherre") && !team.contains("Etikk og menneskerettigheter"))
        let json = try cli.ok("status", "--json").stdout
        #expect(json.contains("\"gjennomført\": 1"))
    }

    @Test("--as-of shows the status as it was on an earlier day")
    func asOf() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--date", "2025-02-01")
        cli.now = "2025-06-10"
        try cli.ok("update", "klima-1.2", "--status", "gjennomført")
        #expect(try cli.ok("measure", "list", "--as-of", "2025-03-01", "--status", "pågår").stdout.contains("klima-1.2"))
        #expect(try cli.ok("measure", "list", "--status", "gjennomført").stdout.contains("klima-1.2"))
    }
}
