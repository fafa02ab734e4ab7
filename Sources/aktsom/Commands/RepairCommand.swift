import AktsomKit

extension Commands {
    static let repair = Command(
        path: ["repair"],
        abstract: Localized("flytt skadde linjer ut av journalen (med sikkerhetskopi) og rydd bort avbrutte skrivinger",
                            en: "move damaged lines out of the journal (with a backup) and clear away interrupted writes"),
        discussion: Localized(
            "Journalen kopieres først uendret til backup/journal-TIDSPUNKT.jsonl (aldri over en tidligere kopi). Linjer som\nikke kan leses (en avkuttet siste linje, ugyldig JSON, ugyldig verdi, ukjent tiltak) fjernes; de gode linjene\nbeholdes byte for byte, og hodelinjen fjernes aldri (mangler den, settes den inn). Et manglende register lages\ntomt når ingen tiltak viser til anskaffelser. Skadde plan-filer rører ikke repair: feilmeldingen viser linje og\nkolonne, og en tidligere versjon kan hentes fra git.",
            en: "The journal is first copied unchanged to backup/journal-TIME.jsonl (never over an earlier copy). Lines that\ncannot be read (a cut-off last line, invalid JSON, an invalid value, an unknown measure) are removed; good lines\nare kept byte for byte, and the header line is never removed (it is put back when missing). A missing register\nis made empty when no measure refers to a procurement. repair does not touch damaged plan files: the error\nshows line and column, and an earlier version can be restored from git."),
        options: [.flag("--dry-run", Localized("vis hva som ville blitt gjort, uten å endre noe", en: "show what would be done, without changing anything"))],
        examples: [Example("aktsom repair --dry-run"), Example("aktsom repair")]
    ) { invocation in
        let dryRun = invocation.flag("--dry-run")
        let report: RepairReport
        do {
            let store = try invocation.store()
            report = try store.repair(dryRun: dryRun, clock: invocation.clock, exports: ReportExport.defaultFolders(plan: store.name))
        } catch let error as DiagnosticConvertible {
            throw error.diagnostic.withNote(Localized(
                "repair retter bare journalen og avbrutte skrivinger; rett filen for hånd der feilen er vist, eller hent en tidligere versjon med git checkout",
                en: "repair fixes only the journal and interrupted writes; fix the file by hand where the error is shown, or restore an earlier version with git checkout"))
        }
        if invocation.wantsJSON {
            invocation.printJSON(.object([
                ("dryRun", .bool(dryRun)),
                ("removedLines", .array(report.removedLines.map { line in
                    .object([("line", .int(line.line)), ("text", .string(line.text)), ("reason", .string(line.reason.text(invocation.language)))])
                })),
                ("headerRestored", .bool(report.headerRestored)),
                ("created", .strings(report.created)),
                ("temporaryFiles", .strings(report.temporaryFiles)),
                ("interruptedExports", .strings(report.interruptedExports)),
                ("backup", report.backup.map(JSONValue.string) ?? .null),
            ]))
            return .success
        }
        let nb = invocation.language == .nb
        guard !report.isEmpty else {
            invocation.print(nb ? "Ingenting å reparere: journalen kan leses i sin helhet, og det er ingen avbrutte skrivinger."
                                : "Nothing to repair: the whole journal can be read, and there are no interrupted writes.")
            return .success
        }
        var lines: [String] = []
        for removed in report.removedLines {
            lines.append((nb ? "  linje \(removed.line): " : "  line \(removed.line): ") + removed.reason.text(invocation.language))
            lines.append("    " + TextTable.shorten(removed.text, to: 100))
        }
        if !report.removedLines.isEmpty {
            let removed = nb ? report.removedLines.count.counted("linje", "linjer") : report.removedLines.count.counted("line", "lines")
            lines.insert(dryRun ? (nb ? "Ville fjernet \(removed) fra journalen:" : "Would remove \(removed) from the journal:")
                                : (nb ? "Fjernet \(removed) fra journalen:" : "Removed \(removed) from the journal:"), at: 0)
        }
        if report.headerRestored {
            lines.append(dryRun ? (nb ? "Ville satt inn igjen journalens hodelinje." : "Would put back the journal's header line.")
                                : (nb ? "Satte inn igjen journalens hodelinje." : "Put back the journal's header line."))
        }
        for file in report.created {
            lines.append((dryRun ? (nb ? "Ville laget " : "Would make ") : (nb ? "Laget " : "Made ")) + file
                         + (nb ? " på nytt, tom (den manglet)" : " anew, empty (it was missing)"))
        }
        if let backup = report.backup {
            lines.append(nb ? "Journalen slik den var, er kopiert til \(backup)." : "The journal as it was is copied to \(backup).")
        }
        for file in report.temporaryFiles {
            lines.append((dryRun ? (nb ? "Ville fjernet " : "Would remove ") : (nb ? "Fjernet " : "Removed ")) + file
                         + (nb ? " (avbrutt skriving)" : " (interrupted write)"))
        }
        for folder in report.interruptedExports {
            lines.append(nb ? "Eksporten til \(folder) ble avbrutt og kan være halvt gammel, halvt ny; kjør «aktsom export» for det året på nytt."
                            : "The export to \(folder) was interrupted and may be half old, half new; run «aktsom export» for that year again.")
        }
        if dryRun { lines.append(nb ? "Prøvekjøring: ingenting er endret." : "Dry run: nothing was changed.") }
        invocation.print(lines.joined(separator: "\n"))
        return .success
    }
}
