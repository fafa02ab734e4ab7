import Testing
@testable import AktsomKit

@Suite("Which agreements to follow up: the ranking, the method and the accepted plan")
struct FollowUpPlanTests {
    let today = Day(iso: "2026-02-01")!

    private func day(_ text: String) -> Day { Day(iso: text)! }
    private func nok(_ whole: Int) -> Amount { Amount(whole: whole)! }

    /// A hand-made register whose order is worked out by hand in the README's points.
    private func data() -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.plan.areas = [Area(id: "klima", name: "Klima"), Area(id: "etikk", name: "Etikk", isEthical: true), Area(id: "seriositet", name: "Seriøsitet")]
        data.register.procurements = [
            // 40 high risk + 30 open deviation + 15 ethical contract terms + 10 value + 5 followed up the year before = 100
            Procurement(id: "A", title: "Arbeidsklær", year: 2024, category: "Arbeidsklær", value: nok(8_000_000), requirements: ["etikk": [.contract]],
                        followUps: [FollowUp(kind: .audit, date: day("2025-05-01"), id: "oppfolging-1")],
                        deviations: [Deviation(id: "avvik-1", type: "Lønn", location: "x", action: "Plan", status: "åpen", state: .open, date: day("2025-05-01"))]),
            // 40 + 15 + 15 (31 million) + 20 never = 90
            Procurement(id: "B", title: "PC-er", year: 2025, category: "IKT-utstyr", value: nok(31_000_000), requirements: ["etikk": [.qualification, .contract]]),
            // 40 + 0 (no ethical requirements) + 10 + 20 = 70
            Procurement(id: "C", title: "Møbler", year: 2025, category: "Møbler", value: nok(8_600_000)),
            // 40 + 15 + 10 + 5 = 70; a self-report answered before, so a sample check; less value than C, so after it
            Procurement(id: "D", title: "Kaffe", year: 2024, category: "Mat og drikke", value: nok(2_300_000), requirements: ["etikk": [.award, .contract]],
                        followUps: [FollowUp(kind: .selfReporting, date: day("2025-03-01"), id: "oppfolging-2", answered: day("2025-04-01"), outcome: .ok),
                                    FollowUp(kind: .spotCheck, date: nil, id: "oppfolging-3", planned: day("2026-09-30"))]),
            // 20 (62 million) + 20 never = 40
            Procurement(id: "E", title: "Renhold", year: 2023, category: "Renholdstjenester", value: nok(62_000_000), requirements: ["seriositet": [.qualification, .contract]]),
            // 15 earlier deviation + 20 (212 million) + 5 = 40, more value than E, so before it
            Procurement(id: "F", title: "Skolebygg", year: 2025, category: "Byggentreprise", value: nok(212_000_000), requirements: ["klima": [.award]],
                        followUps: [FollowUp(kind: .spotCheck, date: day("2025-10-08"), id: "oppfolging-4")],
                        deviations: [Deviation(id: "avvik-2", type: "HMS", location: "x", action: "Rettet", status: "lukket", state: .closed,
                                               date: day("2025-10-08"), closed: day("2025-11-01"))]),
            // Ended: an agreement of 2022 is past the four years.
            Procurement(id: "G", title: "Advokat", year: 2022, value: nok(6_000_000)),
            // No year: left out and counted.
            Procurement(id: "H", title: "Rådgivning"),
            // 0 (under 100 000) + 20 = 20; J the same, later in the register
            Procurement(id: "I", title: "Tolk", year: 2026, value: nok(50_000)),
            Procurement(id: "J", title: "Blomster", year: 2026, value: nok(50_000)),
        ]
        return data
    }

    @Test("the active agreements rank in exactly the order the points give, ties by value and then register order")
    func exactOrder() {
        let plan = FollowUpPlan(data: data(), year: 2026, capacity: nil, today: today)
        #expect(plan.candidates.map(\.procurement.id) == ["A", "B", "C", "D", "F", "E", "I", "J"])
        #expect(plan.candidates.map(\.score) == [100, 90, 70, 70, 40, 40, 20, 20])
        #expect(plan.withoutYear == 1)
        #expect(plan.firstAgreementYear == 2023)
    }

    @Test("each agreement gets one step of DFØ's ladder, by its risk")
    func methods() {
        let plan = FollowUpPlan(data: data(), year: 2026, capacity: nil, today: today)
        let methods = Dictionary(uniqueKeysWithValues: plan.candidates.map { ($0.procurement.id, $0.method) })
        #expect(methods == ["A": .onSiteAudit, "B": .selfReportWithDocumentReview, "C": .selfReportWithDocumentReview, "D": .sampleCheck,
                            "E": .statusMeeting, "F": .statusMeeting, "I": .labelsAndCertificates, "J": .labelsAndCertificates])
        #expect(FollowUpMethod.allCases.map(\.kind) == [.certificateCheck, .statusMeeting, .selfReporting, .spotCheck, .audit])
    }

    @Test("every point comes with its reason in words")
    func reasons() throws {
        let plan = FollowUpPlan(data: data(), year: 2026, capacity: nil, today: today)
        let first = try #require(plan.candidates.first)
        #expect(first.factors.map(\.id) == ["hoyrisiko", "apent-avvik", "etiske-kontraktsvilkar", "verdi", "sist-fulgt-opp"])
        #expect(first.factors.map(\.reason.nb) == ["høyrisikokategori (DFØ: Arbeidstøy, fottøy og tekstil)", "åpent avvik (avvik-1)",
                                                   "etiske kontraktsvilkår å følge opp", "verdi 8 000 000 kr", "fulgt opp året før (01.05.2025)"])
    }

    @Test("an agreement already planned for the year takes a place first; the highest ranked of the rest fill the capacity")
    func capacity() {
        let plan = FollowUpPlan(data: data(), year: 2026, capacity: 3, today: today)
        #expect(plan.candidates.filter(\.proposed).map(\.procurement.id) == ["A", "B", "D"])
        #expect(plan.toAccept.map(\.procurement.id) == ["A", "B"])
        #expect(FollowUpPlan(data: data(), year: 2026, capacity: nil, today: today).candidates.filter(\.proposed).map(\.procurement.id) == ["D"])
    }

    @Test("without a capacity given, the year's annual goal for agreements followed up sets it")
    func capacityFromGoal() {
        var data = data()
        data.plan.goals = [Goal(id: "etikk-4", area: "etikk", title: "Fem avtaler fulgt opp", year: 2026,
                                target: Target(value: nok(5), unit: nil, indicator: .followedUpProcurements))]
        let plan = FollowUpPlan(data: data, year: 2026, capacity: nil, today: today)
        #expect(plan.capacity == 5 && plan.capacitySource == .goal("etikk-4"))
        #expect(plan.candidates.filter(\.proposed).count == 5)
    }

    @Test("accepting records planned follow-ups on the quarters' last days in rank order, and accepting again adds nothing")
    func accept() throws {
        var data = data()
        let (_, accepted) = try data.acceptFollowUpPlan(year: 2026, capacity: 3, today: today)
        #expect(accepted.map(\.procurement) == ["A", "B"])
        #expect(accepted.map(\.followUp.planned) == [day("2026-03-31"), day("2026-06-30")])
        #expect(accepted.map(\.followUp.kind) == [.audit, .selfReporting])
        #expect(accepted.allSatisfy { $0.followUp.isPlanned })
        #expect(accepted.first?.followUp.note?.hasPrefix("Oppfølgingsplan 2026, nr. 1: Stedlig revisjon.") == true)
        let (_, again) = try data.acceptFollowUpPlan(year: 2026, capacity: 3, today: today)
        #expect(again.isEmpty)
    }

    @Test("late in the year the planned days are the quarters still ahead")
    func lateInYear() {
        #expect(FollowUpPlan.quarterEnds(of: 2026, from: day("2026-11-21")) == [day("2026-12-31")])
        #expect(FollowUpPlan.quarterEnds(of: 2027, from: day("2026-11-21")).count == 4)
    }

    @Test("accepting needs a capacity, and a year not over", arguments: [(2026, nil as Int?, "--capacity"), (2025, 3, "--year")])
    func acceptRefused(year: Int, capacity: Int?, field: String) {
        var data = data()
        #expect { try data.acceptFollowUpPlan(year: year, capacity: capacity, today: today) } throws: { error in
            guard case PlanError.invalidField(let problem) = error else { return false }
            return problem.field == field
        }
    }

    @Test("a deviation found after the plan's day is not yet known to it")
    func timeTrue() {
        var data = data()
        data.register.procurements[1].deviations = [Deviation(id: "avvik-9", type: "x", location: "x", action: "", status: "åpen", state: .open, date: day("2026-05-01"))]
        let plan = FollowUpPlan(data: data, year: 2026, capacity: nil, today: today)
        #expect(plan.candidates.first { $0.procurement.id == "B" }?.score == 90)
    }
}
