import Testing
@testable import AktsomKit

@Suite("Follow-ups: self-reports, planned follow-ups, edits and removal")
struct FollowUpRulesTests {
    let today = Day(iso: "2026-06-01")!

    private func data() -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = [
            Procurement(id: "p", title: "Arbeidsklær", year: 2026, category: "arbeidsklær", requirements: ["etikk": [.contract]]),
            Procurement(id: "q", title: "Kaffe", year: 2026, category: "kaffe"),
        ]
        return data
    }

    private func draft(_ values: [String: String]) throws -> FollowUpDraft {
        try FieldInput.followUpDraft { values[$0] }
    }

    @Test("a self-report's deadline is the one given: with none given it has none, waits, and is never overdue")
    func deadlineAsGiven() throws {
        var data = data()
        let (sent, _) = try data.addFollowUp(to: "p", try draft(["--kind": "egenrapportering", "--sent": "2026-03-01"]), today: today)
        #expect(sent.date == Day(iso: "2026-03-01"))
        #expect(sent.answerDue == nil && sent.awaitsAnswer)
        #expect(!sent.isAnswerOverdue(on: Day(iso: "2030-01-01")!))
        #expect(FollowUpText.state(sent).nb == "egenrapportering sendt 01.03.2026, ingen svarfrist satt.")
        let (other, _) = try data.addFollowUp(to: "p", try draft(["--kind": "egenrapportering", "--sent": "2026-05-01", "--due": "2026-07-01"]), today: today)
        #expect(other.answerDue == Day(iso: "2026-07-01"))
        #expect(!other.isAnswerOverdue(on: today))
        #expect(sent.id == "oppfolging-1" && other.id == "oppfolging-2")
    }

    @Test("an answer is recorded later with edit, and it ends the wait")
    func answerLater() throws {
        var data = data()
        try data.addFollowUp(to: "p", try draft(["--kind": "egenrapportering", "--sent": "2026-03-01"]), today: today)
        let (answered, deviation) = try data.editFollowUp("oppfolging-1", try draft(["--answered": "2026-04-10", "--outcome": "ok"]), today: today)
        #expect(answered.answered == Day(iso: "2026-04-10") && answered.outcome == .ok && deviation == nil)
        #expect(!answered.awaitsAnswer && !answered.isAnswerOverdue(on: today))
    }

    @Test("a deviation given with the answer is recorded open, on the answer's day, linked to the follow-up")
    func deviationFound() throws {
        var data = data()
        try data.addFollowUp(to: "p", try draft(["--kind": "egenrapportering", "--sent": "2026-03-01"]), today: today)
        let (followUp, deviation) = try data.editFollowUp("oppfolging-1", try draft(["--answered": "2026-04-10", "--deviation": "Lønn", "--where": "Fabrikk"]), today: today)
        #expect(followUp.outcome == .deviation)
        #expect(deviation?.followUp == "oppfolging-1" && deviation?.state == .open && deviation?.date == Day(iso: "2026-04-10"))
        #expect(data.register.procurement("p")?.deviations.first?.followUp == "oppfolging-1")
    }

    @Test("a planned follow-up has no date until it is done; a date marks it done and keeps the plan's day")
    func plannedThenDone() throws {
        var data = data()
        let (planned, _) = try data.addFollowUp(to: "p", try draft(["--kind": "stikkprøve", "--planned": "2026-09-30"]), today: today)
        #expect(planned.isPlanned && planned.date == nil && planned.planned == Day(iso: "2026-09-30"))
        #expect(!planned.isPlanOverdue(on: today) && planned.isPlanOverdue(on: Day(iso: "2026-10-01")!))
        let (done, _) = try data.editFollowUp(planned.id, try draft(["--date": "2026-05-20"]), today: today)
        #expect(!done.isPlanned && done.date == Day(iso: "2026-05-20") && done.planned == Day(iso: "2026-09-30"))
        #expect(!done.isPlanOverdue(on: Day(iso: "2026-10-01")!))
        let (back, _) = try data.editFollowUp(planned.id, try draft(["--date": ""]), today: today)
        #expect(back.isPlanned)
    }

    @Test("values that do not fit the follow-up are refused by the field they belong to", arguments: [
        (["--kind": "revisjon", "--sent": "2026-03-01"], "--sent"),
        (["--kind": "revisjon", "--date": "2026-03-01", "--answered": "2026-03-02"], "--answered"),
        (["--kind": "revisjon", "--date": "2026-03-01", "--due": "2026-04-02"], "--due"),
        (["--kind": "egenrapportering", "--sent": "2026-03-01", "--answered": "2026-02-01"], "--answered"),
        (["--kind": "egenrapportering", "--sent": "2026-03-01", "--answered": "2026-07-01"], "--answered"),
        (["--kind": "egenrapportering", "--sent": "2026-03-01", "--outcome": "ok"], "--outcome"),
        (["--kind": "egenrapportering", "--planned": "2026-09-01", "--due": "2026-10-01"], "--due"),
        (["--kind": "stikkprøve", "--planned": "2026-09-01", "--outcome": "ok"], "--outcome"),
        (["--kind": "revisjon", "--date": "2026-07-01"], "--date"),
        (["--kind": "revisjon"], "--date"),
        (["--kind": "egenrapportering"], "--sent"),
        (["--kind": "revisjon", "--date": "2026-03-01", "--outcome": "ok", "--deviation": "Lønn", "--where": "x"], "--outcome"),
    ])
    func refused(values: [String: String], field: String) throws {
        var data = data()
        let before = data.register
        #expect {
            try data.addFollowUp(to: "p", try draft(values), today: today)
        } throws: { error in
            guard case PlanError.invalidField(let problem) = error else { return false }
            return problem.field == field
        }
        #expect(data.register == before)
    }

    @Test("what the values alone tell is refused while reading them", arguments: [
        (["--date": "2026-03-01", "--sent": "2026-03-01"], "--sent"),
        (["--date": "2026-03-01", "--planned": "2026-04-01"], "--planned"),
        (["--where": "Fabrikk"], "--deviation"),
        (["--deviation": "Lønn"], "--where"),
        (["--outcome": "kanskje"], "--outcome"),
        (["--kind": "revisjn"], "--kind"),
    ])
    func refusedWhileReading(values: [String: String], field: String) {
        #expect { try FieldInput.followUpDraft { values[$0] } } throws: { error in (error as? FieldProblem)?.field == field }
    }

    @Test("a misspelt outcome gets «mente du …?»")
    func outcomeSuggestion() {
        #expect(FollowUpOutcome.unknown("avik").suggestion == "avvik")
    }

    @Test("removing a follow-up that found a deviation is refused, and with cascade the deviation stays without the link")
    func removal() throws {
        var data = data()
        try data.addFollowUp(to: "p", try draft(["--kind": "egenrapportering", "--sent": "2026-03-01", "--answered": "2026-04-01",
                                                 "--deviation": "Lønn", "--where": "Fabrikk"]), today: today)
        #expect(throws: PlanError.stillReferenced(.followUp, id: "oppfolging-1", dependents: [.followUpLink(deviation: "avvik-1", followUp: "oppfolging-1")])) {
            try data.remove(.followUp("oppfolging-1"), cascade: false, today: today)
        }
        try data.remove(.followUp("oppfolging-1"), cascade: true, today: today)
        #expect(data.register.procurement("p")?.followUps.isEmpty == true)
        #expect(data.register.procurement("p")?.deviations.first?.followUp == nil)
    }

    @Test("a deviation links only to a follow-up of its own procurement")
    func linkSameProcurement() throws {
        var data = data()
        try data.addFollowUp(to: "q", try draft(["--kind": "dialog", "--date": "2026-03-01"]), today: today)
        #expect(throws: PlanError.unknownRecord(.followUp, id: "oppfolging-1", candidates: [])) {
            try data.addDeviation(to: "p", type: "Lønn", location: "x", action: nil, status: "åpen", state: nil, date: today, today: today, followUp: "oppfolging-1")
        }
    }

    @Test("planned follow-ups are not counted as follow-up done in the year")
    func plannedNotCounted() throws {
        var data = data()
        try data.addFollowUp(to: "p", try draft(["--kind": "stikkprøve", "--planned": "2026-03-01"]), today: today)
        #expect(YearIndicators(data: data, year: 2026).followedUpProcurements == 0)
        try data.editFollowUp("oppfolging-1", try draft(["--date": "2026-03-04"]), today: today)
        #expect(YearIndicators(data: data, year: 2026).followedUpProcurements == 1)
    }
}
