/// Damage to a plan folder that must stop every command rather than be read as "nothing there":
/// a missing register or journal, a journal that is a folder, lacks its header or comes from a
/// newer Aktsom. Each is named with the file and how to mend it; `aktsom repair` mends what it can
/// without guessing.
extension PlanStore {
    /// What the journal's first line says.
    enum JournalStart: Equatable {
        /// An empty file: the next append writes the header first.
        case empty
        /// The header's format version.
        case version(Int)
    }

    /// How many bytes of the journal are read to find its header: the header is some 45 bytes,
    /// and reading no more keeps an update as cheap on a journal of a million lines as on one.
    static let journalHeaderWindow = 1024

    /// Checks the journal is a file with a header this Aktsom can write after, reading only its
    /// first line.
    func journalStart() throws(Diagnostic) -> JournalStart {
        if fileSystem.isDirectory(journalPath) {
            throw FileSystemError.isADirectory(journalPath).diagnostic.withNote(Localized(
                "statusjournalen skal være en fil; flytt mappen bort og hent journal.jsonl fra git eller backup/",
                en: "the status journal must be a file; move the folder away and restore journal.jsonl from git or backup/"))
        }
        let size: Int?
        let prefix: [UInt8]
        do throws(FileSystemError) {
            size = try fileSystem.fileSize(journalPath)
            prefix = size == nil ? [] : try fileSystem.read(journalPath, offset: 0, count: PlanStore.journalHeaderWindow)
        } catch {
            throw error.diagnostic
        }
        guard size != nil else {
            throw missingFile(journalPath, repairMakes: Localized("en tom journal", en: "an empty journal"))
        }
        guard prefix.contains(where: { !JournalStart.isBlank($0) }) else { return .empty }
        let firstLine = Array(prefix.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
        let location = SourceLocation(file: journalPath, bytes: firstLine, offset: 0)
        guard let version = FileFormat.journal.headerVersion(ofLine: firstLine) else {
            throw Diagnostic(.data, location: location,
                             message: Localized("journalen mangler hodelinjen \(JournalCodec.headerLine)",
                                                en: "the journal lacks its header line \(JournalCodec.headerLine)"),
                             notes: [Localized("uten den kan ikke Aktsom vite hvilken versjon linjene er skrevet i; kjør «aktsom repair» for å sette den inn igjen (journalen slik den var, kopieres først til backup/)",
                                               en: "without it Aktsom cannot know which version the lines are written in; run «aktsom repair» to put it back (the journal as it was is first copied to backup/)")])
        }
        if version > FileFormat.journal.currentVersion {
            throw Diagnostic(.data, location: location,
                             message: Localized("journalen har formatversjon \(version), men denne Aktsom skriver versjon \(FileFormat.journal.currentVersion)",
                                                en: "the journal has format version \(version), but this Aktsom writes version \(FileFormat.journal.currentVersion)"),
                             notes: [Localized("journalen er skrevet av en nyere Aktsom; oppgrader Aktsom (git pull, så swift build) og prøv igjen",
                                               en: "the journal was written by a newer Aktsom; upgrade Aktsom (git pull, then swift build) and try again")])
        }
        return .version(version)
    }

    /// A plan file that should be there and is not.
    func missingFile(_ path: String, repairMakes replacement: Localized) -> Diagnostic {
        Diagnostic(.data, message: Localized("\(path) finnes ikke", en: "\(path) does not exist"),
                   notes: [Localized("er den slettet eller flyttet? Hent den tilbake fra git (git checkout -- \(path)) eller en sikkerhetskopi",
                                     en: "was it deleted or moved? Restore it from git (git checkout -- \(path)) or a backup"),
                           Localized("har planen aldri hatt den, lager «aktsom repair» \(replacement.nb)",
                                     en: "if the plan never had one, «aktsom repair» makes \(replacement.en)")])
    }
}

extension PlanStore.JournalStart {
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }
}
