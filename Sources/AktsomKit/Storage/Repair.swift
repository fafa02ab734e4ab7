/// What `aktsom repair` found and did: damaged journal lines moved out (with a backup of the
/// whole journal as it was), a lost journal header put back, missing files made anew where that
/// loses nothing, and temporary files from interrupted writes removed.
public struct RepairReport: Sendable {
    public struct RemovedLine: Sendable {
        public let line: Int
        public let text: String
        public let reason: Localized
    }

    public var removedLines: [RemovedLine] = []
    /// Whether the journal lacked its header line, which repair puts back.
    public var headerRestored = false
    /// Files that were missing and are made anew, empty: the register, the journal.
    public var created: [String] = []
    public var temporaryFiles: [String] = []
    /// Export folders whose last export was interrupted and is to be run again.
    public var interruptedExports: [String] = []
    /// Where the journal as it was has been copied; nil on a dry run or when it was not changed.
    public var backup: String?

    public var isEmpty: Bool {
        removedLines.isEmpty && !headerRestored && created.isEmpty && temporaryFiles.isEmpty && interruptedExports.isEmpty
    }
}

extension PlanStore {
    public static let backupFolderName = "backup"

    /// Repairs what can be repaired without guessing. Journal lines that cannot be read (a torn
    /// last line, a line that is not JSON or has a bad value, an update for a measure the plan
    /// lacks) are removed, after the whole journal is copied to `backup/`; the header line is never
    /// removed, and put back when it is missing. The good lines are kept byte for byte. A missing
    /// register is made anew, empty, only when nothing in the plan refers to a procurement. A plan
    /// file that cannot be read is not touched: the error says where it is.
    ///
    /// `exports` is the folder of the plan's exports (`Exports/<plan>`): temporary files a killed
    /// export left in its year folders are removed, and an export that never finished is named.
    public func repair(dryRun: Bool, clock: WallClock, exports: String? = nil) throws -> RepairReport {
        var report = try repairPlanFolder(dryRun: dryRun, clock: clock)
        if let exports, fileSystem.isDirectory(exports) {
            for name in try fileSystem.contentsOfDirectory(exports) where fileSystem.isDirectory(joinPath(exports, name)) {
                let folder = joinPath(exports, name)
                try fileSystem.withExclusiveLock(on: folder) {
                    let leftovers = try ExportFolder.leftovers(in: folder, fileSystem: fileSystem)
                    report.temporaryFiles += leftovers.temporaryFiles
                    if leftovers.interrupted { report.interruptedExports.append(folder) }
                    if !dryRun {
                        for path in leftovers.temporaryFiles { try fileSystem.removeFile(path) }
                    }
                }
            }
        }
        return report
    }

    private func repairPlanFolder(dryRun: Bool, clock: WallClock) throws -> RepairReport {
        try fileSystem.withExclusiveLock(on: lockPath) {
            let loaded = try load(journal: .skip, damage: .repairing)
            var report = RepairReport()
            report.temporaryFiles = try temporaryFiles()
            var writes: [FileContent] = []

            if try fileSystem.fileSize(registerPath) == nil {
                if let linked = loaded.data.plan.measures.first(where: { !$0.procurements.isEmpty }) {
                    throw missingFile(registerPath, repairMakes: Localized("et tomt register", en: "an empty register")).withNote(Localized(
                        "repair lager ikke et tomt register når planen viser til anskaffelser (tiltak \(quoted(linked.id))): hent filen fra git",
                        en: "repair does not make an empty register while the plan refers to procurements (measure \(quoted(linked.id))): restore the file from git"))
                }
                report.created.append(registerPath)
                writes.append(FileContent(path: registerPath, bytes: Array(JSONWriter.pretty(RegisterCodec.encode(ProcurementRegister())).utf8)))
            }

            if fileSystem.isDirectory(journalPath) {
                _ = try journalStart()   // names the folder and what to do
            }
            if let bytes = try fileSystem.readFileIfPresent(journalPath) {
                if let kept = try repairedJournal(bytes, knownMeasures: loaded.data.plan.journalMeasureIDs, report: &report) {
                    if !dryRun { report.backup = try backUp(bytes, clock: clock) }
                    writes.append(FileContent(path: journalPath, bytes: kept))
                }
            } else {
                report.created.append(journalPath)
                writes.append(FileContent(path: journalPath, bytes: Array((JournalCodec.headerLine + "\n").utf8)))
            }

            if !dryRun {
                if !writes.isEmpty { try writeChecked(writes) }
                for path in report.temporaryFiles { try fileSystem.removeFile(path) }
            }
            return report
        }
    }

    /// The journal without its unreadable lines and with a header, or nil when it needs nothing.
    private func repairedJournal(_ bytes: [UInt8], knownMeasures: Set<String>, report: inout RepairReport) throws -> [UInt8]? {
        let reading = try JournalCodec.read(bytes, file: journalPath, knownMeasures: knownMeasures)
        let damaged = Dictionary(reading.warnings.compactMap { warning in warning.location.map { ($0.line, warning.message) } },
                                 uniquingKeysWith: { first, _ in first })
        // Lines are split on bytes, as the journal reader counts them: a line ending in CRLF is
        // one line, and the lines kept are kept byte for byte.
        var kept: [UInt8] = []
        var sawHeader = false, sawContent = false
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            let text = String(decoding: content, as: UTF8.self)
            if !sawContent && !text.isBlank {
                sawContent = true
                sawHeader = FileFormat.journal.headerVersion(ofLine: Array(content)) != nil
            }
            if let reason = damaged[index + 1] {
                report.removedLines.append(RepairReport.RemovedLine(line: index + 1, text: text, reason: reason))
            } else if !text.isBlank {
                kept += line
                kept.append(UInt8(ascii: "\n"))
            }
        }
        if sawContent && !sawHeader {
            // The lines were written by this version's Aktsom or they would not have read.
            report.headerRestored = true
            kept = Array((JournalCodec.headerLine + "\n").utf8) + kept
        }
        return report.removedLines.isEmpty && !report.headerRestored ? nil : kept
    }

    /// Copies the journal as it was to `backup/journal-<time>.jsonl`, never over an earlier
    /// backup: a second repair in the same second (or under a fixed clock) gets `-2`, `-3` ….
    private func backUp(_ bytes: [UInt8], clock: WallClock) throws -> String {
        let stamp = ICalendar.stamp(fromISO: clock.timestamp())
        let backupFolder = joinPath(folder, PlanStore.backupFolderName)
        try fileSystem.refuseLinks(in: backupFolder, below: folder)
        try fileSystem.createDirectory(backupFolder)
        var backup = joinPath(backupFolder, "journal-\(stamp).jsonl")
        var number = 1
        while fileSystem.fileExists(backup) || fileSystem.isSymbolicLink(backup) {
            number += 1
            backup = joinPath(backupFolder, "journal-\(stamp)-\(number).jsonl")
        }
        try writeChecked([FileContent(path: backup, bytes: bytes)])
        return backup
    }
}
