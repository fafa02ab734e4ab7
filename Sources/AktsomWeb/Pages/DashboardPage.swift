import AktsomKit

/// Oversikt, `/`: the plan at a glance for the lead on a Monday morning. Per area the report's
/// status chart and progress (`aktsom status`), what is overdue and what falls due within 30
/// days (`measure list --overdue`, `--due-within 30`), the year's goals with targets against
/// their actual figures (`goal list --year`), and the latest status updates.
enum DashboardPage: SitePage {
    static let dueWindow = 30
    static let latestCount = 8

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/") { request in
            let data = try site.plan.load()
            return try page(data: data, today: site.today, request: request)
        }
    }

    static func page(data: PlanData, today: Day, request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        let plan = data.plan
        let language = request.language
        let overview: StatusOverview
        let soon: MeasureListing
        let goals: GoalListing
        do throws(PlanError) {
            overview = try StatusOverview(data: data, team: nil, asOf: today)
            var filter = MeasureFilter()
            filter.dueWithin = dueWindow
            soon = try MeasureListing(data: data, filter: filter, asOf: today)
            goals = try GoalListing(data: data, area: nil, year: today.year, asOf: today)
        } catch {
            throw HTTPError(.internalServerError, error.diagnostic.message)
        }
        let charts = ReportBuilder(data: data, template: TemplateCatalog.defaultTemplate(for: plan), year: today.year, today: today).overviewCharts()
        let dueSoon = soon.states.filter { !$0.isOverdue }
        let subtitle = request.t("Status per \(today.norwegian)", "Status as of \(today.norwegian)")
            + (plan.period.map { request.t(" · strategiperiode \($0.display)", " · strategy period \($0.display)") } ?? "")

        return Layout.page(request.t("Oversikt", "Overview"), request: request, organisation: plan.organisation, section: .overview) {
            Layout.heading(plan.organisation, subtitle: subtitle)
            Markup.element(.section, [.class("areas")]) {
                Markup.element(.h2) { request.t("Fremdrift per strategiområde, hele planen", "Progress by strategy area, the whole plan") }
                areaTable(overview, request: request)
            }
            if !charts.isEmpty {
                Markup.element(.section, [.class("charts")]) {
                    for chart in charts { Markup(renderedByAktsomKit: HTMLRenderer.figure(chart)) }
                }
            }
            Markup.element(.div, [.class("columns")]) {
                Markup.element(.section, [.id("forfalt")]) {
                    Markup.element(.h2) { request.t("Forfalte tiltak (\(overview.overdue.count))", "Overdue measures (\(overview.overdue.count))") }
                    MeasureTable.compact(overview.overdue, request: request,
                                         empty: request.t("Ingen tiltak er forfalt.", "No measure is overdue."))
                }
                Markup.element(.section, [.id("snart")]) {
                    Markup.element(.h2) { request.t("Frist innen \(dueWindow) dager (\(dueSoon.count))", "Due within \(dueWindow) days (\(dueSoon.count))") }
                    MeasureTable.compact(dueSoon, request: request,
                                         empty: request.t("Ingen åpne tiltak har frist de neste \(dueWindow) dagene.", "No open measure is due in the next \(dueWindow) days."))
                }
            }
            if let followUps = overview.followUps { FollowUpSummary.section(followUps, request: request) }
            Markup.element(.section, [.id("mal")]) {
                Markup.element(.h2) { request.t("Mål med målverdi i \(today.year)", "Goals with a target in \(today.year)") }
                goalTable(goals, language: language, request: request)
            }
            Markup.element(.section, [.id("siste")]) {
                Markup.element(.h2) { request.t("Siste statusoppdateringer", "Latest status updates") }
                latestUpdates(data, request: request)
            }
        }
    }

    static func areaTable(_ overview: StatusOverview, request: HTTPRequest) -> Markup {
        let language = request.language
        return Markup.element(.table) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    Markup.element(.th) { request.t("Område", "Area") }
                    Markup.element(.th) { request.t("Gjennomført", "Done") }
                    for status in Status.allCases { Markup.element(.th, [.class("number")]) { status.label(language) } }
                    Markup.element(.th, [.class("number")]) { request.t("Forfalt", "Overdue") }
                    Markup.element(.th) { request.t("Siste oppdatering", "Latest update") }
                }
            }
            Markup.element(.tbody) {
                for progress in overview.areas {
                    Markup.element(.tr) {
                        Markup.element(.td) {
                            Markup.link(to: PathLink.to("handlingsplan", query: [("area", progress.area.id)])) { progress.area.name }
                            Markup.element(.small, [.class("muted")]) { " " + request.t(progress.total.counted("tiltak", "tiltak"), progress.total.counted("measure", "measures")) }
                        }
                        Markup.element(.td) {
                            Markup.element(.progress, [.value(String(progress.percentDone ?? 0)), .max("100")]) { "\(progress.percentDone ?? 0) %" }
                            " " + (progress.percentDone.map { "\($0) %" } ?? "–")
                        }
                        for status in Status.allCases { Markup.element(.td, [.class("number")]) { progress.count(status) } }
                        Markup.element(.td, [.class(progress.overdue > 0 ? "number overdue" : "number")]) { progress.overdue }
                        Markup.element(.td) {
                            if let update = progress.latestUpdate {
                                Markup.link(to: PathLink.to("tiltak", update.measure)) { update.measure }
                                " " + update.date.norwegian
                            } else {
                                "–"
                            }
                        }
                    }
                }
            }
        }
    }

    static func goalTable(_ listing: GoalListing, language: Language, request: HTTPRequest) -> Markup {
        let targeted = listing.goals.filter { $0.target != nil }
        guard !targeted.isEmpty else {
            return Markup.element(.p, [.class("muted")]) {
                request.t("Ingen mål som gjelder i år har målverdi. Legg til en under Handlingsplan.",
                          "No goal in force this year has a target. Add one under Action plan.")
            }
        }
        return Markup.element(.table) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    Markup.element(.th) { request.t("Mål", "Goal") }
                    Markup.element(.th) { request.t("Målverdi", "Target") }
                    Markup.element(.th) { request.t("Faktisk", "Actual") }
                    Markup.element(.th) { request.t("Nådd", "Reached") }
                }
            }
            Markup.element(.tbody) {
                for goal in targeted {
                    let progress = listing.progress[goal.id]
                    Markup.element(.tr) {
                        Markup.element(.td) {
                            Markup.link(to: PathLink.to("handlingsplan", query: [("goal", goal.id)])) { goal.id }
                            " " + goal.title
                        }
                        Markup.element(.td) { goal.target?.display ?? "–" }
                        Markup.element(.td) {
                            if let actual = progress?.actual {
                                actual.norwegian + (goal.target?.indicator?.isShare == true ? " %" : "") + " (\(progress?.year ?? 0))"
                            } else {
                                request.t("– (ingen indikator eller ingenting å telle)", "– (no indicator or nothing to count)")
                            }
                        }
                        Markup.element(.td) {
                            switch progress?.isReached {
                            case .some(true): Markup.element(.span, [.class("tag status-done")]) { request.t("ja", "yes") }
                            case .some(false): Markup.element(.span, [.class("tag overdue")]) { request.t("nei", "no") }
                            case nil: "–"
                            }
                        }
                    }
                }
            }
        }
    }

    static func latestUpdates(_ data: PlanData, request: HTTPRequest) -> Markup {
        let latest = data.journal.suffix(latestCount).reversed()
        guard !latest.isEmpty else {
            return Markup.element(.p, [.class("muted")]) { request.t("Ingen statusoppdateringer ennå.", "No status updates yet.") }
        }
        return Markup.element(.ul, [.class("updates")]) {
            for update in latest {
                Markup.element(.li) {
                    Markup.element(.time, [.datetime(update.date.iso)]) { update.date.norwegian }
                    " "
                    Markup.link(to: PathLink.to("tiltak", update.measure)) { update.measure }
                    " "
                    Layout.statusTag(update.status, overdue: false, language: request.language)
                    if let by = update.by { Markup.element(.span, [.class("muted")]) { " " + by } }
                    // The whole note is on the measure's page; here the start of it, on one line.
                    if let note = update.note { Markup.element(.span, [.class("note")]) { " – " + TextTable.shorten(TextTable.singleLine(note), to: 160) } }
                }
            }
        }
    }
}
