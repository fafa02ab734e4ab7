import Testing
@testable import AktsomKit

@Suite("Merging plan files record by record")
struct RecordMergeTests {
    static func plan(measures: String, risks: String = "") -> [UInt8] {
        Array("""
            {"format": "aktsom-plan", "version": 1, "organisation": "Fjordvik kommune",
             "areas": [{"id": "klima", "name": "Klima og miljø"}],
             "goals": [{"id": "klima-1", "area": "klima", "title": "Mål"}],
             "measures": [\(measures)], "risks": [\(risks)]}
            """.utf8)
    }

    static func measure(_ id: String, _ title: String, owner: String? = nil, risks: [String] = []) -> String {
        var fields = [#""id": "\#(id)""#, #""goal": "klima-1""#, #""title": "\#(title)""#]
        if let owner { fields.append(#""owner": "\#(owner)""#) }
        if !risks.isEmpty { fields.append(#""risks": [\#(risks.map { "\"\($0)\"" }.joined(separator: ", "))]"#) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func merged(_ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8], path: String = "Plans/p/plan.json") throws -> PlanFileMerge.Outcome {
        try #require(PlanFileMerge.merge(base: base, ours: ours, theirs: theirs, path: path))
    }

    @Test("records both sides append are all kept, ours first, and the file is written as Aktsom writes it")
    func bothAppend() throws {
        let base = Self.plan(measures: Self.measure("klima-1.1", "Felles"))
        let ours = Self.plan(measures: [Self.measure("klima-1.1", "Felles"), Self.measure("klima-1.2-aaaa", "Vårt")].joined(separator: ", "))
        let theirs = Self.plan(measures: [Self.measure("klima-1.1", "Felles"), Self.measure("klima-1.2-bbbb", "Deres")].joined(separator: ", "))
        let outcome = try Self.merged(base, ours, theirs)
        #expect(outcome.conflicts == 0)
        let plan = try PlanCodec.decode(Array(outcome.text.utf8), file: "plan.json").plan
        #expect(plan.measures.map(\.id) == ["klima-1.1", "klima-1.2-aaaa", "klima-1.2-bbbb"])
        #expect(outcome.text == JSONWriter.pretty(PlanCodec.encode(plan)))
    }

    @Test("a change on one side is taken, a removal of an unchanged record too, and link lists merge as sets")
    func oneSidedChanges() throws {
        let base = Self.plan(measures: [Self.measure("a", "A"), Self.measure("b", "B"), Self.measure("c", "C", risks: ["r1"])].joined(separator: ", "))
        let ours = Self.plan(measures: [Self.measure("a", "A endret"), Self.measure("b", "B"), Self.measure("c", "C", risks: ["r1", "r2"])].joined(separator: ", "))
        let theirs = Self.plan(measures: [Self.measure("a", "A"), Self.measure("c", "C", owner: "Team", risks: ["r3"])].joined(separator: ", "))
        let outcome = try Self.merged(base, ours, theirs)
        #expect(outcome.conflicts == 0, "\(outcome.text)")
        let text = outcome.text
        #expect(text.contains("\"title\": \"A endret\""))
        #expect(!text.contains("\"id\": \"b\""), "removed on one side, unchanged on the other")
        #expect(text.contains("\"owner\": \"Team\""), "fields changed on different sides of one record merge")
        #expect(text.contains("\"risks\": [\"r2\", \"r3\"]"), "r1 removed by theirs, r2 added by ours, r3 by theirs")
    }

    @Test("the same record changed differently on both sides is written twice between conflict markers, alone")
    func conflictAroundRecord() throws {
        let base = Self.plan(measures: [Self.measure("a", "A"), Self.measure("b", "B")].joined(separator: ", "))
        let ours = Self.plan(measures: [Self.measure("a", "Vår A"), Self.measure("b", "B"), Self.measure("c-aaaa", "Ny")].joined(separator: ", "))
        let theirs = Self.plan(measures: [Self.measure("a", "Deres A"), Self.measure("b", "B endret")].joined(separator: ", "))
        let outcome = try Self.merged(base, ours, theirs)
        #expect(outcome.conflicts == 1)
        let lines = outcome.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: PlanFileMerge.oursMarker))
        #expect(lines[start + 1] == "    {" && lines[start + 3] == "      \"goal\": \"klima-1\",")
        #expect(lines.contains("      \"title\": \"Vår A\"") && lines.contains("      \"title\": \"Deres A\""))
        #expect(lines.contains("      \"title\": \"B endret\""), "the other record merged as usual")
        // Without the markers and one side, the file is valid again.
        let separator = try #require(lines.firstIndex(of: PlanFileMerge.separator))
        let end = try #require(lines.firstIndex(of: PlanFileMerge.theirsMarker))
        let resolved = Array(lines[..<start]) + Array(lines[(start + 1)..<separator]) + Array(lines[(end + 1)...])
        let plan = try PlanCodec.decode(Array(resolved.joined(separator: "\n").utf8), file: "plan.json").plan
        #expect(plan.measures.map(\.title) == ["Vår A", "B endret", "Ny"])
        // The loader names the conflict by file and line.
        do {
            _ = try PlanCodec.decode(Array(outcome.text.utf8), file: "Plans/p/plan.json")
            Issue.record("a file with conflict markers was read")
        } catch {
            #expect(error.location?.line == start + 1)
            #expect(error.message.nb.contains("uløst git-konflikt"))
        }
    }

    @Test("a record one side changed and the other removed is a conflict with an empty side")
    func changeAgainstRemoval() throws {
        let base = Self.plan(measures: [Self.measure("a", "A"), Self.measure("b", "B")].joined(separator: ", "))
        let ours = Self.plan(measures: Self.measure("b", "B"))
        let theirs = Self.plan(measures: [Self.measure("a", "A endret"), Self.measure("b", "B")].joined(separator: ", "))
        let outcome = try Self.merged(base, ours, theirs)
        #expect(outcome.conflicts == 1)
        #expect(outcome.text.contains("\(PlanFileMerge.oursMarker)\n\(PlanFileMerge.separator)\n"), "\(outcome.text)")
    }

    @Test("follow-ups and deviations both sides add to one procurement merge, in an old register too")
    func nestedRecords() throws {
        let base = Array(#"{"format": "aktsom-procurements", "version": 1, "procurements": [{"id": "P1", "title": "P", "followUps": [{"kind": "dialog", "date": "2025-01-01"}]}]}"#.utf8)
        let ours = Array(#"{"format": "aktsom-procurements", "version": 3, "procurements": [{"id": "P1", "title": "P", "followUps": [{"id": "oppfolging-tnxupaw", "kind": "dialog", "date": "2025-01-01"}, {"id": "oppfolging-1-aaaa", "kind": "revisjon", "date": "2025-02-01"}]}]}"#.utf8)
        let theirs = Array(#"{"format": "aktsom-procurements", "version": 1, "procurements": [{"id": "P1", "title": "P", "followUps": [{"kind": "dialog", "date": "2025-01-01"}, {"kind": "stikkprøve", "date": "2025-03-01"}], "deviations": [{"id": "avvik-1", "type": "HMS", "status": "åpen"}]}]}"#.utf8)
        let outcome = try Self.merged(base, ours, theirs, path: "Plans/p/procurements.json")
        #expect(outcome.conflicts == 0, "\(outcome.text)")
        let register = try RegisterCodec.decode(Array(outcome.text.utf8), file: "procurements.json").register
        #expect(register.procurements[0].followUps.map(\.kind) == [.dialogue, .audit, .spotCheck])
        #expect(register.procurements[0].followUps[0].id == "oppfolging-tnxupaw", "the old follow-up is one record on all three sides")
        #expect(register.procurements[0].deviations.map(\.id) == ["avvik-1"])
        #expect(outcome.text.contains("\"version\": \(FileFormat.procurements.currentVersion)"))
    }

    @Test("files it cannot read as plan files are left to git's line merge")
    func leavesOthersToGit() {
        let plan = Self.plan(measures: "")
        #expect(PlanFileMerge.merge(base: plan, ours: plan, theirs: plan, path: "README.md") == nil)
        #expect(PlanFileMerge.merge(base: plan, ours: Array("<<<<<<< HEAD\n".utf8) + plan, theirs: plan, path: "plan.json") == nil)
        let newer = Array(String(decoding: plan, as: UTF8.self).replacingOccurrences(of: "\"version\": 1", with: "\"version\": 9").utf8)
        #expect(PlanFileMerge.merge(base: plan, ours: plan, theirs: newer, path: "plan.json") == nil)
    }

    @Test("old follow-ups get ids from what they say, the same in every copy of the file")
    func migratedFollowUpIDs() throws {
        let one = Array(#"{"format": "aktsom-procurements", "version": 1, "procurements": [{"id": "P1", "title": "P", "followUps": [{"kind": "dialog", "date": "2025-01-01"}, {"kind": "dialog", "date": "2025-01-01"}]}]}"#.utf8)
        let other = Array(#"{"format": "aktsom-procurements", "version": 1, "procurements": [{"id": "P0", "title": "Før", "followUps": [{"kind": "revisjon", "date": "2024-01-01"}]}, {"id": "P1", "title": "P", "followUps": [{"kind": "dialog", "date": "2025-01-01"}, {"kind": "dialog", "date": "2025-01-01"}]}]}"#.utf8)
        let first = try RegisterCodec.decode(one, file: "a").register.followUpIDs
        let second = try RegisterCodec.decode(other, file: "b").register.followUpIDs
        #expect(first.count == 2 && Set(first).count == 2, "two identical follow-ups still get two ids: \(first)")
        #expect(Array(second.dropFirst()) == first, "a follow-up added elsewhere changes no other's id")
        #expect(Identifier.next(prefix: "oppfolging-", existing: second) == "oppfolging-1")
    }
}
