import Foundation
import Testing
@testable import AktsomKit

/// `update` and `sheet import` read the plan index and the journal's digest instead of the whole
/// plan folder. These tests hold them to give exactly what the plain path over the whole plan
/// and journal gives, through appends, imports, rewritten and truncated journals, edited plans
/// and a deleted or damaged index.
@Suite("Appending status updates from the plan index")
struct AppendingStoreTests {
    static let teams = ["Byggherre", "Innkjøp"]
    static let today = Day(iso: "2025-06-01")!

    /// A plan of six measures for two teams, with a journal of `lines` updates in random order of
    /// date and written time, some lines hand-written in another key order and one damaged.
    static func store(seed: UInt64, lines: Int) throws -> (PlanStore, InMemoryFileSystem) {
        let fileSystem = InMemoryFileSystem()
        let store = PlanStore(folder: "Plans/p", fileSystem: fileSystem)
        var plan = ActionPlan(organisation: "Testvik kommune", period: Period(parsing: "2025-2028"))
        plan.goals = [Goal(id: "klima-1", area: "klima", title: "Mål")]
        plan.measures = (1...6).map { Measure(id: "klima-1.\($0)", goal: "klima-1", title: "Tiltak \($0)", owner: teams[$0 % 2]) }
        try store.create(plan)
        var random = SeededRandom(seed: seed)
        var text = JournalCodec.headerLine + "\n"
        for index in 0..<lines {
            let update = randomUpdate(&random, index: index)
            if index % 17 == 5 {
                text += #"{"status": "\#(update.status.rawValue)", "measure": "\#(update.measure)", "date": "\#(update.date.iso)", "recorded": "\#(update.recorded?.description ?? "")"}"# + "\n"
            } else if index == lines / 2 {
                text += #"{"measure": "klima-1.1", "status": "ukjent""# + "\n"
            } else {
                text += JournalCodec.line(for: update) + "\n"
            }
        }
        try fileSystem.writeAtomically(Array(text.utf8), to: "Plans/p/journal.jsonl")
        return (store, fileSystem)
    }

