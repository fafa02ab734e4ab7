import Foundation
import Testing

@Suite("Every record editable and removable")
struct RemoveCommandTests {
    @Test("a removed measure drops out of views and checks, its history stays in the journal and is shown, and its id is not used again")
    func measureRemove() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Startet")
        let journal = try cli.folder.bytes("Plans/fjordvik/journal.jsonl")
        let removed = try cli.ok("measure", "remove", "klima-1.2")
        #expect(removed.stdout.contains("Fjernet tiltaket «klima-1.2»: Klimabudsjett for innkjøp"))
        #expect(removed.stdout.contains("Historikken (1 statusoppdatering) blir stående i journalen; id-en brukes ikke igjen. Se den med: aktsom history klima-1.2"))
        #expect(try cli.folder.bytes("Plans/fjordvik/journal.jsonl") == journal)
        #expect(try cli.folder.read("Plans/fjordvik/plan.json").contains("\"removed\": [\n    {\n      \"kind\": \"measure\",\n      \"id\": \"klima-1.2\",\n      \"title\": \"Klimabudsjett for innkjøp\",\n      \"removed\": \"2025-06-01\"\n    }\n  ]"))
        let list = try cli.ok("measure", "list")
        #expect(!list.stdout.contains("klima-1.2") && list.stderr.isEmpty, "the journal's lines for it are no strays")
        let history = try cli.ok("history", "klima-1.2").stdout
        #expect(history.contains("Tiltaket ble fjernet fra planen 01.06.2025; historikken er bevart.") && history.contains("Startet"))
        #expect(try cli.ok("history", "klima-1.2", "--json").stdout.contains("\"removed\": \"2025-06-01\""))
        let shown = try cli.fails(["measure", "show", "klima-1.2"], exitCode: 1)
        #expect(shown.stderr.contains("tiltaket «klima-1.2» ble fjernet 01.06.2025") && shown.stderr.contains("aktsom history klima-1.2"))
        try cli.fails(["update", "klima-1.2", "--status", "gjennomført"], exitCode: 1)
        #expect(try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Nytt").stdout.contains("klima-1.3"))
        let reused = try cli.fails(["measure", "add", "--goal", "klima-1", "--title", "x", "--id", "klima-1.2"], exitCode: 1)
        #expect(reused.stderr.contains("id-en «klima-1.2» tilhørte tiltaket «Klimabudsjett for innkjøp», som ble fjernet 01.06.2025"))
        try cli.folder.write("s.csv", sheetHeader + "klima-1.2;;;;;;;;gjennomført;;\r\n")
        let sheet = try cli.fails(["sheet", "import", "s.csv", "--team", "Innkjøp"], exitCode: 1)
        #expect(sheet.stderr.contains("linje 3, kolonne «ID»: tiltaket «klima-1.2» ble fjernet 01.06.2025"), "\(sheet.stderr)")
        let repair = try cli.ok("repair", "--dry-run", "--json").stdout
        #expect(repair.contains("\"removedLines\": []"), "repair must never take a removed measure's history: \(repair)")
        let check = try cli.run("check", "--year", "2025", "--json").stdout
        #expect(check.contains("\"findings\"") && !check.contains("klima-1.2"), "\(check)")
    }

    @Test("--dry-run says what would go and changes nothing; --json has the same shape")
    func dryRun() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("goal", "report", "klima-1", "--year", "2025", "--text", "Godt i gang")
        let before = cli.folder.snapshot()
        let text = try cli.ok("goal", "remove", "klima-1", "--cascade", "--dry-run").stdout
        #expect(text == """
            Ville fjernet målet «klima-1»: Halvere klimagassutslippene fra innkjøp
            Ville også fjernet:
              tiltak «klima-1.1» Krav om utslippsfrie byggeplasser
              tiltak «klima-1.2» Klimabudsjett for innkjøp
              statusteksten for mål «klima-1» i 2025
            Ingenting er endret (--dry-run).

            """)
        let json = try cli.ok("goal", "remove", "klima-1", "--cascade", "--dry-run", "--json").stdout
        #expect(json.contains("\"dryRun\": true,\n  \"removed\": {\n    \"kind\": \"goal\",\n    \"id\": \"klima-1\","))
        #expect(json.contains("{\n      \"kind\": \"goal-status\",\n      \"goal\": \"klima-1\",\n      \"year\": 2025\n    }"))
        #expect(cli.folder.snapshot() == before)
        try cli.fails(["goal", "remove", "klima-1", "--dry-run"], exitCode: 1)
        try cli.ok("goal", "remove", "klima-1", "--cascade")
        let plan = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(!plan.contains("\"id\": \"klima-1\"") && plan.contains("\"id\": \"klima-1.1\",\n      \"title\": \"Krav om utslippsfrie byggeplasser\""))
        #expect(try !cli.folder.read("Plans/fjordvik/years/2025.json").contains("klima-1"))
    }

    @Test("a risk or procurement others refer to is refused, listing them, and goes with its links under --cascade")
    func riskAndProcurement() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", "Arbeidsklær", "--measure", "etikk-1.1")
        try cli.ok("followup", "add", "2025/1", "--kind", "revisjon", "--date", "2025-05-01")
        let risk = try cli.fails(["risk", "remove", "risiko-1"], exitCode: 1)
        #expect(risk.stderr.contains("koblingen fra tiltak «etikk-1.1» til risiko «risiko-1»"))
        try cli.ok("risk", "remove", "risiko-1", "--cascade")
        let procurement = try cli.fails(["procurement", "remove", "2025/1"], exitCode: 1)
        #expect(procurement.stderr.contains("oppfølgingen (revisjon 01.05.2025) av anskaffelse «2025/1»"))
        let gone = try cli.ok("procurement", "remove", "2025/1", "--cascade", "--json").stdout
        #expect(gone.contains("\"kind\": \"procurement-link\"") && gone.contains("\"followUpKind\": \"revisjon\""))
        let plan = try cli.folder.read("Plans/fjordvik/plan.json")
        #expect(plan.contains("\"title\": \"Kartlegge leverandører av arbeidsklær\"") && !plan.contains("risiko-1") && !plan.contains("2025/1"))
    }

    @Test("a deviation is corrected with deviation edit and removed with deviation remove")
    func deviations() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", "Arbeidsklær")
        try cli.ok("deviation", "add", "2025/1", "--type", "Lønn", "--where", "Fabrikk", "--status", "åpen", "--date", "2025-05-02")
        try cli.ok("deviation", "edit", "avvik-1", "--type", "Overtid", "--where", "Underleverandør i Vietnam", "--action", "Handlingsplan", "--date", "2025-04-30")
        let shown = try cli.ok("procurement", "show", "2025/1", "--json").stdout
        #expect(shown.contains("\"type\": \"Overtid\",\n        \"where\": \"Underleverandør i Vietnam\",\n        \"action\": \"Handlingsplan\""), "\(shown)")
        #expect(shown.contains("\"date\": \"2025-04-30\""))
        try cli.ok("deviation", "update", "avvik-1", "--status", "lukket", "--date", "2025-05-20")
        let noAction = try cli.fails(["deviation", "edit", "avvik-1", "--action", ""], exitCode: 2)
        #expect(noAction.stderr.contains("et lukket avvik må ha et tiltak"))
        let late = try cli.fails(["deviation", "edit", "avvik-1", "--date", "2025-05-25"], exitCode: 2)
        #expect(late.stderr.contains("avviket ble lukket 20.05.2025, før 25.05.2025"))
        try cli.ok("deviation", "remove", "avvik-1")
        #expect(try !cli.folder.read("Plans/fjordvik/procurements.json").contains("avvik-1"))
    }

    @Test("a year's note, goal status text and risk report are removed with --remove, and only when there is one")
    func yearTexts() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "Erfaringer")
        try cli.ok("goal", "report", "etikk-1", "--year", "2025", "--text", "Nådd")
        try cli.ok("risk", "report", "risiko-1", "--year", "2025", "--status", "Pågår")
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--remove")
        #expect(try cli.ok("goal", "report", "etikk-1", "--year", "2025", "--remove").stdout.contains("Fjernet statusteksten for mål etikk-1 i 2025."))
        try cli.ok("risk", "report", "risiko-1", "--year", "2025", "--remove")
        let year = try cli.folder.read("Plans/fjordvik/years/2025.json")
        #expect(!year.contains("1.E.1") && !year.contains("etikk-1") && !year.contains("risiko-1"), "\(year)")
        let again = try cli.fails(["year", "note", "2025", "--section", "1.E.1", "--remove"], exitCode: 1)
        #expect(again.stderr.contains("2025 har ikke noe svar på 1.E.1"))
        try cli.fails(["goal", "report", "etikk-1", "--year", "2025", "--remove"], exitCode: 1)
        try cli.fails(["goal", "report", "etikk-1", "--year", "2025", "--remove", "--text", "x"], exitCode: 2)
        try cli.fails(["risk", "report", "risiko-1", "--year", "2025", "--remove", "--status", "x"], exitCode: 2)
    }

    @Test("a closed vocabulary refuses a typo with «mente du …?» from a flag and from a status sheet")
    func vocabularies() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", "Arbeidsklær")
        let kind = try cli.fails(["followup", "add", "2025/1", "--kind", "statusmøde", "--date", "2025-05-01"], exitCode: 2)
        #expect(kind.stderr.contains("--kind: ukjent oppfølgingstype «statusmøde»\nmente du «statusmøte»?\ngyldige typer: egenrapportering, statusmøte"))
        try cli.ok("followup", "add", "2025/1", "--kind", "statusmote", "--date", "2025-05-01")
        #expect(try cli.folder.read("Plans/fjordvik/procurements.json").contains("\"kind\": \"statusmøte\""))
        let state = try cli.fails(["deviation", "add", "2025/1", "--type", "x", "--where", "y", "--status", "z", "--state", "lukke"], exitCode: 2)
        #expect(state.stderr.contains("--state: ukjent avvikstilstand «lukke»\nmente du «lukket»?"))
        try cli.folder.write("s.csv", sheetHeader + "klima-1.2;;;;;;;;pågårr;;\r\n")
        let sheet = try cli.fails(["sheet", "import", "s.csv", "--team", "Innkjøp"], exitCode: 1)
        #expect(sheet.stderr.contains("linje 3, kolonne «Ny status»: ukjent status «pågårr»; mente du «pågår»?; gyldige verdier: planlagt"))
    }
}
