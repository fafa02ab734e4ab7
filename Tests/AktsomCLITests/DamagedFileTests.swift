import AktsomKit
import Foundation
import Testing

@Suite("Torn and damaged files, and aktsom repair")
struct DamagedFileTests {
    static func planWithJournal() throws -> CLI {
        var cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.1", "--status", "pågår", "--note", "Første")
        cli.now = "2025-06-02"
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Andre")
        return cli
    }

    @Test("a torn last journal line is reported by line number and the rest is read")
    func tornLastLine() throws {
        let cli = try Self.planWithJournal()
        let journal = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        try cli.folder.write("Plans/fjordvik/journal.jsonl", journal + "{\"measure\": \"etikk-1.1\", \"status\": \"gj")
        let result = try cli.ok("measure", "list", "--status", "pågår")
        #expect(result.stdout.contains("klima-1.1") && result.stdout.contains("klima-1.2"))
        #expect(result.stderr.contains("Plans/fjordvik/journal.jsonl:4:"))
        #expect(result.stderr.contains("siste linje i journalen er ufullstendig"))
        // A new update starts on a fresh line; the torn line stays reported, the new one is read.
        try cli.ok("update", "etikk-1.1", "--status", "gjennomført")
        let after = try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(after[3] == "{\"measure\": \"etikk-1.1\", \"status\": \"gj")
        #expect(after[4].contains("\"status\": \"gjennomført\""))
        #expect(try cli.ok("history", "etikk-1.1").stdout.contains("gjennomført"))
    }

    @Test("a journal line that is not JSON, or has a bad value, is named and skipped", arguments: [
        ("<<<<<<< HEAD", "linjen er ikke gyldig JSON"),
        ("{\"measure\": \"klima-1.1\", \"status\": \"ferdig\", \"date\": \"2025-05-01\"}", "ukjent status «ferdig»"),
        ("{\"measure\": \"klima-1.1\", \"status\": \"pågår\", \"date\": \"2025-02-30\"}", "ugyldig dato «2025-02-30»"),
        ("{\"measure\": \"klima-7.7\", \"status\": \"pågår\", \"date\": \"2025-05-01\"}", "ukjent tiltak «klima-7.7»"),
    ])
    func damagedLine(line: String, message: String) throws {
        let cli = try Self.planWithJournal()
        var lines = try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n").map(String.init)
        lines.insert(line, at: 2)
        try cli.folder.write("Plans/fjordvik/journal.jsonl", lines.joined(separator: "\n") + "\n")
        let status = try cli.ok("status", "--json")
        #expect(status.stderr.contains("Plans/fjordvik/journal.jsonl:3:") && status.stderr.contains(message), "\(status.stderr)")
        let check = try cli.run("check")
        #expect(check.exitCode == 1)
        #expect(check.stdout.contains("Feil i filene (1)") && check.stdout.contains(message))
    }