    static func randomUpdate(_ random: inout SeededRandom, index: Int) -> StatusUpdate {
        let measure = "klima-1.\(Int.random(in: 1...6, using: &random))"
        let date = Day(iso: "2024-01-01")!.adding(days: Int.random(in: 0...500, using: &random))
        let second = Int.random(in: 0...86_399, using: &random)
        let recorded = RecordedTime("\(Day(iso: "2024-01-01")!.adding(days: Int.random(in: 0...517, using: &random)).iso)T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z")
        return StatusUpdate(measure: measure, status: Status.allCases[Int.random(in: 0..<5, using: &random)], date: date,
                            by: teams[Int.random(in: 0...1, using: &random)], note: index % 3 == 0 ? nil : "Notat \(index % 7)", recorded: recorded)
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A team's sheet made at `made`, with some rows filled in at random.
    static func sheet(_ store: PlanStore, team: String, made: RecordedTime?, random: inout SeededRandom) throws -> [UInt8] {
        let data = try store.load().data
        let text = try StatusSheet.export(data: data, team: team, today: today, language: .nb, made: made).text
        var lines = text.components(separatedBy: "\r\n")
        for index in lines.indices where lines[index].hasPrefix("klima-") && Bool.random(using: &random) {
            var cells = lines[index].components(separatedBy: ";")
            guard cells.count >= 3 else { continue }
            let status = [Status.inProgress, .done, .delayed][Int.random(in: 0...2, using: &random)].rawValue
            let dated = Int.random(in: 0...3, using: &random) == 0 ? "1\(Int.random(in: 0...9, using: &random)).03.2025" : ""
            cells[cells.count - 3] = Bool.random(using: &random) ? status : ""
            cells[cells.count - 2] = "Notat \(Int.random(in: 0...6, using: &random))"
            cells[cells.count - 1] = dated
            lines[index] = cells.joined(separator: ";")
        }
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    static func same(_ fast: StatusSheetImport, _ plain: StatusSheetImport, _ context: String) {
        #expect(fast.updates == plain.updates, "\(context): updates")
        #expect(fast.unchanged == plain.unchanged, "\(context): unchanged")
        #expect(fast.heldBack == plain.heldBack, "\(context): held back")
    }

    @Test("sheet import through the index gives what the plain path gives, round after round", arguments: [UInt64(1), 2, 3, 4])
    func sheetImportAgrees(seed: UInt64) throws {
        let (store, fileSystem) = try Self.store(seed: seed, lines: 300)
        let clock = WallClock.fixed(parsing: "2025-06-01T12:00:00Z")!
        var random = SeededRandom(seed: seed &* 31)
        for round in 0..<40 {
            let team = Self.teams[round % 2]
            let made: RecordedTime? = round % 9 == 8 ? nil : RecordedTime(Self.randomUpdate(&random, index: round).recorded?.description ?? "")
            let bytes = try Self.sheet(store, team: team, made: made, random: &random)
            let force = round % 5 == 0
            let plain = try StatusSheetImport(bytes: bytes, file: "ark.csv", team: team, data: store.load().data, clock: clock, force: force)
            let dryRun = round % 3 == 0
            let fast = try store.importStatusSheet(bytes: bytes, file: "ark.csv", team: team, clock: clock, force: force, dryRun: dryRun)
            Self.same(fast, plain, "round \(round)")
            // What else happens to a plan folder between two imports.
            switch round % 8 {
            case 1:
                _ = try store.recordStatusUpdate(measure: "klima-1.\(round % 6 + 1)", status: .inProgress, date: Self.today.adding(days: -round),
                                                 by: nil, note: "Runde \(round)", clock: clock)
            case 3:
                // A journal rewritten (a merge, a hand edit): a line in the middle goes.
                var lines = (fileSystem.text("Plans/p/journal.jsonl") ?? "").components(separatedBy: "\n")
                lines.remove(at: lines.count / 2)
                try fileSystem.writeAtomically(Array(lines.joined(separator: "\n").utf8), to: "Plans/p/journal.jsonl")
            case 5:
                try fileSystem.removeFile("Plans/p/.aktsom-index")
            case 6:
                try store.change { data, _ in
                    data.plan.measures.append(Measure(id: "klima-1.\(7 + round)", goal: "klima-1", title: "Ny", owner: team))
                }
            case 7:
                try fileSystem.writeAtomically(Array("aktsom-index 1\nplan\tskadet\n".utf8), to: "Plans/p/.aktsom-index")
            default:
                break
            }
        }
    }

    @Test("a sheet with another team's rows, unknown and removed ids, or a team spelled otherwise is answered as the plain path answers it")
    func sheetImportOfStrayRowsAgrees() throws {
        let (store, _) = try Self.store(seed: 11, lines: 60)
        try store.change { data, _ in
            data.plan.measures.append(Measure(id: "klima-1.7", goal: "klima-1", title: "Uten ansvarlig"))
            data.plan.removed.append(RemovedRecord(kind: .measure, id: "klima-1.8", title: "Fjernet", removed: Self.today))
        }
        let clock = WallClock.fixed(parsing: "2025-06-01T12:00:00Z")!
        func row(_ id: String) -> String { "\(id);;;;;;;;pågår;Fulgt opp;" }
        var random = SeededRandom(seed: 11)
        let cases: [(typed: String, extra: [String])] = [
            ("Byggherre", []), ("  byggHERRE ", []), ("Byggherre", [row("klima-1.2")]), ("Innkjøp", [row("klima-1.1"), row("klima-1.7")]),
            ("Byggherre", [row("klima-1.11")]), ("Innkjøp", [row("klima-1.8")]), ("Ingen slik", []), ("Byggherr", []),
            // No team given: the one the sheet names. The wrong team: refused as a whole.
            ("", []), ("Innkjøp/Byggherre", []), ("Byggherre/Innkjøp", [row("klima-1.2")]),
        ]
        for (given, extra) in cases {
            // «typed/made for» when the sheet was made for another team than the one given.
            let parts = given.split(separator: "/").map(String.init)
            let typed = parts.first ?? ""
            let team = parts.count == 2 ? parts[1] : typed.lowercased().contains("bygg") || typed.isEmpty ? "Byggherre" : "Innkjøp"
            let made = RecordedTime("2025-05-01T08:00:00Z")
            let bytes = try Self.sheet(store, team: team, made: made, random: &random) + Array(extra.map { "\r\n" + $0 }.joined().utf8)
            let plain = Result { try StatusSheetImport(bytes: bytes, file: "ark.csv", team: typed, data: store.load().data, clock: clock) }
            let fast = Result { try store.importStatusSheet(bytes: bytes, file: "ark.csv", team: typed, clock: clock, force: false, dryRun: true) }
            switch (fast, plain) {
            case (.success(let fast), .success(let plain)):
                Self.same(fast, plain, "\(typed) \(extra)")
                #expect(fast.team == plain.team, "the team as the plan spells it")
            case (.failure(let fast), .failure(let plain)):
                #expect(fast as? ImportError == plain as? ImportError, "\(typed) \(extra): the same refusal")
                #expect((fast as? ImportError) != nil)
            default:
                Issue.record("\(typed) \(extra): one path refused and the other did not: \(fast) \(plain)")
            }
        }
        let sheet = try Self.sheet(store, team: "Byggherre", made: RecordedTime("2025-05-01T08:00:00Z"), random: &random)
        #expect(try store.importStatusSheet(bytes: sheet, file: "ark.csv", team: "", clock: clock, force: false, dryRun: true).team == "Byggherre",
                "no team given: the sheet's own")
        do {
            _ = try store.importStatusSheet(bytes: sheet, file: "ark.csv", team: "innkjøp", clock: clock, force: false, dryRun: true)
            Issue.record("a sheet made for Byggherre was imported for Innkjøp")
        } catch let error as ImportError {
            #expect(error.problems.map(\.message.nb) == ["arket er statusarket for «Byggherre», ikke for «Innkjøp»"])
        }
    }

    @Test("an update through the index is refused as before: an unknown or removed measure, a date to come")
    func updateRefusals() throws {
        let (store, fileSystem) = try Self.store(seed: 9, lines: 20)
        let clock = WallClock.fixed(parsing: "2025-06-01T12:00:00Z")!
        let before = fileSystem.snapshot
        #expect(throws: PlanError.self) { try store.recordStatusUpdate(measure: "klima-9.9", status: .done, date: nil, by: nil, note: nil, clock: clock) }
        #expect(throws: PlanError.self) {
            try store.recordStatusUpdate(measure: "klima-1.1", status: .done, date: Self.today.adding(days: 1), by: nil, note: nil, clock: clock)
        }
        #expect(fileSystem.snapshot == before, "a refused update writes nothing, not even the index")
        let update = try store.recordStatusUpdate(measure: "klima-1.2", status: .done, date: nil, by: nil, note: "Ferdig", clock: clock)
        #expect(update.by == "Byggherre", "who reports defaults to the owner, read from the index")
        #expect(try store.load().data.journal.last == update)
    }

