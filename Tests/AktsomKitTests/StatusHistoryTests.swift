import Testing
@testable import AktsomKit

@Suite("Status derived from the journal")
struct StatusHistoryTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    private let journal = [
        StatusUpdate(measure: "m", status: .inProgress, date: Day(iso: "2025-03-01")!, recorded: "2025-03-01T08:00:00Z"),
        StatusUpdate(measure: "m", status: .delayed, date: Day(iso: "2025-06-01")!, recorded: "2025-06-01T08:00:00Z"),
        // Recorded later but dated earlier: a team reporting late. It applies from its date.
        StatusUpdate(measure: "m", status: .planned, date: Day(iso: "2025-01-15")!, recorded: "2025-07-01T08:00:00Z"),
        StatusUpdate(measure: "other", status: .done, date: Day(iso: "2025-02-01")!),
    ]

    @Test("the current status is the latest by date, not by line")
    func currentStatus() {
        let history = StatusHistory(journal: journal)
        #expect(history.status(of: "m") == .delayed)
        #expect(history.updates(for: "m").map(\.status) == [.planned, .inProgress, .delayed])
    }

    @Test("the status at any date is the update in force that day")
    func statusAtDate() {
        let history = StatusHistory(journal: journal)
        #expect(history.status(of: "m", asOf: day("2025-01-01")) == .planned)
        #expect(history.status(of: "m", asOf: day("2025-02-01")) == .planned)
        #expect(history.status(of: "m", asOf: day("2025-03-01")) == .inProgress)
        #expect(history.status(of: "m", asOf: day("2025-05-31")) == .inProgress)
        #expect(history.status(of: "m", asOf: day("2025-12-31")) == .delayed)
    }

    @Test("updates on the same day are ordered by when they were recorded, then by line")
    func sameDayOrder() {
        let history = StatusHistory(journal: [
            StatusUpdate(measure: "m", status: .done, date: day("2025-03-01"), recorded: "2025-03-01T15:00:00Z"),
            StatusUpdate(measure: "m", status: .inProgress, date: day("2025-03-01"), recorded: "2025-03-01T09:00:00Z"),
            StatusUpdate(measure: "n", status: .inProgress, date: day("2025-03-01")),
            StatusUpdate(measure: "n", status: .delayed, date: day("2025-03-01")),
        ])
        #expect(history.status(of: "m") == .done)
        #expect(history.status(of: "n") == .delayed)
    }

    @Test("a measure no one has reported on is planned")
    func defaultStatus() {
        #expect(StatusHistory(journal: []).status(of: "x") == .planned)
    }
    @Test("a plan's arranged journal is shared by its copies and made anew when a copy's journal changes")
    func sharedHistory() {
        var data = PlanData(plan: ActionPlan(organisation: "Testvik kommune"), journal: journal)
        #expect(data.statusHistory.status(of: "m") == .delayed)
        var copy = data
        copy.journal.append(StatusUpdate(measure: "m", status: .done, date: day("2025-09-01")))
        #expect(copy.statusHistory.status(of: "m") == .done)
        #expect(data.statusHistory.status(of: "m") == .delayed)
        data.journal.removeAll()
        #expect(data.statusHistory.updates(for: "m").isEmpty)
        #expect(copy.statusHistory.updates(for: "m").count == 4)
        #expect(copy != data)
    }
}

@Suite("Overdue measures")
struct OverdueTests {
    private func state(due: String?, status: Status?, asOf: String) -> MeasureState {
        let measure = Measure(id: "m", goal: "g", title: "t", due: due.flatMap(DueDate.init(parsing:)))
        let journal = status.map { [StatusUpdate(measure: "m", status: $0, date: Day(iso: "2025-01-01")!)] } ?? []
        return MeasureState(measure: measure, history: StatusHistory(journal: journal), asOf: Day(iso: asOf)!)
    }

    @Test("past its due date and not finished is overdue, whatever the status says",
          arguments: [Status?.none, .planned, .inProgress, .delayed])
    func overdueWhenOpen(status: Status?) {
        #expect(state(due: "2025-Q1", status: status, asOf: "2025-04-01").isOverdue)
    }

    @Test("done or cancelled is never overdue", arguments: [Status.done, .cancelled])
    func closedIsNotOverdue(status: Status) {
        #expect(!state(due: "2025-Q1", status: status, asOf: "2025-04-01").isOverdue)
    }

    @Test("the due day itself is not yet overdue, and no due date is never overdue")
    func edges() {
        #expect(!state(due: "2025-Q1", status: .inProgress, asOf: "2025-03-31").isOverdue)
        #expect(!state(due: nil, status: .inProgress, asOf: "2030-01-01").isOverdue)
        #expect(state(due: "2025-03-31", status: nil, asOf: "2025-04-01").daysUntilDue == -1)
    }

    @Test("due within counts open measures up to the limit, overdue ones included")
    func dueWithin() {
        #expect(state(due: "2025-06-30", status: .inProgress, asOf: "2025-06-01").isDue(within: 30))
        #expect(!state(due: "2025-07-31", status: .inProgress, asOf: "2025-06-01").isDue(within: 30))
        #expect(state(due: "2025-01-31", status: nil, asOf: "2025-06-01").isDue(within: 30))
        #expect(!state(due: "2025-06-30", status: .done, asOf: "2025-06-01").isDue(within: 30))
    }
}

@Suite("Recorded times")
struct RecordedTimeTests {
    @Test("read back exactly as written, canonical or not", arguments: [
        "2025-03-14T10:22:05Z", "1999-12-31T23:59:59Z", "2025-03-14T10:22:05+01:00", "2025-02-30T10:00:00Z", "i går", "2025-03-14T24:00:00Z",
    ])
    func roundTrip(text: String) {
        #expect(RecordedTime(text).description == text)
    }

    @Test("order canonical times by value and the rest by text, missing ones first")
    func order() {
        #expect(RecordedTime("2025-03-14T09:00:00Z") < RecordedTime("2025-03-14T10:00:00Z"))
        #expect(RecordedTime("2025-03-14T10:00:00+01:00") < RecordedTime("2025-03-14T10:00:00Z"))
        #expect(RecordedTime.isBefore(nil, RecordedTime("2025-01-01T00:00:00Z")))
        #expect(!RecordedTime.isBefore(RecordedTime("2025-01-01T00:00:00Z"), nil))
    }
}
