import AktsomKit
import Foundation

/// Times the built `aktsom` on generated data sets and prints a table with the targets.
struct Benchmark: Sendable {
    let aktsom: String
    /// This program, run as a child for the heavy work (generating data, decoding with
    /// JSONDecoder), and fresh for each measured run so that the run's peak memory is its own:
    /// Linux counts a parent's footprint in its children's peak memory (see ``ProcessRunner``).
    let bench: String
    let dataFolder: String
    let runs: Int
    let print: @Sendable (String) -> Void

    /// A target the numbers must meet, and whether they did.
    struct Target {
        let description: String
        let met: Bool
    }

    private let fileSystem = LocalFileSystem()

    /// The plan folders of a scale, generated once and reused.
    func plans(_ scale: Scale) throws -> [String] {
        let folder = joinPath(dataFolder, scale.rawValue)
        let existing = PlanLocator.plansUnder(joinPath(folder, "Plans"), fileSystem: fileSystem)
        if existing.count == scale.size.plans { return existing }
        print("generating \(scale.rawValue) data in \(folder) …")
        try runBench(["generate", "--scale", scale.rawValue, "--out", dataFolder])
        return PlanLocator.plansUnder(joinPath(folder, "Plans"), fileSystem: fileSystem)
    }

    /// Runs `aktsom-bench` itself as a child and returns what it printed.
    @discardableResult
    func runBench(_ arguments: [String]) throws -> String {
        let (text, exitCode) = try ProcessRunner.output(bench, arguments)
        guard exitCode == 0 else {
            throw ProcessRunner.Failure(description: "aktsom-bench \(arguments.joined(separator: " ")) exited \(exitCode)")
        }
        return text
    }

    /// Runs `aktsom` with `arguments` `runs` times. `now` gives each run's fixed moment
    /// (`AKTSOM_NOW`), `beforeEach` prepares each run untimed.
    func sample(runs: Int? = nil, _ arguments: [String], now: (Int) -> String = { _ in "2026-01-15" },
                beforeEach: (Int) throws -> Void = { _ in }) throws -> Sample {
        var sample = Sample()
        for run in 0..<(runs ?? self.runs) {
            try beforeEach(run)
            let timed = try ProcessRunner.run(aktsom, arguments, environment: ["AKTSOM_NOW": now(run)], measurer: bench)
            guard timed.exitCode <= 1 else { throw ProcessRunner.Failure(description: "aktsom \(arguments.joined(separator: " ")) exited \(timed.exitCode)") }
            sample.seconds.append(timed.seconds)
            sample.peakBytes.append(timed.peakBytes)
            if timed.exitCode != 0 { sample.allSucceeded = false }
        }
        return sample
    }

    /// What a scale leaves for the targets across scales: its plan.
    struct Measured {
        let plan: String
    }

    // MARK: Scales

    func run(_ scale: Scale) throws -> (targets: [Target], measured: Measured?) {
        switch scale {
        case .municipality, .city: return try runSingle(scale)
        case .national: return (try runNational(), nil)
        case .network: return (try runNetwork(), nil)
        }
    }

