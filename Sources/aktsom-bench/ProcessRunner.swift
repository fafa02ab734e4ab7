import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One timed run of a program: wall time from spawn to exit, the peak resident memory the
/// kernel reports for it, and its exit code.
struct TimedRun {
    let seconds: Double
    let peakBytes: Int
    let exitCode: Int32
}

/// Runs a program as a separate process, the way a user or a script would, and measures it.
///
/// The peak memory the kernel reports for a child includes the peak of the process that started
/// it: `posix_spawn` starts the child inside its parent's memory, and the kernel keeps the larger
/// of the two peaks when the child turns into the program. The benchmark itself grows past a small
/// command's peak, so a run whose memory counts is started through a fresh, small `aktsom-bench`
/// (``measureCommand``), whose own peak (about 19 MB) stays below any `aktsom` run's (about 23 MB).
enum ProcessRunner {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The first argument that makes `aktsom-bench` start one program, wait for it and print its
    /// time, peak memory and exit code (``measuredLine(_:)``); not a command for people.
    static let measureCommand = "__measure"

    /// Runs `executable` through a fresh `measurer` (the `aktsom-bench` binary), so that its peak
    /// memory is its own.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], measurer: String) throws -> TimedRun {
        let (text, exitCode) = try output(measurer, [measureCommand, executable] + arguments, environment: environment)
        let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard exitCode == 0, fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[1]), let code = Int32(fields[2]) else {
            throw Failure(description: "could not measure \(executable) \(arguments.joined(separator: " ")): \(text)")
        }
        return TimedRun(seconds: seconds, peakBytes: peak, exitCode: code)
    }

    /// What the measuring child prints for one run: `seconds peakBytes exitCode`.
    static func measuredLine(_ run: TimedRun) -> String {
        "\(run.seconds) \(run.peakBytes) \(run.exitCode)"
    }

    /// Starts a program directly and waits for it. Its peak memory is at least this process's own.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> TimedRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = monotonicSeconds()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "could not start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed: \(errno)") }
        }
        let seconds = monotonicSeconds() - started
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return TimedRun(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, exitCode: exitCode)
    }

    /// What a program prints on standard output, for the few figures the benchmark reads from
    /// a command's JSON.
    static func output(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (text: String, exitCode: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Repeated measurements of one task.
struct Sample {
    var seconds: [Double] = []
    var peakBytes: [Int] = []
    /// Whether every run exited 0 (for `check`: found nothing).
    var allSucceeded = true

    /// Adds the runs of another sample.
    mutating func append(_ other: Sample) {
        seconds += other.seconds
        peakBytes += other.peakBytes
        allSucceeded = allSucceeded && other.allSucceeded
    }

    var medianSeconds: Double { Sample.median(seconds) }
    var fastestSeconds: Double { seconds.min() ?? 0 }
    var slowestSeconds: Double { seconds.max() ?? 0 }
    var medianPeakBytes: Int { Int(Sample.median(peakBytes.map(Double.init))) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
