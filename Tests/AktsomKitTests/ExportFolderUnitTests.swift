import Testing
@testable import AktsomKit

@Suite("Writing an export folder")
struct ExportFolderUnitTests {
    static func files(_ names: String...) -> [ReportExport.File] {
        names.map { ReportExport.File(name: $0, content: "innhold av \($0)") }
    }

    @Test("only files an earlier export wrote are removed, and the manifest says complete")
    func removesOnlyOwnFiles() throws {
        let fileSystem = InMemoryFileSystem(files: ["ut/t-egen.csv": "brukerens", "ut/notat.txt": "brukerens"])
        let first = try ReportExport.write(Self.files("t.md", "t-a.csv", "t-b.csv"), template: "t", formats: [.md, .csv], to: "ut", fileSystem: fileSystem)
        #expect(first == ["ut/t.md", "ut/t-a.csv", "ut/t-b.csv"])
        let second = try ExportFolder.write(Self.files("t.md", "t-a.csv"), to: "ut", fileSystem: fileSystem) {
            ReportExport.isOutput($0, template: "t", formats: [.md, .csv])
        }
        #expect(second.removed == ["ut/t-b.csv"])
        #expect(fileSystem.text("ut/t-b.csv") == nil)
        #expect(fileSystem.text("ut/t-egen.csv") == "brukerens" && fileSystem.text("ut/notat.txt") == "brukerens")
        let manifest = try #require(fileSystem.text("ut/\(ExportFolder.manifestName)"))
        #expect(manifest.contains("\"complete\": true") && manifest.contains("\"files\": [\"t-a.csv\", \"t.md\"]"), "\(manifest)")
        // The manifest first says an export is under way, then that it is complete; the files in one staged write between.
        #expect(fileSystem.batches.suffix(3).map { $0.map(lastPathComponent) } == [[ExportFolder.manifestName], ["t.md", "t-a.csv"], [ExportFolder.manifestName]])
    }

    @Test("a file in the folder that is a link is refused before anything is written")
    func refusesLinks() {
        let fileSystem = InMemoryFileSystem(files: ["ut/t.md": "gammel"])
        fileSystem.links = ["ut/t-a.csv"]
        #expect(throws: FileSystemError.symbolicLink("ut/t-a.csv")) {
            try ReportExport.write(Self.files("t.md", "t-a.csv"), template: "t", formats: [.md, .csv], to: "ut", fileSystem: fileSystem)
        }
        #expect(fileSystem.text("ut/t.md") == "gammel")
        #expect(fileSystem.batches.isEmpty)
    }
}
