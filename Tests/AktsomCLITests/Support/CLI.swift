import Foundation
import Testing

/// Runs the built `aktsom` as a user would: a separate process, in a working folder, with a
/// fixed date so no test depends on today.
struct CLI {
    struct Result: CustomStringConvertible {
        let exitCode: Int32
        let stdout: String
        let stderr: String

        var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// The `aktsom` built next to the test bundle.
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("aktsom")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        // `swift test` keeps products in .build/debug; find it from this source file as a fallback.
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/aktsom")
    }()

    let folder: TemporaryFolder
    var now = "2025-06-01"
    var environment: [String: String] = [:]

    init(folder: TemporaryFolder = TemporaryFolder(), now: String = "2025-06-01") {
        self.folder = folder
        self.now = now
    }

    @discardableResult
    func run(_ arguments: String..., input: Data? = nil) throws -> Result {
        try run(arguments, input: input)
    }

    @discardableResult
    func run(_ arguments: [String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        var variables = ProcessInfo.processInfo.environment
        variables["AKTSOM_NOW"] = now
        variables["AKTSOM_PLAN"] = nil
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inPipe = Pipe()
            process.standardInput = inPipe
            try process.run()
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        // Read both pipes at once before waiting, so a large output on either cannot fill its pipe and stall.
        let errors = ReadInBackground(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readAllRetryingInterrupts()
        let errData = errors.wait()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed, failing the test with its output otherwise.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        try ok(arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(arguments)
        #expect(result.exitCode == 0, "aktsom \(arguments.joined(separator: " ")) failed:\n\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Runs a command that must fail with `exitCode`, leaving every file exactly as it was.
    @discardableResult
    func fails(_ arguments: [String], exitCode: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let before = folder.snapshot()
        let result = try run(arguments)
        #expect(result.exitCode == exitCode, "expected exit \(exitCode) from aktsom \(arguments.joined(separator: " ")):\n\(result)",
                sourceLocation: sourceLocation)
        let after = folder.snapshot()
        #expect(before == after, "files changed by a failed command: \(Set(before.keys).symmetricDifference(after.keys)) \(before.filter { after[$0.key] != $0.value }.keys.sorted())",
                sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "a failed command printed to stdout:\n\(result.stdout)", sourceLocation: sourceLocation)
        return result
    }

    /// A small plan to work on: Fjordvik kommune, 2025–2028, two goals and three measures.
    static func withSmallPlan(now: String = "2025-06-01") throws -> CLI {
        let cli = CLI(now: now)
        try cli.ok("init", "Plans/fjordvik", "--org", "Fjordvik kommune", "--period", "2025-2028")
        try cli.ok("goal", "add", "--area", "klima", "--title", "Halvere klimagassutslippene fra innkjøp")
        try cli.ok("goal", "add", "--area", "etikk", "--year", "2025", "--title", "Etiske krav i alle høyrisikoanskaffelser")
        try cli.ok("risk", "add", "--title", "Tvangsarbeid i produksjon av solcellepaneler", "--area", "etikk")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Krav om utslippsfrie byggeplasser", "--owner", "Byggherre", "--due", "2025-Q1")
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Klimabudsjett for innkjøp", "--owner", "Innkjøp", "--due", "2025-12-31")
        try cli.ok("measure", "add", "--goal", "etikk-1", "--title", "Kartlegge leverandører av arbeidsklær", "--owner", "Innkjøp", "--risk", "risiko-1")
        return cli
    }
}
