import Testing
@testable import AktsomKit

@Suite("Checks of the procurement duties: climate weighting, self-reports, planned follow-ups")
struct ProcurementDutyChecksTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    private func report(_ procurements: [Procurement], year: Int? = nil, today: String = "2026-06-01") -> CheckReport {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = procurements
        return CheckReport(loaded: LoadedPlan(data: data, warnings: [], problems: [], sources: PlanSources()), year: year, today: day(today))
    }

    private func subjects(_ report: CheckReport, _ check: String) -> [String] {
        report.groups.first { $0.id == check }?.findings.map(\.subject) ?? []
    }

    @Test("a procurement from 2024 on with nothing recorded is a gap; before 2024, or with one of the three, it is not")
    func climateMissing() {
        let report = report([
            Procurement(id: "a", title: "a", year: 2024),
            Procurement(id: "b", title: "b", year: 2023),
            Procurement(id: "c", title: "c", year: 2025, climate: .exempt(reason: "x")),
            Procurement(id: "d", title: "d"),
        ])
        #expect(subjects(report, "climate-weighting-missing") == ["a"])
        #expect(report.groups.first { $0.id == "climate-weighting-missing" }?.findings.first?.fix.nb.contains("--climate-weight 30") == true)
    }

    @Test("with --year only that year's procurements are looked at")
    func climateMissingInYear() {
        let procurements = [Procurement(id: "a", title: "a", year: 2024), Procurement(id: "b", title: "b", year: 2025)]
        #expect(subjects(report(procurements, year: 2025), "climate-weighting-missing") == ["b"])
    }

    @Test("a weight under 30 % without a reason is a gap; with a reason, or at 30 %, it is not")
    func lowWeight() {
        let report = report([
            Procurement(id: "a", title: "a", year: 2025, climate: .weight(Amount(whole: 20)!, reason: nil)),
            Procurement(id: "b", title: "b", year: 2025, climate: .weight(Amount(whole: 20)!, reason: "Få leverandører")),
            Procurement(id: "c", title: "c", year: 2025, climate: .weight(Amount(whole: 30)!, reason: nil)),
        ])
        #expect(subjects(report, "climate-weight-without-reason") == ["a"])
    }

    @Test("a self-report past its deadline without an answer is a gap on the day after the deadline, not on it")
    func overdueSelfReport() {
        let procurements = [Procurement(id: "p", title: "p", year: 2026, followUps: [
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-1"),
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-2", answered: day("2026-04-20"), outcome: .ok),
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-3", due: day("2026-07-01")),
        ])]
        #expect(subjects(report(procurements, today: "2026-04-12"), "self-report-overdue").isEmpty)
        #expect(subjects(report(procurements, today: "2026-04-13"), "self-report-overdue") == ["oppfolging-1"])
    }

    @Test("a high-risk agreement of the year with no self-report sent is a gap; a planned one is not sent")
    func highRiskWithoutSelfReport() {
        let report = report([
            Procurement(id: "a", title: "a", year: 2026, category: "Arbeidsklær"),
            Procurement(id: "b", title: "b", year: 2026, category: "Arbeidsklær", followUps: [FollowUp(kind: .selfReporting, date: day("2026-02-01"))]),
            Procurement(id: "c", title: "c", year: 2026, category: "Arbeidsklær", followUps: [FollowUp(kind: .selfReporting, date: nil, planned: day("2026-09-01"))]),
            Procurement(id: "d", title: "d", year: 2025, category: "Arbeidsklær"),
            Procurement(id: "e", title: "e", year: 2026, category: "Rådgivning"),
        ])
        #expect(subjects(report, "high-risk-without-self-report") == ["a", "c"])
    }

    @Test("a deviation a self-report found without an action is its own gap, and not also an open deviation without action")
    func selfReportDeviation() {
        let report = report([Procurement(id: "p", title: "p", year: 2026, followUps: [
            FollowUp(kind: .selfReporting, date: day("2026-02-01"), id: "oppfolging-1", answered: day("2026-03-01"), outcome: .deviation),
            FollowUp(kind: .audit, date: day("2026-02-01"), id: "oppfolging-2"),
        ], deviations: [
            Deviation(id: "avvik-1", type: "Lønn", location: "x", action: "", status: "åpen", state: .open, followUp: "oppfolging-1"),
            Deviation(id: "avvik-2", type: "HMS", location: "x", action: "", status: "åpen", state: .open, followUp: "oppfolging-2"),
            Deviation(id: "avvik-3", type: "HMS", location: "x", action: "Plan", status: "åpen", state: .open, followUp: "oppfolging-1"),
        ])])
        #expect(subjects(report, "self-report-deviation-without-action") == ["avvik-1"])
        #expect(subjects(report, "open-deviation-without-action") == ["avvik-2"])
    }

    @Test("a planned follow-up past its day without being done is a gap; done or still ahead, it is not")
    func plannedOverdue() {
        let report = report([Procurement(id: "p", title: "p", year: 2026, followUps: [
            FollowUp(kind: .spotCheck, date: nil, id: "oppfolging-1", planned: day("2026-03-31")),
            FollowUp(kind: .spotCheck, date: day("2026-04-02"), id: "oppfolging-2", planned: day("2026-03-31")),
            FollowUp(kind: .audit, date: nil, id: "oppfolging-3", planned: day("2026-09-30")),
        ])])
        #expect(subjects(report, "planned-follow-up-overdue") == ["oppfolging-1"])
    }

    @Test("a self-report or a planned follow-up due in an earlier year belongs to that year's check")
    func earlierYear() {
        let procurements = [Procurement(id: "p", title: "p", year: 2025, followUps: [
            FollowUp(kind: .selfReporting, date: day("2025-03-01"), id: "oppfolging-1"),
            FollowUp(kind: .spotCheck, date: nil, id: "oppfolging-2", planned: day("2025-09-30")),
        ])]
        #expect(subjects(report(procurements), "self-report-overdue").isEmpty)
        #expect(subjects(report(procurements), "planned-follow-up-overdue").isEmpty)
        #expect(subjects(report(procurements, year: 2025), "self-report-overdue") == ["oppfolging-1"])
        #expect(subjects(report(procurements, year: 2025), "planned-follow-up-overdue") == ["oppfolging-2"])
    }

    @Test("a past year is checked as of its last day")
    func pastYear() {
        let procurements = [Procurement(id: "p", title: "p", year: 2025, followUps: [
            FollowUp(kind: .spotCheck, date: nil, id: "oppfolging-1", planned: day("2026-03-31")),
            FollowUp(kind: .selfReporting, date: day("2025-12-01"), id: "oppfolging-2"),
        ])]
        let report = report(procurements, year: 2025)
        #expect(subjects(report, "planned-follow-up-overdue").isEmpty)
        #expect(subjects(report, "self-report-overdue").isEmpty)
    }
}
