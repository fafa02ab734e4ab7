import Foundation
import Testing

/// A link inside a plan or export folder could send a write anywhere on the disk: Aktsom refuses
/// to write or append through one, names it, and changes nothing, inside or outside.
@Suite("Symbolic links in the plan and export folders")
struct SymbolicLinkTests {
    /// A small plan in `arbeid/`, and a folder `utenfor/` beside it that no command may touch.
    static func planBesideOutside() throws -> (cli: CLI, outside: TemporaryFolder, parent: TemporaryFolder) {
        let parent = TemporaryFolder()
        let cli = CLI(folder: TemporaryFolder(inside: parent, named: "arbeid"), now: "2025-06-01")
        try cli.ok("init", "Plans/fjordvik", "--org", "Fjordvik kommune", "--period", "2025-2028")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Mål")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Tiltak", "--owner", "Innkjøp")
        try cli.ok("update", "klima-1.1", "--status", "pågår")
        return (cli, TemporaryFolder(inside: parent, named: "utenfor"), parent)
    }

    static func link(_ path: URL, to target: URL) throws {
        try? FileManager.default.removeItem(at: path)
        try FileManager.default.createSymbolicLink(at: path, withDestinationURL: target)
    }

    @Test("a journal that is a link is never appended through, by update or by sheet import")
    func journalLink() throws {
        let (cli, outside, parent) = try Self.planBesideOutside()
        try outside.write("journal.jsonl", try cli.folder.read("Plans/fjordvik/journal.jsonl"))
        try Self.link(cli.folder.file("Plans/fjordvik/journal.jsonl"), to: outside.file("journal.jsonl"))
        let before = parent.snapshot()
        let update = try cli.fails(["update", "klima-1.1", "--status", "gjennomført"], exitCode: 1)
        #expect(update.stderr.contains("Plans/fjordvik/journal.jsonl er en symbolsk lenke"), "\(update.stderr)")
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        let sheet = try cli.folder.read("ark.csv").replacingOccurrences(of: ";pågår;;;;", with: ";pågår;;gjennomført;Ferdig;")
        try cli.folder.write("ark.csv", sheet)
        let imported = try cli.fails(["sheet", "import", "ark.csv", "--team", "Innkjøp"], exitCode: 1)
        #expect(imported.stderr.contains("journal.jsonl er en symbolsk lenke"), "\(imported.stderr)")
        #expect(parent.snapshot().filter { !$0.key.hasSuffix("ark.csv") } == before.filter { !$0.key.hasSuffix("ark.csv") })
    }

    @Test("a years folder that is a link is not written into by year note")
    func yearsLink() throws {
        let (cli, outside, parent) = try Self.planBesideOutside()
        try FileManager.default.createDirectory(at: outside.file("years"), withIntermediateDirectories: true)
        try Self.link(cli.folder.file("Plans/fjordvik/years"), to: outside.file("years"))
        let before = parent.snapshot()
        let result = try cli.fails(["year", "note", "2025", "--section", "1.E.1", "--text", "Erfaringer"], exitCode: 1)
        #expect(result.stderr.contains("Plans/fjordvik/years er en symbolsk lenke"), "\(result.stderr)")
        #expect(parent.snapshot() == before)
        #expect(!outside.exists("years/2025.json"))
    }

    @Test("plan files that are links are refused before any write", arguments: ["plan.json", "procurements.json"])
    func planFileLink(name: String) throws {
        let (cli, outside, parent) = try Self.planBesideOutside()
        try outside.write(name, try cli.folder.read("Plans/fjordvik/\(name)"))
        try Self.link(cli.folder.file("Plans/fjordvik/\(name)"), to: outside.file(name))
        let before = parent.snapshot()
        // Both files are written when a procurement is linked to a measure.
        let result = try cli.fails(["procurement", "add", "--title", "Møbler", "--measure", "klima-1.1"], exitCode: 1)
        #expect(result.stderr.contains("Plans/fjordvik/\(name) er en symbolsk lenke"), "\(result.stderr)")
        #expect(parent.snapshot() == before)
        #expect(FileManager.default.fileExists(atPath: cli.folder.file("Plans/fjordvik/\(name)").path))
    }

    @Test("repair does not write its backup through a linked backup folder")
    func backupLink() throws {
        let (cli, outside, parent) = try Self.planBesideOutside()
        try cli.folder.write("Plans/fjordvik/journal.jsonl", try cli.folder.read("Plans/fjordvik/journal.jsonl") + "ikke json\n")
        try FileManager.default.createDirectory(at: outside.file("backup"), withIntermediateDirectories: true)
        try Self.link(cli.folder.file("Plans/fjordvik/backup"), to: outside.file("backup"))
        let before = parent.snapshot()
        let result = try cli.fails(["repair"], exitCode: 1)
        #expect(result.stderr.contains("Plans/fjordvik/backup er en symbolsk lenke"), "\(result.stderr)")
        #expect(parent.snapshot() == before)
    }

    @Test("an export refuses a file in its folder that is a link, and writes none of the others")
    func exportFileLink() throws {
        let (cli, outside, parent) = try Self.planBesideOutside()
        try cli.ok("export", "--year", "2025", "--out", "rapport")
        try outside.write("mål.html", "brukerens egen fil")
        try Self.link(cli.folder.file("rapport/ehn-offentlig.html"), to: outside.file("mål.html"))
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", "Nytt svar")
        let before = parent.snapshot()
        let result = try cli.fails(["export", "--year", "2025", "--out", "rapport"], exitCode: 1)
        #expect(result.stderr.contains("rapport/ehn-offentlig.html er en symbolsk lenke"), "\(result.stderr)")
        #expect(parent.snapshot() == before)
        #expect(try outside.read("mål.html") == "brukerens egen fil")
    }
}
