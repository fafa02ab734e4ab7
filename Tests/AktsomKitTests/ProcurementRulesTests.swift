import Testing
@testable import AktsomKit

@Suite("DFØ's high-risk list")
struct HighRiskListTests {
    @Test("matches categories by their main noun, as Norwegian compounds work", arguments: [
        ("Arbeidsklær og verneutstyr", "Arbeidsklær, sko og verneutstyr"), ("Vernesko", "Arbeidsklær, sko og verneutstyr"),
        ("Kontormøbler", "Møbler"), ("IKT-utstyr", "IKT-utstyr (PC, AV, mobil)"), ("Bærbare PC-er", "IKT-utstyr (PC, AV, mobil)"),
        ("Frukt og grønt", "Mat og drikke"), ("Solcelleanlegg", "Solcellepaneler"), ("Granitt til torget", "Naturstein"),
        ("Elbiler", "Kjøretøy og batterier"), ("Engangshansker", "Medisinsk forbruksmateriell"),
    ])
    func matches(category: String, listed: String) {
        #expect(HighRiskList.match(category)?.name == listed)
    }

    @Test("leaves other categories alone", arguments: ["Kaffeautomater", "Konsulenttjenester", "Snøbrøyting", "Renhold", "Tele", "Mattilsynet-rådgivning", ""])
    func noMatch(category: String) {
        #expect(HighRiskList.match(category) == nil)
    }
}

@Suite("Requirements as typed")
struct RequirementSpecTests {
    @Test("reads phases with or without an area, in English or bokmål")
    func parses() throws {
        #expect(try RequirementSpec.parse("qualification,award,contract").get() == RequirementSpec(area: nil, phases: [.qualification, .award, .contract]))
        #expect(try RequirementSpec.parse("klima:award, kontraktsvilkår").get() == RequirementSpec(area: "klima", phases: [.award, .contract]))
        #expect(try RequirementSpec.parse("etikk:ingen").get() == RequirementSpec(area: "etikk", phases: []))
    }

    @Test("names the word it does not know")
    func refuses() {
        #expect(throws: RequirementSpecError(word: "kvali")) { try RequirementSpec.parse("kvali,contract").get() }
        #expect(throws: RequirementSpecError.self) { try RequirementSpec.parse("klima:").get() }
    }
}

@Suite("Year indicators")
struct YearIndicatorTests {
    private func data() -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = [
            Procurement(id: "a", title: "Arbeidsklær", year: 2025, category: "arbeidsklær", suppliers: 3,
                        requirements: ["etikk": [.contract]],
                        followUps: [FollowUp(kind: .audit, date: Day(iso: "2025-03-01")!, supplier: "A AS"),
                                    FollowUp(kind: .dialogue, date: Day(iso: "2025-04-01")!, supplier: "a as")],
                        deviations: [Deviation(id: "avvik-1", type: "Lønn", location: "x", action: "y", status: "lukket", state: .closed,
                                               date: Day(iso: "2024-11-01"), closed: Day(iso: "2025-02-01"))]),
            Procurement(id: "b", title: "Kaffe", year: 2025, category: "kaffe", suppliers: 2, requirements: ["klima": [.award]],
                        followUps: [FollowUp(kind: .selfReporting, date: Day(iso: "2025-05-01")!)]),
            Procurement(id: "c", title: "Renhold", year: 2025, category: "renhold"),
            Procurement(id: "d", title: "Gammel", year: 2024, category: "møbler", followUps: [FollowUp(kind: .audit, date: Day(iso: "2025-06-01")!, supplier: "B AS")]),
        ]
        data.plan.goals = [Goal(id: "g", area: "klima", title: "g")]
        data.plan.measures = [
            Measure(id: "m1", goal: "g", title: "1", due: DueDate(parsing: "2025-Q2")),
            Measure(id: "m2", goal: "g", title: "2", due: DueDate(parsing: "2025-Q4")),
            Measure(id: "m3", goal: "g", title: "3", due: DueDate(parsing: "2025")),
            Measure(id: "m4", goal: "g", title: "4", due: DueDate(parsing: "2026")),
        ]
        data.journal = [
            StatusUpdate(measure: "m1", status: .done, date: Day(iso: "2025-06-01")!),
            StatusUpdate(measure: "m3", status: .cancelled, date: Day(iso: "2025-06-01")!),
            StatusUpdate(measure: "m4", status: .done, date: Day(iso: "2025-06-01")!),
        ]
        return data
    }

    @Test("counts the year's procurements, requirements, follow-ups and deviations")
    func counts() {
        let indicators = YearIndicators(data: data(), year: 2025)
        #expect(indicators.procurements == 3)
        #expect(indicators.withEthicalRequirements == 1)
        #expect(indicators.highRisk == 2)
        #expect(indicators.highRiskWithRequirements == 1)
        #expect(indicators.followedUpProcurements == 3)
        // "A AS" once (case ignored), "B AS", and procurement b's two suppliers for an unnamed follow-up.
        #expect(indicators.followedUpSuppliers == 4)
        #expect(indicators.deviationsOpened == 0)
        #expect(indicators.deviationsClosed == 1)
        #expect(indicators.value(.shareWithEthicalRequirements)?.description == "33")
        #expect(indicators.value(.shareHighRiskWithRequirements)?.description == "50")
        // m1 done, m2 open, m3 cancelled (left out), m4 due another year.
        #expect(indicators.value(.shareMeasuresDone)?.description == "50")
    }

    @Test("a share of nothing has no value, and shares round half up")
    func shares() {
        #expect(YearIndicators(data: data(), year: 2030).value(.shareWithEthicalRequirements) == nil)
        #expect(YearIndicators.percent(1, of: 8)?.description == "13")
        #expect(YearIndicators.percent(2, of: 3)?.description == "67")
    }
}
