import AktsomKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The tasks a team does between plan-wide commands: one status update, and a status sheet
/// sent back with 20 rows filled in. Each is timed on a copy of the plan, so the generated data
/// stays as it was.
extension Benchmark {
    /// The team whose sheet is imported; every generated plan has it (see Vocabulary.teams).
    static let sheetTeam = "Økonomi"
    static let sheetRows = 20

    /// One task to time: what to run, at what fixed moment, and what to prepare (untimed) before
    /// each run. A write runs on its own copy of a plan.
    struct BenchTask {
        let arguments: [String]
        let now: (Int) -> String
        let prepare: (Int) throws -> Void
    }

    /// `aktsom update` of one measure, on a copy of the plan.
    func updateTask(_ plan: String, name: String) throws -> BenchTask {
        let copy = joinPath(dataFolder, "update-\(name)")
        try copySettled(plan, to: copy)
        return BenchTask(arguments: ["update", "klima-1.1", "--status", "pågår", "--note", "benchmark", "--plan", copy],
                         now: { _ in "2026-01-15" }, prepare: { _ in })
    }

    /// `aktsom sheet import` of the team's sheet with 20 rows filled in, on a copy of the plan.
    /// Before each run the sheet is exported anew a minute earlier (untimed), as a team gets it,
    /// so no row is held back as changed since the sheet was made.
    func sheetImportTask(_ plan: String, name: String) throws -> BenchTask {
        let copy = joinPath(dataFolder, "sheet-\(name)")
        try copySettled(plan, to: copy)
        let sheet = joinPath(dataFolder, "statusark-\(name).csv")
        func minute(_ number: Int) -> String { "2026-01-15T\(String(format: "%02d", 8 + number / 60)):\(String(format: "%02d", number % 60)):00Z" }
        let aktsom = self.aktsom
        return BenchTask(arguments: ["sheet", "import", sheet, "--team", Benchmark.sheetTeam, "--plan", copy], now: { minute(2 * $0 + 1) }) { run in
            let export = try ProcessRunner.run(aktsom, ["sheet", "export", "--team", Benchmark.sheetTeam, "--out", sheet, "--plan", copy],
                                               environment: ["AKTSOM_NOW": minute(2 * run)])
            guard export.exitCode == 0 else { throw ProcessRunner.Failure(description: "aktsom sheet export exited \(export.exitCode)") }
            try Benchmark.fill(sheet: sheet, rows: Benchmark.sheetRows, note: "Fulgt opp (kjøring \(run + 1))")
        }
    }

    /// The first run of each task (which makes the plan's index, or the journal's digest) timed
    /// on its own, then `runs` runs of every task taken in turns, so that a slower minute of a
    /// shared machine falls on all of them alike: the ratios between them are paired.
    func interleaved(_ tasks: [BenchTask]) throws -> (first: [Sample], then: [Sample]) {
        // (For a task that reads, the first run only warms the page cache.)
        var first = Array(repeating: Sample(), count: tasks.count), then = first
        for run in 0...runs {
            for (index, task) in tasks.enumerated() {
                let timed = try sample(runs: 1, task.arguments, now: { _ in task.now(run) }, beforeEach: { _ in try task.prepare(run) })
                if run == 0 { first[index] = timed } else { then[index].append(timed) }
            }
        }
        return (first, then)
    }

    /// A copy of a plan folder, flushed to disk before anything is timed on it: the first write's
    /// flush would otherwise pay for writing the whole copy.
    func copySettled(_ source: String, to destination: String) throws {
        try copyFolder(source, to: destination)
        sync()
    }

    /// Writes a new status and note into the first `rows` rows of an exported status sheet, as a
    /// team would in Excel: the three last cells (Ny status, Nytt notat, Dato) of each row.
    static func fill(sheet: String, rows: Int, note: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sheet))
        let bom = Data([0xEF, 0xBB, 0xBF])
        var lines = String(decoding: bytes.starts(with: bom) ? bytes.dropFirst(3) : bytes, as: UTF8.self).components(separatedBy: "\r\n")
        var filled = 0
        // The instruction line and the header come first.
        for index in lines.indices.dropFirst(2) where filled < rows && lines[index].hasSuffix(";;;") {
            lines[index] = String(lines[index].dropLast(3)) + ";gjennomført;\(note);"
            filled += 1
        }
        guard filled == rows else { throw ProcessRunner.Failure(description: "the sheet \(sheet) has fewer than \(rows) rows to fill") }
        try (bom + Data(lines.joined(separator: "\r\n").utf8)).write(to: URL(fileURLWithPath: sheet), options: .atomic)
    }

    /// The fixed day on which `check --year 2026` finds the year's measures overdue: thousands of
    /// findings, each with its place in plan.json.
    static let manyFindingsNow = "2030-06-01"

    /// How many findings `check` with these arguments reports on ``manyFindingsNow``.
    func findingsCount(_ arguments: [String]) throws -> Int {
        let report = try ProcessRunner.output(aktsom, arguments + ["--json"], environment: ["AKTSOM_NOW": Benchmark.manyFindingsNow])
        return (try? JSONSerialization.jsonObject(with: Data(report.text.utf8)) as? [String: Any])?["count"] as? Int ?? 0
    }
}
