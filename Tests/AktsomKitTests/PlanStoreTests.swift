import Testing
@testable import AktsomKit

@Suite("The plan folder")
struct PlanStoreTests {
    private let clock = WallClock.fixed(parsing: "2025-06-01")!

    private func newStore() throws -> (PlanStore, InMemoryFileSystem) {
        let fileSystem = InMemoryFileSystem()
        let store = PlanStore(folder: "Plans/test", fileSystem: fileSystem)
        try store.create(ActionPlan(organisation: "Testvik kommune", period: Period(parsing: "2025-2028")))
        return (store, fileSystem)
    }

    /// A new plan with one goal, `klima-1`, and one measure, `klima-1.1`.
    private func newStoreWithMeasure() throws -> (PlanStore, InMemoryFileSystem) {
        let (store, fileSystem) = try newStore()
        try store.change { data, _ in
            try data.addGoal(GoalDraft(area: "klima", title: "Et mål"))
            try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Et tiltak"))
        }
        return (store, fileSystem)
    }

    @Test("a new plan has the four default areas, an empty journal and git settings")
    func createsPlan() throws {
        let (store, fileSystem) = try newStore()
        let loaded = try store.load()
        #expect(loaded.data.plan.areas.map(\.id) == ["klima", "etikk", "dyrevelferd", "seriositet"])
        #expect(fileSystem.text("Plans/test/journal.jsonl") == "{\"format\": \"aktsom-journal\", \"version\": 1}\n")
        #expect(fileSystem.text("Plans/test/.gitattributes")?.contains("journal.jsonl merge=union") == true)
        #expect(throws: Diagnostic.self) { try store.create(ActionPlan(organisation: "Igjen")) }
    }

