import Foundation
@testable import AktsomKit

/// A file system in memory that records what was read and written, so tests can prove which
/// files a command touches (and that appending to the journal never reads it).
final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var directories: Set<String> = ["."]
    private(set) var reads: [String] = []
    /// Bytes read from each path, by whole-file and ranged reads alike.
    private(set) var bytesRead: [String: Int] = [:]
    /// Every append: the path and how many bytes.
    private(set) var appends: [(path: String, count: Int)] = []
    private(set) var writes: [String] = []
    /// The paths of each staged write, in order: files replaced together.
    private(set) var batches: [[String]] = []
    /// Per file, a number that changes with every write: the in-memory stand-in for an inode
    /// and a modification time.
    private var generations: [String: Int] = [:]
    private var nextGeneration = 1

    convenience init(files: [String: String] = [:]) {
        self.init(bytes: files.mapValues { Array($0.utf8) })
    }

    init(bytes: [String: [UInt8]]) {
        for (path, content) in bytes {
            self.files[path] = content
            var parent = parentPath(path)
            while parent != "." && parent != "/" {
                directories.insert(parent)
                parent = parentPath(parent)
            }
        }
    }

    /// Every file and its content now, to compare before and after.
    var snapshot: [String: [UInt8]] {
        lock.withLock { files }
    }

    func text(_ path: String) -> String? {
        lock.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } }
    }

    func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let found = lock.withLock { () -> [UInt8]? in
            reads.append(path)
            bytesRead[path, default: 0] += files[path]?.count ?? 0
            return files[path]
        }
        guard let found else { throw .notFound(path) }
        return found
    }

    func fileExists(_ path: String) -> Bool { lock.withLock { files[path] != nil || directories.contains(path) } }
    func isDirectory(_ path: String) -> Bool { lock.withLock { directories.contains(path) } }

    /// Paths that stand for symbolic links.
    var links: Set<String> = []
    func isSymbolicLink(_ path: String) -> Bool { lock.withLock { links.contains(path) } }

    func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
        let names = lock.withLock { () -> [String]? in
            guard directories.contains(path) else { return nil }
            let prefix = path + "/"
            let children = (Array(files.keys) + Array(directories)).filter { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count)).split(separator: "/").first.map(String.init) ?? "" }
            return Array(Set(children)).sorted()
        }
        guard let names else { throw .notFound(path) }
        return names
    }

    func createDirectory(_ path: String) throws(FileSystemError) {
        lock.withLock {
            var current = path
            while current != "." && current != "/" && !current.isEmpty {
                directories.insert(current)
                current = parentPath(current)
            }
        }
    }

    /// Paths whose writes fail, as on a full disk.
    var failingWrites: Set<String> = []

    func writeAtomically(_ contents: [FileContent]) throws(FileSystemError) {
        let failing = lock.withLock { contents.first { failingWrites.contains($0.path) } }
        if let failing { throw .other(failing.path, reason: "No space left on device") }
        lock.withLock {
            batches.append(contents.map(\.path))
            for content in contents {
                writes.append(content.path)
                files[content.path] = content.bytes
                generations[content.path] = nextGeneration
                nextGeneration += 1
            }
        }
    }

    /// Paths whose appends fail as on a full disk, leaving the file as it was (as the real one does).
    var failingAppends: Set<String> = []

    func append(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        if lock.withLock({ failingAppends.contains(path) }) { throw .other(path, reason: "No space left on device") }
        lock.withLock {
            appends.append((path, bytes.count))
            writes.append(path)
            files[path, default: []].append(contentsOf: bytes)
        }
    }

    func read(_ path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        lock.withLock {
            reads.append("range \(offset) " + path)
            let content = files[path] ?? []
            guard offset < content.count else { return [] }
            let range = offset..<min(content.count, offset + count)
            bytesRead[path, default: 0] += range.count
            return Array(content[range])
        }
    }

    func fileSize(_ path: String) throws(FileSystemError) -> Int? {
        lock.withLock { files[path]?.count }
    }

    func stamp(_ path: String) throws(FileSystemError) -> FileStamp? {
        lock.withLock {
            guard let content = files[path] else { return nil }
            let generation = generations[path] ?? 0
            // Appending keeps the identity and moves the time, as on disk.
            return FileStamp(size: content.count, modified: Int64(generation) * 1_000 + Int64(content.count), identity: UInt64(generation))
        }
    }

    func lastByte(of path: String) throws(FileSystemError) -> UInt8? {
        lock.withLock { files[path]?.last }
    }

    /// Cuts a file short in place, as `truncate` does: the same file (identity), fewer bytes.
    func truncate(_ path: String, to size: Int) {
        lock.withLock { files[path] = Array((files[path] ?? []).prefix(size)) }
    }

    func removeFile(_ path: String) throws(FileSystemError) {
        lock.withLock { _ = files.removeValue(forKey: path) }
    }

    func withExclusiveLock<T>(on path: String, _ body: () throws -> T) throws -> T {
        try body()
    }
}
