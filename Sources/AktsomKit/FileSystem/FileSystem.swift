/// Everything Aktsom does with files, behind one seam so tests can run against a fixed world
/// and the guarantees (atomic writes, appends, locks) live in exactly one implementation.
///
/// Paths are plain POSIX strings, relative to the working directory or absolute.
public protocol FileSystem: Sendable {
    /// The whole file. Throws ``FileSystemError/notFound(_:)`` when it does not exist.
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]

    func fileExists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
    /// Whether the path itself is a symbolic link (not followed).
    func isSymbolicLink(_ path: String) -> Bool

    /// Names (not paths) of the entries in a directory, sorted so results never depend on the
    /// order the disk returns them in.
    func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String]

    /// Creates a directory and any missing parents; succeeds if it already exists.
    func createDirectory(_ path: String) throws(FileSystemError)

    /// Replaces several files so that a failure while writing (a full disk, a read-only folder)
    /// changes none of them: every file's new content is written and flushed to a temporary file
    /// beside it first, and only when all are on disk are they renamed into place, in the order
    /// given. Each file on its own is replaced atomically as by ``writeAtomically(_:to:)``.
    func writeAtomically(_ files: [FileContent]) throws(FileSystemError)

    /// Adds bytes at the end of the file in one write, creating the file if needed, and flushes
    /// it to disk. Costs the same however long the file already is.
    func append(_ bytes: [UInt8], to path: String) throws(FileSystemError)

    /// At most `count` bytes from `offset`, without reading the rest; fewer at the end of the
    /// file, and none for a missing file. The journal is read this way, a part at a time.
    func read(_ path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8]

    /// The file's size in bytes, or nil when it does not exist.
    func fileSize(_ path: String) throws(FileSystemError) -> Int?

    /// What the file looks like from outside: size, modification time and identity, nil when it
    /// does not exist. A long-running reader (`aktsom serve`) compares stamps to read again only
    /// the files another process changed.
    func stamp(_ path: String) throws(FileSystemError) -> FileStamp?

    /// The file's last byte, without reading the rest; nil for an empty or missing file.
    func lastByte(of path: String) throws(FileSystemError) -> UInt8?

    func removeFile(_ path: String) throws(FileSystemError)

    /// Runs `body` while holding an exclusive lock on `path` (an existing file or directory),
    /// waiting for other processes that hold it. The lock is released even if `body` throws.
    func withExclusiveLock<T>(on path: String, _ body: () throws -> T) throws -> T
}

/// A file's size, modification time and identity (device and inode) at one moment. Aktsom
/// replaces a file by renaming a new one over it, which gives it a new identity, and appends to
/// the journal, which grows its size; so an unchanged stamp means unchanged content.
public struct FileStamp: Sendable, Equatable {
    public let size: Int
    /// Nanoseconds since 1970.
    public let modified: Int64
    /// Tells a file replaced by a rename from the one it replaced, even within one clock tick.
    public let identity: UInt64

    public init(size: Int, modified: Int64, identity: UInt64) {
        self.size = size
        self.modified = modified
        self.identity = identity
    }
}

/// A file's path and the whole content to give it.
public struct FileContent: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Why a file operation failed, with the path as the caller gave it.
public enum FileSystemError: Error, Sendable, Equatable, DiagnosticConvertible {
    case notFound(String)
    case permissionDenied(String)
    case notADirectory(String)
    case isADirectory(String)
    /// A link where Aktsom would write: it never writes through one.
    case symbolicLink(String)
    case other(String, reason: String)

    public var path: String {
        switch self {
        case .notFound(let path), .permissionDenied(let path), .notADirectory(let path), .isADirectory(let path), .symbolicLink(let path),
             .other(let path, _):
            return path
        }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .notFound(let path):
            return Diagnostic(message: Localized("finner ikke \(path)", en: "cannot find \(path)"))
        case .permissionDenied(let path):
            return Diagnostic(message: Localized("mangler tilgang til \(path)", en: "no permission for \(path)"),
                              notes: [Localized("sjekk rettighetene til filen og mappen", en: "check the permissions of the file and its folder")])
        case .notADirectory(let path):
            return Diagnostic(message: Localized("\(path) er ikke en mappe", en: "\(path) is not a folder"))
        case .isADirectory(let path):
            return Diagnostic(message: Localized("\(path) er en mappe, ikke en fil", en: "\(path) is a folder, not a file"))
        case .symbolicLink(let path):
            return Diagnostic(.data, message: Localized("\(path) er en symbolsk lenke; Aktsom skriver aldri gjennom en lenke, så ingenting er endret",
                                                        en: "\(path) is a symbolic link; Aktsom never writes through a link, so nothing was changed"),
                              notes: [Localized("en lenke kan føre skrivingen ut av mappen; erstatt lenken med en vanlig fil eller mappe (kopier innholdet dit den står), eller bruk mappen lenken peker på direkte",
                                                en: "a link could lead the write out of the folder; replace the link with a plain file or folder (copy the content to where it stands), or use the folder it points to directly")])
        case .other(let path, let reason):
            return Diagnostic(message: Localized("kunne ikke bruke \(path): \(reason)", en: "could not use \(path): \(reason)"))
        }
    }
}

extension FileSystem {
    /// Replaces the file's content so that a reader, or a crash at any moment, sees either the
    /// old content or the new, never a mix: write a temporary file beside it, flush it to disk,
    /// rename it over the old one, flush the directory.
    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        try writeAtomically([FileContent(path: path, bytes: bytes)])
    }

    /// Refuses to write `path` when it, or any folder between `root` and it, is a symbolic
    /// link: a link in a plan or export folder could send a write anywhere on the disk. `root`
    /// itself may be a link, since the user chose it.
    public func refuseLinks(in path: String, below root: String) throws(FileSystemError) {
        let base = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(base) else {
            if isSymbolicLink(path) { throw .symbolicLink(path) }
            return
        }
        var current = String(base.dropLast())
        for component in path.dropFirst(base.count).split(separator: "/") {
            current = joinPath(current, String(component))
            if isSymbolicLink(current) { throw .symbolicLink(current) }
        }
    }

    /// The file, or nil when it does not exist.
    public func readFileIfPresent(_ path: String) throws(FileSystemError) -> [UInt8]? {
        do {
            return try readFile(path)
        } catch .notFound {
            return nil
        }
    }
}

/// Joins path components with `/`, the only separator Aktsom writes.
public func joinPath(_ parts: String...) -> String {
    var result = ""
    for part in parts where !part.isEmpty {
        if result.isEmpty || result.hasSuffix("/") {
            result += part
        } else {
            result += "/" + part
        }
    }
    return result
}

/// The last component of a path: `Plans/eksempel-kommune/` → `eksempel-kommune`.
public func lastPathComponent(_ path: String) -> String {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
}

/// The folder part of a path: `Plans/x/plan.json` → `Plans/x`; `plan.json` → `.`.
public func parentPath(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}
