import AktsomKit

extension Commands {
    static let export = Command(
        path: ["export"],
        abstract: Localized("skriv årsrapporten til Etisk handel Norge, ferdig utfylt fra planen", en: "write the annual report to Ethical Trade Norway, filled from the plan"),
        discussion: Localized(
            "Hver seksjon i malen kommer med id og ledetekst: fylt fra data, fra årets notat, eller merket\n«Ikke utfylt». Formater: md (lim inn i portalen), html (utskrift til PDF, med figurer), json, csv\n(én fil per tabell, for Excel), docx (Word, med figurer og tallene i tabeller; lages bare med --format).\nStandard mappe: Exports/<plan>/<år>/. Mal handlingsplan viser hele\nplanen per dato (--as-of).",
            en: "Every section of the template comes with its id and label: filled from data, from the year's\nnote, or marked «Ikke utfylt». Formats: md (paste into the portal), html (print to PDF, with charts),\njson, csv (one file per table, for Excel), docx (Word, with charts and their numbers in tables; made\nonly with --format). Default folder: Exports/<plan>/<year>/. Template\nhandlingsplan shows the whole plan as of a day (--as-of)."),
        options: [
            .value("--year", "YYYY", Localized("rapporteringsåret (standard: året som rapporteres, i fjor til rapportfristen)", en: "the reporting year (default: the year being reported, last year until the report deadline)")),
            .value("--template", "T", Localized("ehn-offentlig, ehn-virksomhet, ehn-2020 eller handlingsplan (standard: planens egen mal)", en: "ehn-offentlig, ehn-virksomhet, ehn-2020 or handlingsplan (default: the plan's own template)")),
            .value("--format", "md,html,json,csv", Localized("hvilke formater: md, html, json, csv, docx (standard alle unntatt docx)", en: "which formats: md, html, json, csv, docx (default all but docx)")),
            .value("--out", "DIR", Localized("mappen filene skrives til", en: "the folder to write to")),
            .value("--as-of", "DATE", Localized("for handlingsplan: status denne dagen (standard i dag)", en: "for handlingsplan: status on this day (default today)")),
            .flag("--period", Localized("for handlingsplan: hele strategiperioden, hvert tiltak med endelig status og når det ble gjennomført",
                                        en: "for handlingsplan: the whole strategy period, each measure with its final status and when it was done")),
        ],
        examples: [
            Example("aktsom export --year 2025"),
            Example("aktsom export --year 2025 --template ehn-2020 --format md,csv --out rapport-2025"),
            Example("aktsom export --year 2025 --format docx", Localized("rapporten som Word-dokument", en: "the report as a Word document")),
            Example("aktsom export --template handlingsplan --as-of 2026-06-30", Localized("status for kommunestyret", en: "status for the council")),
            Example("aktsom export --template handlingsplan --period", Localized("hele strategiperioden, med det som ble gjennomført", en: "the whole strategy period, with what was done")),
        ]
    ) { invocation in
        let store = try invocation.store()
        let data = try invocation.load(from: store)
        let chosen = invocation.text("--template") == nil ? nil : try invocation.template(for: data.plan)
        let formats = try invocation.reportFormats()
        let year = try invocation.year("--year"), asOf = try invocation.day("--as-of")
        let request: ReportRequest
        do throws(ReportRequest.Problem) {
            request = try ReportRequest(template: chosen, year: year, asOf: asOf, wholePeriod: invocation.flag("--period"), plan: data.plan, today: invocation.today)
        } catch {
            let option = "--" + error.field.rawValue
            throw invocation.usageError(Localized("\(option) \(error.message.nb)", en: "\(option) \(error.message.en)"),
                                        notes: error == .noPeriod ? [Localized("sett den med aktsom plan edit --period 2025-2028", en: "set it with aktsom plan edit --period 2025-2028")] : [])
        }
        let template = request.template
        let builder = request.builder(data)
        let report = builder.build()
        let folder = try invocation.path("--out") ?? ReportExport.defaultFolder(plan: store.name, named: request.folderName)
        invocation.progress(Localized("Skriver \(template.id) for \(request.folderName) til \(folder) …", en: "Writing \(template.id) for \(request.folderName) to \(folder) …"))
        let outcome = try ExportFolder.write(ReportExport.files(for: report, formats: formats), to: folder,
                                             fileSystem: invocation.surroundings.fileSystem) { name in
            ReportExport.isOutput(name, template: template.id, formats: formats)
        }
        let written = outcome.written
        let blanks = report.notFilledCount
        // What the report leaves out is said on stderr whatever the output, so a script that
        // reads the JSON still shows it to the person running it.
        let leftOut = builder.leftOut
        invocation.note(LeftOutRecord.lines(leftOut, year: builder.year, invocation.language))
        if invocation.wantsJSON {
            invocation.printJSON(.object([("template", .string(template.id)), ("year", report.year.map(JSONValue.int) ?? .null),
                                          ("asOf", .string(report.asOf.iso)), ("folder", .string(folder)), ("files", .strings(written)),
                                          ("notFilled", .int(blanks)), ("removed", .strings(outcome.removed)), ("replaced", .strings(outcome.replaced)),
                                          ("earlierInterrupted", .bool(outcome.earlierInterrupted)),
                                          ("leftOut", .array(leftOut.map(\.json)))]))
        } else {
            var text = invocation.language == .nb ? "Skrev \(template.id) (\(report.year.map(String.init) ?? "per " + report.asOf.norwegian)) til \(folder)/:\n"
                                                  : "Wrote \(template.id) (\(report.year.map(String.init) ?? "as of " + report.asOf.norwegian)) to \(folder)/:\n"
            text += written.map { "  " + lastPathComponent($0) }.joined(separator: "\n") + "\n"
            text += invocation.exportFolderNotes(outcome)
            if blanks > 0 {
                text += invocation.language == .nb
                    ? (blanks == 1 ? "1 svar er ikke utfylt; det er merket «Ikke utfylt» med kommandoen som fyller det.\n"
                                   : "\(blanks) svar er ikke utfylt; de er merket «Ikke utfylt» med kommandoen som fyller dem.\n")
                    : (blanks == 1 ? "1 answer is not filled in; it is marked «Ikke utfylt» with the command that fills it.\n"
                                   : "\(blanks) answers are not filled in; they are marked «Ikke utfylt» with the command that fills them.\n")
            }
            invocation.print(text)
        }
        return .success
    }
}

extension Invocation {
    /// What an export did besides writing: files of an earlier export it removed, files not
    /// written by Aktsom it replaced, an earlier export that was interrupted.
    func exportFolderNotes(_ outcome: ExportFolder.Outcome) -> String {
        let nb = language == .nb
        var lines: [String] = []
        if outcome.earlierInterrupted {
            lines.append(nb ? "Forrige eksport til mappen ble avbrutt før den var ferdig; nå er alle filene skrevet på nytt."
                            : "The previous export to this folder was interrupted before it was done; every file is now written anew.")
        }
        for path in outcome.removed {
            lines.append(nb ? "Fjernet \(lastPathComponent(path)), som en tidligere eksport skrev og denne ikke lager lenger."
                            : "Removed \(lastPathComponent(path)), which an earlier export wrote and this one no longer makes.")
        }
        for path in outcome.replaced {
            lines.append(nb ? "Erstattet \(lastPathComponent(path)), som lå i mappen og ikke var skrevet av Aktsom."
                            : "Replaced \(lastPathComponent(path)), which was in the folder and not written by Aktsom.")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
