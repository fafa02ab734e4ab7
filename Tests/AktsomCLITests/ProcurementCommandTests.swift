import Foundation
import Testing

@Suite("The procurement register: add, edit, follow-ups, deviations, lists")
struct ProcurementCommandTests {
    static func withRegister() throws -> CLI {
        var cli = try CLI.withSmallPlan(now: "2025-10-01")
        cli.now = "2025-10-01"
        try cli.ok("procurement", "add", "--id", "2019/0412", "--title", "Arbeidsklær og verneutstyr", "--year", "2025", "--category", "Arbeidsklær",
                   "--type", "rammeavtale", "--suppliers", "2", "--value", "48 500 000", "--requirements", "qualification,contract",
                   "--requirements", "klima:award", "--measure", "etikk-1.1")
        try cli.ok("procurement", "add", "--id", "2025/0133", "--title", "Kaffe og te til kantiner", "--year", "2025", "--category", "Mat og drikke")
        try cli.ok("procurement", "add", "--id", "2025/0200", "--title", "Rådgivning", "--year", "2025", "--category", "Konsulenttjenester")
        return cli
    }

    @Test("a case number is a valid id, and the link to a measure shows on both sides")
    func linksBothWays() throws {
        let cli = try Self.withRegister()
        let procurement = try cli.ok("procurement", "show", "2019/0412").stdout
        #expect(procurement.contains("etikk-1.1  Kartlegge leverandører av arbeidsklær"))
        #expect(procurement.contains("Verdi:              48 500 000 kr"))
        let measure = try cli.ok("measure", "show", "etikk-1.1").stdout
        #expect(measure.contains("Anskaffelse: 2019/0412 Arbeidsklær og verneutstyr"))
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Krav til utslippsfri transport", "--procurement", "2025/0200")
        #expect(try cli.ok("procurement", "show", "2025/0200", "--json").stdout.contains("\"measures\": [\"klima-1.3\"]"))
        try cli.ok("procurement", "edit", "2025/0200", "--remove-measure", "klima-1.3")
        #expect(try cli.ok("procurement", "show", "2025/0200", "--json").stdout.contains("\"measures\": []"))
    }

    @Test("an id holding a huge number does not stop the next id from being made")
    func hugeNumberInID() throws {
        let cli = try Self.withRegister()
        try cli.ok("procurement", "add", "--id", "anskaffelse-9223372036854775807", "--title", "Egen nummerering")
        let next = try cli.ok("procurement", "add", "--title", "Neste anskaffelse", "--json")
        #expect(next.stdout.contains("\"anskaffelse-1\""), "\(next)")
    }

    @Test("requirements are set per area and phase; without an area they are the ethical ones")
    func requirements() throws {
        let cli = try Self.withRegister()
        let json = try cli.ok("procurement", "show", "2019/0412", "--json").stdout
        #expect(json.contains("\"ethicalRequirements\": [\"qualification\", \"contract\"]"))
        #expect(json.contains("\"klima\": [\"award\"]"))
        try cli.ok("procurement", "edit", "2019/0412", "--requirements", "award", "--requirements", "klima:ingen")
        let edited = try cli.ok("procurement", "show", "2019/0412", "--json").stdout
        #expect(edited.contains("\"ethicalRequirements\": [\"award\"]"))
        #expect(!edited.contains("\"klima\""))
        let bad = try cli.fails(["procurement", "edit", "2019/0412", "--requirements", "kvalifikasjn"], exitCode: 2)
        #expect(bad.stderr.contains("ukjent fase «kvalifikasjn»"))
        try cli.fails(["procurement", "edit", "2019/0412", "--requirements", "miljo:award"], exitCode: 1)
    }

    @Test("a category on DFØ's high-risk list makes a procurement high-risk unless marked otherwise")
    func highRisk() throws {
        let cli = try Self.withRegister()
        let list = try cli.ok("procurement", "list", "--high-risk", "--json").stdout
        #expect(list.contains("\"2019/0412\"") && list.contains("\"2025/0133\"") && !list.contains("\"2025/0200\""))
        try cli.ok("procurement", "edit", "2025/0133", "--no-high-risk")
        try cli.ok("procurement", "edit", "2025/0200", "--high-risk")
        let after = try cli.ok("procurement", "list", "--high-risk", "--json").stdout
        #expect(!after.contains("\"2025/0133\"") && after.contains("\"2025/0200\""))
        try cli.fails(["procurement", "edit", "2025/0200", "--high-risk", "--no-high-risk"], exitCode: 2)
    }

    @Test("procurement list filters and shows the year's indicators")
    func listAndIndicators() throws {
        let cli = try Self.withRegister()
        try cli.ok("followup", "add", "2019/0412", "--kind", "revisjon", "--date", "2025-09-18", "--supplier", "Nordtekstil AS")
        try cli.ok("followup", "add", "2025/0200", "--kind", "egenrapportering", "--date", "2025-05-02")
        let text = try cli.ok("procurement", "list", "--year", "2025").stdout
        #expect(text.contains("Andel høyrisikoanskaffelser med etiske krav             50 %  andel-hoyrisiko-med-etiske-krav"))
        let json = try cli.ok("procurement", "list", "--year", "2025", "--json").stdout
        #expect(json.contains("\"anskaffelser\": 3"))
        #expect(json.contains("\"andel-med-etiske-krav\": 33"))
        #expect(json.contains("\"avtaler-fulgt-opp\": 2"))
        // One named supplier, plus the one on an agreement followed up without naming a supplier.
        #expect(json.contains("\"leverandorer-fulgt-opp\": 2"))
        let missing = try cli.ok("procurement", "list", "--missing-requirements", "--category", "MAT").stdout
        #expect(missing.contains("2025/0133") && !missing.contains("2025/0200"))
    }

