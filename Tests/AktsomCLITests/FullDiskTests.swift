import Foundation
import Testing

/// A disk that fills up in the middle of an append takes part of the bytes. Aktsom cuts the
/// journal back, so a failed `update` or `sheet import` leaves it byte for byte as before.
///
/// Two ways to fill a disk: a file-size limit (`ulimit -f`, which any CI allows: the write that
/// crosses it is cut short with EFBIG) and a real, tiny tmpfs (root only, skipped elsewhere).
@Suite("A full disk during an append")
struct FullDiskTests {
    /// A small plan whose journal is padded to `blocks` × 512 bytes less `room`, so the next
    /// append crosses the limit after `room` bytes.
    static func planWithJournal(ofBlocks blocks: Int, room: Int) throws -> CLI {
        let cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Startet")
        let path = "Plans/fjordvik/journal.jsonl"
        let journal = try cli.folder.read(path)
        let line = #"{"measure": "klima-1.2", "status": "pågår", "date": "2025-05-01", "note": "NOTE"}"#
        let padding = blocks * 512 - room - journal.utf8.count - (line.utf8.count - 4) - 1
        #expect(padding > 0)
        try cli.folder.write(path, journal + line.replacingOccurrences(of: "NOTE", with: String(repeating: "x", count: padding)) + "\n")
        #expect(try cli.folder.bytes(path).count == blocks * 512 - room)
        return cli
    }

    /// Runs aktsom with the largest file it may write set to `blocks` × 512 bytes, and SIGXFSZ
    /// ignored so the write fails with EFBIG instead of killing the process.
    static func runLimited(_ cli: CLI, blocks: Int, _ arguments: String) throws -> Int32 {
        let process = try Processes.shell("trap '' XFSZ; ulimit -f \(blocks) && exec \"$AKTSOM\" \(arguments)", in: cli.folder.url, now: cli.now)
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("an update cut short by a file-size limit leaves the journal as it was")
    func updateAtTheLimit() throws {
        let cli = try Self.planWithJournal(ofBlocks: 4, room: 40)
        let before = cli.folder.snapshot()
        let status = try Self.runLimited(cli, blocks: 4, "update klima-1.1 --status pågår --note 'Denne linjen får ikke plass'")
        #expect(status == 1)
        #expect(cli.folder.snapshot() == before, "the journal kept part of a failed append")
        try cli.ok("update", "klima-1.1", "--status", "pågår", "--note", "Etter at det ble plass")
        #expect(try cli.ok("status").stderr.isEmpty, "no torn line is left to report")
    }

    @Test("a sheet import cut short by a file-size limit records none of its rows")
    func sheetImportAtTheLimit() throws {
        let cli = try Self.planWithJournal(ofBlocks: 6, room: 400)
        for index in 1...8 {
            try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Tiltak \(index)", "--owner", "Innkjøp")
        }
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        let rows = try TeamWorkflowTests.excelEdit(try cli.folder.bytes("ark.csv")) { row, column in
            row[column["Ny status"]!] = "pågår"
            row[column["Nytt notat"]!] = "Rad for \(row[0]), som tar litt plass i journalen"
        }
        try cli.folder.write("ark.csv", ExcelFile.utf8WithBOM(rows))
        let before = cli.folder.snapshot()
        let status = try Self.runLimited(cli, blocks: 6, "sheet import ark.csv --team Innkjøp")
        #expect(status == 1)
        #expect(cli.folder.snapshot() == before, "some rows, or part of one, stayed in the journal")
    }

    /// Whether this machine lets the tests mount a tmpfs (root on Linux).
    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = TemporaryFolder()
        guard shell("mount -t tmpfs -o size=16k tmpfs '\(probe.path)'") == 0 else { return false }
        return shell("umount '\(probe.path)'") == 0
    }()

    @discardableResult
    static func shell(_ script: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("an update on a really full disk (a 64 KiB tmpfs) leaves the journal as it was", .enabled(if: canMount))
    func updateOnFullTmpfs() throws {
        let cli = try Self.planWithJournal(ofBlocks: 8, room: 40)   // 4 KiB: one page, 40 bytes free in it
        let disk = TemporaryFolder()
        #expect(Self.shell("mount -t tmpfs -o size=64k tmpfs '\(disk.path)'") == 0)
        defer { Self.shell("umount '\(disk.path)'") }
        try FileManager.default.copyItem(at: cli.folder.file("Plans"), to: disk.url.appendingPathComponent("Plans"))
        // Fill every free page: only the 40 bytes left in the journal's last page remain.
        Self.shell("cat /dev/zero > '\(disk.path)/fyll' 2>/dev/null")
        let onDisk = CLI(folder: TemporaryFolder(inside: disk, named: "."), now: cli.now)
        let before = onDisk.folder.snapshot()
        let result = try onDisk.run("update", "klima-1.1", "--status", "pågår", "--note", "Denne linjen får ikke plass")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("journal.jsonl"), "\(result.stderr)")
        #expect(onDisk.folder.snapshot() == before, "the journal kept part of a failed append")
    }
}
