/// Writes an export into its folder without harming what else is there.
///
/// An export folder is often a shared drive where people keep their own files, some named like
/// Aktsom's (`ehn-offentlig-budsjett-2025.csv`). So Aktsom keeps a small manifest,
/// `.aktsom-export.json`, of the files it wrote there, and removes only those (a table that is
/// gone), never a file it did not write; a file of someone else's that an export replaces is named.
/// All files are staged first and then renamed, as the plan store does, and the manifest says
/// `"complete": false` while that happens, so a folder left half old, half new by a kill is said to
/// be so by the next export and by `aktsom repair`. No file is written through a symbolic link.
public enum ExportFolder {
    public static let manifestName = ".aktsom-export.json"
    static let manifestFormat = "aktsom-export"

    /// What an export did to its folder.
    public struct Outcome: Sendable, Equatable {
        /// Paths written, in the order of the files given.
        public var written: [String] = []
        /// Files an earlier export wrote that this one no longer makes, now removed.
        public var removed: [String] = []
        /// Files that were there, not written by Aktsom, and are now replaced.
        public var replaced: [String] = []
        /// Whether the last export to this folder was interrupted before it was complete.
        public var earlierInterrupted = false
    }

    /// What an interrupted export left in a folder.
    public struct Leftovers: Sendable, Equatable {
        public var temporaryFiles: [String] = []
        /// Whether the manifest says an export was under way and never finished.
        public var interrupted = false
    }

    /// Writes `files` into `folder`, which is created if needed. `isOurs` tells which names of
    /// the manifest belong to the template and formats being exported, so only those are removed
    /// when this export does not make them again.
    public static func write(_ files: [ReportExport.File], to folder: String, fileSystem: any FileSystem,
                             isOurs: (String) -> Bool) throws -> Outcome {
        try fileSystem.createDirectory(folder)
        return try fileSystem.withExclusiveLock(on: folder) {
            let manifestPath = joinPath(folder, manifestName)
            let contents = files.map { FileContent(path: joinPath(folder, SafeFileName.component($0.name)), bytes: $0.bytes) }
            for path in contents.map(\.path) + [manifestPath] {
                try fileSystem.refuseLinks(in: path, below: folder)
            }
            var outcome = Outcome(written: contents.map(\.path))
            for temporary in try leftovers(in: folder, fileSystem: fileSystem).temporaryFiles {
                try fileSystem.removeFile(temporary)
            }
            let earlier = try readManifest(manifestPath, fileSystem: fileSystem)
            outcome.earlierInterrupted = earlier.map { !$0.complete } ?? false
            let known = Set(earlier?.files ?? [])
            let names = Set(contents.map { lastPathComponent($0.path) })
            for content in contents where !known.contains(lastPathComponent(content.path)) {
                if let old = try fileSystem.readFileIfPresent(content.path), old != content.bytes {
                    outcome.replaced.append(content.path)
                }
            }
            let stale = known.subtracting(names).filter { isOurs($0) && fileSystem.fileExists(joinPath(folder, $0)) }.sorted()
            for name in stale {
                try fileSystem.refuseLinks(in: joinPath(folder, name), below: folder)
            }

            // Say first what is about to be written, then write all, then say it is done.
            try fileSystem.writeAtomically(manifest(files: known.union(names), complete: false, at: manifestPath))
            try fileSystem.writeAtomically(contents)
            for name in stale {
                try fileSystem.removeFile(joinPath(folder, name))
                outcome.removed.append(joinPath(folder, name))
            }
            try fileSystem.writeAtomically(manifest(files: known.subtracting(stale).union(names), complete: true, at: manifestPath))
            return outcome
        }
    }

    /// Temporary files of a killed export in `folder`, and whether its manifest says an export
    /// never finished.
    public static func leftovers(in folder: String, fileSystem: any FileSystem) throws(FileSystemError) -> Leftovers {
        guard fileSystem.isDirectory(folder) else { return Leftovers() }
        var found = Leftovers()
        for name in try fileSystem.contentsOfDirectory(folder) where name.hasPrefix(".") && name.contains(".tmp-") {
            found.temporaryFiles.append(joinPath(folder, name))
        }
        found.interrupted = try readManifest(joinPath(folder, manifestName), fileSystem: fileSystem).map { !$0.complete } ?? false
        return found
    }

    // MARK: The manifest

    struct Manifest {
        var files: [String]
        var complete: Bool
    }

    private static func manifest(files: Set<String>, complete: Bool, at path: String) -> [FileContent] {
        let value = JSONValue.object([
            ("format", .string(manifestFormat)),
            ("version", .int(1)),
            ("complete", .bool(complete)),
            ("files", .strings(files.sorted())),
        ])
        return [FileContent(path: path, bytes: Array(JSONWriter.pretty(value).utf8))]
    }

    /// The manifest, or nil when there is none or it cannot be read: then no file counts as
    /// Aktsom's, so nothing is removed.
    static func readManifest(_ path: String, fileSystem: any FileSystem) throws(FileSystemError) -> Manifest? {
        guard let bytes = try fileSystem.readFileIfPresent(path),
              let object = (try? JSONParser.parse(bytes))?.objectValue,
              object["format"]?.stringValue == manifestFormat,
              let names = object["files"]?.arrayValue else { return nil }
        // Only plain names: a manifest edited by hand never points outside the folder.
        let files = names.compactMap(\.stringValue).filter { $0 == SafeFileName.component($0) }
        return Manifest(files: files, complete: object["complete"]?.boolValue ?? true)
    }
}
