import Foundation
import Testing

/// Golden files: the expected output of an export, kept in the repository and compared byte for
/// byte. Run the tests with `AKTSOM_UPDATE_GOLDEN=1` to rewrite them after an intended change,
/// then read the diff in git before committing.
enum Golden {
    /// The package's root folder, found from this source file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func folder(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/AktsomCLITests/Golden").appendingPathComponent(name)
    }

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["AKTSOM_UPDATE_GOLDEN"] == "1"
    }

    /// Checks that `actual` holds exactly the files of `expected`, byte for byte.
    static func expectSame(_ actual: URL, as expected: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isUpdating {
            try? FileManager.default.removeItem(at: expected)
            try FileManager.default.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: actual, to: expected)
            return
        }
        let actualFiles = try files(in: actual), expectedFiles = try files(in: expected)
        #expect(actualFiles.keys.sorted() == expectedFiles.keys.sorted(),
                "files differ from \(expected.path); rerun with AKTSOM_UPDATE_GOLDEN=1 if the change is intended", sourceLocation: sourceLocation)
        for (name, data) in expectedFiles.sorted(by: { $0.key < $1.key }) {
            guard let produced = actualFiles[name] else { continue }
            if produced != data {
                Issue.record("\(name) differs from the golden file:\n\(firstDifference(String(decoding: data, as: UTF8.self), String(decoding: produced, as: UTF8.self)))\nrerun with AKTSOM_UPDATE_GOLDEN=1 if the change is intended",
                             sourceLocation: sourceLocation)
            }
        }
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        // The export folder's manifest is Aktsom's bookkeeping, not part of the report.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".aktsom-export.json" {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// The first differing line with two lines of context, as a small diff.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        let index = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        var lines = ["@@ line \(index + 1) @@"]
        for context in max(0, index - 2)..<index where context < old.count { lines.append("  " + old[context]) }
        if index < old.count { lines.append("- " + old[index]) }
        if index < new.count { lines.append("+ " + new[index]) }
        return lines.joined(separator: "\n")
    }

    /// A copy of the repository's example plan in a fresh folder, so tests never write into the repository.
    static func examplePlan() throws -> CLI {
        let cli = CLI(now: "2026-11-21")
        try FileManager.default.createDirectory(at: cli.folder.file("Plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Plans/eksempel-kommune"),
                                         to: cli.folder.file("Plans/eksempel-kommune"))
        return cli
    }
}
