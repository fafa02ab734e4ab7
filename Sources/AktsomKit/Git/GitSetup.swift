/// Prepares a git clone for a plan, so that clones merge without a person editing JSON:
///
/// - `merge.aktsom.driver` in the clone's own `.git/config` runs `aktsom git merge-file`, which
///   merges the plan files record by record (see ``PlanFileMerge``); git keeps drivers per clone,
///   so this is run once after every `git clone` (and by `aktsom init` inside a repository);
/// - the plan folder's `.gitattributes` names that driver for the plan files, and `merge=union`
///   for the append-only journal;
/// - `aktsom.clone` in `.git/config` holds the clone's mark for new ids (see ``CloneMark``).
///
/// Running it again changes nothing but the driver's path, so it is safe after moving Aktsom.
public struct GitSetup: Sendable {
    public let git: any GitClient
    public let fileSystem: any FileSystem

    public init(git: any GitClient, fileSystem: any FileSystem) {
        self.git = git
        self.fileSystem = fileSystem
    }

    /// The lines the plan folder's `.gitattributes` must hold.
    public static let attributeLines = [
        "journal.jsonl merge=union",
        "plan.json merge=aktsom",
        "procurements.json merge=aktsom",
        "years/*.json merge=aktsom",
    ]

    /// The lines the plan folder's `.gitignore` must hold: what Aktsom keeps beside the plan
    /// that is not part of it.
    public static let ignoreLines = [".*.tmp-*", ".aktsom-index"]

    /// What `setUp` did.
    public struct Outcome: Sendable, Equatable {
        public var workTree: String
        public var driver: String
        public var mark: String
        public var markIsNew: Bool
        public var attributesChanged: Bool
        public var ignoreChanged: Bool = false
    }

    /// Whether an absolute folder may lie in a git work tree: a `.git` in it or above it. Checked
    /// on the disk, so commands outside git never start a process to ask.
    public func mayBeInGit(_ absoluteFolder: String) -> Bool {
        var folder = absoluteFolder
        while true {
            if fileSystem.fileExists(joinPath(folder, ".git")) { return true }
            let parent = parentPath(folder)
            if parent == folder || parent == "." { return false }
            folder = parent
        }
    }

    /// The top folder of the git work tree `folder` lies in, or nil.
    public func workTree(of folder: String) -> String? {
        guard let result = git.run(["rev-parse", "--show-toplevel"], in: folder), result.status == 0, !result.firstLine.isEmpty else { return nil }
        return result.firstLine
    }

    /// The clone's mark, or nil when the clone has none (not set up, or not in git).
    public func cloneMark(of folder: String) throws(Diagnostic) -> String? {
        guard let result = git.run(["config", "--get", CloneMark.configKey], in: folder), result.status == 0 else { return nil }
        let mark = result.firstLine.trimmingCharacters(in: .whitespaces)
        guard CloneMark.isValid(mark) else {
            throw Diagnostic(.data, message: Localized("\(CloneMark.configKey) i .git/config er «\(mark)», som ikke kan stå i en id",
                                                       en: "\(CloneMark.configKey) in .git/config is «\(mark)», which cannot be part of an id"),
                             notes: [Localized("fjern den med «git config --unset \(CloneMark.configKey)» og kjør «aktsom git setup», som lager en ny",
                                               en: "remove it with «git config --unset \(CloneMark.configKey)» and run «aktsom git setup», which makes a new one")])
        }
        return mark
    }

    /// Sets up the clone the plan lies in; `executable` is the absolute path of this `aktsom`.
    public func setUp(_ store: PlanStore, executable: String, using random: inout some RandomNumberGenerator) throws -> Outcome {
        guard let top = workTree(of: store.folder) else {
            throw Diagnostic(.data, message: Localized("\(store.folder) ligger ikke i et git-repo", en: "\(store.folder) is not in a git repository"),
                             notes: [Localized("lag et med «git init» i mappen over Plans/, eller klon repoet planen ligger i, og kjør kommandoen igjen",
                                               en: "make one with «git init» in the folder above Plans/, or clone the repository the plan is in, and run the command again")])
        }
        // Refused before git's config is touched, so a refusal changes nothing anywhere.
        try fileSystem.refuseLinks(in: joinPath(store.folder, ".gitattributes"), below: store.folder)
        let driver = "\(GitSetup.shellQuoted(executable)) git merge-file %O %A %B %P"
        try config("merge.aktsom.name", "Aktsom: fletter planfilene post for post", in: store.folder)
        try config("merge.aktsom.driver", driver, in: store.folder)
        var mark = try cloneMark(of: store.folder)
        let markIsNew = mark == nil
        if mark == nil {
            let ids = (try? store.load(journal: .skip).data).map(GitSetup.allIDs) ?? []
            let made = CloneMark.make(avoiding: ids, using: &random)
            try config(CloneMark.configKey, made, in: store.folder)
            mark = made
        }
        try fileSystem.refuseLinks(in: joinPath(store.folder, ".gitignore"), below: store.folder)
        let (attributes, ignore) = try fileSystem.withExclusiveLock(on: store.lockPath) {
            (try addMissing(GitSetup.attributeLines, to: ".gitattributes", whole: PlanStore.gitAttributes, in: store),
             try addMissing(GitSetup.ignoreLines, to: ".gitignore", whole: PlanStore.gitIgnore, in: store))
        }
        return Outcome(workTree: top, driver: driver, mark: mark ?? "", markIsNew: markIsNew, attributesChanged: attributes, ignoreChanged: ignore)
    }

    /// Adds the lines a file of the plan folder (`.gitattributes`, `.gitignore`) lacks, keeping
    /// the rest as it is; a missing file is written `whole`. A plan made by an older Aktsom gets
    /// what this one needs.
    func addMissing(_ lines: [String], to name: String, whole: String, in store: PlanStore) throws -> Bool {
        let path = joinPath(store.folder, name)
        let old = try fileSystem.readFileIfPresent(path).map { String(decoding: $0, as: UTF8.self) }
        let present = Set((old ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingSpaces })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return false }
        var text = old ?? ""
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += old == nil ? whole : "# Aktsom (aktsom git setup)\n" + missing.joined(separator: "\n") + "\n"
        try store.writeChecked([FileContent(path: path, bytes: Array(text.utf8))])
        return true
    }

    private func config(_ key: String, _ value: String, in folder: String) throws(Diagnostic) {
        let result = git.run(["config", key, value], in: folder)
        guard let result, result.status == 0 else {
            let said = result?.errors.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Diagnostic(.data, message: Localized("kunne ikke skrive \(key) i .git/config", en: "could not write \(key) in .git/config"),
                             notes: [Localized("git sa: \(said ?? "git kunne ikke startes")", en: "git said: \(said ?? "git could not be started")")])
        }
    }

    static func allIDs(_ data: PlanData) -> [String] {
        data.plan.goals.map(\.id) + data.plan.measures.map(\.id) + data.plan.risks.map(\.id) + data.register.ids
            + data.register.followUpIDs + data.register.deviations.map(\.deviation.id)
    }

    /// A path as one word for the shell git runs the driver with: `'…'`, quotes inside escaped.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
