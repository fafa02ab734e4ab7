import AktsomKit

extension Commands {
    static let compare = Command(
        path: ["compare"],
        abstract: Localized("sammenlign medlemmene i et nettverk side om side for et år", en: "compare the members of a network side by side for a year"),
        discussion: Localized(
            "Én rad per medlem med nøkkeltall og indikatorer, nettverkets median og hvert medlems plass (1 er\nhøyeste verdi). Et medlem uten tall for noe viser «mangler», aldri 0; en plan som ikke kan leses,\nlistes med årsaken. Gi plan-mappene, eller mappen de ligger i (Plans). Standard mappe:\nExports/sammenligning/<år>/. --anonymize viser «Medlem A, B, …»; nøkkelen skrives bare med --key.",
            en: "One row per member with key figures and indicators, the network's median and each member's place (1 is\nthe highest value). A member without figures for something shows «mangler», never 0; a plan that cannot\nbe read is listed with the reason. Give the plan folders, or the folder they are in (Plans). Default\nfolder: Exports/sammenligning/<year>/. --anonymize shows «Medlem A, B, …»; the key is written only with --key."),
        positionals: [PositionalSpec(name: "PLAN", help: Localized("plan-mappene, eller en mappe med plan-mapper", en: "the plan folders, or a folder of plan folders"),
                                     isVariadic: true)],
        options: [
            CommonOptions.year(required: true),
            .value("--format", "html,md,json,csv", Localized("hvilke formater (standard alle)", en: "which formats (default all)")),
            .value("--out", "DIR", Localized("mappen filene skrives til", en: "the folder to write to")),
            .flag("--anonymize", Localized("vis medlemmene som «Medlem A, B, …»", en: "show the members as «Medlem A, B, …»")),
            .value("--key", "FILE", Localized("med --anonymize: skriv nøkkelen til bokstavene hit", en: "with --anonymize: write the key to the letters here")),
            .value("--name", "TEXT", Localized("nettverkets navn i rapporten (standard «nettverket»)", en: "the network's name in the report (default «nettverket»)")),
        ],
        examples: [
            Example("aktsom compare Plans --year 2025", Localized("alle planene under Plans", en: "every plan under Plans")),
            Example("aktsom compare Plans/fjordvik Plans/lillevik Plans/strandvik --year 2025 --name \"Innkjøpssamarbeidet i Vestland\""),
            Example("aktsom compare Plans --year 2025 --anonymize --key nokkel.txt --format html,csv"),
        ]
    ) { invocation in
        let year = try invocation.required("--year", invocation.year)
        let formats = try invocation.reportFormats()
        let anonymize = invocation.flag("--anonymize")
        if invocation.text("--key") != nil && !anonymize {
            throw invocation.usageError(Localized("--key gjelder bare med --anonymize", en: "--key applies only with --anonymize"))
        }
        let fileSystem = invocation.surroundings.fileSystem
        let folders = try NetworkMembers.folders(invocation.arguments.positionalList("PLAN"), fileSystem: fileSystem)
        invocation.progress(Localized("Leser \(folders.count) planer …", en: "Reading \(folders.count) plans …"))
        let comparison = NetworkComparison(members: NetworkMembers.read(folders, year: year, fileSystem: fileSystem), year: year, anonymize: anonymize)
        let network = invocation.text("--name")?.nonBlank ?? "nettverket"
        let files = comparison.files(network: network, asOf: Day.yearEnd(year, notAfter: invocation.today), formats: formats)
        let folder = invocation.text("--out") ?? joinPath("Exports", "sammenligning", String(year))
        let written: [String]
        do throws(FileSystemError) {
            written = try ReportExport.write(files, template: "sammenligning", formats: formats, to: folder, fileSystem: fileSystem)
            if anonymize, let key = invocation.text("--key") {
                try fileSystem.writeAtomically(Array(comparison.key.utf8), to: key)
            }
        } catch {
            throw error.diagnostic
        }
        if invocation.wantsJSON {
            invocation.printJSON(.object([("year", .int(year)), ("members", .int(comparison.members.count)),
                                          ("unreadable", .strings(comparison.unreadable.map(\.name))), ("folder", .string(folder)),
                                          ("files", .strings(written))]))
        } else {
            let nb = invocation.language == .nb
            var text = nb ? "Sammenlignet \(comparison.members.count) medlemmer for \(year); skrev til \(folder)/:\n"
                          : "Compared \(comparison.members.count) members for \(year); wrote to \(folder)/:\n"
            text += written.map { "  " + lastPathComponent($0) }.joined(separator: "\n") + "\n"
            for shown in comparison.unreadable {
                text += nb ? "Kunne ikke lese \(shown.name): \(shown.member.problemSummary)\n"
                           : "Could not read \(shown.name): \(shown.member.problemSummary)\n"
            }
            invocation.print(text)
        }
        return .success
    }

