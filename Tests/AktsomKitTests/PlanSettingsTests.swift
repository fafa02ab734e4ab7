import Testing
@testable import AktsomKit

@Suite("The strategy's own settings and areas")
struct PlanSettingsTests {
    @Test("a new report template renumbers every measure's category into its own numbering")
    func templateRenumbers() throws {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune"))
        try data.addGoal(GoalDraft(area: "klima", title: "Mål"))
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Korrupsjon", category: "3.B.6"))
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Annet", category: "3.B.7"))
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Klima", category: "3.B.2"))
        var changes = PlanSettingsChanges()
        changes.template = .enterprise
        let moved = try data.editPlanSettings(changes).renumbered
        #expect(moved == [CategoryRenumbering(measure: "klima-1.1", from: "3.B.6", to: "3.B.7"),
                          CategoryRenumbering(measure: "klima-1.2", from: "3.B.7", to: "3.B.8")])
        #expect(data.plan.reportTemplate == .enterprise && data.plan.measures.map(\.category) == ["3.B.7", "3.B.8", "3.B.2"])
    }

    @Test("a category the new template lacks refuses the change, naming the measures")
    func templateRefuses() throws {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik AS", reportTemplate: .enterprise))
        try data.addGoal(GoalDraft(area: "klima", title: "Mål"))
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Opplæring", category: "3.B.6"))
        let before = data
        var changes = PlanSettingsChanges()
        changes.template = .publicSector
        changes.owner = .set("Styret")
        #expect(throws: PlanError.categoriesWithoutSection([CategoryLoss(measure: "klima-1.1", code: "3.B.6",
                                                                         label: "Bidrag til utvikling, kompetanseheving og opplæring")], family: .publicSector)) {
            try data.editPlanSettings(changes)
        }
        #expect(data == before, "a refused change leaves every field as it was")
    }

    @Test("a new period gives the goals and risks that followed the old one its start, so last strategy's reports do not move")
    func newPeriodKeepsStarts() throws {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune", period: Period(parsing: "2022-2025")))
        try data.addGoal(GoalDraft(area: "klima", title: "Strategisk"))
        try data.addGoal(GoalDraft(area: "klima", title: "Årsmål", year: 2024))
        var own = GoalDraft(area: "etikk", title: "Egen start")
        own.active = ActivePeriod(start: DueDate(parsing: "2023"))
        try data.addGoal(own)
        try data.addRisk(RiskDraft(title: "Risiko"))
        let before = ReportBuilder(data: data, template: .ehnOffentlig, year: 2022).build()
        var changes = PlanSettingsChanges()
        changes.period = .set(Period(parsing: "2026-2029")!)
        let outcome = try data.editPlanSettings(changes)
        #expect(outcome.startsKept == [StartKept(kind: .goal, id: "klima-1", start: .year(2022)), StartKept(kind: .risk, id: "risiko-1", start: .year(2022))])
        #expect(data.plan.goals.map(\.active.start) == [.year(2022), nil, .year(2023)])
        #expect(ReportBuilder(data: data, template: .ehnOffentlig, year: 2022).build() == before, "the 2022 report is the same after the new period")
        var again = PlanSettingsChanges()
        again.owner = .set("Kommunestyret")
        #expect(try data.editPlanSettings(again).startsKept.isEmpty, "only a change of period writes starts")
    }

    @Test("empty values clear the optional fields and the deadline goes back to 30 June")
    func clearing() throws {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune", period: Period(parsing: "2025-2028")))
        var set = PlanSettingsChanges()
        set.overallGoal = .set("Visjon")
        set.deadline = .set(MonthDay(month: 5, day: 31)!)
        try data.editPlanSettings(set)
        #expect(data.plan.overallGoal == "Visjon" && data.plan.reportDeadline.description == "05-31")
        var clear = PlanSettingsChanges()
        clear.overallGoal = .cleared
        clear.period = .cleared
        clear.deadline = .cleared
        try data.editPlanSettings(clear)
        #expect(data.plan.overallGoal == nil && data.plan.period == nil && data.plan.reportDeadline == .defaultReportDeadline)
        #expect(throws: PlanError.self) { try data.editPlanSettings(PlanSettingsChanges()) }
    }

    @Test("an area gets its id from the first word of its name, as the default areas have", arguments: [
        ("Klima og miljø", "klima2"), ("Seriøsitet, korrupsjon og arbeidstakerrettigheter", "seriositet2"), ("Sirkulær økonomi", "sirkulaer"),
        ("Åpenhet", "apenhet"), ("«Sosialt» ansvar", "sosialt"), ("–", "omrade"),
    ])
    func areaIDs(name: String, id: String) {
        #expect(PlanData.areaID(forName: name, existing: Area.defaults.map(\.id) + ["seriositet"]) == id)
    }

    @Test("SDGs are read as numbers 1–17, in the order given, once each")
    func sdgs() throws {
        #expect(try PlanData.sdgList("12, 13;15 12") == [12, 13, 15])
        #expect(try PlanData.sdgList("") == [])
        #expect(throws: PlanError.invalidSDG("18")) { try PlanData.sdgList("12,18") }
        #expect(throws: PlanError.invalidSDG("tolv")) { try PlanData.sdgList("tolv") }
    }

    @Test("a focus area typed in another case joins the one the area already has")
    func focusSpelling() throws {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune"))
        var first = GoalDraft(area: "klima", title: "A")
        first.focus = "Kontraktsoppfølging"
        try data.addGoal(first)
        var second = GoalDraft(area: "klima", title: "B")
        second.focus = " kontraktsoppfølging "
        #expect(try data.addGoal(second).focus == "Kontraktsoppfølging")
        #expect(data.plan.focusAreas(in: "klima") == ["Kontraktsoppfølging"])
    }

    @Test("the year being reported is last year's until its deadline has passed, by the plan's own deadline")
    func yearBeingReported() {
        var plan = ActionPlan(organisation: "Testvik kommune")
        #expect(plan.yearBeingReported(on: Day(iso: "2026-01-15")!) == 2025)
        #expect(plan.yearBeingReported(on: Day(iso: "2026-06-30")!) == 2025, "the deadline day itself still belongs to last year's report")
        #expect(plan.yearBeingReported(on: Day(iso: "2026-07-01")!) == 2026)
        #expect(plan.nextReportDeadline(after: Day(iso: "2026-07-01")!) == Day(iso: "2027-06-30"))
        plan.reportDeadline = MonthDay(month: 3, day: 31)!
        #expect(plan.yearBeingReported(on: Day(iso: "2026-04-01")!) == 2026)
    }
}
