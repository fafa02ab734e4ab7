import Testing
@testable import AktsomKit

/// `aktsom serve` keeps a ``PlanSnapshot`` between requests and asks the store only for what
/// changed. What it gets must be exactly what a full load gives, and of a journal that only grew
/// it must read only the lines appended since; a journal rewritten or cut short is read again.
@Suite("Reloading a plan from a snapshot")
struct PlanSnapshotTests {
    private let clock = WallClock.fixed(parsing: "2025-06-01")!

    /// A plan with one measure and a journal of `lines` updates, long enough that reading it
    /// whole shows in the byte count.
    private func store(lines: Int = 2_000) throws -> (PlanStore, InMemoryFileSystem) {
        let fileSystem = InMemoryFileSystem()
        let store = PlanStore(folder: "Plans/test", fileSystem: fileSystem)
        try store.create(ActionPlan(organisation: "Testvik kommune", period: Period(parsing: "2025-2028")))
        try store.change { data, _ in
            try data.addGoal(GoalDraft(area: "klima", title: "Et mål"))
            try data.addMeasure(MeasureDraft(goal: "klima-1", title: "Et tiltak"))
        }
        let line = JournalCodec.line(for: StatusUpdate(measure: "klima-1.1", status: .inProgress, date: Day(iso: "2025-05-01")!, note: "notat"))
        try fileSystem.append(Array(String(repeating: line + "\n", count: lines).utf8), to: store.journalPath)
        return (store, fileSystem)
    }

    private func append(_ notes: [String], to store: PlanStore) throws {
        try store.change(journal: .skip) { data, appended in
            for note in notes {
                appended.append(try data.statusUpdate(for: "klima-1.1", status: .delayed, date: nil, by: "Byggherre", note: note, clock: clock))
            }
        }
    }

    /// Bytes of the journal read so far, by any kind of read.
    private func journalBytesRead(_ fileSystem: InMemoryFileSystem, _ store: PlanStore) -> Int {
        fileSystem.bytesRead[store.journalPath] ?? 0
    }

    @Test("after an append, a reload reads only the new lines and equals a full load")
    func appendReadsOnlyNewLines() throws {
        let (store, fileSystem) = try store()
        let first = try store.load(reusing: nil)
        let journalSize = try #require(try fileSystem.fileSize(store.journalPath))
        try append(["første", "andre"], to: store)
        let appended = try #require(try fileSystem.fileSize(store.journalPath)) - journalSize
        let bytesBefore = journalBytesRead(fileSystem, store)

        let second = try store.load(reusing: first)

        let read = journalBytesRead(fileSystem, store) - bytesBefore
        #expect(read >= appended)
        #expect(read <= appended + PlanStore.journalHeaderWindow + 1, "read \(read) bytes for \(appended) appended to \(journalSize)")
        #expect(second.generation > first.generation)
        let full = try store.load()
        #expect(second.data == full.data)
        #expect(second.loaded.warnings == full.warnings && second.loaded.problems == full.problems)
        #expect(second.data.journal.suffix(2).map(\.note) == ["første", "andre"])
        #expect(second.data.statusHistory.status(of: "klima-1.1") == .delayed)
    }

    @Test("with nothing changed on disk, the same snapshot comes back and the journal is not read")
    func unchangedIsReused() throws {
        let (store, fileSystem) = try store()
        let first = try store.load(reusing: nil)
        let bytesBefore = journalBytesRead(fileSystem, store)
        let again = try store.load(reusing: first)
        #expect(again.generation == first.generation)
        #expect(journalBytesRead(fileSystem, store) == bytesBefore)
    }

    @Test("a journal rewritten as a new file is read again whole and equals a full load")
    func rewrittenIsReadAgain() throws {
        let (store, fileSystem) = try store()
        let first = try store.load(reusing: nil)
        let kept = try #require(fileSystem.text(store.journalPath)).split(separator: "\n").prefix(10).joined(separator: "\n") + "\n"
        try fileSystem.writeAtomically([FileContent(path: store.journalPath, bytes: Array(kept.utf8))])
        let bytesBefore = journalBytesRead(fileSystem, store)

        let second = try store.load(reusing: first)

        #expect(journalBytesRead(fileSystem, store) - bytesBefore >= kept.utf8.count, "the rewritten journal was not read whole")
        #expect(second.data.journal.count == 9)
        #expect(second.data == (try store.load()).data)
    }

    @Test("a journal cut short in place is read again whole and equals a full load")
    func shrunkIsReadAgain() throws {
        let (store, fileSystem) = try store()
        let first = try store.load(reusing: nil)
        try append(["kommer og går"], to: store)
        let grown = try store.load(reusing: first)
        let size = try #require(try fileSystem.fileSize(store.journalPath))
        // Cut back to the end of the line before the last, keeping the file itself.
        let bytes = Array(try #require(fileSystem.text(store.journalPath)).utf8)
        let cut = try #require(bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))) + 1
        fileSystem.truncate(store.journalPath, to: cut)
        #expect(cut < size)
        let bytesBefore = journalBytesRead(fileSystem, store)

        let shrunk = try store.load(reusing: grown)

        #expect(journalBytesRead(fileSystem, store) - bytesBefore >= cut, "the shrunk journal was not read whole")
        #expect(!shrunk.data.journal.contains { $0.note == "kommer og går" })
        #expect(shrunk.data == (try store.load()).data)
        #expect(shrunk.data.statusHistory.status(of: "klima-1.1") == .inProgress)
    }
}