    @Test("a goal bound to an indicator shows its computed actual")
    func goalActual() throws {
        let cli = try Self.withRegister()
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2025", "--title", "Krav i høyrisiko", "--target", "100", "--unit", "%",
                   "--indicator", "andel-hoyrisiko-med-etiske-krav")
        let text = try cli.ok("goal", "list", "--area", "etikk").stdout
        #expect(text.contains("100 %     50 % (2025)"))
        let json = try cli.ok("goal", "list", "--json").stdout
        #expect(json.contains("\"reached\": false"))
        try cli.ok("procurement", "edit", "2025/0133", "--requirements", "contract")
        #expect(try cli.ok("goal", "list", "--json").stdout.contains("\"reached\": true"))
    }

    @Test("follow-ups and deviations are recorded, and closing a deviation records the day")
    func followUpsAndDeviations() throws {
        let cli = try Self.withRegister()
        try cli.ok("followup", "add", "2019/0412", "--kind", "stikkprøve", "--date", "18.09.2025", "--note", "Tre fabrikker")
        try cli.fails(["followup", "add", "2019/0412", "--kind", "inspeksjon", "--date", "2025-09-18"], exitCode: 2)
        try cli.fails(["followup", "add", "2019/0412", "--kind", "revisjon", "--date", "2026-01-01"], exitCode: 2)
        let added = try cli.ok("deviation", "add", "2019/0412", "--type", "Arbeidstid", "--where", "Underleverandør i Bangladesh",
                               "--action", "Handlingsplan", "--status", "åpen", "--date", "2025-09-18")
        #expect(added.stdout.contains("avvik-1"))
        try cli.ok("deviation", "update", "avvik-1", "--status", "closed", "--date", "2025-09-30")
        let json = try cli.ok("procurement", "show", "2019/0412", "--json").stdout
        #expect(json.contains("\"status\": \"closed\"") && json.contains("\"state\": \"lukket\"") && json.contains("\"closed\": \"2025-09-30\""))
        #expect(json.contains("\"kind\": \"stikkprøve\""))
        let unknown = try cli.fails(["deviation", "update", "avvik-2", "--status", "lukket"], exitCode: 1)
        #expect(unknown.stderr.contains("avviket «avvik-2» finnes ikke") && unknown.stderr.contains("mente du «avvik-1»?"))
        let unreadable = try cli.fails(["deviation", "update", "avvik-1", "--status", "Ikke avklart ennå"], exitCode: 2)
        #expect(unreadable.stderr.contains("kan ikke lese tilstanden av avviksstatusen «Ikke avklart ennå»"), "\(unreadable.stderr)")
        #expect(unreadable.stderr.contains("--state åpen|under arbeid|lukket"))
        try cli.fails(["deviation", "update", "avvik-1", "--status", "Ikke avklart", "--state", "kanskje"], exitCode: 2)
    }

    @Test("a deviation may wait for its action while open, but is closed only with one")
    func closingNeedsAnAction() throws {
        let cli = try Self.withRegister()
        let refused = try cli.fails(["deviation", "add", "2019/0412", "--type", "Lønn", "--where", "Fabrikk", "--status", "lukket", "--date", "2025-09-18"],
                                    exitCode: 2)
        #expect(refused.stderr.contains("et lukket avvik må ha et tiltak"), "\(refused)")
        try cli.ok("deviation", "add", "2019/0412", "--type", "Lønn", "--where", "Fabrikk", "--status", "åpen", "--date", "2025-09-18")
        #expect(try cli.ok("procurement", "show", "2019/0412").stdout.contains("Fabrikk  –"))
        let closing = try cli.fails(["deviation", "update", "avvik-1", "--status", "lukket"], exitCode: 2)
        #expect(closing.stderr.contains("aktsom deviation update avvik-1 --status lukket --action"), "\(closing)")
        try cli.ok("deviation", "update", "avvik-1", "--status", "lukket", "--action", "Lønn etterbetalt")
    }

    @Test("an unknown procurement is named with the closest one")
    func unknownProcurement() throws {
        let cli = try Self.withRegister()
        let result = try cli.fails(["followup", "add", "2019/412", "--kind", "dialog", "--date", "2025-09-01"], exitCode: 1)
        #expect(result.stderr.contains("anskaffelsen «2019/412» finnes ikke") && result.stderr.contains("mente du «2019/0412»?"))
        try cli.fails(["measure", "add", "--goal", "klima-1", "--title", "x", "--procurement", "2024/9999"], exitCode: 1)
        try cli.fails(["procurement", "add", "--id", "2019/0412", "--title", "Dobbel"], exitCode: 1)
    }
}