    @Test("the index is read instead of plan.json while plan.json is unchanged, and remade when it changes")
    func indexFollowsThePlan() throws {
        let (store, fileSystem) = try Self.store(seed: 5, lines: 10)
        let clock = WallClock.fixed(parsing: "2025-06-01T12:00:00Z")!
        _ = try store.recordStatusUpdate(measure: "klima-1.1", status: .done, date: nil, by: nil, note: nil, clock: clock)
        #expect(fileSystem.text("Plans/p/.aktsom-index")?.hasPrefix("aktsom-index 1\n") == true)
        let planReads = fileSystem.reads.filter { $0.hasSuffix("plan.json") }.count
        _ = try store.recordStatusUpdate(measure: "klima-1.1", status: .done, date: nil, by: nil, note: nil, clock: clock)
        #expect(fileSystem.reads.filter { $0.hasSuffix("plan.json") }.count == planReads, "plan.json was not read again")
        try store.change { data, _ in data.plan.measures[0].owner = "Drift" }
        let update = try store.recordStatusUpdate(measure: "klima-1.1", status: .done, date: nil, by: nil, note: nil, clock: clock)
        #expect(update.by == "Drift", "the index follows an edited plan")
    }

    @Test("the index file reads back exactly, and anything but a whole index is refused")
    func indexFile() throws {
        var plan = ActionPlan(organisation: "x")
        plan.measures = [Measure(id: "a", goal: "g", title: "t", owner: "Team\tmed tab\nog linje"), Measure(id: "b", goal: "g", title: "t")]
        plan.removed = [RemovedRecord(kind: .measure, id: "c", title: "Gammelt \\ tiltak", removed: Self.today)]
        var digest = JournalDigest(covered: 120, fingerprint: 42)
        digest.add([StatusUpdate(measure: "a", status: .done, date: Self.today, recorded: "2025-06-01T10:00:00Z")])
        let index = PlanIndex(planStamp: FileStamp(size: 1, modified: 2, identity: 3), plan: plan, journal: digest)
        #expect(PlanIndex.decoded(index.encoded()) == index)
        let bytes = index.encoded()
        #expect(PlanIndex.decoded(Array(bytes.dropLast(5))) == nil, "a torn index is refused")
        #expect(PlanIndex.decoded(Array("aktsom-index 2\n".utf8) + bytes.drop { $0 != UInt8(ascii: "\n") }.dropFirst()) == nil)
        let read = try #require(PlanIndex.decoded(bytes))
        #expect(read.journalCovered == 120, "how far the digest goes is known without reading it")
        #expect(read.journal == digest, "the digest reads back as it was")
        // A damaged digest is no digest (it is made again from the journal); the measures stay.
        let damaged = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\ns\t", with: "\nx\t")
        let partly = try #require(PlanIndex.decoded(Array(damaged.utf8)))
        #expect(partly.journal == nil)
        #expect(partly.measures.map(\.id) == ["a", "b"])
    }