    private func runSingle(_ scale: Scale) throws -> (targets: [Target], measured: Measured?) {
        guard let plan = try plans(scale).first else { return ([], nil) }
        let size = scale.size
        let bytes = Peers.bytesOnDisk(plan)
        print("")
        print("## \(scale.rawValue): \(size.measures.norwegian) measures, \(size.procurements.norwegian) procurements, \(size.journal.norwegian) journal entries, \(megabytes(bytes)) on disk")
        print("")
        let out = joinPath(dataFolder, "export-\(scale.rawValue)")
        // The reading commands are taken in turns, so that the ratios between them are paired.
        let findingCount = try findingsCount(["check", "--year", "2026", "--plan", plan])
        func reading(_ arguments: [String], now: String = "2026-01-15") -> BenchTask {
            BenchTask(arguments: arguments + ["--plan", plan], now: { _ in now }, prepare: { _ in })
        }
        let reads = try interleaved([reading(["check", "--year", "2025"]), reading(["check", "--year", "2026"], now: Benchmark.manyFindingsNow),
                                     reading(["status"]), reading(["calendar", "--out", joinPath(dataFolder, "frister-\(scale.rawValue).ics")]),
                                     reading(["sheet", "export", "--team", Benchmark.sheetTeam, "--out", joinPath(dataFolder, "ark-\(scale.rawValue).csv")])]).then
        let check = reads[0], findings = reads[1], status = reads[2], calendar = reads[3], sheetExport = reads[4]
        let writes = try interleaved([try updateTask(plan, name: scale.rawValue), try sheetImportTask(plan, name: scale.rawValue)])
        let update = (first: writes.first[0], then: writes.then[0]), sheetImport = (first: writes.first[1], then: writes.then[1])
        // The export is taken in turns with the reads of the same files by JSONDecoder and Python,
        // so that the ratios to them are paired; one run first warms the page cache.
        let exportArguments = ["export", "--year", "2025", "--plan", plan, "--out", out]
        _ = try sample(runs: 1, exportArguments)
        var read = Sample(), decoder = Sample(), python = Sample(), export = Sample()
        for _ in 0..<runs {
            export.append(try sample(runs: 1, exportArguments))
            let timings = try runBench(["decode", "--plan", plan]).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if timings.count == 2 {
                read.seconds.append(timings[0])
                decoder.seconds.append(timings[1])
            }
            if let seconds = Peers.python(plan) { python.seconds.append(seconds) }
        }

        print("| task | median | fastest–slowest | peak memory |")
        print("| --- | ---: | ---: | ---: |")
        func row(_ task: String, _ sample: Sample, memory: Bool = true) {
            print("| \(task) | \(milliseconds(sample.medianSeconds)) | \(milliseconds(sample.fastestSeconds))–\(milliseconds(sample.slowestSeconds)) | \(memory ? megabytes(sample.medianPeakBytes) : "") |")
        }
        row("read the files (bytes only)", read, memory: false)
        row("decode with Foundation JSONDecoder", decoder, memory: false)
        if !python.seconds.isEmpty { row("parse with Python json", python, memory: false) }
        row("aktsom check --year 2025 (load + check)", check)
        row("aktsom check --year 2026 (\(findingCount.norwegian) findings)", findings)
        row("aktsom export --year 2025 (all formats)", export)
        row("aktsom status", status)
        row("aktsom calendar", calendar)
        row("aktsom sheet export --team \(Benchmark.sheetTeam)", sheetExport)
        row("aktsom update (one status update)", update.then)
        row("aktsom update, the first after plan.json changed (reads it, makes .aktsom-index)", update.first)
        row("aktsom sheet import (\(Benchmark.sheetRows) rows filled in)", sheetImport.then)
        row("aktsom sheet import, the first (reads the whole journal once, keeps its digest)", sheetImport.first)
        print(ServeTiming.Row.header + (try ServeTiming.rows(aktsom: aktsom, plan: plan, work: joinPath(dataFolder, "serve-\(scale.rawValue)"), runs: runs)).map(\.line).joined())
        print("")
        print("ratios: export / JSONDecoder = \(ratio(export.medianSeconds, decoder.medianSeconds))"
              + (python.seconds.isEmpty ? "" : ", export / Python parse = \(ratio(export.medianSeconds, python.medianSeconds))")
              + ", check with findings / clean check = \(ratio(findings.medianSeconds, check.medianSeconds))"
              + ", calendar / clean check = \(ratio(calendar.medianSeconds, check.medianSeconds))"
              + ", sheet export / status = \(ratio(sheetExport.medianSeconds, status.medianSeconds))"
              + ", peak memory / data on disk = \(ratio(Double(export.medianPeakBytes), Double(bytes)))")

        var targets = [Target(description: "\(scale.rawValue): the generated data passes aktsom check --year 2025", met: check.allSucceeded)]
        switch scale {
        case .municipality:
            targets.append(Target(description: "municipality: full export of all formats under 100 ms (\(milliseconds(export.medianSeconds)))",
                                  met: export.medianSeconds < 0.1))
            targets.append(try updateCostTarget(plan))
        case .city:
            if !python.seconds.isEmpty {
                targets.append(Target(description: "city: export at most half of Python's parse (\(ratio(export.medianSeconds, python.medianSeconds)))",
                                      met: export.medianSeconds <= python.medianSeconds / 2))
            }
            targets.append(Target(description: "city: peak memory at most 3× the data on disk (\(ratio(Double(export.medianPeakBytes), Double(bytes))))",
                                  met: export.medianPeakBytes <= 3 * bytes))
            targets.append(Target(description: "city: load + check within 2× the time JSONDecoder takes to decode (\(ratio(check.medianSeconds, decoder.medianSeconds)))",
                                  met: check.medianSeconds <= 2 * decoder.medianSeconds))
            targets.append(Target(description: "city: check with \(findingCount.norwegian) findings within 1.3× a clean check (\(ratio(findings.medianSeconds, check.medianSeconds)))",
                                  met: findingCount >= 1_000 && findings.medianSeconds <= 1.3 * check.medianSeconds))
            // Each is held against a command that reads the same files: the calendar reads the
            // register too (follow-up and self-report deadlines), status and sheet export do not.
            targets.append(Target(description: "city: calendar within 1.3× a clean check and sheet export within 1.3× status, which read the same (\(ratio(calendar.medianSeconds, check.medianSeconds)), \(ratio(sheetExport.medianSeconds, status.medianSeconds)))",
                                  met: calendar.medianSeconds <= 1.3 * check.medianSeconds && sheetExport.medianSeconds <= 1.3 * status.medianSeconds))
        case .national, .network:
            break
        }
        return (targets, Measured(plan: plan))
    }