    @Test("a truncated plan file or one with invalid UTF-8 is named by file, line and column", arguments: [
        ("truncated", "filen slutter for tidlig"), ("utf8", "ugyldig UTF-8 i teksten"), ("empty", "filen er tom"), ("conflict", "uløst git-konflikt"),
    ])
    func damagedPlanFile(kind: String, message: String) throws {
        let cli = try Self.planWithJournal()
        let plan = try cli.folder.bytes("Plans/fjordvik/plan.json")
        let damaged: Data
        switch kind {
        case "truncated": damaged = plan.prefix(plan.count / 2)
        case "utf8": damaged = Data(String(decoding: plan, as: UTF8.self).replacingOccurrences(of: "Klima og miljø", with: "Klima og milj").utf8).map { $0 }.reduce(into: Data()) { $0.append($1) }
            .replacingFirst(Data("milj\"".utf8), with: Data("milj".utf8) + Data([0xF8]) + Data("\"".utf8))
        case "empty": damaged = Data()
        default:
            let text = String(decoding: plan, as: UTF8.self).replacingOccurrences(
                of: "      \"title\": \"Klimabudsjett for innkjøp\",\n",
                with: "<<<<<<< HEAD\n      \"title\": \"Klimabudsjett for innkjøp\",\n=======\n      \"title\": \"Klimabudsjett\",\n>>>>>>> endring\n")
            damaged = Data(text.utf8)
        }
        try cli.folder.write("Plans/fjordvik/plan.json", damaged)
        for arguments in [["status"], ["check"], ["update", "klima-1.1", "--status", "gjennomført"]] {
            let result = try cli.fails(arguments, exitCode: 1)
            #expect(result.stderr.contains("Plans/fjordvik/plan.json:") && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let repair = try cli.fails(["repair"], exitCode: 1)
        #expect(repair.stderr.contains("repair retter bare journalen"))
    }

    @Test("repair moves damaged journal lines out, keeps a backup and leaves good lines byte for byte")
    func repair() throws {
        var cli = try Self.planWithJournal()
        let original = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        let damaged = original + "ikke json\n" + "{\"measure\": \"klima-1.1\", \"status\": \"ferdig\", \"date\": \"2025-05-01\"}\n" + "{\"measure\": \"etikk-1.1\", \"sta"
        try cli.folder.write("Plans/fjordvik/journal.jsonl", damaged)
        try cli.folder.write("Plans/fjordvik/.plan.json.tmp-999-1", "{ halvveis")

        let before = cli.folder.snapshot()
        let dryRun = try cli.ok("repair", "--dry-run")
        #expect(cli.folder.snapshot() == before)
        #expect(dryRun.stdout.contains("Ville fjernet 3 linjer fra journalen:"))
        #expect(dryRun.stdout.contains("linje 4:") && dryRun.stdout.contains("linje 5:") && dryRun.stdout.contains("linje 6:"))
        #expect(dryRun.stdout.contains("Ville fjernet Plans/fjordvik/.plan.json.tmp-999-1 (avbrutt skriving)"))

        cli.now = "2025-06-03T10:15:00Z"
        let result = try cli.ok("repair")
        #expect(result.stdout.contains("Journalen slik den var, er kopiert til Plans/fjordvik/backup/journal-20250603T101500Z.jsonl."))
        #expect(try cli.folder.read("Plans/fjordvik/backup/journal-20250603T101500Z.jsonl") == damaged)
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl") == original)
        #expect(!cli.folder.exists("Plans/fjordvik/.plan.json.tmp-999-1"))
        let check = try cli.run("check", "--json")
        #expect(!check.stdout.contains("file-problem"))
        #expect(try cli.ok("repair").stdout.contains("Ingenting å reparere"))
    }

    @Test("repair never writes over an earlier backup, even in the same second")
    func repairTwiceInOneSecond() throws {
        var cli = try Self.planWithJournal()
        cli.now = "2025-06-03T10:15:00Z"
        let original = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        try cli.folder.write("Plans/fjordvik/journal.jsonl", original + "første skade\n")
        try cli.ok("repair")
        try cli.folder.write("Plans/fjordvik/journal.jsonl", original + "andre skade\n")
        let second = try cli.ok("repair")
        #expect(second.stdout.contains("backup/journal-20250603T101500Z-2.jsonl"), "\(second)")
        #expect(try cli.folder.read("Plans/fjordvik/backup/journal-20250603T101500Z.jsonl").contains("første skade"))
        #expect(try cli.folder.read("Plans/fjordvik/backup/journal-20250603T101500Z-2.jsonl").contains("andre skade"))
    }

    @Test("repair puts a lost journal header back, never removes it, and keeps every line")
    func repairRestoresHeader() throws {
        let cli = try Self.planWithJournal()
        let original = try cli.folder.read("Plans/fjordvik/journal.jsonl")
        let lines = original.split(separator: "\n").map(String.init)
        // Once the header is gone, once it is damaged beyond reading.
        for first in [[], ["{\"format\": \"aktsom-journal\", \"vers"]] {
            try cli.folder.write("Plans/fjordvik/journal.jsonl", (first + lines.dropFirst()).joined(separator: "\n") + "\n")
            try cli.fails(["history", "klima-1.1"], exitCode: 1)
            let result = try cli.ok("repair")
            #expect(result.stdout.contains("Satte inn igjen journalens hodelinje."), "\(result)")
            #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl") == original)
            #expect(try cli.ok("history", "klima-1.1").stdout.contains("Første"))
            #expect(try cli.ok("repair").stdout.contains("Ingenting å reparere"))
        }
        // A good header is never among the lines repair removes.
        try cli.folder.write("Plans/fjordvik/journal.jsonl", original + "ikke json\n")
        let dryRun = try cli.ok("repair", "--dry-run")
        #expect(!dryRun.stdout.contains("linje 1:"), "\(dryRun)")
    }

    @Test("repair makes a missing register anew only when nothing refers to a procurement")
    func repairMissingRegister() throws {
        let cli = try Self.planWithJournal()
        try FileManager.default.removeItem(at: cli.folder.file("Plans/fjordvik/procurements.json"))
        #expect(try cli.ok("repair").stdout.contains("Laget Plans/fjordvik/procurements.json på nytt, tom (den manglet)"))
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", "Møbler", "--measure", "klima-1.1")
        try FileManager.default.removeItem(at: cli.folder.file("Plans/fjordvik/procurements.json"))
        let refused = try cli.fails(["repair"], exitCode: 1)
        #expect(refused.stderr.contains("repair lager ikke et tomt register når planen viser til anskaffelser (tiltak «klima-1.1»)"), "\(refused)")
    }

    @Test("repair removes the damaged line of a journal saved with CRLF, and only that line")
    func repairCRLFJournal() throws {
        let cli = try Self.planWithJournal()
        // A Windows checkout turns every line end into CRLF; the first lines are damaged here too,
        // once the middle one, so a miscount would remove a good line.
        let good = try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n").map(String.init)
        let lines = [good[0], good[1], "ikke json", good[2]]
        try cli.folder.write("Plans/fjordvik/journal.jsonl", lines.joined(separator: "\r\n") + "\r\n")

        let dryRun = try cli.ok("repair", "--dry-run")
        #expect(dryRun.stdout.contains("Ville fjernet 1 linje fra journalen:"), "\(dryRun)")
        #expect(dryRun.stdout.contains("linje 3:") && dryRun.stdout.contains("ikke json"), "\(dryRun)")
        try cli.ok("repair")
        let kept = [good[0], good[1], good[2]].joined(separator: "\r\n") + "\r\n"
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl") == kept)
        #expect(try cli.ok("history", "klima-1.2").stdout.contains("Andre"))
    }

    @Test("leftover temporary files are ignored by readers and cleared by the next writer")
    func leftoverTemporaryFiles() throws {
        let cli = try Self.planWithJournal()
        try cli.folder.write("Plans/fjordvik/.plan.json.tmp-123-456", "{\"format\": \"aktsom-plan\", \"version\": 1, \"organisation\": \"FEIL\"")
        #expect(try cli.ok("status").stdout.contains("Fjordvik kommune"))
        try cli.ok("goal", "add", "--area", "klima", "--title", "Nytt mål")
        #expect(!cli.folder.exists("Plans/fjordvik/.plan.json.tmp-123-456"))
    }

    @Test("a journal from a newer Aktsom is refused before anything is appended")
    func newerJournal() throws {
        let cli = try Self.planWithJournal()
        let journal = try cli.folder.read("Plans/fjordvik/journal.jsonl").replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        try cli.folder.write("Plans/fjordvik/journal.jsonl", journal)
        let update = try cli.fails(["update", "klima-1.1", "--status", "gjennomført"], exitCode: 1)
        #expect(update.stderr.contains("Plans/fjordvik/journal.jsonl:1:1: journalen har formatversjon 2"))
        #expect(update.stderr.contains("oppgrader Aktsom"))
        let status = try cli.fails(["status"], exitCode: 1)
        #expect(status.stderr.contains("formatversjon 2"))
    }
}

extension Data {
    func replacingFirst(_ target: Data, with replacement: Data) -> Data {
        guard let range = range(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
