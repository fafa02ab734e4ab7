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

    @Test("a goal counts from its earliest measure, and a status text for a year keeps it in that year")
    func goalsAndRisks() {
        let goal = Goal(id: "g", area: "klima", title: "g", active: ActivePeriod(added: day("2026-01-10")))
        let reported = Goal(id: "r", area: "klima", title: "r", active: ActivePeriod(start: due("2026")))
        let measure = Measure(id: "m", goal: "g", title: "m", risks: ["risk"], active: ActivePeriod(start: due("2023")))
        let risk = Risk(id: "risk", title: "risk", active: ActivePeriod(added: day("2026-01-10")))
        var plan = data(measures: [measure], goals: [goal, reported], risks: [risk])
        plan.editYear(2022) { $0.goalReports["r"] = "Skrevet for 2022" }
        let line = timeline(plan)
        #expect(line.isInForce(goal, in: 2023) && !line.isInForce(goal, in: 2022))
        #expect(line.isInForce(risk, in: 2023) && !line.isInForce(risk, in: 2022))
        #expect(line.isInForce(reported, in: 2022), "a saved status text is never left out")
        #expect(!line.isInForce(reported, in: 2024))
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
