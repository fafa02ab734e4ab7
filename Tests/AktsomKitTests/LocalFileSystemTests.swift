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

    @Test("files written together are renamed in the order given: a rename that fails leaves the later ones old")
    func renamesInOrder() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = joinPath(folder, "procurements.json"), second = joinPath(folder, "plan.json"), third = joinPath(folder, "years.json")
        for path in [first, third] { try fileSystem.writeAtomically(Array("gammel".utf8), to: path) }
        // plan.json is a folder that is not empty: its file is staged, but cannot be renamed over it.
        try FileManager.default.createDirectory(atPath: joinPath(second, "inni"), withIntermediateDirectories: true)
        #expect(throws: FileSystemError.self) {
            try fileSystem.writeAtomically([FileContent(path: first, bytes: Array("ny".utf8)), FileContent(path: second, bytes: Array("ny".utf8)),
                                            FileContent(path: third, bytes: Array("ny".utf8))])
        }
        #expect(try fileSystem.readFile(first) == Array("ny".utf8), "the first file is renamed before the second fails")
        #expect(try fileSystem.readFile(third) == Array("gammel".utf8), "no file after the failed one is renamed")
        #expect(try names().filter { $0.contains(".tmp-") }.isEmpty, "no temporary file is left")
    }

    @Test("a file is replaced by a rename, never copied over: a reader holding the old file reads it whole")
    func replacesByRename() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = joinPath(folder, "plan.json")
        let old = Array(String(repeating: "gammel ", count: 10_000).utf8)
        try fileSystem.writeAtomically(old, to: path)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        let reader = try #require(FileHandle(forReadingAtPath: path))
        defer { try? reader.close() }
        try fileSystem.writeAtomically(Array("ny".utf8), to: path)
        let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        #expect(before != nil && before != after, "the file kept its inode: it was written in place")
        #expect(Array(try reader.readToEnd() ?? Data()) == old, "a reader of the old file saw it change")
        #expect(try fileSystem.readFile(path) == Array("ny".utf8))
    }
}
