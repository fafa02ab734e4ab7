import AktsomKit

/// Anskaffelser, `/anskaffelser`: the procurement register as `aktsom procurement list` shows
/// it, with the same filters (year, category, high risk, missing requirements) and, for a year,
/// the year's indicators. A city's register holds thousands: the table shows ``pageSize`` rows
/// at a time (`?side=2`), so the page stays quick to make and to read; the count and the
/// indicators are always of the whole selection.
enum ProcurementListPage: SitePage {
    static let pageSize = 500

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser") { request in
            let data = try site.plan.load()
            let query = request.query
            var problems = FormProblems(language: request.language, fields: ["year", "category"])
            var filter = ProcurementFilter()
            filter.year = problems.read { () throws(FieldProblem) in try FieldInput.year(query.given("year"), field: "--year") }
            filter.category = query.given("category")
            filter.highRiskOnly = MeasureQuery.isOn(query, "high-risk")
            filter.missingRequirementsOnly = MeasureQuery.isOn(query, "missing-requirements")
            let listing = ProcurementListing(data: data, filter: filter)
            let language = request.language
            return Layout.page(request.t("Anskaffelser", "Procurements"), request: request, organisation: data.plan.organisation, section: .procurements,
                               status: problems.isEmpty ? .ok : .badRequest) {
                Layout.heading(request.t("Anskaffelser", "Procurements"),
                               subtitle: request.t("\(listing.procurements.count.counted("anskaffelse", "anskaffelser")) i utvalget",
                                                   "\(listing.procurements.count.counted("procurement", "procurements")) shown"))
                Markup.element(.p, [.class("actions")]) {
                    Markup.link(to: "/anskaffelser/ny", [.class("button")]) { request.t("Ny anskaffelse", "New procurement") }
                    " "
                    Markup.link(to: "/import", [.class("button secondary")]) { request.t("Importer fra CSV", "Import from CSV") }
                    " "
                    Markup.link(to: "/oppfolgingsplan", [.class("button secondary")]) { request.t("Oppfølgingsplan", "Follow-up plan") }
                }
                Markup.element(.form, [.method("get"), .action("/anskaffelser"), .class("filters")]) {
                    Markup.element(.fieldset) {
                        Markup.element(.legend) { "Filter" }
                        Field.text("year", request.t("År", "Year"), values: query, problems: problems, placeholder: "2025")
                        Field.text("category", request.t("Kategori inneholder", "Category contains"), values: query, problems: problems)
                        Field.checkbox("high-risk", request.t("Bare høyrisiko", "High-risk only"), values: query.setting("high-risk", filter.highRiskOnly ? "ja" : nil), problems: problems)
                        Field.checkbox("missing-requirements", request.t("Bare uten etiske krav", "Only without ethical requirements"),
                                       values: query.setting("missing-requirements", filter.missingRequirementsOnly ? "ja" : nil), problems: problems)
                        Field.submit(request.t("Vis", "Show"))
                        " "
                        Markup.link(to: "/anskaffelser") { request.t("Nullstill", "Clear") }
                    }
                }
                if let indicators = listing.indicators {
                    Markup.element(.pre, [.class("indicators")]) { ProcurementListing.indicatorText(indicators, language) }
                }
                let pages = max(1, (listing.procurements.count + pageSize - 1) / pageSize)
                let current = min(max(1, query["side"].flatMap { Int($0) } ?? 1), pages)
                let rows = listing.procurements[((current - 1) * pageSize)..<min(listing.procurements.count, current * pageSize)]
                table(rows, listing: listing, request: request)
                if pages > 1 { pager(current: current, of: pages, total: listing.procurements.count, query: query, request: request) }
            }
        }
    }

    /// «Viser 501–1 000 av 5 000», with the pages before and after, keeping the filter.
    static func pager(current: Int, of pages: Int, total: Int, query: FormData, request: HTTPRequest) -> Markup {
        let first = (current - 1) * pageSize + 1, last = min(total, current * pageSize)
        func link(_ page: Int) -> String { "/anskaffelser?" + query.setting("side", String(page)).setting("lagret", nil).encoded }
        return Markup.element(.nav, [.class("actions pager"), .ariaLabel(request.t("Sider", "Pages"))]) {
            if current > 1 { Markup.link(to: link(current - 1)) { request.t("← forrige", "← previous") } }
            Markup.element(.span) { request.t("Viser \(first.norwegian)–\(last.norwegian) av \(total.norwegian)", "Showing \(first.norwegian)–\(last.norwegian) of \(total.norwegian)") }
            if current < pages { Markup.link(to: link(current + 1)) { request.t("neste →", "next →") } }
        }
    }

    static func table(_ procurements: ArraySlice<Procurement>, listing: ProcurementListing, request: HTTPRequest) -> Markup {
        guard !procurements.isEmpty else {
            return Markup.element(.p, [.class("muted")]) { request.t("Ingen anskaffelser passer filteret.", "No procurements match the filter.") }
        }
        return Markup.element(.table) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    Markup.element(.th) { "ID" }
                    Markup.element(.th) { request.t("Tittel", "Title") }
                    Markup.element(.th) { request.t("År", "Year") }
                    Markup.element(.th) { request.t("Kategori", "Category") }
                    Markup.element(.th) { request.t("Høyrisiko", "High risk") }
                    Markup.element(.th) { request.t("Etiske krav", "Ethical requirements") }
                    Markup.element(.th) { request.t("Klima og miljø", "Climate") }
                    Markup.element(.th, [.class("number")]) { request.t("Oppfølging", "Follow-ups") }
                    Markup.element(.th, [.class("number")]) { request.t("Avvik", "Deviations") }
                }
            }
            Markup.element(.tbody) {
                for procurement in procurements {
                    let phases = procurement.phases(inAreas: listing.ethicalAreas).sorted()
                    let highRisk = listing.highRisk.isHighRisk(procurement)
                    let climateGap = ClimateAssessment(procurement).isGap
                    Markup.element(.tr, highRisk && phases.isEmpty ? [.class("overdue-row")] : []) {
                        Markup.element(.td) { Markup.link(to: PathLink.to("anskaffelser", procurement.id)) { procurement.id } }
                        Markup.element(.td) { Markup.link(to: PathLink.to("anskaffelser", procurement.id)) { procurement.title } }
                        Markup.element(.td) { procurement.year.map(String.init) ?? "–" }
                        Markup.element(.td) { procurement.category ?? "–" }
                        Markup.element(.td) { highRisk ? request.t("ja", "yes") : request.t("nei", "no") }
                        Markup.element(.td) { phases.isEmpty ? "–" : phases.map { $0.label.text(for: request) }.joined(separator: ", ") }
                        Markup.element(.td, climateGap ? [.class("overdue")] : []) {
                            ProcurementListing.climateMark(procurement, request.language).nonBlank ?? "–"
                        }
                        Markup.element(.td, [.class("number")]) { procurement.followUps.count }
                        Markup.element(.td, [.class("number")]) { procurement.deviations.count }
                    }
                }
            }
        }
    }
}
