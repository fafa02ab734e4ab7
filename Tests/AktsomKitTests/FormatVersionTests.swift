import Foundation
import Testing
@testable import AktsomKit

@Suite("Format versions")
struct FormatVersionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("every released format is still read, field for field")
    func readsReleasedVersion1() throws {
        let store = PlanStore(folder: Self.fixtures.appendingPathComponent("format-v1").path, fileSystem: LocalFileSystem())
        let loaded = try store.load()
        #expect(loaded.problems.isEmpty && loaded.warnings.isEmpty)
        let data = loaded.data
        #expect(data.plan.organisation == "Formatvik kommune")
        #expect(data.plan.measures.map(\.id) == ["klima-1.1", "etikk-1.1"])
        #expect(data.plan.measures[1].procurements == ["2024/0412"])
        #expect(data.plan.goals[1].target?.indicator == .shareHighRiskWithRequirements)
        #expect(data.register.procurements[0].value?.description == "1250000.5")
        #expect(data.register.procurements[0].requirements["klima"] == [.award])
        #expect(data.highRiskClassifier().isHighRisk(data.register.procurements[1]) == false)
        #expect(data.register.procurements[0].deviations[0].closed == Day(iso: "2025-12-01"))
        #expect(data.journal.map(\.status) == [.inProgress, .done])
        #expect(data.year(2025).keyFigures.employees == 620)
        #expect(data.year(2025).riskReports["risiko-1"]?.results == "Revisjon gjennomført")
        #expect([loaded.sources.plan?.version, loaded.sources.register?.version, loaded.sources.years[2025]?.version] == [1, 1, 1])
        // Version 3 of the register gave follow-ups ids; an older follow-up gets one from what it says.
        #expect(data.register.procurements[0].followUps.map(\.id) == ["oppfolging-ygomazz"])
    }

    @Test("the files the previous release wrote (plan 2, register 3) are read, and hold the same data as version 1 migrated")
    func readsPreviousVersions() throws {
        let previous = try PlanStore(folder: Self.fixtures.appendingPathComponent("format-v3").path, fileSystem: LocalFileSystem()).load()
        let one = try PlanStore(folder: Self.fixtures.appendingPathComponent("format-v1").path, fileSystem: LocalFileSystem()).load()
        #expect(previous.problems.isEmpty && previous.warnings.isEmpty)
        #expect([previous.sources.plan?.version, previous.sources.register?.version] == [2, 3])
        #expect(previous.data == one.data)
    }

    @Test("the files this release writes are read, and hold the same data as version 1 migrated")
    func readsCurrentVersions() throws {
        let current = try PlanStore(folder: Self.fixtures.appendingPathComponent("format-v4").path, fileSystem: LocalFileSystem()).load()
        let one = try PlanStore(folder: Self.fixtures.appendingPathComponent("format-v1").path, fileSystem: LocalFileSystem()).load()
        #expect(current.problems.isEmpty && current.warnings.isEmpty)
        #expect([current.sources.plan?.version, current.sources.register?.version, current.sources.years[2025]?.version]
                == [FileFormat.plan.currentVersion, FileFormat.procurements.currentVersion, FileFormat.year.currentVersion])
        #expect(current.data == one.data)
    }

    @Test("a file read in an older version is written in the current version on the next change, whatever the change")
    func writesCurrentVersionOnNextChange() throws {
        var files: [String: [UInt8]] = [:]
        let folder = Self.fixtures.appendingPathComponent("format-v1")
        for name in ["plan.json", "procurements.json", "journal.jsonl", "years/2025.json"] {
            files["Plans/v1/" + name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        let fileSystem = InMemoryFileSystem(bytes: files)
        let store = PlanStore(folder: "Plans/v1", fileSystem: fileSystem)
        #expect(fileSystem.text("Plans/v1/procurements.json")?.contains("\"version\": 1") == true)
        // A change to the plan only: the register and the year have no change of their own, and are
        // still rewritten.
        try store.change { data, _ in try data.addRisk(RiskDraft(title: "Ny risiko")) }
        let register = try #require(fileSystem.text("Plans/v1/procurements.json"))
        #expect(register.contains("\"version\": \(FileFormat.procurements.currentVersion)"))
        #expect(register.contains("\"id\": \"oppfolging-ygomazz\""))
        let loaded = try store.load()
        #expect([loaded.sources.plan?.version, loaded.sources.register?.version, loaded.sources.years[2025]?.version]
                == [FileFormat.plan.currentVersion, FileFormat.procurements.currentVersion, FileFormat.year.currentVersion])
        #expect(fileSystem.batches.last == ["Plans/v1/procurements.json", "Plans/v1/plan.json", "Plans/v1/years/2025.json"])
        let writes = fileSystem.writes.count
        try store.change { data, _ in try data.addRisk(RiskDraft(title: "Enda en")) }
        #expect(Array(fileSystem.writes.dropFirst(writes)) == ["Plans/v1/plan.json"], "once current, it is written only when it changes")
    }

    @Test("version 1 records count from the first day of the plan's period, and a deviation's status is also its state")
    func version1Migrations() throws {
        let store = PlanStore(folder: Self.fixtures.appendingPathComponent("format-v1").path, fileSystem: LocalFileSystem())
        let data = try store.load().data
        let periodStart = try #require(data.plan.period.flatMap { Day.firstDay(of: $0.first) })
        #expect(data.plan.goals.allSatisfy { $0.active == ActivePeriod(added: periodStart) })
        #expect(data.plan.measures.allSatisfy { $0.active.added == periodStart && $0.active.start == nil && $0.active.end == nil })
        #expect(data.plan.risks.allSatisfy { $0.active.added == periodStart })
        let deviation = data.register.procurements[0].deviations[0]
        #expect(deviation.status == "lukket" && deviation.state == .closed)
        // Written back, the plan holds the added day in the current version.
        let written = JSONWriter.pretty(PlanCodec.encode(data.plan))
        #expect(written.contains("\"version\": \(FileFormat.plan.currentVersion)") && written.contains("\"added\": \"\(periodStart.iso)\""))
    }

    @Test("a version 1 plan without a period leaves its records in force for as long as the plan has existed")
    func version1WithoutPeriod() throws {
        let text = #"{"format": "aktsom-plan", "version": 1, "organisation": "x", "areas": [{"id": "klima", "name": "Klima"}], "goals": [{"id": "klima-1", "area": "klima", "title": "Mål"}]}"#
        let plan = try PlanCodec.decode(Array(text.utf8), file: "plan.json").plan
        #expect(plan.goals[0].active == ActivePeriod())
        let timeline = Timeline(data: PlanData(plan: plan), history: StatusHistory(journal: []))
        #expect(timeline.isInForce(plan.goals[0], in: 1999) && timeline.isInForce(plan.goals[0], in: 2099))
    }

    @Test("an older file is brought up to date one migration at a time")
    func migratesStepByStep() throws {
        // A format at version 3 whose version 1 called the title "name" and version 2 lacked "kind".
        let format = FileFormat(name: "aktsom-test", currentVersion: 3, migrations: [
            1: { value throws(JSONError) in
                guard var object = value.objectValue, let index = object.members.firstIndex(where: { $0.key == "name" }) else { return value }
                object.members[index].key = "title"
                return JSONValue(.object(object), offset: value.offset)
            },
            2: { value throws(JSONError) in
                guard var object = value.objectValue else { return value }
                object.members.append(JSONObject.Member(key: "kind", value: .string("strategic")))
                return JSONValue(.object(object), offset: value.offset)
            },
        ])
        let old = try JSONParser.parse(Array(#"{"format": "aktsom-test", "version": 1, "name": "Mål"}"#.utf8))
        let (upgraded, version) = try format.upgrade(old, subject: Localized("x", en: "x"))
        #expect(version == 1)
        #expect(upgraded.objectValue?["title"]?.stringValue == "Mål")
        #expect(upgraded.objectValue?["kind"]?.stringValue == "strategic")
        let current = try JSONParser.parse(Array(#"{"format": "aktsom-test", "version": 3, "title": "Mål"}"#.utf8))
        #expect(try format.upgrade(current, subject: Localized("x", en: "x")).value == current)
    }

    @Test("a newer file is refused with advice to upgrade, and an unknown old one is named")
    func refusesNewerAndUnknown() throws {
        let format = FileFormat(name: "aktsom-test", currentVersion: 2)
        let newer = try JSONParser.parse(Array(#"{"format": "aktsom-test", "version": 3}"#.utf8))
        #expect(throws: JSONError.self) { try format.upgrade(newer, subject: Localized("x", en: "x")) }
        let unknown = try JSONParser.parse(Array(#"{"format": "aktsom-test", "version": 1}"#.utf8))
        do {
            _ = try format.upgrade(unknown, subject: Localized("x", en: "x"))
            Issue.record("version 1 without a migration was accepted")
        } catch {
            #expect(error.message.nb.contains("formatversjon 1 av aktsom-test kan ikke leses"))
        }
    }
}
