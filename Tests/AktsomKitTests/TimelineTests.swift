import Testing
@testable import AktsomKit

@Suite("What was in force when")
struct TimelineTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }
    private func due(_ text: String) -> DueDate { DueDate(parsing: text)! }

    private func data(measures: [Measure], goals: [Goal]? = nil, risks: [Risk] = [], journal: [StatusUpdate] = []) -> PlanData {
        var plan = ActionPlan(organisation: "x")
        plan.goals = goals ?? [Goal(id: "g", area: "klima", title: "g")]
        plan.measures = measures
        plan.risks = risks
        return PlanData(plan: plan, journal: journal)
    }

    private func timeline(_ data: PlanData) -> Timeline {
        Timeline(data: data, history: StatusHistory(journal: data.journal))
    }

    @Test("a start, a quarter or a year, counts from its first day; an end to its last")
    func startAndEnd() {
        let measure = Measure(id: "m", goal: "g", title: "m", active: ActivePeriod(start: due("2025-Q2"), end: due("2027")))
        let line = timeline(data(measures: [measure]))
        #expect(!line.isInForce(measure, in: 2024))
        #expect(line.isInForce(measure, in: 2025) && line.isInForce(measure, in: 2027))
        #expect(!line.isInForce(measure, in: 2028))
        #expect(!line.isInForce(measure, on: day("2025-03-31")) && line.isInForce(measure, on: day("2025-04-01")))
        #expect(line.isInForce(measure, on: day("2027-12-31")) && !line.isInForce(measure, on: day("2028-01-01")))
    }

    @Test("without a start a measure counts from the day it was added, or from an earlier status update")
    func addedOrEvidence() {
        let added = Measure(id: "a", goal: "g", title: "a", active: ActivePeriod(added: day("2026-02-10")))
        let history = Measure(id: "h", goal: "g", title: "h", active: ActivePeriod(added: day("2026-02-10")))
        let journal = [StatusUpdate(measure: "h", status: .inProgress, date: day("2023-05-01"))]
        let line = timeline(data(measures: [added, history], journal: journal))
        #expect(!line.isInForce(added, in: 2025) && line.isInForce(added, in: 2026))
        #expect(line.isInForce(history, in: 2023), "entering history with update --date places the measure in 2023")
        #expect(!line.isInForce(history, in: 2022))
    }

    @Test("an explicit start is not moved by an earlier status update")
    func explicitStartWins() {
        let measure = Measure(id: "m", goal: "g", title: "m", active: ActivePeriod(start: due("2026"), added: day("2025-01-05")))
        let journal = [StatusUpdate(measure: "m", status: .inProgress, date: day("2025-03-01"))]
        #expect(!timeline(data(measures: [measure], journal: journal)).isInForce(measure, in: 2025))
    }

    @Test("a measure finished before the year began is not in force in it, one finished during the year is")
    func finishedBefore() {
        let measure = Measure(id: "m", goal: "g", title: "m", active: ActivePeriod(added: day("2024-01-01")))
        let journal = [StatusUpdate(measure: "m", status: .done, date: day("2024-11-01"))]
        let line = timeline(data(measures: [measure], journal: journal))
        #expect(line.isInForce(measure, in: 2024))
        #expect(!line.isInForce(measure, in: 2025))
        #expect(line.isInForce(measure, on: day("2024-12-31")) && !line.isInForce(measure, on: day("2025-06-01")))
    }

    @Test("a goal's period comes from what was set on it and the plan, never from its measures; a status text for a year keeps it in that year")
    func goalsAndRisks() {
        let goal = Goal(id: "g", area: "klima", title: "g", active: ActivePeriod(added: day("2026-01-10")))
        let reported = Goal(id: "r", area: "klima", title: "r", active: ActivePeriod(start: due("2026")))
        let measure = Measure(id: "m", goal: "g", title: "m", risks: ["risk"], active: ActivePeriod(start: due("2023")))
        let risk = Risk(id: "risk", title: "risk", active: ActivePeriod(added: day("2026-01-10")))
        var plan = data(measures: [measure], goals: [goal, reported], risks: [risk])
        plan.editYear(2022) { $0.goalReports["r"] = "Skrevet for 2022" }
        let line = timeline(plan)
        #expect(!line.isInForce(goal, in: 2023) && line.isInForce(goal, in: 2026), "setting a start on a measure does not pull its goal into 2023")
        #expect(line.isInForce(measure, in: 2023))
        #expect(line.isInForce(risk, in: 2023) && !line.isInForce(risk, in: 2022), "a risk counts from its earliest measure")
        #expect(line.isInForce(reported, in: 2022), "a saved status text is never left out")
        #expect(!line.isInForce(reported, in: 2024))
        #expect(line.since(goal).reason == .added(day("2026-01-10")))
    }

    /// A plan for 2022–2025 entered in 2026, the way a lead enters a past year: no starts anywhere.
    private func enteredAfterwards(journal: [StatusUpdate] = []) -> PlanData {
        var plan = ActionPlan(organisation: "x", period: Period(first: 2022, last: 2025))
        let typed = ActivePeriod(added: day("2026-12-07"))
        plan.goals = [Goal(id: "strategic", area: "klima", title: "s", active: typed),
                      Goal(id: "annual", area: "etikk", title: "a", year: 2023, active: typed)]
        plan.measures = [Measure(id: "under-strategic", goal: "strategic", title: "s", active: typed),
                         Measure(id: "under-annual", goal: "annual", title: "a", risks: ["reported"], active: typed),
                         Measure(id: "with-update", goal: "annual", title: "u", active: typed)]
        plan.risks = [Risk(id: "plain", title: "p", active: typed), Risk(id: "reported", title: "r", active: typed)]
        var data = PlanData(plan: plan, journal: journal)
        data.editYear(2023) { $0.riskReports["reported"] = RiskReport(status: "Pågår") }
        return data
    }

    @Test("a record takes its time from where it was put: the period, the annual goal's year, the goal, the first update")
    func takesItsTimeFromWhereItWasPut() throws {
        let data = enteredAfterwards(journal: [StatusUpdate(measure: "with-update", status: .done, date: day("2023-03-01"))])
        let line = timeline(data)
        let plan = data.plan
        let strategic = try #require(plan.goal("strategic")), annual = try #require(plan.goal("annual"))
        #expect(line.isInForce(strategic, in: 2022) && line.isInForce(strategic, in: 2025) && !line.isInForce(strategic, in: 2021))
        #expect(line.since(strategic) == InForceSince(day: day("2022-01-01"), reason: .strategyPeriod(Period(first: 2022, last: 2025)!)))
        #expect(line.isInForce(annual, in: 2023) && !line.isInForce(annual, in: 2022) && !line.isInForce(annual, in: 2024))
        #expect(line.since(annual).reason == .annualGoal(year: 2023))
        for id in ["under-annual", "with-update"] {
            let measure = try #require(plan.measure(id))
            #expect(line.isInForce(measure, in: 2023) && !line.isInForce(measure, in: 2022), "\(id)")
            #expect(line.since(measure) == InForceSince(day: day("2023-01-01"), reason: .goal(id: "annual")))
        }
        let underStrategic = try #require(plan.measure("under-strategic"))
        #expect(line.isInForce(underStrategic, in: 2022) && !line.isInForce(underStrategic, in: 2021))
        for id in ["plain", "reported"] {
            let risk = try #require(plan.risk(id))
            #expect(line.isInForce(risk, in: 2023) && line.isInForce(risk, in: 2022) && !line.isInForce(risk, in: 2021), "\(id)")
        }
    }

    @Test("explicit starts always win over what the tool infers")
    func explicitStartsWin() throws {
        var data = enteredAfterwards()
        data.plan.goals[0].active.start = due("2024")
        data.plan.measures[1].active.start = due("2025-Q2")
        data.plan.risks[0].active.start = due("2025")
        let line = timeline(data)
        #expect(!line.isInForce(data.plan.goals[0], in: 2023) && line.isInForce(data.plan.goals[0], in: 2024))
        #expect(!line.isInForce(data.plan.measures[0], in: 2023) && line.isInForce(data.plan.measures[0], in: 2024), "the measure follows its goal's start")
        #expect(!line.isInForce(data.plan.measures[1], in: 2024) && line.isInForce(data.plan.measures[1], in: 2025))
        #expect(!line.isInForce(data.plan.risks[0], in: 2024) && line.isInForce(data.plan.risks[0], in: 2025))
        #expect(line.isInForce(data.plan.risks[1], in: 2023), "a risk report for 2023 keeps its risk in 2023")
    }

    @Test("a measure done on 1 January counts in that year; one done on 31 December the year before does not")
    func boundaryOfTheYear() throws {
        let januaryFirst = enteredAfterwards(journal: [StatusUpdate(measure: "under-strategic", status: .done, date: day("2024-01-01"))])
        let december = enteredAfterwards(journal: [StatusUpdate(measure: "under-strategic", status: .done, date: day("2023-12-31"))])
        let measure = try #require(januaryFirst.plan.measure("under-strategic"))
        #expect(timeline(januaryFirst).isInForce(measure, in: 2024))
        #expect(!timeline(december).isInForce(measure, in: 2024))
        #expect(timeline(december).isInForce(measure, in: 2023))
        #expect(timeline(januaryFirst).isInForce(measure, on: day("2024-01-01")) && !timeline(december).isInForce(measure, on: day("2024-01-01")))
    }

    @Test("an annual goal is in force only in its own year")
    func annualGoal() {
        let goal = Goal(id: "g", area: "klima", title: "g", year: 2023, active: ActivePeriod(added: day("2026-01-10")))
        let line = timeline(data(measures: [], goals: [goal]))
        #expect(line.isInForce(goal, in: 2023) && !line.isInForce(goal, in: 2026))
    }

    @Test("an end before the start is refused")
    func endBeforeStart() {
        #expect(ActivePeriod(start: due("2026"), end: due("2025-Q4")).problem != nil)
        #expect(ActivePeriod(start: due("2026"), end: due("2026-Q1")).problem == nil)
        #expect(throws: PlanError.self) {
            var data = PlanData(plan: ActionPlan(organisation: "x"))
            var draft = GoalDraft(area: "klima", title: "g")
            draft.active = ActivePeriod(start: due("2026"), end: due("2025"))
            try data.addGoal(draft)
        }
    }
}
