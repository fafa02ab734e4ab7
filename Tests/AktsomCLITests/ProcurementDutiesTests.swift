import Foundation
import Testing

/// The three procurement duties end to end through the command line: climate weighting, DFØ's
/// self-reports with their deadlines, and the plan of which agreements to follow up; and the
/// follow-ups' edit and remove.
@Suite("Procurement duties on the command line")
struct ProcurementDutiesTests {
    /// The small plan on 2026-06-01, with a high-risk agreement of 2026 and one of 2025.
    static func withAgreements() throws -> CLI {
        var cli = try CLI.withSmallPlan(now: "2026-06-01")
        cli.now = "2026-06-01"
        try cli.ok("procurement", "add", "--id", "2026/010", "--title", "Arbeidsklær", "--year", "2026", "--category", "Arbeidsklær",
                   "--requirements", "contract", "--value", "8 000 000")
        try cli.ok("procurement", "add", "--id", "2025/020", "--title", "PC-er", "--year", "2025", "--category", "IKT-utstyr",
                   "--requirements", "qualification,contract", "--value", "31 000 000", "--climate-weight", "30")
        return cli
    }

    @Test("climate weighting is recorded one way at a time, shown in the list and the JSON, and checked from 2024")
    func climate() throws {
        let cli = try Self.withAgreements()
        let gap = try cli.run("check", "--year", "2026")
        #expect(gap.exitCode == 1)
        #expect(gap.stdout.contains("Anskaffelse uten klima- og miljøvekt (1)") && gap.stdout.contains("2026/010"))
        #expect(gap.stdout.contains("aktsom procurement edit 2026/010 --climate-weight 30"))
        try cli.ok("procurement", "edit", "2026/010", "--climate-weight", "20")
        #expect(try cli.run("check", "--year", "2026").stdout.contains("Klima- og miljøvekt under 30 % uten begrunnelse (1)"))
        try cli.ok("procurement", "edit", "2026/010", "--climate-reason", "Få leverandører kan dokumentere utslipp")
        let json = try cli.ok("procurement", "show", "2026/010", "--json").stdout
        #expect(json.contains("\"rule\": \"weight\"") && json.contains("\"weight\": 20") && json.contains("\"reason\": \"Få leverandører kan dokumentere utslipp\""))
        try cli.ok("procurement", "edit", "2026/010", "--climate-exempt", "Ubetydelig klimabelastning")
        let list = try cli.ok("procurement", "list", "--year", "2026").stdout
        #expect(list.contains("unntatt") && list.contains("klimavekt-mangler"))
        let check = try cli.run("check", "--year", "2026").stdout
        #expect(!check.contains("Anskaffelse uten klima- og miljøvekt (") && !check.contains("uten begrunnelse ("))
        try cli.ok("procurement", "edit", "2026/010", "--climate-exempt", "")
        #expect(try cli.ok("procurement", "show", "2026/010").stdout.contains("ikke registrert: § 7-9 krever vekt, rangering"))
    }

    @Test("the import reads the climate columns in bokmål and English, by the same rule as the flags")
    func climateImport() throws {
        let cli = try Self.withAgreements()
        try cli.folder.write("klima.csv", "Saksnummer;Tittel;År;Klima- og miljøvekt (%);Begrunnelse klimavekt;Klimakrav i kravspesifikasjon;Unntak klima og miljø\n"
                             + "2026/010;;;25;Få leverandører;;\n2026/011;Advokat;2026;;;;Ubetydelig klimabelastning\n2026/012;Asfalt;2026;;;Lavkarbonasfalt gir mer;\n")
        try cli.folder.write("climate.csv", "ID,Title,Year,Climate weight\n2026/013,Kantine,2026,35\n")
        try cli.ok("procurement", "import", "klima.csv")
        try cli.ok("procurement", "import", "climate.csv")
        let list = try cli.ok("procurement", "list", "--year", "2026", "--json").stdout
        for expected in ["\"reason\": \"Få leverandører\"", "\"rule\": \"exempt\"", "\"rule\": \"in-specification\"", "\"weight\": 35",
                         "\"andel-klimavekt-minst-30\": 67", "\"klimavekt-mangler\": 0"] {
            #expect(list.contains(expected), "\(expected)")
        }
    }