    /// A write costs the same at any plan size: update and sheet import on the city's plan within
    /// 1.5× the municipality's and under 25 ms. The four are run in turns on fresh copies, so the
    /// ratios are paired.
    func writeCostTargets(municipality: Measured, city: Measured) throws -> [Target] {
        let tasks = [try updateTask(municipality.plan, name: "paired-municipality"), try updateTask(city.plan, name: "paired-city"),
                     try sheetImportTask(municipality.plan, name: "paired-municipality"), try sheetImportTask(city.plan, name: "paired-city")]
        let samples = try interleaved(tasks).then
        print("")
        print("## writes by plan size (taken in turns)")
        print("")
        print("| task | municipality | city | city / municipality |")
        print("| --- | ---: | ---: | ---: |")
        var targets: [Target] = []
        for (task, small, large) in [("aktsom update", samples[0], samples[1]), ("aktsom sheet import (\(Benchmark.sheetRows) rows)", samples[2], samples[3])] {
            let ratio = large.medianSeconds / max(small.medianSeconds, 1e-9)
            print("| \(task) | \(milliseconds(small.medianSeconds)) | \(milliseconds(large.medianSeconds)) | \(String(format: "%.2f", ratio)) |")
            targets.append(Target(description: "\(task) on the city's plan within 1.5× the municipality's and under 25 ms (\(String(format: "%.2f", ratio)), \(milliseconds(large.medianSeconds)))",
                                  met: ratio <= 1.5 && large.medianSeconds < 0.025 && small.allSucceeded && large.allSucceeded))
        }
        return targets
    }

    /// One status update on a journal of 100 entries against one of 1,000,000.
    private func updateCostTarget(_ plan: String) throws -> Target {
        let small = joinPath(dataFolder, "journal-100"), large = joinPath(dataFolder, "journal-1000000")
        try copyFolder(plan, to: small)
        try runBench(["journal", "--plan", small, "--entries", "100"])
        if !fileSystem.fileExists(joinPath(large, "plan.json")) {
            print("writing a journal of 1 000 000 entries …")
            try copyFolder(plan, to: large)
            try runBench(["journal", "--plan", large, "--entries", "1000000"])
        }
        let runs = max(self.runs, 9)
        let shortJournal = try sample(runs: runs, ["update", "klima-1.1", "--status", "pågår", "--note", "kort", "--plan", small])
        let longJournal = try sample(runs: runs, ["update", "klima-1.1", "--status", "pågår", "--note", "lang", "--plan", large])
        let difference = abs(longJournal.medianSeconds - shortJournal.medianSeconds) / shortJournal.medianSeconds
        print("")
        print("| one status update | median | peak memory |")
        print("| --- | ---: | ---: |")
        print("| journal of 100 entries | \(milliseconds(shortJournal.medianSeconds)) | \(megabytes(shortJournal.medianPeakBytes)) |")
        print("| journal of 1 000 000 entries (\(megabytes(Peers.bytesOnDisk(large)))) | \(milliseconds(longJournal.medianSeconds)) | \(megabytes(longJournal.medianPeakBytes)) |")
        return Target(description: "one status update costs the same on 100 and 1 000 000 journal entries (difference \(Int((difference * 100).rounded())) %)",
                      met: difference <= 0.3)
    }

