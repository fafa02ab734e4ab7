import AktsomKit

/// Eksport, `/eksport`: the year's report previewed inside the page (the same charts and
/// sections `aktsom export` writes, styled by Aktsom's stylesheet), each file of every format
/// to download, the self-contained HTML report to print, each team's status sheet and the
/// deadline calendar. Files are made in memory by the same renderers and sent with safe names;
/// nothing is written to the plan folder or the disk.
enum ExportPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/eksport") { request in
            let snapshot = try site.plan.snapshot()
            let choice = try ReportChoice(request, plan: snapshot.data.plan, today: site.today)
            return page(data: snapshot.data, choice: choice, built: choice.built(snapshot, site: site), request: request)
        }
        router.get("/eksport/fil/:name") { request in
            let name = try request.parameters.require("name")
            let snapshot = try site.plan.snapshot()
            let choice = try ReportChoice(request, plan: snapshot.data.plan, today: site.today)
            guard let file = ReportExport.file(named: name, for: choice.built(snapshot, site: site).report) else { throw HTTPError.notFound }
            return .download(file.bytes, fileName: downloadName(file.name, choice: choice), contentType: contentType(of: file.name))
        }
        // The report as its own page, to print or save as PDF. Its inline <style> needs a policy
        // of its own: styles inline, and still nothing else (no script, no request elsewhere).
        router.get("/eksport/rapport") { request in
            let snapshot = try site.plan.snapshot()
            let choice = try ReportChoice(request, plan: snapshot.data.plan, today: site.today)
            var response = HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]),
                                        body: Array(HTMLRenderer.render(choice.built(snapshot, site: site).report).utf8))
            response.headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
            return response
        }
        // `?format=xlsx` for the workbook, CSV otherwise, as `sheet export --out` chooses by extension.
        router.get("/statusark/:team") { request in
            let team = try request.parameters.require("team")
            let format: StatusSheet.Format = request.query.given("format") == "xlsx" ? .xlsx : .csv
            let data = try site.plan.load()
            do throws(PlanError) {
                let sheet = try StatusSheet.export(data: data, team: team, today: site.today, language: request.language, format: format)
                return .download(sheet.bytes, fileName: StatusSheet.defaultFileName(team: sheet.team, format: format), contentType: sheet.contentType)
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
        }
        router.get("/kalender.ics") { request in
            let data = try site.plan.load()
            let team = request.query.given("team")
            do throws(PlanError) {
                let calendar = try DeadlineCalendar.calendar(data: data, team: team, clock: site.clock)
                let name = "frister" + (team.map { "-" + SafeFileName.component($0) } ?? "") + ".ics"
                return .download(Array(calendar.rendered().utf8), fileName: name, contentType: "text/calendar; charset=utf-8")
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
        }
    }

    /// `ehn-offentlig-2025.md`: the file's name with the year, so downloads of two years differ.
    static func downloadName(_ name: String, choice: ReportChoice) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return "\(name[..<dot])-\(choice.request.folderName)\(name[dot...])"
    }

    static func contentType(of name: String) -> String {
        if name.hasSuffix(".md") { return "text/markdown; charset=utf-8" }
        if name.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if name.hasSuffix(".json") { return "application/json; charset=utf-8" }
        if name.hasSuffix(".docx") { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
        return "text/csv; charset=utf-8"
    }

    static func page(data: PlanData, choice: ReportChoice, built: BuiltReport, request: HTTPRequest) -> HTTPResponse {
        let report = built.report
        let query = choice.query
        let title = request.t("Eksport", "Export")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .export) {
            Layout.heading(title, subtitle: "\(choice.template.title) · " + (choice.request.period.map { request.t("strategiperioden \($0.display)", "the strategy period \($0.display)") }
                                                                         ?? (choice.template.isYearly ? String(choice.year) : request.t("per \(choice.request.asOf.norwegian)", "as of \(choice.request.asOf.norwegian)"))))
            YearPicker.form(action: "/eksport", chosen: choice.year, data: data, today: choice.today, request: request) {
                Field.select("mal", request.t("Mal", "Template"), options: TemplateCatalog.all.map { ($0.id, "\($0.id) – \($0.title)") },
                             values: FormData().setting("mal", choice.template.id), problems: FormProblems(language: request.language))
                if data.plan.period != nil {
                    Field.checkbox("periode", request.t("Handlingsplan: hele strategiperioden", "Action plan: the whole strategy period"),
                                   values: FormData().setting("periode", choice.request.period != nil ? "ja" : nil), problems: FormProblems(language: request.language))
                }
            }
            LeftOutList.section(built.leftOut, year: choice.year, request: request)
            Markup.element(.section, [.id("filer")]) {
                Markup.element(.h2) { request.t("Last ned", "Download") }
                if report.notFilledCount > 0 {
                    Markup.element(.p, [.class("notice")]) {
                        request.t("\(report.notFilledCount) svar er ikke utfylt. Se hva som mangler under ", "\(report.notFilledCount) answers are not filled in. See what is missing under ")
                        Markup.link(to: PathLink.to("ar", String(choice.year))) { request.t("Årsrapport", "Annual report") }
                        "."
                    }
                }
                Markup.element(.ul, [.class("downloads")]) {
                    for file in built.files {
                        Markup.element(.li) {
                            Markup.link(to: PathLink.to(["eksport", "fil", file], query: query)) { file }
                        }
                    }
                    Markup.element(.li) {
                        Markup.link(to: PathLink.to(["eksport", "rapport"], query: query)) { request.t("Åpne rapporten for utskrift (PDF)", "Open the report to print (PDF)") }
                    }
                }
                Markup.element(.h3) { request.t("Statusark og kalender per team", "Status sheets and calendar per team") }
                Markup.element(.ul, [.class("downloads")]) {
                    Markup.element(.li) { Markup.link(to: "/kalender.ics") { request.t("Alle frister (.ics)", "Every deadline (.ics)") } }
                    for team in data.plan.teams {
                        Markup.element(.li) {
                            team + ": "
                            Markup.link(to: PathLink.to(["statusark", team], query: [("format", "xlsx")])) { request.t("statusark (Excel)", "status sheet (Excel)") }
                            " · "
                            Markup.link(to: PathLink.to("statusark", team)) { request.t("statusark (CSV)", "status sheet (CSV)") }
                            " · "
                            Markup.link(to: PathLink.to("kalender.ics", query: [("team", team)])) { request.t("frister (.ics)", "deadlines (.ics)") }
                        }
                    }
                }
            }
            Markup.element(.section, [.class("report-preview"), .id("forhandsvisning")]) {
                Markup.element(.h2) { request.t("Forhåndsvisning", "Preview") }
                Markup(renderedByAktsomKit: built.preview)
            }
        }
    }
}