    @Test("a self-report sent with a deadline and not answered by it is overdue in status, check and the calendar; the answer comes later")
    func selfReport() throws {
        var cli = try Self.withAgreements()
        let sent = try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-03-01", "--due", "2026-04-15",
                              "--supplier", "Nordtekstil AS", "--json").stdout
        #expect(sent.contains("\"id\": \"oppfolging-1\"") && sent.contains("\"due\": \"2026-04-15\"") && sent.contains("\"answered\": null"))
        let status = try cli.ok("status").stdout
        #expect(status.contains("Egenrapportering: 1 venter på svar, 1 over fristen."))
        #expect(try cli.ok("status", "--json").stdout.contains("\"selfReports\": {\n    \"open\": 1,\n    \"overdue\": 1"))
        let check = try cli.run("check", "--year", "2026")
        #expect(check.stdout.contains("Egenrapportering uten svar etter fristen (1)") && check.stdout.contains("aktsom followup edit oppfolging-1 --answered DATO"))
        #expect(check.stdout.contains("egenrapporteringen til 2026/010 «Arbeidsklær» (Nordtekstil AS) ble sendt 01.03.2026"), "the finding names its procurement")
        let json = try cli.run("check", "--year", "2026", "--json").stdout
        #expect(json.contains("\"subject\": \"oppfolging-1\"") && json.contains("\"procurement\": {\n        \"id\": \"2026/010\",\n        \"title\": \"Arbeidsklær\""))
        let calendar = try cli.ok("calendar").stdout
        #expect(calendar.contains("UID:egenrapportering-oppfolging-1@fjordvik-kommune.aktsom"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:20260415"))
        let answered = try cli.ok("followup", "edit", "oppfolging-1", "--answered", "2026-04-20", "--outcome", "avvik").stdout
        #expect(answered.contains("utfall avvik"))
        #expect(answered.contains("aktsom deviation add 2026/010 --type … --where … --status åpen --follow-up oppfolging-1"))
        try cli.ok("deviation", "add", "2026/010", "--type", "Lønn", "--where", "Fabrikk", "--status", "åpen", "--follow-up", "oppfolging-1")
        let found = try cli.run("check", "--year", "2026").stdout
        #expect(found.contains("Avvik fra egenrapportering uten tiltak (1)") && !found.contains("Egenrapportering uten svar etter fristen ("))
        #expect(!found.contains("Åpent avvik uten tiltak ("), "the deviation is reported once")
        cli.now = "2026-06-02"
        #expect(try cli.ok("calendar").stdout.contains("STATUS:CANCELLED"), "the answered self-report's deadline is cancelled")
    }

    @Test("a self-report sent with no deadline gets none: it waits, «ingen svarfrist satt», with the command and the field that set one")
    func selfReportWithoutDeadline() throws {
        let cli = try Self.withAgreements()
        let sent = try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-03-01")
        #expect(sent.stdout.contains("ingen svarfrist satt") && sent.stdout.contains("Sett svarfrist med: aktsom followup edit oppfolging-1 --due DATO"))
        #expect(try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-03-01", "--json").stdout.contains("\"due\": null"))
        #expect(try cli.ok("status").stdout.contains("Egenrapportering: 2 venter på svar (2 uten svarfrist), 0 over fristen."))
        #expect(try cli.ok("procurement", "show", "2026/010").stdout.contains("ingen svarfrist satt"))
        #expect(!(try cli.run("check", "--year", "2026").stdout.contains("Egenrapportering uten svar etter fristen (")))
        #expect(!(try cli.ok("calendar").stdout.contains("UID:egenrapportering-oppfolging-1@")), "no deadline, no event")
        let help = try cli.ok("followup", "add", "--help").stdout
        #expect(!help.contains("seks uker") && !help.contains("svarfrist 20.05.2026\n  aktsom followup add 2025/0158 --kind egenrapportering --sent 2026-04-08\n"),
                "no six weeks, and no example that makes a deadline from a sent day alone: \(help)")
    }

    @Test("a deviation given with the answer is recorded and linked in one command")
    func deviationWithAnswer() throws {
        let cli = try Self.withAgreements()
        try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-03-01")
        let json = try cli.ok("followup", "edit", "oppfolging-1", "--answered", "2026-04-01", "--deviation", "Arbeidstid", "--where", "Underleverandør",
                              "--action", "Handlingsplan", "--json").stdout
        #expect(json.contains("\"outcome\": \"avvik\"") && json.contains("\"followUp\": \"oppfolging-1\"") && json.contains("\"id\": \"avvik-1\""))
        #expect(try cli.ok("procurement", "show", "2026/010").stdout.contains("avvik-1  01.04.2026  åpen"))
    }

    @Test("a high-risk agreement with ethical terms whose self-report is not received six months after its contract start is a gap, unless another of DFØ's ways covered it")
    func highRiskWithoutSelfReport() throws {
        var cli = try Self.withAgreements()
        // No contract start: counted from 1 January 2026, due 1 July; said once, as a notice.
        cli.now = "2026-07-02"
        var check = try cli.run("check", "--year", "2026").stdout
        #expect(check.contains("Egenrapportering ikke mottatt innen fristen etter kontraktsstart (1)"))
        #expect(check.contains("(kontraktsstart ikke registrert, regnet fra 01.01.2026); egenrapporteringen skulle vært levert senest 01.07.2026"))
        #expect(check.contains("Kontraktsstart ikke registrert (1, merknad)") && check.contains("aktsom procurement edit 2026/010 --contract-start DATO"))
        #expect(check.contains("Kilde: DFØ: «Egenrapportering - sosialt ansvar» (Oppdatert: 20. september 2021)"))
        // With its contract start recorded, the deadline moves; nothing stored moves with it.
        try cli.ok("procurement", "edit", "2026/010", "--contract-start", "2026-03-01")
        check = try cli.run("check", "--year", "2026").stdout
        #expect(!check.contains("Egenrapportering ikke mottatt innen fristen etter kontraktsstart (") && !check.contains("Kontraktsstart ikke registrert ("))
        cli.now = "2026-09-02"
        #expect(try cli.run("check", "--year", "2026").stdout.contains("skulle vært levert senest 01.09.2026, men ingen egenrapportering er mottatt"))
        // A sent form is not a received one; its answer is.
        try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-08-01")
        #expect(try cli.run("check", "--year", "2026").stdout.contains("men skjemaet ble sendt 01.08.2026 (oppfolging-1) og er ikke besvart"))
        try cli.ok("followup", "edit", "oppfolging-1", "--answered", "2026-09-01")
        #expect(!(try cli.run("check", "--year", "2026").stdout.contains("Egenrapportering ikke mottatt innen fristen etter kontraktsstart (")))
        // A follow-up meeting going through the questions by the deadline covers it too.
        try cli.ok("procurement", "add", "--id", "2026/030", "--title", "Møbler", "--year", "2026", "--category", "Møbler", "--requirements", "contract",
                   "--contract-start", "2026-02-01")
        #expect(try cli.run("check", "--year", "2026").stdout.contains("Egenrapportering ikke mottatt innen fristen etter kontraktsstart (1)"))
        try cli.ok("followup", "add", "2026/030", "--kind", "statusmøte", "--date", "2026-07-15")
        #expect(!(try cli.run("check", "--year", "2026").stdout.contains("Egenrapportering ikke mottatt innen fristen etter kontraktsstart (")))
        // Without ethical contract terms, DFØ's form is not due.
        try cli.ok("procurement", "add", "--id", "2026/031", "--title", "Leker", "--year", "2026", "--category", "Leker", "--requirements", "qualification")
        #expect(!(try cli.run("check", "--year", "2026").stdout.contains("2026/031  «Leker» er en høyrisikoavtale")))
    }

    @Test("the self-report form's deadline is in status, the dashboard's summary and the calendar")
    func formDeadlineEverywhere() throws {
        var cli = try Self.withAgreements()
        // The agreement of 2025 has ended, and needs no form any more.
        try cli.ok("procurement", "edit", "2025/020", "--contract-start", "2025-01-01", "--contract-end", "2025-12-31")
        try cli.ok("procurement", "edit", "2026/010", "--contract-start", "2026-02-10")
        let calendar = try cli.ok("calendar").stdout
        #expect(calendar.contains("UID:egenrapporteringsskjema-2026/010@fjordvik-kommune.aktsom") && calendar.contains("DTSTART;VALUE=DATE:20260810"))
        #expect(calendar.contains("SUMMARY:Frist egenrapporteringsskjema (DFØ): 2026/010 Arbeidsklær"))
        #expect(try cli.ok("status").stdout.contains("Egenrapporteringsskjema etter kontraktsstart (DFØ): 1 ikke mottatt, 0 over fristen."))
        cli.now = "2026-08-11"
        let status = try cli.ok("status").stdout
        #expect(status.contains("1 ikke mottatt, 1 over fristen.") && status.contains("2026/010     egenrapporteringsskjema  10.08.2026"))
        #expect(try cli.ok("status", "--json").stdout.contains("\"selfReportForms\": {\n    \"open\": 1,\n    \"overdue\": 1,\n    \"overdueProcurements\": [\"2026/010\"]"))
    }

    @Test("followup edit changes any field, and a refused edit changes nothing")
    func edit() throws {
        let cli = try Self.withAgreements()
        try cli.ok("followup", "add", "2026/010", "--kind", "statusmote", "--date", "2026-05-02", "--note", "Første møte")
        try cli.ok("followup", "edit", "oppfolging-1", "--kind", "dialog", "--date", "2026-05-03", "--supplier", "Nordtekstil AS", "--note", "")
        let json = try cli.ok("procurement", "show", "2026/010", "--json").stdout
        #expect(json.contains("\"kind\": \"dialog\"") && json.contains("\"date\": \"2026-05-03\"") && json.contains("\"supplier\": \"Nordtekstil AS\"") && json.contains("\"note\": null"))
        try cli.fails(["followup", "edit", "oppfolging-1", "--answered", "2026-05-04"], exitCode: 2)
        try cli.fails(["followup", "edit", "oppfolging-1", "--kind", "revisjn"], exitCode: 2)
    }

    @Test("followup remove takes a follow-up out, says what it would do with --dry-run, and with --cascade unlinks the deviation it found")
    func remove() throws {
        let cli = try Self.withAgreements()
        try cli.ok("followup", "add", "2026/010", "--kind", "egenrapportering", "--sent", "2026-03-01", "--answered", "2026-04-01",
                   "--deviation", "Lønn", "--where", "Fabrikk")
        try cli.ok("followup", "add", "2026/010", "--kind", "dialog", "--date", "2026-05-01")
        let before = cli.folder.snapshot()
        let dry = try cli.ok("followup", "remove", "oppfolging-2", "--dry-run", "--json").stdout
        #expect(dry.contains("\"dryRun\": true") && dry.contains("\"id\": \"oppfolging-2\""))
        #expect(cli.folder.snapshot() == before)
        try cli.ok("followup", "remove", "oppfolging-2")
        let refused = try cli.fails(["followup", "remove", "oppfolging-1"], exitCode: 1)
        #expect(refused.stderr.contains("koblingen fra avvik «avvik-1» til oppfølgingen «oppfolging-1» som fant det"))
        let cascade = try cli.ok("followup", "remove", "oppfolging-1", "--cascade", "--json").stdout
        #expect(cascade.contains("\"kind\": \"follow-up-link\"") && cascade.contains("\"deviation\": \"avvik-1\""))
        let json = try cli.ok("procurement", "show", "2026/010", "--json").stdout
        #expect(json.contains("\"followUps\": []") && json.contains("\"id\": \"avvik-1\"") && json.contains("\"followUp\": null"))
    }

    @Test("followup plan ranks the active agreements, writes a sheet for Excel, and --accept records planned follow-ups that check and the calendar track")
    func plan() throws {
        var cli = try Self.withAgreements()
        let table = try cli.ok("followup", "plan", "--year", "2026", "--capacity", "1").stdout
        #expect(table.contains(" 1  2025/020") && table.contains(" 2  2026/010"), "\(table)")
        #expect(table.contains("foreslått") && table.contains("Begrunnelser:"))
        #expect(table.contains("aktsom followup plan --year 2026 --capacity 1 --accept"))
        let json = try cli.ok("followup", "plan", "--year", "2026", "--capacity", "1", "--json").stdout
        #expect(json.contains("\"method\": \"egenrapportering\"") && json.contains("\"score\": 90") && json.contains("\"proposed\": true"))
        try cli.ok("followup", "plan", "--year", "2026", "--out", "plan.csv")
        let csv = try cli.folder.read("plan.csv")
        #expect(csv.hasPrefix("\u{FEFF}Nr;ID;Tittel;Poeng;Metode"))
        #expect(csv.contains("\"=\"\"2025/020\"\"\""), "the id stays text in Excel")
        let accepted = try cli.ok("followup", "plan", "--year", "2026", "--capacity", "1", "--accept").stdout
        #expect(accepted.contains("Planla 1 oppfølging for 2026:") && accepted.contains("oppfolging-1  2025/020"))
        #expect(accepted.contains("planlagt 30.06.2026 (oppfolging-1)"))
        let again = try cli.ok("followup", "plan", "--year", "2026", "--capacity", "1", "--accept").stdout
        #expect(!again.contains("Planla"), "accepting twice adds nothing")
        #expect(try cli.ok("calendar").stdout.contains("UID:oppfolging-oppfolging-1@fjordvik-kommune.aktsom"))
        cli.now = "2026-07-01"
        #expect(try cli.run("check", "--year", "2026").stdout.contains("Planlagt oppfølging som ikke er gjort (1)"))
        try cli.ok("followup", "edit", "oppfolging-1", "--sent", "2026-06-15")
        #expect(!(try cli.run("check", "--year", "2026").stdout.contains("Planlagt oppfølging som ikke er gjort (")))
    }

    @Test("trend shows the climate figures year by year, and a goal can take the share as its target")
    func trend() throws {
        let cli = try Self.withAgreements()
        let trend = try cli.ok("trend", "--json").stdout
        #expect(trend.contains("\"id\": \"andel-klimavekt-minst-30\"") && trend.contains("\"id\": \"klimavekt-mangler\""))
        try cli.ok("goal", "add", "--area", "klima", "--year", "2025", "--title", "Klima og miljø vektet minst 30 % i alle anskaffelser",
                   "--target", "100", "--unit", "%", "--indicator", "andel-klimavekt-minst-30")
        let goals = try cli.ok("goal", "list", "--year", "2025", "--json").stdout
        #expect(goals.contains("\"indicator\": \"andel-klimavekt-minst-30\"") && goals.contains("\"value\": 100,\n        \"reached\": true"), "\(goals)")
        try cli.fails(["goal", "add", "--area", "klima", "--title", "x", "--target", "1", "--indicator", "andel-klimavekt"], exitCode: 2)
    }
}
