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

    /// `aktsom update` on a copy of the plan, as many times as the other tasks run, after a first
    /// run that makes the plan's index (`.aktsom-index`), timed on its own.
    func updateSample(_ plan: String, scale: Scale) throws -> (first: Sample, then: Sample) {
        let copy = joinPath(dataFolder, "update-\(scale.rawValue)")
        try copySettled(plan, to: copy)
        let arguments = ["update", "klima-1.1", "--status", "pågår", "--note", "benchmark", "--plan", copy]
        return (try sample(runs: 1, arguments), try sample(arguments))
    }

    /// A copy of a plan folder, flushed to disk before anything is timed on it: the first write's
    /// flush would otherwise pay for writing the whole copy.
    func copySettled(_ source: String, to destination: String) throws {
        try copyFolder(source, to: destination)
        sync()
    }

    /// `aktsom sheet import` of the team's sheet with 20 rows filled in. Before each run the sheet
    /// is exported anew a minute earlier (untimed), as a team gets it, so no row is held back as
    /// changed since the sheet was made.
    /// The first run makes the journal's digest in the index and is timed on its own.
    func sheetImportSample(_ plan: String, scale: Scale) throws -> (first: Sample, then: Sample) {
        let copy = joinPath(dataFolder, "sheet-\(scale.rawValue)")
        try copySettled(plan, to: copy)
        let sheet = joinPath(dataFolder, "statusark-\(scale.rawValue).csv")
        func minute(_ number: Int) -> String { "2026-01-15T\(String(format: "%02d", 8 + number / 60)):\(String(format: "%02d", number % 60)):00Z" }
        let arguments = ["sheet", "import", sheet, "--team", Benchmark.sheetTeam, "--plan", copy]
        func prepare(_ run: Int) throws {
            let export = try ProcessRunner.run(aktsom, ["sheet", "export", "--team", Benchmark.sheetTeam, "--out", sheet, "--plan", copy],
                                               environment: ["AKTSOM_NOW": minute(2 * run)])
            guard export.exitCode == 0 else { throw ProcessRunner.Failure(description: "aktsom sheet export exited \(export.exitCode)") }
            try Benchmark.fill(sheet: sheet, rows: Benchmark.sheetRows, note: "Fulgt opp (kjøring \(run + 1))")
        }
        let first = try sample(runs: 1, arguments, now: { minute(2 * $0 + 1) }, beforeEach: prepare)
        let then = try sample(arguments, now: { minute(2 * ($0 + 1) + 1) }, beforeEach: { try prepare($0 + 1) })
        return (first, then)
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

    /// `aktsom check` on a year whose measures are overdue by the fixed day (2030): thousands of
    /// findings, each with its place in plan.json. Returns the sample and the number of findings.
    func manyFindingsSample(_ plan: String) throws -> (Sample, findings: Int) {
        let arguments = ["check", "--year", "2026", "--plan", plan]
        let report = try ProcessRunner.output(aktsom, arguments + ["--json"], environment: ["AKTSOM_NOW": "2030-06-01"])
        let count = (try? JSONSerialization.jsonObject(with: Data(report.text.utf8)) as? [String: Any])?["count"] as? Int ?? 0
        return (try sample(arguments, now: { _ in "2030-06-01" }), count)
    }
}
