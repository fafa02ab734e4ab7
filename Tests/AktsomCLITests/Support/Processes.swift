import Foundation

/// Starting `aktsom` processes that run side by side, for the concurrency and crash tests.
enum Processes {
    /// Starts `/bin/sh -c script` in the folder with `AKTSOM` naming the binary; output is discarded.
    static func shell(_ script: String, in folder: URL, now: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["AKTSOM"] = CLI.executable.path
        environment["AKTSOM_NOW"] = now
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Starts `aktsom` itself, so it can be killed mid-write.
    static func aktsom(_ arguments: [String], in folder: URL, now: String) throws -> Process {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["AKTSOM_NOW"] = now
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
