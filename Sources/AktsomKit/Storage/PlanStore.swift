/// A plan folder on disk:
///
///     Plans/eksempel-kommune/
///       plan.json            the action plan (ActionPlan)
///       procurements.json    the procurement register (ProcurementRegister)
///       journal.jsonl        the status journal, append-only (StatusUpdate per line)
///       years/2025.json      a reporting year's entries (ReportingYear)
///
/// All reading and writing of these files goes through here. Writers take the folder's lock,
/// read the current files, apply a change in memory, check it, and only then write the files
/// that changed, each atomically; so two processes never lose each other's work, and a command
/// that fails leaves every file as it was.
public struct PlanStore: Sendable {
    /// The folder as the user would type it, for messages: `Plans/eksempel-kommune`.
    public let folder: String
    public let fileSystem: any FileSystem
    /// The git clone's mark for new ids (see `CloneMark`); nil outside git.
    public var cloneMark: String?

    public init(folder: String, fileSystem: any FileSystem) {
        var trimmed = folder
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.folder = trimmed
        self.fileSystem = fileSystem
    }

    /// The plan's name: its folder's name, used for `Exports/<plan>/`.
    public var name: String { lastPathComponent(folder) }

    public var planPath: String { joinPath(folder, PlanCodec.fileName) }
    public var registerPath: String { joinPath(folder, RegisterCodec.fileName) }
    public var journalPath: String { joinPath(folder, JournalCodec.fileName) }
    public var yearsPath: String { joinPath(folder, YearCodec.folderName) }
    /// Writers lock the plan folder itself, so no lock file is ever left behind.
    public var lockPath: String { folder }

    public func yearPath(_ year: Int) -> String {
        joinPath(yearsPath, YearCodec.fileName(for: year))
    }

    /// Whether the journal is read. Appending a status update never needs it, and must not pay
    /// for it: the cost of `update` stays the same however long the journal grows.
    public enum JournalNeed: Sendable {
        case read
        case skip
    }

    // MARK: Loading

    /// Reads and decodes every file and checks the links between them. Throws when a file cannot
    /// be read or decoded at all; broken links and damaged journal lines are returned in the
    /// result, for the caller to refuse or to list.
    public func load(journal need: JournalNeed = .read) throws(Diagnostic) -> LoadedPlan {
        try load(journal: need, damage: .refused)
    }

    /// Whether damage to the folder's files (a missing register or journal, a journal without its
    /// header) stops loading, or is left for `repair` to mend.
    enum DamageHandling {
        case refused
        case repairing
    }

    func load(journal need: JournalNeed, damage: DamageHandling) throws(Diagnostic) -> LoadedPlan {
        guard fileSystem.isDirectory(folder) else { throw missingFolder }
        guard let planBytes = try read(planPath) else { throw missingPlan }
        let (plan, planSources) = try PlanCodec.decode(planBytes, file: planPath)
        var sources = PlanSources(plan: planSources)
        var data = PlanData(plan: plan)
        var warnings: [Diagnostic] = []

        if let registerBytes = try read(registerPath) {
            let (register, registerSources) = try RegisterCodec.decode(registerBytes, file: registerPath)
            data.register = register
            sources.register = registerSources
        } else if damage == .refused {
            throw missingFile(registerPath, repairMakes: Localized("et tomt anskaffelsesregister", en: "an empty procurement register"))
        }

        for (year, path) in try yearFiles(warnings: &warnings) {
            guard let bytes = try read(path) else { continue }
            let (entry, yearSources) = try YearCodec.decode(bytes, file: path, expectedYear: year)
            data.years[year] = entry
            sources.years[year] = yearSources
        }

        if damage == .refused {
            // Cheap, so done even when the journal is not read: a missing, newer or headless
            // journal stops every command, not only those that read it.
            _ = try journalStart()
        }
        if need == .read {
            let reading = try JournalCodec.read(from: fileSystem, path: journalPath, knownMeasures: plan.journalMeasureIDs)
            data.journal = reading.updates
            warnings += reading.warnings
        }

        return LoadedPlan(data: data, warnings: warnings, problems: Integrity.problems(in: data, sources: sources),
                          sources: sources)
    }

