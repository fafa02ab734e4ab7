import Foundation

/// A fresh folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL
    /// Whether this object made the folder and removes it when done.
    private let owned: Bool

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("aktsom-test-\(UUID().uuidString)")
        owned = true
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A view of a folder inside another temporary folder, which owns it.
    init(inside parent: TemporaryFolder, named name: String) {
        url = parent.url.appendingPathComponent(name)
        owned = false
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        if owned { try? FileManager.default.removeItem(at: url) }
    }

    var path: String { url.path }

    func file(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = file(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: file(relative)), as: UTF8.self)
    }

    func bytes(_ relative: String) throws -> Data {
        try Data(contentsOf: file(relative))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: file(relative).path)
    }

    /// Every file below the folder with its bytes, to prove a failed command changed nothing.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let base = url.standardizedFileURL.path
        for case let item as URL in enumerator {
            guard (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(item.standardizedFileURL.path.dropFirst(base.count + 1))
            files[relative] = try? Data(contentsOf: item)
        }
        return files
    }
}
