import AktsomKit
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

    /// Kills `process` with SIGKILL and waits for it: in even rounds within half a millisecond of
    /// `inWindow` turning true (the moment a write is under way), in odd rounds at a random moment
    /// of a run that takes about `duration` seconds. The seeded generator makes every run the same.
    static func kill(_ process: Process, round: Int, duration: TimeInterval, random: inout SeededRandom, inWindow: () -> Bool) {
        if round % 2 == 0 {
            let deadline = Date().addingTimeInterval(duration * 3)
            while process.isRunning && Date() < deadline && !inWindow() {
                usleep(100)
            }
            usleep(UInt32.random(in: 0...500, using: &random))
        } else {
            usleep(UInt32.random(in: 0...UInt32(duration * 1_200_000), using: &random))
        }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

extension FileHandle {
    /// Everything until end of file. Foundation's `readDataToEndOfFile()` traps when a read is
    /// interrupted by a signal (the tests start and kill many processes, so SIGCHLD arrives
    /// often); this retries the interrupted read instead.
    func readAllRetryingInterrupts() -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}

/// Reads a pipe to its end on another thread, so two pipes of one process drain together.
final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readAllRetryingInterrupts()
            self.done.signal()
        }
    }

    /// The bytes, once the pipe is closed; the semaphore orders the write before this read.
    func wait() -> Data {
        done.wait()
        return data
    }
}
