import AktsomKit

/// Import, `/import`: a team's status sheet (`aktsom sheet import`) or a procurement CSV
/// (`aktsom procurement import`) uploaded from the browser. The upload is read as `--dry-run`
/// reads it and shown row by row: what will be recorded and what is rejected and why. Only the
/// confirm button imports it, with the same rule under the folder's lock; the bytes wait in an
/// ``UploadSlots`` slot in between, known by a random id.
enum ImportPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/import") { request in
            let data = try site.plan.load()
            return page(data: data, request: request, preview: .empty)
        }
        router.post("/import/statusark") { request in
            let parts = try request.multipart()
            let data = try site.plan.load()
            let team = parts.part(named: "team")?.text ?? ""
            guard let file = parts.part(named: "file"), file.isFile, !file.bytes.isEmpty else {
                return page(data: data, request: request, preview: missingFile(request), status: .unprocessableContent)
            }
            let name = displayName(file.fileName)
            let preview: Markup
            do throws(ImportError) {
                let result = try StatusSheetImport(bytes: file.bytes, file: name, team: team, data: data, clock: site.clock)
                let slot = site.uploads.keep(.init(kind: .statusSheet, fileName: name, team: team, bytes: file.bytes))
                preview = ImportPreview.sheet(result, slot: slot, request: request)
            } catch {
                preview = ImportPreview.rejected(error, request: request)
            }
            return page(data: data, request: request, preview: preview)
        }
        router.post("/import/anskaffelser") { request in
            let parts = try request.multipart()
            let data = try site.plan.load()
            guard let file = parts.part(named: "file"), file.isFile, !file.bytes.isEmpty else {
                return page(data: data, request: request, preview: missingFile(request), status: .unprocessableContent)
            }
            let name = displayName(file.fileName)
            let preview: Markup
            do throws(ImportError) {
                let result = try ProcurementImport(bytes: file.bytes, file: name, data: data)
                let slot = site.uploads.keep(.init(kind: .procurements, fileName: name, team: nil, bytes: file.bytes))
                preview = ImportPreview.procurements(result, slot: slot, request: request)
            } catch {
                preview = ImportPreview.rejected(error, request: request)
            }
            return page(data: data, request: request, preview: preview)
        }
        router.post("/import/bekreft") { request in
            let form = try request.form()
            guard let kind = form["kind"].flatMap(UploadSlots.Kind.init(rawValue:)), let slot = form["slot"],
                  let upload = site.uploads.take(slot, kind: kind) else {
                throw HTTPError(.conflict, Localized("Filen er allerede importert eller for gammel. Last den opp på nytt.",
                                                     en: "The file is already imported or too old. Upload it again."))
            }
            do {
                switch kind {
                case .statusSheet:
                    // As `aktsom sheet import` does it: the same rule, over the index's digest.
                    _ = try site.plan.store.importStatusSheet(bytes: upload.bytes, file: upload.fileName, team: upload.team ?? "",
                                                              clock: site.clock, force: false, dryRun: false)
                    return Notice.sheet.redirect(to: "/")
                case .procurements:
                    try site.plan.change { data, _ in
                        try ProcurementImport(bytes: upload.bytes, file: upload.fileName, data: data).apply(to: &data)
                    }
                    return Notice.procurements.redirect(to: "/anskaffelser")
                }
            } catch {
                // The plan changed since the preview so that the file no longer fits: show why.
                let data = try site.plan.load()
                let preview = (error as? ImportError).map { ImportPreview.rejected($0, request: request) }
                    ?? { var problems = FormProblems(language: request.language); problems.add(error); return problems.summary }()
                return page(data: data, request: request, preview: preview, status: .unprocessableContent)
            }
        }
    }

    /// What the file fields offer: workbooks and CSV files, by extension and by type.
    static let spreadsheetTypes = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"

    /// The file's own name without any folder a browser may send, for messages only.
    static func displayName(_ name: String?) -> String {
        let base = lastPathComponent((name ?? "").replacingOccurrences(of: "\\", with: "/"))
        return base.isBlank ? "opplastet.csv" : base
    }

    static func missingFile(_ request: HTTPRequest) -> Markup {
        Markup.element(.div, [.class("form-problems"), .id("feil")]) {
            Markup.element(.p) { request.t("Velg en fil å laste opp.", "Choose a file to upload.") }
        }
    }

    static func page(data: PlanData, request: HTTPRequest, preview: Markup, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Import", "Import")
        let values = FormData()
        let problems = FormProblems(language: request.language, fields: [])
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .imports, status: status) {
            Layout.heading(title, subtitle: request.t("Ingenting lagres før du har sett gjennom og bekreftet.", "Nothing is saved before you have looked it over and confirmed."))
            preview
            Markup.element(.div, [.class("columns")]) {
                Markup.element(.section) {
                    Markup.element(.h2) { request.t("Statusark fra et team", "A team's status sheet") }
                    Markup.element(.p, [.class("muted")]) {
                        request.t("Arket teamet fylte ut (.xlsx eller CSV fra Excel). Lag nye ark under Eksport.", "The sheet the team filled in (.xlsx or CSV from Excel). Make new sheets under Export.")
                    }
                    Markup.postForm(action: "/import/statusark", for: request, multipart: true, [.class("record-form")]) {
                        // By default the team the sheet was made for, which its first line names.
                        Field.select("team", "Team", options: [("", request.t("Teamet arket er laget for", "The team the sheet was made for"))] + data.plan.teams.map { ($0, $0) },
                                     values: values, problems: problems)
                        Markup.element(.div, [.class("field")]) {
                            Markup.element(.label, [.for("f-sheet")]) { request.t("Fil", "File") }
                            Markup.void(.input, [.type("file"), .id("f-sheet"), .name("file"), .accept(ImportPage.spreadsheetTypes), .required])
                        }
                        Field.submit(request.t("Vis hva som blir registrert", "Show what will be recorded"))
                    }
                }
                Markup.element(.section) {
                    Markup.element(.h2) { request.t("Anskaffelser fra Excel eller CSV", "Procurements from Excel or CSV") }
                    Markup.element(.p, [.class("muted")]) {
                        request.t("Fra Excel eller KGV-systemet: ID/Saksnummer, Tittel, År, Kategori, Type avtale, Antall leverandører, Verdi, Høyrisiko, Kvalifikasjonskrav, Tildelingskriterier, Kontraktsvilkår, Tiltak.",
                                  "From Excel or the e-procurement system: ID, Title, Year, Category, Contract type, Suppliers, Value, High risk, Kvalifikasjonskrav, Tildelingskriterier, Kontraktsvilkår, Measures.")
                    }
                    Markup.postForm(action: "/import/anskaffelser", for: request, multipart: true, [.class("record-form")]) {
                        Markup.element(.div, [.class("field")]) {
                            Markup.element(.label, [.for("f-procurements")]) { request.t("Fil", "File") }
                            Markup.void(.input, [.type("file"), .id("f-procurements"), .name("file"), .accept(ImportPage.spreadsheetTypes), .required])
                        }
                        Field.submit(request.t("Vis hva som blir lagt til og endret", "Show what will be added and changed"))
                    }
                }
            }
        }
    }
}
