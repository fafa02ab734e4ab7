import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `aktsom`, run as a person would: in a temporary folder, with a fixed date.
final class AktsomProcess {
    /// The `aktsom` built next to the test bundle, or in .build/debug.
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("aktsom")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/aktsom")
    }()

    static let now = "2025-06-01"

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("aktsom-web-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = AktsomProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["AKTSOM_NOW"] = AktsomProcess.now
        environment["AKTSOM_PLAN"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs a command to its end: exit code, stdout, stderr.
    @discardableResult
    func run(_ arguments: String...) throws -> (code: Int32, out: String, err: String) {
        let process = process(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A running `aktsom serve`: its first line of stdout, and a way to stop it as Ctrl-C does.
    final class Server {
        let process: Process
        let firstLine: String
        private let errors: Pipe

        init(_ process: Process) throws {
            self.process = process
            let out = Pipe()
            errors = Pipe()
            process.standardOutput = out
            process.standardError = errors
            try process.run()
            var line: [UInt8] = []
            while !line.contains(10) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            firstLine = String(decoding: line.prefix { $0 != 10 }, as: UTF8.self)
        }

        /// Sends SIGINT and waits for the exit; a server that does not stop is killed after
        /// thirty seconds, which fails the test by its exit status rather than hanging it.
        func interrupt() -> (status: Int32, reason: Process.TerminationReason, err: String) {
            process.interrupt()
            let pid = process.processIdentifier
            let guardTimer = DispatchWorkItem { kill(pid, SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: guardTimer)
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guardTimer.cancel()
            return (process.terminationStatus, process.terminationReason, String(decoding: err, as: UTF8.self))
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    func serve(_ arguments: String...) throws -> Server {
        try Server(process(["serve"] + arguments))
    }
}
