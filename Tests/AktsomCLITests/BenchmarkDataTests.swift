import Foundation
import Testing

/// The benchmark's generator writes plan folders Aktsom accepts as a user's own: the timings in
/// the README mean nothing if the data they were measured on would not pass `aktsom check`.
@Suite("The benchmark's generated data")
struct BenchmarkDataTests {
    /// The `aktsom-bench` built next to `aktsom`.
    static let bench = CLI.executable.deletingLastPathComponent().appendingPathComponent("aktsom-bench")

    static func generate(seed: Int, into folder: TemporaryFolder) throws -> Int32 {
        try runBench(["generate", "--scale", "municipality", "--out", folder.path, "--seed", String(seed)]).exitCode
    }

    /// Runs `aktsom-bench` with the arguments; its exit code and what it wrote to stderr.
    static func runBench(_ arguments: [String]) throws -> (exitCode: Int32, stderr: String) {
        let process = Process()
        process.executableURL = bench
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test("the benchmark refuses a bad number or a missing plan with a message, and writes nothing", arguments: [
        (["generate", "--out", "OUT", "--seed", "abc"], Int32(2), "--seed: invalid value «abc»"),
        (["run", "--data", "OUT", "--runs", "0"], Int32(2), "--runs: invalid value «0»"),
        (["journal", "--plan", "OUT/finnes-ikke", "--entries", "10"], Int32(1), "found no plan in"),
        (["decode", "--plan", "OUT/finnes-ikke"], Int32(1), "found no plan in"),
    ])
    func badArguments(arguments: [String], exitCode: Int32, message: String) throws {
        let folder = TemporaryFolder()
        let result = try Self.runBench(arguments.map { $0.replacingOccurrences(of: "OUT", with: folder.path) })
        #expect(result.exitCode == exitCode, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(folder.snapshot().isEmpty)
    }

    @Test("a generated municipality passes aktsom check and exports")
    func generatedMunicipalityPassesCheck() throws {
        let cli = CLI(now: "2026-01-15")
        #expect(try Self.generate(seed: 2025, into: cli.folder) == 0)
        let plan = "municipality/Plans/municipality"

        let check = try cli.run("check", "--year", "2025", "--plan", plan)
        #expect(check.exitCode == 0, "\(check)")
        let status = try cli.ok("status", "--plan", plan)
        #expect(status.stdout.contains("Norddal kommune"), "\(status)")
        try cli.ok("export", "--year", "2025", "--plan", plan, "--out", "export")
        #expect(cli.folder.exists("export/ehn-offentlig.md"))
        #expect(cli.folder.exists("export/ehn-offentlig.html"))
    }

    @Test("the generator makes the same bytes for the same seed, and other bytes for another")
    func generatorIsReproducible() throws {
        let first = TemporaryFolder(), second = TemporaryFolder(), other = TemporaryFolder()
        #expect(try Self.generate(seed: 7, into: first) == 0)
        #expect(try Self.generate(seed: 7, into: second) == 0)
        #expect(try Self.generate(seed: 8, into: other) == 0)

        let files = first.snapshot()
        #expect(files.keys.contains("municipality/Plans/municipality/journal.jsonl"))
        #expect(files == second.snapshot())
        #expect(files["municipality/Plans/municipality/journal.jsonl"] != other.snapshot()["municipality/Plans/municipality/journal.jsonl"])
    }
}
