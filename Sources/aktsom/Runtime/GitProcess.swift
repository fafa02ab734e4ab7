import AktsomKit
import Foundation

/// The real git: `git` found on the PATH, started as a process with the caller's environment.
struct GitProcess: GitClient {
    func run(_ arguments: [String], in folder: String) -> GitResult? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.isEmpty ? "." : folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Both pipes are read before waiting, so a large output cannot fill a pipe and stall.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // `env` answers 127 when git is not installed.
        if process.terminationStatus == 127 { return nil }
        return GitResult(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                         errors: String(decoding: errors, as: UTF8.self))
    }

    /// The absolute path of the running aktsom, for git's merge driver: `/proc/self/exe` on Linux,
    /// else the path it was started by.
    static func runningExecutable() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), resolved.hasPrefix("/") {
            return resolved
        }
        let started = CommandLine.arguments.first ?? "aktsom"
        return URL(fileURLWithPath: started).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
