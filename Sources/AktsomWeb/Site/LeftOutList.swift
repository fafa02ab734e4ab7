import AktsomKit

/// The saved goals, measures and risks a year's report leaves out because they count only from
/// after the year, each with why and a link to the form that brings it in: shown above the
/// year's sections and on the export page, as `export` prints them on stderr.
enum LeftOutList {
    static func section(_ records: [LeftOutRecord], year: Int, request: HTTPRequest) -> Markup {
        guard !records.isEmpty else { return .empty }
        let language = request.language
        return Markup.element(.section, [.id("ikke-med"), .class("notice")]) {
            Markup.element(.h2) { request.t("Lagret, men ikke med i \(year) (\(records.count))", "Saved, but not in \(year) (\(records.count))") }
            Markup.element(.p) {
                request.t("Disse gjelder fra etter \(year), så rapporten for \(year) tar dem ikke med. Hører de til \(year), sett «Gjelder fra».",
                          "These are in force only after \(year), so the report for \(year) leaves them out. If they belong to \(year), set «In force from».")
            }
            Markup.element(.ul, [.class("findings")]) {
                for record in records {
                    Markup.element(.li, [.class("notice")]) {
                        Markup.element(.strong) { record.id }
                        " " + record.message(year: year).text(language)
                        Markup.element(.div, [.class("fix")]) {
                            Markup.link(to: FixLink.path(record.fix), [.class("button small")]) { FixLink.label(record.fix).text(language) }
                        }
                    }
                }
            }
        }
    }
}
