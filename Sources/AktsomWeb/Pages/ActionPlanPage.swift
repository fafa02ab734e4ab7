import AktsomKit

/// Handlingsplan, `/handlingsplan`: areas → goals → measures, filtered as `aktsom measure list`
/// filters (team, status, area, goal, overdue, due within N days, as of a day), through the same
/// ``MeasureListing``. The filter is a plain GET form, so a filtered list is a link to share.
enum ActionPlanPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/handlingsplan") { request in
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language, fields: ["owner", "status", "area", "goal", "due-within", "as-of"])
            let query = MeasureQuery(request.query, problems: &problems)
            var listing: MeasureListing?
            if problems.isEmpty {
                do throws(PlanError) {
                    listing = try MeasureListing(data: data, filter: query.filter, asOf: query.asOf ?? site.today)
                } catch {
                    problems.add(error, fieldFor: { error in
                        if case .unknownTeam = error { return "owner" }
                        return FormProblems.field(for: error)
                    })
                }
            }
            let status: HTTPStatus = problems.isEmpty ? .ok : .badRequest
            return Layout.page(request.t("Handlingsplan", "Action plan"), request: request, organisation: data.plan.organisation,
                               section: .plan, status: status) {
                Layout.heading(request.t("Handlingsplan", "Action plan"),
                               subtitle: listing.map { request.t("\($0.states.count.counted("tiltak", "tiltak")) per \($0.asOf.norwegian)",
                                                                 "\($0.states.count.counted("measure", "measures")) as of \($0.asOf.norwegian)") })
                Markup.element(.p, [.class("actions")]) {
                    Markup.link(to: "/mal/ny", [.class("button")]) { request.t("Nytt mål", "New goal") }
                    " "
                    Markup.link(to: "/tiltak/ny", [.class("button")]) { request.t("Nytt tiltak", "New measure") }
                }
                filterForm(data.plan, request: request, problems: problems)
                if let listing {
                    tree(listing, filtered: request.query.fields.contains { $0.name != "lagret" && !$0.value.isBlank }, request: request)
                }
            }
        }
    }

    static func filterForm(_ plan: ActionPlan, request: HTTPRequest, problems: FormProblems) -> Markup {
        let values = request.query
        let language = request.language
        let all = request.t("alle", "all")
        return Markup.element(.form, [.method("get"), .action("/handlingsplan"), .class("filters")]) {
            Markup.element(.fieldset) {
                Markup.element(.legend) { request.t("Filter", "Filter") }
                Field.select("owner", request.t("Ansvarlig", "Owner"), options: [("", all)] + plan.teams.map { ($0, $0) }, values: values, problems: problems)
                Field.select("status", "Status", options: [("", all)] + Status.allCases.map { ($0.rawValue, $0.label(language)) }, values: values, problems: problems)
                Field.select("area", request.t("Område", "Area"), options: [("", all)] + plan.areas.map { ($0.id, $0.name) }, values: values, problems: problems)
                Field.select("goal", request.t("Mål", "Goal"), options: [("", all)] + plan.goals.map { ($0.id, "\($0.id) \($0.title)") }, values: values, problems: problems)
                Field.text("due-within", request.t("Frist innen (dager)", "Due within (days)"), values: values, problems: problems, placeholder: "30")
                Field.text("as-of", request.t("Per dato", "As of"), values: values, problems: problems, placeholder: request.t("i dag", "today"))
                Field.checkbox("overdue", request.t("Bare forfalte", "Overdue only"), values: values.setting("overdue", MeasureQuery.isOn(values, "overdue") ? "ja" : nil), problems: problems)
                Field.submit(request.t("Vis", "Show"))
                " "
                Markup.link(to: "/handlingsplan") { request.t("Nullstill", "Clear") }
            }
        }
    }

    /// The measures under their goals under their areas, in the plan's order; with a filter,
    /// only the goals and areas that have a measure in the list.
    static func tree(_ listing: MeasureListing, filtered: Bool, request: HTTPRequest) -> Markup {
        let plan = listing.plan
        let byGoal = Dictionary(grouping: listing.states, by: \.measure.goal)
        return Markup.joined(plan.areas.map { area in
            let goals = plan.goals(in: area.id).filter { !filtered || byGoal[$0.id] != nil }
            guard !goals.isEmpty else { return .empty }
            return Markup.element(.section, [.class("area"), .id("omrade-\(area.id)")]) {
                Markup.element(.h2) { area.name }
                if let goal = area.overarchingGoal { Markup.element(.p, [.class("muted")]) { goal } }
                for goal in goals {
                    Markup.element(.div, [.class("goal"), .id("mal-\(goal.id)")]) {
                        Markup.element(.h3) {
                            Markup.element(.span, [.class("id")]) { goal.id }
                            " " + goal.title
                            Markup.element(.small, [.class("muted")]) {
                                if let focus = goal.focus { " · " + focus }
                                " · " + (goal.year.map { request.t("årsmål \($0)", "annual \($0)") } ?? request.t("strategisk", "strategic"))
                                + (goal.target.map { " · " + request.t("mål ", "target ") + $0.display } ?? "")
                            }
                            " "
                            Markup.link(to: PathLink.to("mal", goal.id, "endre"), [.class("small-link")]) { request.t("endre", "edit") }
                            " · "
                            Markup.link(to: PathLink.to("mal", goal.id, "fjern"), [.class("small-link")]) { request.t("fjern", "remove") }
                        }
                        MeasureTable.compact(byGoal[goal.id] ?? [], request: request,
                                             empty: request.t("Ingen tiltak under dette målet.", "No measures under this goal."))
                        Markup.element(.p, [.class("small-link")]) {
                            Markup.link(to: PathLink.to("tiltak", "ny", query: [("goal", goal.id)])) { request.t("+ tiltak under \(goal.id)", "+ measure under \(goal.id)") }
                        }
                    }
                }
            }
        })
    }
}
