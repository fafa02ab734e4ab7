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

    @Test("a self-report past the deadline set for it without an answer is a gap on the day after, not on it; one sent with no deadline never is")
    func overdueSelfReport() {
        let procurements = [Procurement(id: "p", title: "Arbeidsklær", year: 2026, followUps: [
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-1"),
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-2", due: day("2026-04-01"), answered: day("2026-04-20"), outcome: .ok),
            FollowUp(kind: .selfReporting, date: day("2026-03-01"), id: "oppfolging-3", due: day("2026-07-01")),
        ])]
        #expect(subjects(report(procurements, today: "2026-07-01"), "self-report-overdue").isEmpty)
        #expect(subjects(report(procurements, today: "2026-07-02"), "self-report-overdue") == ["oppfolging-3"])
        #expect(subjects(report(procurements, today: "2026-12-31"), "self-report-overdue") == ["oppfolging-3"])
        let finding = report(procurements, today: "2026-07-02").groups.first { $0.id == "self-report-overdue" }?.findings.first
        #expect(finding?.procurement == ProcurementReference(id: "p", title: "Arbeidsklær"))
        #expect(finding?.message.nb.contains("egenrapporteringen til p «Arbeidsklær» ble sendt 01.03.2026 med svarfrist 01.07.2026") == true)
    }

    private func agreement(_ id: String, start: String? = nil, year: Int = 2026, category: String = "Arbeidsklær", terms: Set<RequirementPhase> = [.contract],
                           followUps: [FollowUp] = []) -> Procurement {
        var procurement = Procurement(id: id, title: id, year: year, category: category, requirements: ["etikk": terms], followUps: followUps)
        procurement.contractStart = start.map(day)
        return procurement
    }

    @Test("a high-risk agreement with ethical terms whose self-report is not received six months after contract start is a gap, unless another of DFØ's ways covered it")
    func highRiskWithoutSelfReport() {
        let procurements = [
            agreement("a"),
            agreement("b", followUps: [FollowUp(kind: .selfReporting, date: day("2026-02-01"), answered: day("2026-05-01"))]),
            agreement("c", followUps: [FollowUp(kind: .selfReporting, date: day("2026-02-01"))]),
            agreement("d", start: "2026-03-01"),
            agreement("e", category: "Rådgivning"),
            agreement("f", terms: [.qualification]),
            agreement("g", followUps: [FollowUp(kind: .statusMeeting, date: day("2026-06-15"))]),
            agreement("h", followUps: [FollowUp(kind: .dialogue, date: day("2026-06-15"))]),
        ]
        #expect(subjects(report(procurements, today: "2026-07-01"), "high-risk-without-self-report").isEmpty)
        let report = report(procurements, today: "2026-07-02")
        #expect(subjects(report, "high-risk-without-self-report") == ["a", "c", "h"])
        let finding = report.groups.first { $0.id == "high-risk-without-self-report" }?.findings.first
        #expect(finding?.source?.rule == "dfo-egenrapportering" && finding?.source?.sources.first?.url == "https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar")
        #expect(finding?.source?.period == Localized("fra 20.09.2021", en: "from 20.09.2021"))
        // Counted from 1 January without a contract start: said once, as a notice.
        #expect(subjects(report, "contract-start-assumed") == ["procurements.json"])
        #expect(report.groups.first { $0.id == "contract-start-assumed" }?.findings.first?.severity == .notice)
        #expect(subjects(self.report(procurements, year: 2026, today: "2026-09-02"), "high-risk-without-self-report") == ["a", "c", "d", "h"])
    }

    @Test("the self-report's deadline follows the version of DFØ's rule in force on the contract's start: one month before 20 September 2021, six after")
    func datedSelfReportRule() {
        let older = SelfReportDue.all(in: data([agreement("a", start: "2021-06-10", year: 2021)])).first
        #expect(older?.due == day("2021-07-10") && older?.rule.period == Localized("10.07.2013–19.09.2021", en: "10.07.2013–19.09.2021"))
        let newer = SelfReportDue.all(in: data([agreement("b", start: "2021-09-20", year: 2021)])).first
        #expect(newer?.due == day("2022-03-20"))
        // Six months after 31 August is the end of February.
        #expect(SelfReportDue.all(in: data([agreement("c", start: "2025-08-31", year: 2025)])).first?.due == day("2026-02-28"))
    }

    private func data(_ procurements: [Procurement]) -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = procurements
        return data
    }

    @Test("a high-risk agreement not followed up in any of DFØ's ways in its first year is a gap once the year is over")
    func followUpInFirstYear() {
        let procurements = [
            agreement("a", start: "2025-03-01", year: 2025),
            agreement("b", start: "2025-03-01", year: 2025, followUps: [FollowUp(kind: .certificateCheck, date: day("2025-10-01"))]),
            agreement("c", start: "2025-03-01", year: 2025, followUps: [FollowUp(kind: .dialogue, date: day("2025-10-01"))]),
            agreement("d", start: "2025-03-01", year: 2025, category: "Rådgivning"),
            agreement("e", start: "2025-03-01", year: 2025, followUps: [FollowUp(kind: .audit, date: nil, planned: day("2025-11-01"))]),
        ]
        #expect(subjects(report(procurements, year: 2025, today: "2025-12-30"), "high-risk-without-follow-up").isEmpty, "the year is not over")
        let report = report(procurements, year: 2025, today: "2026-06-01")
        #expect(subjects(report, "high-risk-without-follow-up") == ["a", "c", "e"])
        #expect(report.groups.first { $0.id == "high-risk-without-follow-up" }?.findings.first?.source?.sources.first?.title == "Prioriteringsverktøy")
        // In its second year an agreement is a finding only when risk and value rank it for follow-up.
        #expect(subjects(self.report(procurements, year: 2026, today: "2027-01-15"), "high-risk-without-follow-up").isEmpty)
    }

    @Test("in a later year, a high-risk agreement the year's plan ranks for follow-up within the capacity and not followed up is a gap")
    func followUpWhenRanked() {
        var data = data([
            agreement("a", start: "2024-03-01", year: 2024),
            agreement("b", start: "2024-03-01", year: 2024, category: "Møbler"),
        ])
        data.register.procurements[0].value = Amount(whole: 20_000_000)
        data.plan.goals = [Goal(id: "g", area: "etikk", title: "Følge opp avtaler", year: 2025,
                                target: Target(value: Amount(whole: 1)!, unit: nil, indicator: .followedUpProcurements))]
        let loaded = LoadedPlan(data: data, warnings: [], problems: [], sources: PlanSources())
        let report = CheckReport(loaded: loaded, year: 2025, today: day("2026-02-01"))
        #expect(subjects(report, "high-risk-without-follow-up") == ["a"])
        #expect(report.groups.first { $0.id == "high-risk-without-follow-up" }?.findings.first?.message.nb.contains("rangert nr. 1 for oppfølging i 2025") == true)
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
            FollowUp(kind: .selfReporting, date: day("2025-03-01"), id: "oppfolging-1", due: day("2025-04-15")),
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