/// The report asked for: `?year=`, `?mal=` (the plan's template by default), `?dato=` (the
/// action plan's day) and `?periode=ja` (the action plan for the whole strategy period), chosen
/// by AktsomKit's one rule (``ReportRequest``) as `aktsom export` chooses it.
struct ReportChoice {
    let request: ReportRequest
    let today: Day

    var template: ReportTemplate { request.template }
    var year: Int { request.year }

    init(_ http: HTTPRequest, plan: ActionPlan, today: Day) throws(HTTPError) {
        var problems = FormProblems(language: http.language)
        let year = problems.read { () throws(FieldProblem) in try FieldInput.year(http.query.given("year"), field: "--year") }
        let day = problems.read { () throws(FieldProblem) in try FieldInput.day(http.query.given("dato"), field: "--as-of") }
        if let first = problems.firstMessage { throw HTTPError.badRequest(first) }
        var template: ReportTemplate?
        if let id = http.query.given("mal") {
            guard let known = TemplateCatalog.template(id) else {
                throw HTTPError.badRequest(Localized("ukjent mal; \(TemplateCatalog.validTemplates.nb)", en: "unknown template; \(TemplateCatalog.validTemplates.en)"))
            }
            template = known
        }
        do throws(ReportRequest.Problem) {
            request = try ReportRequest(template: template, year: year, asOf: day, wholePeriod: http.query["periode"] == "ja", plan: plan, today: today)
        } catch {
            let name = error.field == .period ? Localized("Hele strategiperioden", en: "The whole strategy period") : Localized("En dato", en: "A date")
            throw HTTPError.badRequest(Localized("\(name.nb) \(error.message.nb)", en: "\(name.en) \(error.message.en)"))
        }
        self.today = today
    }

    /// The query that asks for this report again, for its downloads.
    var query: [(String, String)] {
        var query = [("year", String(year)), ("mal", template.id)]
        if !template.isYearly { query.append(("dato", request.asOf.iso)) }
        if request.period != nil { query.append(("periode", "ja")) }
        return query
    }

    /// The report, its preview's markup and its files' names, made once per state of the plan.
    func built(_ snapshot: PlanSnapshot, site: AktsomSite) -> BuiltReport {
        let key = "report \(template.id) \(year) \(request.asOf.iso) \(request.period?.description ?? "-") \(today.iso)"
        return site.plan.derived(key, from: snapshot) {
            let builder = request.builder(snapshot.data)
            let report = builder.build()
            return BuiltReport(report: report, preview: HTMLRenderer.body(report, linkingBlanks: true), files: ReportExport.names(for: report, formats: ReportFormat.allCases),
                               leftOut: builder.leftOut)
        }
    }
}

/// A report as the export page shows it.
struct BuiltReport: Sendable {
    let report: Report
    /// The report's body as AktsomKit's HTML renderer writes it, for the preview.
    let preview: String
    let files: [String]
    /// What the report leaves out because it counts only from after the year.
    let leftOut: [LeftOutRecord]
}
