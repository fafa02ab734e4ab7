import AktsomKit

extension Commands {
    static let sheetExport = Command(
        path: ["sheet", "export"],
        abstract: Localized("lag et statusark (Excel-arbeidsbok eller CSV) med tiltakene et team er ansvarlig for", en: "make a status sheet (an Excel workbook or CSV) with the measures a team owns"),
        discussion: Localized(
            "Med --out FIL.xlsx blir arket en Excel-arbeidsbok: Ny status velges i en liste, ID, Tiltak og Frist er låst,\noverskriften står fast og forfalte tiltak er merket. Ellers er det CSV: UTF-8 med BOM, semikolon og CRLF, så\nExcel på en norsk PC åpner det med æøå i behold. Teamet fyller inn Ny status og Nytt notat og sender filen\ntilbake til «aktsom sheet import», som leser begge.",
            en: "With --out FILE.xlsx the sheet is an Excel workbook: New status is chosen from a list, ID, Measure and Due are\nlocked, the header stays in view and overdue measures are marked. Otherwise it is CSV: UTF-8 with BOM,\nsemicolons and CRLF, so Excel on a Norwegian PC opens it with æøå intact. The team fills in New status and New\nnote and sends the file back for «aktsom sheet import», which reads both."),
        options: [
            .value("--team", "TEAM", Localized("teamet, slik det står som ansvarlig i planen", en: "the team, as the plan names it as owner"), required: true),
            .value("--out", "FILE", Localized("filen arket skrives til; .xlsx gir en arbeidsbok (standard statusark-TEAM.csv)",
                                              en: "the file to write; .xlsx makes a workbook (default statusark-TEAM.csv)")),
        ],
        examples: [
            Example("aktsom sheet export --team Byggherre --out statusark-byggherre.xlsx"),
            Example("aktsom sheet export --team Byggherre --out statusark-byggherre.csv"),
        ]
    ) { invocation in
        let team = try invocation.required("--team")
        let data = try invocation.load()
        let out = try invocation.path("--out")
        let format = out.map(StatusSheet.Format.init(path:)) ?? .csv
        let sheet = try StatusSheet.export(data: data, team: team, today: invocation.today, language: invocation.language,
                                           made: RecordedTime(invocation.clock.timestamp()), format: format)
        let path = out ?? StatusSheet.defaultFileName(team: sheet.team)
        do throws(FileSystemError) {
            try invocation.surroundings.fileSystem.writeAtomically(sheet.bytes, to: path)
        } catch {
            throw error.diagnostic
        }
        let count = sheet.measureCount
        invocation.confirm(Localized("Skrev statusark for \(sheet.team) med \(count) tiltak til \(path).",
                                     en: "Wrote the status sheet for \(sheet.team) with \(count.counted("measure", "measures")) to \(path)."),
                           json: .object([("team", .string(sheet.team)), ("file", .string(path)), ("measures", .int(count))]))
        return .success
    }

    static let sheetImport = Command(
        path: ["sheet", "import"],
        abstract: Localized("les et utfylt statusark og registrer teamets nye statuser", en: "read a filled-in status sheet and record the team's new statuses"),
        discussion: Localized(
            "Rader med Ny status eller Nytt notat blir statusoppdateringer fra teamet, datert i dag eller Dato-kolonnen.\nUendrede rader og rader som alt er importert, gir ingenting, så samme ark kan importeres flere ganger,\nogså på andre dager. En rad for et tiltak som er endret etter at arket ble laget, registreres ikke (vises,\nmed begge statusene) uten --force. En rad for et annet teams tiltak, en ukjent id eller en ugyldig status\navviser hele arket.",
            en: "Rows with a New status or New note become status updates by the team, dated today or by the Date column.\nUnchanged rows and rows already imported add nothing, so the same sheet can be imported again, on any day.\nA row for a measure that changed after the sheet was made is not recorded (it is shown, with both\nstatuses) without --force. A row for another team's measure, an unknown id or an invalid status rejects\nthe whole sheet."),
        positionals: [PositionalSpec(name: "FILE", help: Localized("arket, lagret fra Excel som arbeidsbok (.xlsx) eller CSV", en: "the sheet, saved from Excel as a workbook (.xlsx) or CSV"))],
        options: [
            .value("--team", "TEAM", Localized("teamet arket er fra", en: "the team the sheet is from"), required: true),
            .flag("--dry-run", Localized("vis oppdateringene uten å lagre", en: "show the updates without saving")),
            .flag("--force", Localized("registrer også rader for tiltak som er endret etter at arket ble laget",
                                       en: "record also rows for measures that changed after the sheet was made")),
        ],
        examples: [
            Example("aktsom sheet import statusark-byggherre.csv --team Byggherre --dry-run"),
            Example("aktsom sheet import statusark-byggherre.csv --team Byggherre"),
        ]
    ) { invocation in
        let path = try invocation.required("FILE", invocation.path)
        let team = try invocation.required("--team")
        let bytes = try invocation.readInputFile(path)
        let dryRun = invocation.flag("--dry-run")
        let result = try invocation.store().importStatusSheet(bytes: bytes, file: path, team: team, clock: invocation.clock,
                                                             force: invocation.flag("--force"), dryRun: dryRun)
        invocation.show(text: result.summary(invocation.language, dryRun: dryRun), json: result.json(dryRun: dryRun))
        return .success
    }

    static let calendar = Command(
        path: ["calendar"],
        abstract: Localized("lag en kalender (.ics) med fristene for åpne tiltak og årsrapporten", en: "make a calendar (.ics) with the deadlines of open measures and the annual report"),
        discussion: Localized("Filen kan importeres i Outlook og Google Kalender; en nyere fil oppdaterer hendelsene, også fra en annen mappe\neller klone. Gjennomførte og avbrutte tiltak står som avlyste hendelser. Uten --out skrives den til standard ut.",
                              en: "The file imports into Outlook and Google Calendar; a newer file updates the events, also from another folder\nor clone. Done and cancelled measures are cancelled events. Without --out it is written to standard output."),
        options: [
            CommonOptions.team,
            .value("--out", "FILE.ics", Localized("filen kalenderen skrives til", en: "the file to write")),
        ],
        examples: [Example("aktsom calendar --team Byggherre --out byggherre.ics")]
    ) { invocation in
        let data = try invocation.load()
        let calendar = try DeadlineCalendar.calendar(data: data, team: invocation.text("--team"), clock: invocation.clock)
        let text = calendar.rendered()
        guard let path = try invocation.path("--out") else {
            invocation.surroundings.console.out(text)
            return .success
        }
        do throws(FileSystemError) {
            try invocation.surroundings.fileSystem.writeAtomically(Array(text.utf8), to: path)
        } catch {
            throw error.diagnostic
        }
        invocation.confirm(Localized("Skrev \(calendar.events.count.counted("hendelse", "hendelser")) til \(path).", en: "Wrote \(calendar.events.count.counted("event", "events")) to \(path)."),
                           json: .object([("file", .string(path)), ("events", .int(calendar.events.count))]))
        return .success
    }
}
