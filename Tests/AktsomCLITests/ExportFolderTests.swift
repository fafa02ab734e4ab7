import AktsomKit
import Foundation
import Testing

/// An export folder is often shared with people's own files: Aktsom removes only what it wrote
/// itself, says what it removed or replaced, and never leaves a folder half old, half new
/// without saying so.
@Suite("The export folder: others' files, leftovers of a kill")
struct ExportFolderTests {
    static func plan() throws -> CLI {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Etiske krav", "--owner", "Innkjøp")
        return cli
    }

    static let export = ["export", "--template", "handlingsplan", "--as-of", "2025-06-01", "--out", "rapport"]

    @Test("files of the user's named like Aktsom's outputs are never removed; a table that is gone is, and said")
    func keepsOthersFiles() throws {
        let cli = try Self.plan()
        try cli.folder.write("rapport/handlingsplan-budsjett-2025.csv", "Brukerens;egne;tall\r\n")
        try cli.folder.write("rapport/notater.txt", "egne notater")
        try cli.ok(Self.export)
        #expect(cli.folder.exists("rapport/handlingsplan-tiltak-etikk-1.csv"))
        // Both etikk measures move to a klima goal: the etikk table is no longer made.
        try cli.ok("measure", "edit", "etikk-1.1", "--goal", "klima-1")
        try cli.ok("measure", "edit", "etikk-1.2", "--goal", "klima-1")
        let second = try cli.ok(Self.export)
        #expect(second.stdout.contains("Fjernet handlingsplan-tiltak-etikk-1.csv, som en tidligere eksport skrev"), "\(second)")
        #expect(!cli.folder.exists("rapport/handlingsplan-tiltak-etikk-1.csv"))
        #expect(try cli.folder.read("rapport/handlingsplan-budsjett-2025.csv") == "Brukerens;egne;tall\r\n")
        #expect(try cli.folder.read("rapport/notater.txt") == "egne notater")
        let json = try cli.ok(Self.export + ["--json"]).stdout
        #expect(json.contains("\"removed\": []") && json.contains("\"replaced\": []"), "\(json)")
    }

    @Test("a file Aktsom did not write and an export replaces is named")
    func namesReplacedFiles() throws {
        let cli = try Self.plan()
        try cli.folder.write("rapport/handlingsplan.md", "# Mitt eget utkast\n")
        let result = try cli.ok(Self.export)
        #expect(result.stdout.contains("Erstattet handlingsplan.md, som lå i mappen og ikke var skrevet av Aktsom."), "\(result)")
        #expect(!(try cli.ok(Self.export).stdout.contains("Erstattet")), "the second time the file is Aktsom's own")
    }

    @Test("temporary files and an unfinished manifest left by a killed export are cleared and named, by export and by repair")
    func leftoversOfAKill() throws {
        let cli = try Self.plan()
        try cli.ok("export", "--year", "2025")
        let folder = "Exports/fjordvik/2025"
        let manifest = try cli.folder.read("\(folder)/.aktsom-export.json")
        let interrupted = manifest.replacingOccurrences(of: "\"complete\": true", with: "\"complete\": false")
        try cli.folder.write("\(folder)/.aktsom-export.json", interrupted)
        try cli.folder.write("\(folder)/.ehn-offentlig.html.tmp-123-456", "<html>halvveis")
        let repair = try cli.ok("repair")
        #expect(repair.stdout.contains("Fjernet \(folder)/.ehn-offentlig.html.tmp-123-456 (avbrutt skriving)"), "\(repair)")
        #expect(repair.stdout.contains("Eksporten til \(folder) ble avbrutt"), "\(repair)")
        #expect(!cli.folder.exists("\(folder)/.ehn-offentlig.html.tmp-123-456"))

        try cli.folder.write("\(folder)/.ehn-offentlig.md.tmp-9-9", "halvveis")
        let export = try cli.ok("export", "--year", "2025")
        #expect(export.stdout.contains("Forrige eksport til mappen ble avbrutt før den var ferdig"), "\(export)")
        #expect(!cli.folder.exists("\(folder)/.ehn-offentlig.md.tmp-9-9"))
        #expect(try cli.folder.read("\(folder)/.aktsom-export.json") == manifest)
        #expect(try cli.ok("repair").stdout.contains("Ingenting å reparere"))
    }

    /// Kills exports while the data changes between rounds, so old and new files differ: half
    /// the rounds within half a millisecond of the manifest saying an export is under way, the
    /// others at a random moment. A folder whose manifest says complete holds one export whole.
    @Test("an export killed at any moment leaves one whole export, or a manifest that says it is not", .timeLimit(.minutes(3)))
    func killedExports() throws {
        let cli = CLI(now: "2025-06-01")
        try DataSafetyTests.bigPlan(in: cli)
        let arguments = ["export", "--template", "handlingsplan", "--as-of", "2025-06-01", "--out", "rapport"]
        let started = Date()
        try cli.ok(arguments)
        let duration = max(Date().timeIntervalSince(started), 0.05)
        var random = SeededRandom(seed: 12)
        var killedMidExport = 0
        for round in 1...10 {
            try cli.ok("update", "klima-1.1", "--status", round % 2 == 0 ? "pågår" : "forsinket", "--note", "Runde \(round)")
            let previous = try Golden.files(in: cli.folder.file("rapport"))
            let process = try Processes.aktsom(arguments, in: cli.folder.url, now: cli.now)
            Processes.kill(process, round: round, duration: duration, random: &random) {
                (try? cli.folder.read("rapport/.aktsom-export.json"))?.contains("\"complete\": false") ?? false
            }
            let complete = try cli.folder.read("rapport/.aktsom-export.json").contains("\"complete\": true")
            // A staged file the kill left behind (the next export clears it) is no part of an export:
            // a kill while the «complete: false» manifest is staged leaves the old manifest and one.
            let left = try Golden.files(in: cli.folder.file("rapport")).filter { !$0.key.contains(".tmp-") }
            let temporary = try FileManager.default.contentsOfDirectory(atPath: cli.folder.file("rapport").path).filter { $0.contains(".tmp-") }
            if !complete || !temporary.isEmpty { killedMidExport += 1 }

            // The next export makes the folder whole, whatever the kill left.
            try cli.ok(arguments)
            let expected = try Golden.files(in: cli.folder.file("rapport"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.file("rapport").path).allSatisfy { !$0.contains(".tmp-") })
            if complete {
                #expect(left == expected || left == previous, "round \(round): a complete manifest over a mix of old and new files")
            }
        }
        #expect(killedMidExport >= 2, "only \(killedMidExport) kills landed mid-export; the test no longer exercises the write window")
    }
}
