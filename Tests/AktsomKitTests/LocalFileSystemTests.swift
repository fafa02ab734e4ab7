import Foundation
import Testing
@testable import AktsomKit

/// The real file system's guarantees, on real files in a temporary folder.
@Suite("The local file system")
struct LocalFileSystemTests {
    let folder: String
    let fileSystem = LocalFileSystem()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("aktsom-fs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func names() throws -> [String] {
        try fileSystem.contentsOfDirectory(folder)
    }

    @Test("files written together all arrive, and no temporary file stays behind")
    func writesAllFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try fileSystem.writeAtomically([FileContent(path: joinPath(folder, "a.json"), bytes: Array("a".utf8)),
                                        FileContent(path: joinPath(folder, "b.json"), bytes: Array("b".utf8))])
        #expect(try fileSystem.readFile(joinPath(folder, "a.json")) == Array("a".utf8))
        #expect(try fileSystem.readFile(joinPath(folder, "b.json")) == Array("b".utf8))
        #expect(try names() == ["a.json", "b.json"])
    }

    @Test("when a later file cannot be written, the earlier ones keep their old content")
    func failedWriteChangesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = joinPath(folder, "procurements.json")
        try fileSystem.writeAtomically(Array("gammel".utf8), to: first)
        // The second file's folder does not exist, so it cannot be staged: as good as a full disk.
        #expect(throws: FileSystemError.self) {
            try fileSystem.writeAtomically([FileContent(path: first, bytes: Array("ny".utf8)),
                                            FileContent(path: joinPath(folder, "finnes-ikke/plan.json"), bytes: Array("ny".utf8))])
        }
        #expect(try fileSystem.readFile(first) == Array("gammel".utf8))
        #expect(try names() == ["procurements.json"])
    }
}