    var missingFolder: Diagnostic {
        Diagnostic(.data, message: Localized("plan-mappen \(folder) finnes ikke", en: "the plan folder \(folder) does not exist"),
                   notes: [Localized("opprett en plan med: aktsom init \(folder) --org \"Navn på virksomheten\"",
                                     en: "create a plan with: aktsom init \(folder) --org \"Name of the organisation\"")])
    }

    var missingPlan: Diagnostic {
        Diagnostic(.data, message: Localized("\(planPath) finnes ikke; \(folder) er ikke en plan-mappe",
                                             en: "\(planPath) does not exist; \(folder) is not a plan folder"),
                   notes: [Localized("opprett en plan med: aktsom init \(folder) --org \"Navn på virksomheten\"",
                                     en: "create a plan with: aktsom init \(folder) --org \"Name of the organisation\"")])
    }

    /// The reporting-year files present, by year, in order. Other files in `years/` are
    /// reported as warnings, since a misnamed year file would otherwise be silently ignored.
    func yearFiles(warnings: inout [Diagnostic]) throws(Diagnostic) -> [(Int, String)] {
        guard fileSystem.isDirectory(yearsPath) else {
            if fileSystem.fileExists(yearsPath) || fileSystem.isSymbolicLink(yearsPath) {
                throw Diagnostic(.data, message: Localized("\(yearsPath) er ikke en mappe; årsfilene skal ligge i mappen \(yearsPath)/",
                                                           en: "\(yearsPath) is not a folder; the year files belong in the folder \(yearsPath)/"),
                                 notes: [Localized("flytt eller gi nytt navn til filen \(yearsPath), og legg årsfilene (2025.json …) i en mappe med det navnet; hent dem fra git om de er borte",
                                                   en: "move or rename the file \(yearsPath), and put the year files (2025.json …) in a folder of that name; restore them from git if they are gone")])
            }
            return []
        }
        let names: [String]
        do {
            names = try fileSystem.contentsOfDirectory(yearsPath)
        } catch {
            throw error.diagnostic
        }
        var files: [(Int, String)] = []
        for name in names where !name.hasPrefix(".") {
            if name.count == 9, name.hasSuffix(".json"), let year = Int(name.prefix(4)), (1000...9999).contains(year) {
                files.append((year, joinPath(yearsPath, name)))
            } else {
                warnings.append(Diagnostic(.data, severity: .warning,
                                           message: Localized("\(joinPath(yearsPath, name)) er ikke en årsfil og blir ikke lest",
                                                              en: "\(joinPath(yearsPath, name)) is not a year file and is not read"),
                                           notes: [Localized("årsfiler heter ÅÅÅÅ.json, for eksempel 2025.json",
                                                             en: "year files are named YYYY.json, for example 2025.json")]))
            }
        }
        return files
    }

    func read(_ path: String) throws(Diagnostic) -> [UInt8]? {
        do {
            return try fileSystem.readFileIfPresent(path)
        } catch {
            throw error.diagnostic
        }
    }

    // MARK: Creating