    @Test("a digest in the index that no longer reads gives the same answers, is dropped, and is made again by the next import")
    func damagedDigest() throws {
        let (store, fileSystem) = try Self.store(seed: 9, lines: 30)
        let clock = WallClock.fixed(parsing: "2025-06-01T12:00:00Z")!
        var random = SeededRandom(seed: 3)
        let sheet = try Self.sheet(store, team: "Innkjøp", made: "2025-06-01T11:00:00Z", random: &random)
        let first = try store.importStatusSheet(bytes: sheet, file: "ark.csv", team: "Innkjøp", clock: clock, force: false, dryRun: true)
        let index = try #require(fileSystem.text("Plans/p/.aktsom-index"))
        #expect(index.contains("\njournal\t"), "a sheet import keeps the journal's digest")
        try fileSystem.writeAtomically(Array(index.replacingOccurrences(of: "\ns\t", with: "\nx\t").utf8), to: "Plans/p/.aktsom-index")
        let again = try store.importStatusSheet(bytes: sheet, file: "ark.csv", team: "Innkjøp", clock: clock, force: false, dryRun: true)
        #expect(again.updates == first.updates && again.heldBack == first.heldBack && again.unchanged == first.unchanged)
        #expect(fileSystem.text("Plans/p/.aktsom-index")?.contains("\njournal\t") == false, "the damaged digest is dropped")
        let third = try store.importStatusSheet(bytes: sheet, file: "ark.csv", team: "Innkjøp", clock: clock, force: false, dryRun: true)
        #expect(third.updates == first.updates && third.heldBack == first.heldBack && third.unchanged == first.unchanged)
        #expect(fileSystem.text("Plans/p/.aktsom-index") == index, "the next import made the digest again and kept it")
    }
}
