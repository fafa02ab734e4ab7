import Foundation
import Testing

/// A calendar file is imported again and again, from whichever folder or clone the lead works in:
/// events must update, never double, and never vanish without being cancelled.
@Suite("The deadline calendar across folders, clones and time")
struct CalendarTests {
    static func events(_ cli: CLI, _ arguments: String...) throws -> [[String: String]] {
        let text = try cli.ok(["calendar"] + arguments).stdout
        let lines = ICalendarValidation.unfold(text)
        try ICalendarValidation.validate(lines)
        return ICalendarValidation.events(lines)
    }

    @Test("UIDs are the same whatever the plan folder is called")
    func stableAcrossFolders() throws {
        let cli = try CLI.withSmallPlan()
        let first = try Self.events(cli).compactMap { $0["UID"] }
        try FileManager.default.copyItem(at: cli.folder.file("Plans/fjordvik"), to: cli.folder.file("kopi/en-annen-klone"))
        let second = try Self.events(cli, "--plan", "kopi/en-annen-klone").compactMap { $0["UID"] }
        #expect(first == second)
        #expect(first.contains("tiltak-klima-1.1@fjordvik-kommune.aktsom"), "\(first)")
    }

    @Test("SEQUENCE and LAST-MODIFIED come from the journal, not from the day the file is made")
    func sequenceFromData() throws {
        var cli = try CLI.withSmallPlan()
        cli.now = "2025-06-02T08:30:00Z"
        try cli.ok("update", "klima-1.2", "--status", "pågår")
        cli.now = "2025-06-05T14:00:00Z"
        try cli.ok("update", "klima-1.2", "--status", "forsinket", "--note", "Venter")
        let today = try Self.events(cli)
        cli.now = "2025-06-20"
        let later = try Self.events(cli)
        let event = try #require(today.first { $0["UID"]?.hasPrefix("tiltak-klima-1.2@") == true })
        #expect(event["SEQUENCE"] == "2")
        #expect(event["LAST-MODIFIED"] == "20250605T140000Z")
        let keys: Set<String> = ["UID", "SEQUENCE", "LAST-MODIFIED"]
        #expect(today.map { $0.filter { keys.contains($0.key) } } == later.map { $0.filter { keys.contains($0.key) } })
        #expect(today.map { $0["DTSTAMP"] } != later.map { $0["DTSTAMP"] }, "DTSTAMP says when the file was made")
        #expect(try #require(today.first { $0["UID"]?.hasPrefix("tiltak-klima-1.1@") == true })["SEQUENCE"] == "0")
    }

    @Test("a measure that is done stays as a cancelled event with the same UID and a higher SEQUENCE")
    func doneIsCancelled() throws {
        var cli = try CLI.withSmallPlan()
        let open = try #require(try Self.events(cli).first { $0["SUMMARY"]?.hasPrefix("klima-1.2") == true })
        #expect(open["STATUS"] == "CONFIRMED")
        cli.now = "2025-06-03"
        try cli.ok("update", "klima-1.2", "--status", "gjennomført")
        let done = try #require(try Self.events(cli).first { $0["UID"] == open["UID"] })
        #expect(done["STATUS"] == "CANCELLED")
        #expect(Int(done["SEQUENCE"] ?? "") ?? 0 > Int(open["SEQUENCE"] ?? "") ?? 0)
    }

    @Test("an event on the last day a date can have still lasts a day")
    func noZeroLengthEvent() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Langsiktig", "--due", "9999-12-31")
        let event = try #require(try Self.events(cli).first { $0["SUMMARY"]?.hasSuffix("Langsiktig") == true })
        #expect(event["DTSTART;VALUE=DATE"] == "99991231")
        #expect(event["DURATION"] == "P1D" && event["DTEND;VALUE=DATE"] == nil, "\(event)")
    }
}