    /// Creates a new plan folder with the plan, an empty journal, and git settings that let
    /// several teams' journal lines merge without conflicts. Refuses to touch an existing plan.
    public func create(_ plan: ActionPlan) throws(Diagnostic) {
        if fileSystem.fileExists(planPath) {
            throw Diagnostic(.data, message: Localized("det finnes allerede en plan i \(folder)", en: "there is already a plan in \(folder)"),
                             notes: [Localized("velg en annen mappe, eller bruk planen som finnes med --plan \(folder)",
                                               en: "choose another folder, or use the existing plan with --plan \(folder)")])
        }
        if fileSystem.fileExists(folder) && !fileSystem.isDirectory(folder) {
            throw FileSystemError.notADirectory(folder).diagnostic
        }
        do {
            try fileSystem.createDirectory(folder)
            try fileSystem.withExclusiveLock(on: lockPath) {
                // One staged write, plan.json last: a folder is a plan only once everything is there.
                try writeChecked([
                    FileContent(path: journalPath, bytes: Array((JournalCodec.headerLine + "\n").utf8)),
                    FileContent(path: registerPath, bytes: Array(JSONWriter.pretty(RegisterCodec.encode(ProcurementRegister())).utf8)),
                    FileContent(path: joinPath(folder, ".gitattributes"), bytes: Array(PlanStore.gitAttributes.utf8)),
                    FileContent(path: joinPath(folder, ".gitignore"), bytes: Array(PlanStore.gitIgnore.utf8)),
                    FileContent(path: planPath, bytes: Array(JSONWriter.pretty(PlanCodec.encode(plan)).utf8)),
                ])
            }
        } catch let error as FileSystemError {
            throw error.diagnostic
        } catch {
            throw Diagnostic(.data, message: Localized("kunne ikke opprette planen: \(error)", en: "could not create the plan: \(error)"))
        }
    }

    /// Writes files of the plan folder in one staged write, refusing any that is, or lies
    /// under, a symbolic link.
    func writeChecked(_ files: [FileContent]) throws(FileSystemError) {
        for file in files { try fileSystem.refuseLinks(in: file.path, below: folder) }
        try fileSystem.writeAtomically(files)
    }

    static let gitAttributes = """
        # Aktsom: the status journal is append-only, so when two branches both add lines, keep both.
        journal.jsonl merge=union
        # Aktsom merges its plan files record by record; run «aktsom git setup» once in every clone.
        plan.json merge=aktsom
        procurements.json merge=aktsom
        years/*.json merge=aktsom

        """

    static let gitIgnore = """
        # temporary files of an interrupted Aktsom write
        .*.tmp-*
        # Aktsom's index of the plan, derived from the files and remade when they change
        .aktsom-index

        """

    // MARK: Changing

    /// What a change produced, and the warnings met while loading for it.
    public struct Outcome<Value> {
        public var value: Value
        public var warnings: [Diagnostic]
    }

    /// Changes the plan folder as one step: under the folder's lock, loads the current files,
    /// lets `change` edit the data and queue new status updates, checks the links in the result,
    /// and writes only the files whose content changed, then appends the updates.
    ///
    /// If anything throws (the change itself, the check, the plan already being broken) nothing
    /// is written. New files are staged first and renamed register, plan, years: a failed write
    /// changes nothing, and a crash between two renames never leaves a link to a record not written.
    @discardableResult
    public func change<Value>(
        journal need: JournalNeed = .skip,
        _ change: (inout PlanData, inout [StatusUpdate]) throws -> Value
    ) throws -> Outcome<Value> {
        try fileSystem.withExclusiveLock(on: lockPath) {
            let loaded = try load(journal: need)
            if let problem = loaded.problems.first {
                throw problem.withNote(Localized("rett dette før du endrer planen; «aktsom check» viser alle feil",
                                                 en: "fix this before changing the plan; «aktsom check» lists every problem"))
            }
            var data = loaded.data
            data.cloneMark = cloneMark
            var appended: [StatusUpdate] = []
            let value = try change(&data, &appended)
            if let problem = Integrity.problems(in: data).first {
                throw problem
            }
            removeStaleTemporaryFiles()
            try write(data, over: loaded)
            if !appended.isEmpty {
                try appendUnlocked(appended)
            }
            return Outcome(value: value, warnings: loaded.warnings)
        }
    }