    @Test("a change that throws writes nothing")
    func failedChangeWritesNothing() throws {
        let (store, fileSystem) = try newStore()
        let writesBefore = fileSystem.writes.count
        #expect(throws: PlanError.self) {
            try store.change { data, _ in
                try data.addGoal(GoalDraft(area: "klima", title: "Et mål"))
                try data.addGoal(GoalDraft(area: "finnes-ikke", title: "Feil"))
            }
        }
        #expect(fileSystem.writes.count == writesBefore)
        #expect(try store.load().data.plan.goals.isEmpty)
    }

    @Test("only files whose content changed are written")
    func writesOnlyChangedFiles() throws {
        let (store, fileSystem) = try newStore()
        try store.change { data, _ in try data.addGoal(GoalDraft(area: "klima", title: "Et mål")) }
        #expect(fileSystem.writes.last == "Plans/test/plan.json")
        let count = fileSystem.writes.count
        try store.change { data, _ in try data.reportGoal("klima-1", year: 2025, text: "På vei") }
        #expect(Array(fileSystem.writes.dropFirst(count)) == ["Plans/test/years/2025.json"])
    }

    static func procurement(_ title: String, for measure: String) -> ProcurementDraft {
        var draft = ProcurementDraft()
        draft.title = title
        draft.measures = [measure]
        return draft
    }

    @Test("files changed together are written in one staged write, register before plan before years")
    func changedFilesWrittenTogether() throws {
        let (store, fileSystem) = try newStore()
        try store.change { data, _ in
            try data.addGoal(GoalDraft(area: "klima", title: "Et mål", year: 2025))
            try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Et tiltak"))
        }
        try store.change { data, _ in
            try data.addProcurement(Self.procurement("Arbeidsklær", for: "klima-1.1"))
            try data.reportGoal("klima-1", year: 2025, text: "På vei")
        }
        #expect(fileSystem.batches.last == ["Plans/test/procurements.json", "Plans/test/plan.json", "Plans/test/years/2025.json"])
    }

    @Test("when one file cannot be written, none of the others changes")
    func failedWriteChangesNothing() throws {
        let (store, fileSystem) = try newStoreWithMeasure()
        let register = fileSystem.text("Plans/test/procurements.json")
        fileSystem.failingWrites = ["Plans/test/plan.json"]
        #expect(throws: FileSystemError.self) {
            try store.change { data, _ in try data.addProcurement(Self.procurement("Arbeidsklær", for: "klima-1.1")) }
        }
        #expect(fileSystem.text("Plans/test/procurements.json") == register)
    }

    @Test("appending a status update never reads the journal")
    func appendDoesNotReadJournal() throws {
        let (store, fileSystem) = try newStoreWithMeasure()
        try store.change(journal: .skip) { data, appended in
            appended.append(try data.statusUpdate(for: "klima-1.1", status: .inProgress, date: nil, by: nil, note: "i gang", clock: clock))
        }
        #expect(!fileSystem.reads.contains("Plans/test/journal.jsonl"))
        let journal = try store.load().data.journal
        #expect(journal.map(\.status) == [.inProgress])
        #expect(journal.first?.recorded == "2025-06-01T12:00:00Z")
    }

    @Test("appending reads only the journal's first kilobyte and last byte, however long it is")
    func appendReadsOnlyTheHeader() throws {
        let (store, fileSystem) = try newStoreWithMeasure()
        let line = JournalCodec.line(for: StatusUpdate(measure: "klima-1.1", status: .inProgress, date: Day(iso: "2025-05-01")!, note: "notat"))
        try fileSystem.append(Array(String(repeating: line + "\n", count: 20_000).utf8), to: store.journalPath)
        let before = fileSystem.bytesRead[store.journalPath] ?? 0
        try store.change(journal: .skip) { data, appended in
            appended.append(try data.statusUpdate(for: "klima-1.1", status: .done, date: nil, by: nil, note: nil, clock: clock))
        }
        let read = (fileSystem.bytesRead[store.journalPath] ?? 0) - before
        #expect(read <= 2 * PlanStore.journalHeaderWindow, "an update read \(read) bytes of a journal of \(20_000 * line.utf8.count)")
    }

    @Test("a batch of updates is one append, and a failed append leaves the journal as it was")
    func batchIsOneAppend() throws {
        let (store, fileSystem) = try newStore()
        try store.change { data, _ in
            try data.addGoal(GoalDraft(area: "klima", title: "Et mål"))
            for index in 1...10 { try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Tiltak \(index)")) }
        }
        let appendsBefore = fileSystem.appends.count
        try store.change(journal: .skip) { data, appended in
            for index in 1...10 {
                appended.append(try data.statusUpdate(for: "klima-1.\(index)", status: .inProgress, date: nil, by: nil, note: nil, clock: clock))
            }
        }
        #expect(fileSystem.appends.count == appendsBefore + 1, "ten updates were appended in \(fileSystem.appends.count - appendsBefore) writes")
        let journal = fileSystem.text(store.journalPath)
        fileSystem.failingAppends = [store.journalPath]
        #expect(throws: FileSystemError.self) {
            try store.change(journal: .skip) { data, appended in
                appended.append(try data.statusUpdate(for: "klima-1.1", status: .done, date: nil, by: nil, note: nil, clock: clock))
            }
        }
        #expect(fileSystem.text(store.journalPath) == journal)
    }

    @Test("an update after a torn last line starts on a new line, and the torn line is reported")
    func appendAfterTornLine() throws {
        let (store, fileSystem) = try newStoreWithMeasure()
        try fileSystem.append(Array("{\"measure\": \"klima-1.1\", \"sta".utf8), to: store.journalPath)
        try store.append([StatusUpdate(measure: "klima-1.1", status: .done, date: Day(iso: "2025-05-01")!)])
        let loaded = try store.load()
        #expect(loaded.data.journal.map(\.status) == [.done])
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.location?.line == 2)
    }

    @Test("a broken link in the files is a problem that stops changes")
    func brokenLinksStopChanges() throws {
        let (store, fileSystem) = try newStoreWithMeasure()
        let text = try #require(fileSystem.text(store.planPath)).replacingOccurrences(of: "\"goal\": \"klima-1\"", with: "\"goal\": \"klima-9\"")
        try fileSystem.writeAtomically(Array(text.utf8), to: store.planPath)
        let loaded = try store.load()
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.location?.line != nil)
        #expect(loaded.problems.first?.message.nb.contains("klima-9") == true)
        #expect(throws: Diagnostic.self) { try store.change { data, _ in try data.addRisk(RiskDraft(title: "x")) } }
    }
}