    static let trend = Command(
        path: ["trend"],
        abstract: Localized("vis planens nøkkeltall og indikatorer år for år", en: "show the plan's key figures and indicators year by year"),
        discussion: Localized(
            "Fra det første til det siste året planen har tall for, eller --from/--to. Oppgitte tall vinner over\ntellte, som i rapporten; «–» betyr ingen tall. --out skriver en fil: .csv for Excel, .md, .html med\nfigurer, eller .json.",
            en: "From the first to the last year the plan has figures for, or --from/--to. Entered figures win over\ncounted ones, as in the report; «–» means no figure. --out writes a file: .csv for Excel, .md, .html\nwith charts, or .json."),
        options: [
            .value("--from", "YYYY", Localized("første år", en: "first year")),
            .value("--to", "YYYY", Localized("siste år", en: "last year")),
            .value("--out", "FILE", Localized("skriv til en fil: .csv, .md, .html eller .json", en: "write to a file: .csv, .md, .html or .json")),
        ],
        examples: [Example("aktsom trend"), Example("aktsom trend --from 2023 --to 2025 --out utvikling.csv")]
    ) { invocation in
        let data = try invocation.load()
        let known = PlanTrend.yearsWithData(in: data)
        let first = try invocation.year("--from") ?? known?.lowerBound ?? invocation.today.year
        let last = try invocation.year("--to") ?? max(known?.upperBound ?? invocation.today.year, first)
        guard first <= last, last - first < 50 else {
            throw invocation.usageError(Localized("--from \(first) er etter --to \(last), eller spennet er over 50 år", en: "--from \(first) is after --to \(last), or the span is over 50 years"))
        }
        let trend = PlanTrend(data: data, from: first, to: last)
        guard let out = invocation.text("--out") else {
            invocation.show(text: trend.text(invocation.language), json: trend.json())
            return .success
        }
        let content: String
        switch out.split(separator: ".").last.map({ $0.lowercased() }) {
        case "csv": content = CSVWriter.document(trend.table)
        case "json": content = JSONWriter.pretty(trend.json())
        case "md", "html":
            let report = Report(templateID: "utvikling", title: "Utvikling \(first)–\(last)", organisation: data.plan.organisation, year: nil,
                                asOf: Day.yearEnd(last, notAfter: invocation.today),
                                sections: [ReportSection(id: "utvikling", title: "Utvikling", level: 1, showsID: false, source: .data, blocks: trend.blocks)],
                                charts: trend.charts)
            content = out.lowercased().hasSuffix(".md") ? MarkdownRenderer.render(report) : HTMLRenderer.render(report)
        default:
            throw invocation.usageError(Localized("--out: ukjent filtype \(quoted(out))", en: "--out: unknown file type \(quoted(out))"),
                                        notes: [Localized("bruk .csv, .md, .html eller .json", en: "use .csv, .md, .html or .json")])
        }
        do throws(FileSystemError) {
            try invocation.surroundings.fileSystem.writeAtomically(Array(content.utf8), to: out)
        } catch {
            throw error.diagnostic
        }
        invocation.confirm(Localized("Skrev utviklingen \(first)–\(last) til \(out).", en: "Wrote the trend \(first)–\(last) to \(out)."),
                           json: .object([("file", .string(out)), ("from", .int(first)), ("to", .int(last))]))
        return .success
    }
}

extension Invocation {
    /// `--format md,html,json,csv,docx`, or the text formats (``ReportFormat/standard``).
    func reportFormats() throws -> [ReportFormat] {
        guard let text = text("--format") else { return ReportFormat.standard }
        switch ReportFormat.parseList(text) {
        case .success(let list): return list
        case .failure(let unknown): throw refused(unknown, option: "--format")
        }
    }
}
