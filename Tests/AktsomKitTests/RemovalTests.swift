import Testing
@testable import AktsomKit

@Suite("Removing records")
struct RemovalTests {
    private let today = Day(iso: "2025-06-01")!

    /// Two goals, three measures, a risk, a procurement with a follow-up and a deviation, status
    /// texts for 2025, a governing document for an area, and history for one measure.
    private func data() throws -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "Fjordvik kommune", period: Period(parsing: "2025-2028")))
        try data.addGoal(GoalDraft(area: "klima", title: "Halvere utslippene"))
        try data.addGoal(GoalDraft(area: "etikk", title: "Etiske krav"))
        try data.addRisk(RiskDraft(title: "Tvangsarbeid", area: "etikk"))
        var procurement = ProcurementDraft()
        procurement.id = "2025/1"
        procurement.title = "Arbeidsklær"
        procurement.requirements = [RequirementSpec(area: "klima", phases: [.award])]
        try data.addProcurement(procurement)
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Utslippsfrie byggeplasser"))
        try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Klimabudsjett", procurements: ["2025/1"]))
        try data.addMeasure(MeasureDraft(goal: "etikk-1", title: "Kartlegge leverandører", risks: ["risiko-1"]))
        try data.addFollowUp(to: "2025/1", FollowUp(kind: .audit, date: today), today: today)
        try data.addDeviation(to: "2025/1", type: "Lønn", location: "Fabrikk", action: nil, status: "åpen", state: nil, date: today, today: today)
        try data.reportGoal("klima-1", year: 2025, text: "Godt i gang")
        try data.reportRisk("risiko-1", year: 2025, status: "Pågår", yearGoal: nil, results: nil)
        var reference = ReferenceDraft(title: "Klimaplan", scope: .municipal)
        reference.area = "klima"
        try data.addReference(reference)
        data.journal = [StatusUpdate(measure: "klima-1.1", status: .inProgress, date: today),
                        StatusUpdate(measure: "klima-1.1", status: .done, date: today)]
        return data
    }

    @Test("a goal with measures and status texts is refused, naming them; nothing changes")
    func goalRefused() throws {
        var data = try data()
        let before = data
        let error = #expect(throws: PlanError.self) { try data.remove(.goal("klima-1"), cascade: false, today: today) }
        guard case .stillReferenced(.goal, "klima-1", let dependents) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(dependents == [.measure(id: "klima-1.1", title: "Utslippsfrie byggeplasser", updates: 2),
                               .measure(id: "klima-1.2", title: "Klimabudsjett", updates: 0), .goalStatus(goal: "klima-1", year: 2025)])
        #expect(data == before)
        let message = PlanError.stillReferenced(.goal, id: "klima-1", dependents: dependents).diagnostic
        #expect(message.message.nb == "målet «klima-1» kan ikke fjernes: dette viser til det")
        #expect(message.notes.map(\.nb).contains("  tiltak «klima-1.1» Utslippsfrie byggeplasser (2 statusoppdateringer blir stående i journalen)"))
    }

    @Test("with cascade a goal takes its measures and status texts along, and the measures leave traces")
    func goalCascade() throws {
        var data = try data()
        let removal = try data.remove(.goal("klima-1"), cascade: true, today: today)
        #expect(removal.updatesKept == 2)
        #expect(data.plan.goal("klima-1") == nil && data.plan.measures.map(\.id) == ["etikk-1.1"])
        #expect(data.plan.removed.map(\.id) == ["klima-1.1", "klima-1.2"] && data.plan.removed.allSatisfy { $0.removed == today })
        #expect(data.year(2025).goalReports["klima-1"] == nil)
        #expect(data.journal.count == 2, "the journal is never changed")
        #expect(Integrity.problems(in: data).isEmpty)
    }

    @Test("a removed measure's id is never handed out again, nor taken with --id")
    func idsNotReused() throws {
        var data = try data()
        try data.remove(.measure("klima-1.2"), cascade: false, today: today)
        #expect(try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Nytt")).id == "klima-1.3")
        #expect(throws: PlanError.idOfRemovedMeasure(data.plan.removed[0])) {
            try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Igjen", id: "klima-1.2"))
        }
        #expect(throws: PlanError.removedMeasure(data.plan.removed[0])) {
            try data.statusUpdate(for: "klima-1.2", status: .done, date: nil, by: nil, note: nil, clock: .fixed(parsing: "2025-06-01")!)
        }
        #expect(data.plan.journalMeasureIDs == ["klima-1.1", "klima-1.2", "klima-1.3", "etikk-1.1"])
    }

    @Test("a risk's links and reports go with it under cascade; the measures stay")
    func riskCascade() throws {
        var data = try data()
        #expect(throws: PlanError.self) { try data.remove(.risk("risiko-1"), cascade: false, today: today) }
        let removal = try data.remove(.risk("risiko-1"), cascade: true, today: today)
        #expect(removal.dependents == [.riskLink(measure: "etikk-1.1", risk: "risiko-1"), .riskReport(risk: "risiko-1", year: 2025)])
        #expect(data.plan.measure("etikk-1.1")?.risks == [])
        #expect(data.year(2025).riskReports.isEmpty && data.plan.risks.isEmpty)
    }

    @Test("a procurement's follow-ups, deviations and measure links go with it under cascade")
    func procurementCascade() throws {
        var data = try data()
        let removal = try data.remove(.procurement("2025/1"), cascade: true, today: today)
        #expect(removal.dependents == [.procurementLink(measure: "klima-1.2", procurement: "2025/1"),
                                       .followUp(procurement: "2025/1", kind: .audit, date: today), .deviation(id: "avvik-1", procurement: "2025/1")])
        #expect(data.register.procurements.isEmpty && data.plan.measure("klima-1.2")?.procurements == [])
    }

    @Test("an area takes its goals along and clears what names it; a deviation or document goes alone")
    func areaCascade() throws {
        var data = try data()
        let removal = try data.remove(.area("klima"), cascade: true, today: today)
        #expect(removal.dependents.first == .goal(id: "klima-1", title: "Halvere utslippene"))
        #expect(removal.dependents.contains(.referenceArea(reference: "dok-1", area: "klima")))
        #expect(removal.dependents.contains(.requirements(procurement: "2025/1", area: "klima")))
        #expect(data.plan.areas.map(\.id) == ["etikk", "dyrevelferd", "seriositet"])
        #expect(data.plan.references[0].area == nil && data.register.procurements[0].requirements.isEmpty)
        #expect(Integrity.problems(in: data).isEmpty)
        #expect(try data.remove(.deviation("avvik-1"), cascade: false, today: today).dependents.isEmpty)
        #expect(try data.remove(.reference("dok-1"), cascade: false, today: today).title == "Klimaplan")
        #expect(data.register.procurements[0].deviations.isEmpty && data.plan.references.isEmpty)
    }

    @Test("a year's text is removed only when there is one")
    func yearTexts() throws {
        var data = try data()
        try data.removeGoalReport("klima-1", year: 2025)
        #expect(throws: PlanError.self) { try data.removeGoalReport("klima-1", year: 2025) }
        try data.removeRiskReport("risiko-1", year: 2025)
        #expect(throws: PlanError.self) { try data.removeRiskReport("risiko-1", year: 2026) }
        #expect(throws: PlanError.self) { try data.changeNote(2025, section: "1.E.1", .remove) }
    }
}
