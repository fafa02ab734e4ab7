import AktsomKit

/// What an import would do, row by row, as `--dry-run` says it, with the confirm button; or
/// every rejected row and why, when the file cannot be imported as it is.
enum ImportPreview {
    static func sheet(_ result: StatusSheetImport, slot: String, request: HTTPRequest) -> Markup {
        let language = request.language
        return Markup.element(.section, [.class("preview"), .id("forhandsvisning")]) {
            Markup.element(.h2) { request.t("Forhåndsvisning: statusark for \(result.team)", "Preview: status sheet for \(result.team)") }
            Markup.element(.p) {
                request.t("\(result.spreadsheet.file): \(result.updates.count.counted("ny statusoppdatering", "nye statusoppdateringer")), \(result.unchanged.counted("rad", "rader")) uten endring. Ingenting er lagret ennå.",
                          "\(result.spreadsheet.file): \(result.updates.count.counted("new status update", "new status updates")), \(result.unchanged.counted("row", "rows")) without change. Nothing is saved yet.")
            }
            if !result.updates.isEmpty {
                Markup.element(.table) {
                    Markup.element(.thead) {
                        Markup.element(.tr) {
                            Markup.element(.th) { request.t("Tiltak", "Measure") }
                            Markup.element(.th) { request.t("Ny status", "New status") }
                            Markup.element(.th) { request.t("Dato", "Date") }
                            Markup.element(.th) { request.t("Notat", "Note") }
                            Markup.element(.th) { request.t("Blir", "Will be") }
                        }
                    }
                    Markup.element(.tbody) {
                        for update in result.updates {
                            Markup.element(.tr) {
                                Markup.element(.td) { Markup.link(to: PathLink.to("tiltak", update.measure)) { update.measure } }
                                Markup.element(.td) { Layout.statusTag(update.status, overdue: false, language: language) }
                                Markup.element(.td) { update.date.norwegian }
                                Markup.element(.td) { update.note ?? "" }
                                Markup.element(.td, [.class("yes")]) { request.t("registrert", "recorded") }
                            }
                        }
                    }
                }
            }
            confirm(slot: slot, kind: .statusSheet, nothing: result.updates.isEmpty, request: request)
        }
    }

    static func procurements(_ result: ProcurementImport, slot: String, request: HTTPRequest) -> Markup {
        let language = request.language
        return Markup.element(.section, [.class("preview"), .id("forhandsvisning")]) {
            Markup.element(.h2) { request.t("Forhåndsvisning: anskaffelser", "Preview: procurements") }
            Markup.element(.pre) { result.summary(language, dryRun: true) }
            Markup.element(.table) {
                Markup.element(.thead) {
                    Markup.element(.tr) {
                        Markup.element(.th) { request.t("Linje", "Line") }
                        Markup.element(.th) { "ID" }
                        Markup.element(.th) { request.t("Tittel", "Title") }
                        Markup.element(.th) { request.t("Blir", "Will be") }
                    }
                }
                Markup.element(.tbody) {
                    for update in result.added {
                        Markup.element(.tr) {
                            Markup.element(.td) { update.line }
                            Markup.element(.td) { update.procurement.id }
                            Markup.element(.td) { update.procurement.title }
                            Markup.element(.td, [.class("yes")]) { request.t("lagt til", "added") }
                        }
                    }
                    for update in result.changed {
                        Markup.element(.tr) {
                            Markup.element(.td) { update.line }
                            Markup.element(.td) { update.procurement.id }
                            Markup.element(.td) { update.procurement.title }
                            Markup.element(.td) {
                                request.t("endret: ", "changed: ")
                                    + update.changes.map { "\($0.field.text(language)) \($0.before) → \($0.after)" }.joined(separator: "; ")
                            }
                        }
                    }
                }
            }
            confirm(slot: slot, kind: .procurements, nothing: result.added.isEmpty && result.changed.isEmpty, request: request)
        }
    }

    /// Every problem, with its line and column, and nothing to confirm.
    static func rejected(_ error: ImportError, request: HTTPRequest) -> Markup {
        let language = request.language
        return Markup.element(.section, [.class("preview rejected"), .id("forhandsvisning")]) {
            Markup.element(.h2) { request.t("Arket kan ikke importeres", "The file cannot be imported") }
            Markup.element(.p, [.class("field-error")]) { error.diagnostic.message.text(language) }
            Markup.element(.table) {
                Markup.element(.thead) {
                    Markup.element(.tr) {
                        Markup.element(.th) { error.numbering.heading.text(language) }
                        Markup.element(.th) { request.t("Kolonne", "Column") }
                        Markup.element(.th) { request.t("Avvist fordi", "Rejected because") }
                    }
                }
                Markup.element(.tbody) {
                    for problem in error.problems {
                        Markup.element(.tr, [.class("overdue-row")]) {
                            Markup.element(.td) { problem.line.map(String.init) ?? "–" }
                            Markup.element(.td) { problem.column ?? "–" }
                            Markup.element(.td) { problem.message.text(language) }
                        }
                    }
                }
            }
            if let hint = error.hint { Markup.element(.p, [.class("muted")]) { hint.text(language) } }
        }
    }

    static func confirm(slot: String, kind: UploadSlots.Kind, nothing: Bool, request: HTTPRequest) -> Markup {
        if nothing {
            return Markup.element(.p, [.class("muted")]) { request.t("Filen har ingenting nytt; det er ingenting å importere.", "The file has nothing new; there is nothing to import.") }
        }
        return Markup.postForm(action: "/import/bekreft", for: request, [.class("confirm")]) {
            Markup.void(.input, [.type("hidden"), .name("slot"), .value(slot)])
            Markup.void(.input, [.type("hidden"), .name("kind"), .value(kind.rawValue)])
            Field.submit(request.t("Bekreft og importer", "Confirm and import"))
            " "
            Markup.link(to: "/import") { request.t("Avbryt", "Cancel") }
        }
    }
}
