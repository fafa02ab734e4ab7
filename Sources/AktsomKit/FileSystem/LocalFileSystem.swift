#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX read(2), named apart from the file system's own read.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The real disk, through POSIX calls, so that every guarantee is visible in one place:
/// `fsync` before `rename`, `O_APPEND` for the journal, `flock` for writers.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isADirectory(path) }
        // Read straight into the array's storage: the journal of a big city is tens of megabytes.
        let expected = max(Int(info.st_size), 0)
        var failed = false
        var result = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            while initialized < expected {
                let count = systemRead(fd, buffer.baseAddress?.advanced(by: initialized), expected - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failed = true; return }
                if count == 0 { return }
                initialized += count
            }
        }
        if failed { throw error(path) }
        // The file may have grown since fstat (a journal append); read what came after.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw error(path) }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    public func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    public func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw error(path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        let parent = parentPath(path)
        if parent != path && parent != "." && parent != "/" && !isDirectory(parent) {
            try createDirectory(parent)
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw error(path) }
        if !isDirectory(path) { throw .notADirectory(path) }
    }

    public func writeAtomically(_ files: [FileContent]) throws(FileSystemError) {
        // Stage every file first; any failure removes what was staged and leaves all as it was.
        var staged: [(temporary: String, path: String)] = []
        var committed = 0
        defer {
            for leftover in staged.dropFirst(committed) { unlink(leftover.temporary) }
        }
        for file in files {
            staged.append((try stage(file.bytes, for: file.path), file.path))
        }
        for (temporary, path) in staged {
            guard rename(temporary, path) == 0 else { throw error(path) }
            committed += 1
            // Flushed rename by rename, so the order survives a power cut too.
            syncDirectory(parentPath(path))
        }
    }

    /// Writes and flushes `bytes` to a new temporary file beside `path`, and returns its path.
    /// The name starts with a dot and holds `.tmp-`, so readers skip it and the next writer
    /// removes it if this process dies before renaming it.
    private func stage(_ bytes: [UInt8], for path: String) throws(FileSystemError) -> String {
        let temporary = joinPath(parentPath(path), ".\(lastPathComponent(path)).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw error(path) }
        var written = false
        defer {
            close(fd)
            if !written { unlink(temporary) }
        }
        try writeAll(bytes, to: fd, path: path)
        guard fsync(fd) == 0 else { throw error(path) }
        written = true
        return temporary
    }

    public func append(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        // O_NOFOLLOW: a journal replaced by a link is refused, never appended through.
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw errno == ELOOP ? .symbolicLink(path) : error(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path) }
        let oldSize = info.st_size
        do throws(FileSystemError) {
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw error(path) }
        } catch {
            // A full disk can take part of the bytes: cut the file back to what it held, so a
            // failed append leaves it byte for byte as before. Writers hold the plan's lock, so
            // nothing else was appended meanwhile.
            while ftruncate(fd, oldSize) != 0 && errno == EINTR {}
            fsync(fd)
            throw error
        }
    }

    public func read(_ path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return [] }
            throw error(path)
        }
        defer { close(fd) }
        var failed = false
        let result = [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, filled in
            while filled < buffer.count {
                let got = pread(fd, buffer.baseAddress?.advanced(by: filled), buffer.count - filled, off_t(offset + filled))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true; return }
                if got == 0 { return }
                filled += got
            }
        }
        if failed { throw error(path) }
        return result
    }

    public func fileSize(_ path: String) throws(FileSystemError) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw error(path)
        }
        return Int(info.st_size)
    }

    public func stamp(_ path: String) throws(FileSystemError) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw error(path)
        }
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        let identity = UInt64(truncatingIfNeeded: info.st_dev) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: info.st_ino)
        return FileStamp(size: Int(info.st_size), modified: modified, identity: identity)
    }

    public func lastByte(of path: String) throws(FileSystemError) -> UInt8? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw error(path)
        }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return nil }
        var byte: UInt8 = 0
        guard pread(fd, &byte, 1, size - 1) == 1 else { throw error(path) }
        return byte
    }

    public func removeFile(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0 && errno != ENOENT { throw error(path) }
    }

    public func withExclusiveLock<T>(on path: String, _ body: () throws -> T) throws -> T {
        // Read-only, so the lock can be taken on a directory: locking the plan folder itself
        // leaves no lock file behind.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw error(path) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    // MARK: -

    private func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileSystemError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress?.advanced(by: written), buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(path)
            }
            written += count
        }
    }

    /// Makes a rename durable: without this a power cut can forget the new directory entry.
    private func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private func error(_ path: String) -> FileSystemError {
        let code = errno
        switch code {
        case ENOENT: return .notFound(path)
        case EACCES, EPERM, EROFS: return .permissionDenied(path)
        case ENOTDIR: return .notADirectory(path)
        case EISDIR: return .isADirectory(path)
        default:
            let reason = strerror(code).map { String(cString: $0) } ?? "errno \(code)"
            return .other(path, reason: reason)
        }
    }
}
