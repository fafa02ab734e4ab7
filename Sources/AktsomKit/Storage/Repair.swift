/// What `aktsom repair` found and did: damaged journal lines moved out (with a backup of the
/// whole journal as it was), and temporary files from interrupted writes removed.
public struct RepairReport: Sendable {
    public struct RemovedLine: Sendable {
        public let line: Int
        public let text: String
        public let reason: Localized
    }

    public var removedLines: [RemovedLine] = []
    public var temporaryFiles: [String] = []
    /// Where the journal as it was has been copied; nil on a dry run or when nothing was removed.
    public var backup: String?

    public var isEmpty: Bool { removedLines.isEmpty && temporaryFiles.isEmpty }
}

extension PlanStore {
    public static let backupFolderName = "backup"

    /// Repairs what can be repaired without guessing. Journal lines that cannot be read (a torn
    /// last line, a line that is not JSON or has a bad value, an update for a measure the plan
    /// lacks) are removed, after the whole journal is copied to `backup/`. The good lines are kept
    /// byte for byte. A plan file that cannot be read is not touched: the error says where it is.
    public func repair(dryRun: Bool, clock: WallClock) throws -> RepairReport {
        try fileSystem.withExclusiveLock(on: lockPath) {
            let loaded = try load(journal: .skip)
            var report = RepairReport()
            report.temporaryFiles = try temporaryFiles()
            if let bytes = try fileSystem.readFileIfPresent(journalPath) {
                let reading = try JournalCodec.read(bytes, file: journalPath, knownMeasures: loaded.data.plan.journalMeasureIDs)
                let damaged = Dictionary(reading.warnings.compactMap { warning in warning.location.map { ($0.line, warning.message) } },
                                         uniquingKeysWith: { first, _ in first })
                // Lines are split on bytes, as the journal reader counts them: a line ending in CRLF
                // is one line, and the lines kept are kept byte for byte.
                var kept: [UInt8] = []
                for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                    let text = String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
                    if let reason = damaged[index + 1] {
                        report.removedLines.append(RepairReport.RemovedLine(line: index + 1, text: text, reason: reason))
                    } else if !text.isBlank {
                        kept += line
                        kept.append(UInt8(ascii: "\n"))
                    }
                }
                if !report.removedLines.isEmpty && !dryRun {
                    let stamp = ICalendar.stamp(fromISO: clock.timestamp())
                    let backupFolder = joinPath(folder, PlanStore.backupFolderName)
                    let backup = joinPath(backupFolder, "journal-\(stamp).jsonl")
                    try fileSystem.createDirectory(backupFolder)
                    try fileSystem.writeAtomically(bytes, to: backup)
                    try fileSystem.writeAtomically(kept, to: journalPath)
                    report.backup = backup
                }
            }
            if !dryRun {
                for path in report.temporaryFiles { try fileSystem.removeFile(path) }
            }
            return report
        }
    }
}