    /// Loads and checks all 357 plans, as many at a time as there are cores.
    private func runNational() throws -> [Target] {
        let folders = try plans(.national)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var rounds = Sample()
        for _ in 0..<runs {
            let started = ProcessRunner.monotonicSeconds()
            let failures = LockedCounter()
            DispatchQueue.concurrentPerform(iterations: cores) { worker in
                for index in stride(from: worker, to: folders.count, by: cores) {
                    let run = try? ProcessRunner.run(aktsom, ["check", "--year", "2025", "--plan", folders[index]], environment: ["AKTSOM_NOW": "2026-01-15"])
                    if run?.exitCode != 0 { failures.increment() }
                }
            }
            rounds.seconds.append(ProcessRunner.monotonicSeconds() - started)
            if failures.value > 0 { print("\(failures.value) plans did not pass aktsom check") }
        }
        let median = rounds.medianSeconds
        let bytes = folders.reduce(0) { $0 + Peers.bytesOnDisk($1) }
        print("")
        print("## national: \(folders.count) municipality-size plans, \(megabytes(bytes)) on disk")
        print("")
        print("aktsom check --year 2025 on every plan, \(cores) at a time: \(String(format: "%.2f", median)) s (fastest–slowest \(String(format: "%.2f", rounds.fastestSeconds))–\(String(format: "%.2f", rounds.slowestSeconds)) s)")
        // The same plans compared as one network, by one process on every core; the peak memory
        // of a tenth of the members beside all of them shows that it does not grow with them.
        let plansFolder = joinPath(dataFolder, "national", "Plans")
        let compare = try sample(["compare", plansFolder, "--year", "2025", "--out", joinPath(dataFolder, "compare-national"), "--format", "md,csv"])
        let tenth = joinPath(dataFolder, "national-tenth")
        if !fileSystem.isDirectory(tenth) {
            try fileSystem.createDirectory(tenth)
            for folder in folders.prefix(folders.count / 10) { try copyFolder(folder, to: joinPath(tenth, lastPathComponent(folder))) }
        }
        let small = try sample(["compare", tenth, "--year", "2025", "--out", joinPath(dataFolder, "compare-tenth"), "--format", "md,csv"])
        print("aktsom compare of all \(folders.count) plans: \(milliseconds(compare.medianSeconds)) (fastest–slowest \(milliseconds(compare.fastestSeconds))–\(milliseconds(compare.slowestSeconds))), peak memory \(megabytes(compare.medianPeakBytes)); "
              + "of \(folders.count / 10): \(megabytes(small.medianPeakBytes))")
        return [Target(description: "national: all \(folders.count) plans loaded and checked in a few seconds on \(cores) cores (\(String(format: "%.2f", median)) s)",
                       met: median <= 5),
                Target(description: "national: compare of \(folders.count) members within the time check takes (\(ratio(compare.medianSeconds, median)))",
                       met: compare.medianSeconds <= median),
                Target(description: "national: compare's peak memory does not grow with the members (\(megabytes(small.medianPeakBytes)) for \(folders.count / 10), \(megabytes(compare.medianPeakBytes)) for \(folders.count))",
                       met: Double(compare.medianPeakBytes) <= 1.5 * Double(small.medianPeakBytes))]
    }

    /// A small network whose members differ: compare and trend, to see them work end to end.
    private func runNetwork() throws -> [Target] {
        let folders = try plans(.network)
        let compare = try sample(["compare", joinPath(dataFolder, "network", "Plans"), "--year", "2025", "--out", joinPath(dataFolder, "compare-network")])
        let trend = try sample(["trend", "--plan", folders[0]])
        print("")
        print("## network: \(folders.count) members that differ")
        print("")
        print("aktsom compare, all formats: \(milliseconds(compare.medianSeconds)); aktsom trend: \(milliseconds(trend.medianSeconds))")
        return [Target(description: "network: compare and trend run", met: compare.allSucceeded && trend.allSucceeded)]
    }

    // MARK: Helpers

    func copyFolder(_ source: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    private func milliseconds(_ seconds: Double) -> String {
        seconds < 10 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private func ratio(_ value: Double, _ base: Double) -> String {
        base > 0 ? String(format: "%.2f", value / base) : "–"
    }
}

/// A counter several threads may bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
