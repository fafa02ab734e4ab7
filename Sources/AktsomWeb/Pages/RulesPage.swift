import AktsomKit

/// Regler, `/regler?year=YYYY`: `aktsom rules` in the browser, the rules in force for a year with
/// their sources, for a lead to show an auditor. The same ``RuleListing`` the command prints.
enum RulesPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/regler") { request in
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language, fields: ["year"])
            let year = problems.read { () throws(FieldProblem) in try FieldInput.year(request.query.given("year"), field: "--year") } ?? site.today.year
            let listing = RuleListing(plan: data.plan, year: year)
            let language = request.language
            let title = request.t("Regler og kilder", "Rules and sources")
            return Layout.page(title, request: request, organisation: data.plan.organisation, section: .check, status: problems.isEmpty ? .ok : .badRequest) {
                Layout.heading(title, subtitle: request.t("I kraft i \(listing.year)", "In force in \(listing.year)"))
                Markup.element(.form, [.method("get"), .action("/regler"), .class("filters inline-form")]) {
                    Field.text("year", request.t("År", "Year"), values: request.query.setting("year", request.query["year"] ?? String(listing.year)), problems: problems)
                    Field.submit(request.t("Vis", "Show"))
                }
                Markup.element(.p, [.class("muted")]) {
                    request.t("Hver regel står slik kilden sier den, med kildens adresse og dagen den ble lest, og hva som ikke kunne leses. Kontrollen bruker versjonen som gjaldt på dagen som teller (kunngjøringen, kontraktsstarten).",
                              "Each rule stands as its source states it, with the source's address and the day it was read, and what could not be read. The check uses the version in force on the day that counts (the announcement, the contract start).")
                }
                for entry in listing.entries {
                    Markup.element(.section, [.id("regel-\(entry.id)"), .class("rule")]) {
                        Markup.element(.h2) { entry.title.text(language) }
                        if entry.versions.isEmpty {
                            Markup.element(.p, [.class("muted")]) { request.t("Ikke i kraft i \(listing.year).", "Not in force in \(listing.year).") }
                        }
                        for version in entry.versions {
                            Markup.element(.h3) { version.period.text(language) }
                            if !version.summary.isEmpty {
                                Markup.element(.ul) { for line in version.summary { Markup.element(.li) { line.text(language) } } }
                            }
                            if let quote = version.quote { Markup.element(.blockquote) { quote.text(language) } }
                            if let note = version.note { Markup.element(.p) { note.text(language) } }
                            sources(version.sources, language: language)
                        }
                        if !entry.decisions.isEmpty {
                            Markup.element(.h3) { request.t("Avgjørelser", "Decisions") }
                            sources(entry.decisions, language: language)
                        }
                    }
                }
                Markup.element(.section, [.id("egen-risikovurdering"), .class("rule")]) {
                    Markup.element(.h2) { request.t("Egen risikovurdering", "Own risk assessment") }
                    Markup.element(.p) {
                        listing.ownHighRiskCategories.isEmpty
                            ? request.t("Planen har ingen egne høyrisikokategorier; bare DFØs høyrisikoliste gjelder.", "The plan has no high-risk categories of its own; DFØ's list alone applies.")
                            : request.t("Planens egne høyrisikokategorier, ikke DFØs: ", "The plan's own high-risk categories, not DFØ's: ") + listing.ownHighRiskCategories.joined(separator: ", ")
                        " "
                        Markup.link(to: "/strategi/endre#f-own-high-risk") { request.t("Endre", "Edit") }
                    }
                }
                if !listing.proposals.isEmpty {
                    Markup.element(.section, [.id("forslag"), .class("rule")]) {
                        Markup.element(.h2) { request.t("Foreslått, ikke i kraft", "Proposed, not in force") }
                        for proposal in listing.proposals {
                            Markup.element(.h3) { proposal.title.text(language) }
                            Markup.element(.p) { proposal.summary.text(language) }
                            Markup.element(.p) { proposal.status.text(language) }
                            sources(proposal.sources, language: language)
                        }
                    }
                }
            }
        }
    }

    static func sources(_ sources: [RuleSource], language: Language) -> Markup {
        Markup.element(.ul, [.class("sources")]) {
            for source in sources {
                Markup.element(.li) {
                    if let url = source.url {
                        Markup.element(.a, [.href(url)]) { source.citation.text(language) }
                    } else {
                        source.citation.text(language)
                    }
                    if let caveat = source.caveat { Markup.element(.span, [.class("muted")]) { " (" + caveat.text(language) + ")" } }
                }
            }
        }
    }
}