    /// Appends status updates to the journal under the lock, without reading it.
    public func append(_ updates: [StatusUpdate]) throws {
        try fileSystem.withExclusiveLock(on: lockPath) {
            try appendUnlocked(updates)
        }
    }

    func appendUnlocked(_ updates: [StatusUpdate]) throws {
        try fileSystem.refuseLinks(in: journalPath, below: folder)
        var text = ""
        switch try journalStart() {
        case .empty:
            text = JournalCodec.headerLine + "\n"
        case .version(let version) where version < FileFormat.journal.currentVersion:
            try rewriteJournalInCurrentVersion()
        case .version:
            break
        }
        // The last line was cut short (a crash mid-write) or lacks its newline: start on a fresh
        // line so the new update is never glued onto it.
        if let last = try fileSystem.lastByte(of: journalPath), last != UInt8(ascii: "\n") {
            text = "\n"
        }
        for update in updates {
            text += JournalCodec.line(for: update) + "\n"
        }
        // One append for the whole batch: a failure (a full disk) leaves the journal as it was.
        try fileSystem.append(Array(text.utf8), to: journalPath)
    }

    /// Brings an older journal to the current version in one atomic rewrite, so lines of two
    /// versions are never mixed in one file.
    private func rewriteJournalInCurrentVersion() throws {
        guard let bytes = try read(journalPath) else { return }
        let reading = try JournalCodec.read(bytes, file: journalPath)
        let lines = [JournalCodec.headerLine] + reading.updates.map(JournalCodec.line(for:))
        try writeChecked([FileContent(path: journalPath, bytes: Array((lines.joined(separator: "\n") + "\n").utf8))])
    }

    /// Writes each file whose content changed, or that was read in an older format version.
    /// All of them in one staged write, so a full disk halfway changes none; renamed register,
    /// plan, years, so a crash between two renames never leaves a link to a record not written.
    private func write(_ data: PlanData, over old: LoadedPlan) throws {
        var files: [FileContent] = []
        if data.register != old.data.register || (old.sources.register?.version ?? FileFormat.procurements.currentVersion) < FileFormat.procurements.currentVersion {
            files.append(FileContent(path: registerPath, bytes: Array(JSONWriter.pretty(RegisterCodec.encode(data.register)).utf8)))
        }
        if data.plan != old.data.plan || (old.sources.plan?.version ?? FileFormat.plan.currentVersion) < FileFormat.plan.currentVersion {
            files.append(FileContent(path: planPath, bytes: Array(JSONWriter.pretty(PlanCodec.encode(data.plan)).utf8)))
        }
        for entry in data.yearsInOrder {
            let readVersion = old.sources.years[entry.year]?.version ?? FileFormat.year.currentVersion
            guard old.data.years[entry.year] != entry || readVersion < FileFormat.year.currentVersion else { continue }
            try fileSystem.refuseLinks(in: yearsPath, below: folder)
            try fileSystem.createDirectory(yearsPath)
            files.append(FileContent(path: yearPath(entry.year), bytes: Array(JSONWriter.pretty(YearCodec.encode(entry)).utf8)))
        }
        guard !files.isEmpty else { return }
        try writeChecked(files)
    }

    /// Temporary files of interrupted writes (`.plan.json.tmp-…`) in the plan folder and `years/`.
    func temporaryFiles() throws(FileSystemError) -> [String] {
        var found: [String] = []
        for directory in [folder, yearsPath] where fileSystem.isDirectory(directory) {
            for name in try fileSystem.contentsOfDirectory(directory) where name.hasPrefix(".") && name.contains(".tmp-") {
                found.append(joinPath(directory, name))
            }
        }
        return found
    }

    /// Temporary files left by a writer that was killed before its rename. Only called under the
    /// lock, when no other writer can be midway.
    private func removeStaleTemporaryFiles() {
        for path in (try? temporaryFiles()) ?? [] {
            try? fileSystem.removeFile(path)
        }
    }
}
