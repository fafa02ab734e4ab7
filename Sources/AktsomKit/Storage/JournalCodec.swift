/// Reads and writes `journal.jsonl`, the append-only status journal: a header line with the
/// format version, then one status update per line.
///
/// Reading is forgiving by design. The journal is the record of what teams reported and cannot be
/// "fixed" by rewriting it, so a damaged line (a torn last line after a crash, a line mangled by a
/// hand edit or a bad merge) is reported with its line number and skipped, and every other line is
/// still read. Only a journal from a newer Aktsom is refused outright.
public enum JournalCodec {
    public static let fileName = "journal.jsonl"

    /// What reading a journal gave: the updates in file order, the line each came from, and
    /// warnings about lines that could not be used.
    public struct Reading: Sendable {
        public var updates: [StatusUpdate] = []
        /// `lines[i]` is the 1-based line number of `updates[i]`.
        public var lines: [Int] = []
        public var warnings: [Diagnostic] = []
        /// The format version in the header; the current one when the file is empty.
        public var version = FileFormat.journal.currentVersion
    }

    // MARK: Writing

    /// The first line of every journal.
    public static var headerLine: String {
        JSONWriter.line(.object(FileFormat.journal.header))
    }

    /// One update as a line, without the newline.
    public static func line(for update: StatusUpdate) -> String {
        JSONWriter.line(.object([
            ("measure", .string(update.measure)),
            ("status", .string(update.status.rawValue)),
            ("date", .string(update.date.iso)),
            ("by", update.by.map(JSONValue.string)),
            ("note", update.note.map(JSONValue.string)),
            ("recorded", update.recorded.map { .string($0.description) }),
        ]))
    }

    // MARK: Reading

    /// Reads a journal. `knownMeasures`, when given, turns an update for a measure the plan does
    /// not have into a warning. Throws only for a journal written by a newer Aktsom.
    ///
    /// Lines as Aktsom writes them are read by ``JournalLineScanner``; any other line goes through
    /// the general JSON reader, which says what is wrong with it. `fastPath: false` reads every
    /// line the general way, for tests that compare the two.
    public static func read(_ bytes: [UInt8], file: String, knownMeasures: Set<String>? = nil, fastPath: Bool = true) throws(Diagnostic) -> Reading {
        var reading = Reading()
        reading.updates.reserveCapacity(bytes.count / 160)
        reading.lines.reserveCapacity(bytes.count / 160)
        var failure: Diagnostic?
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JournalLineScanner(buffer, knownMeasures: knownMeasures)
            var lineStart = 0
            var lineNumber = 0
            while lineStart < buffer.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < buffer.count && buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let isLast = lineEnd >= buffer.count
                let nextStart = lineEnd + 1
                var contentEnd = lineEnd
                if contentEnd > lineStart && buffer[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                defer { lineStart = nextStart }
                if isBlank(buffer, from: lineStart, to: contentEnd) { continue }
                if fastPath, reading.version == FileFormat.journal.currentVersion,
                   let update = scanner.scan(from: lineStart, to: contentEnd) {
                    reading.updates.append(update)
                    reading.lines.append(lineNumber)
                    continue
                }

                let value: JSONValue
                do throws(JSONError) {
                    value = try JSONParser.parse(buffer, from: lineStart, to: contentEnd)
                } catch {
                    let location = locate(buffer, lineStart: lineStart, lineEnd: contentEnd, offset: error.offset, line: lineNumber, file: file)
                    if isLast {
                        reading.warnings.append(Diagnostic(.data, severity: .warning, location: location,
                            message: Localized("siste linje i journalen er ufullstendig og er hoppet over",
                                               en: "the last line of the journal is incomplete and was skipped"),
                            notes: [Localized("trolig ble en skriving avbrutt; kjør «aktsom repair» for å flytte linjen til en sikkerhetskopi",
                                              en: "a write was probably interrupted; run «aktsom repair» to move the line to a backup")]))
                    } else {
                        reading.warnings.append(Diagnostic(.data, severity: .warning, location: location,
                            message: Localized("linjen er ikke gyldig JSON og er hoppet over: \(error.message.nb)",
                                               en: "the line is not valid JSON and was skipped: \(error.message.en)"),
                            notes: error.notes + [Localized("kjør «aktsom repair» for å flytte linjen til en sikkerhetskopi",
                                                            en: "run «aktsom repair» to move the line to a backup")]))
                    }
                    continue
                }

                // The header, normally line 1. A second copy (two journals joined by hand) is
                // checked the same way and otherwise ignored.
                if value.objectValue?["format"] != nil {
                    do throws(JSONError) {
                        let header = try FieldReader(value, subject: Localized("journalens hodelinje", en: "the journal header"))
                        reading.version = try FileFormat.journal.checkHeader(of: header)
                    } catch {
                        let location = locate(buffer, lineStart: lineStart, lineEnd: contentEnd, offset: error.offset, line: lineNumber, file: file)
                        failure = Diagnostic(.data, location: location, message: error.message, notes: error.notes)
                        return
                    }
                    continue
                }

                do throws(JSONError) {
                    let update = try decodeUpdate(upgradedLine(value, from: reading.version))
                    if let knownMeasures, !knownMeasures.contains(update.measure) {
                        let offset = value.objectValue?["measure"]?.offset ?? lineStart
                        let location = locate(buffer, lineStart: lineStart, lineEnd: contentEnd, offset: offset, line: lineNumber, file: file)
                        var notes: [Localized] = []
                        if let hint = Suggestion.note(for: update.measure, among: Array(knownMeasures).sorted()) { notes.append(hint) }
                        notes.append(Localized("oppdateringen er ikke tatt med; legg tiltaket tilbake i plan.json eller kjør «aktsom repair»",
                                               en: "the update is left out; put the measure back in plan.json or run «aktsom repair»"))
                        reading.warnings.append(Diagnostic(.data, severity: .warning, location: location,
                            message: Localized("statusoppdatering for ukjent tiltak \(quoted(update.measure))",
                                               en: "status update for unknown measure \(quoted(update.measure))"),
                            notes: notes))
                        continue
                    }
                    reading.updates.append(update)
                    reading.lines.append(lineNumber)
                } catch {
                    let location = locate(buffer, lineStart: lineStart, lineEnd: contentEnd, offset: error.offset, line: lineNumber, file: file)
                    reading.warnings.append(Diagnostic(.data, severity: .warning, location: location,
                        message: error.message + Localized("; linjen er hoppet over", en: "; the line was skipped"),
                        notes: error.notes))
                }
            }
        }
        if let failure { throw failure }
        return reading
    }

    /// A line of an older journal brought up to the current version. A journal's migrations
    /// work on one entry line at a time.
    static func upgradedLine(_ value: JSONValue, from version: Int) throws(JSONError) -> JSONValue {
        var line = value
        for step in version..<max(version, FileFormat.journal.currentVersion) {
            guard let migration = FileFormat.journal.migrations[step] else {
                throw JSONError(offset: value.offset, Localized("formatversjon \(step) av journalen kan ikke leses av denne Aktsom",
                                                                en: "format version \(step) of the journal cannot be read by this Aktsom"))
            }
            line = try migration(line)
        }
        return line
    }

    static func decodeUpdate(_ value: JSONValue) throws(JSONError) -> StatusUpdate {
        let reader = try FieldReader(value, subject: Localized("statusoppdateringen", en: "the status update"))
        try reader.rejectUnknownFields(["measure", "status", "date", "by", "note", "recorded"])
        let measure = try reader.text("measure")
        let status = try reader.requiredParsed("status", problem: Status.unknown, notes: [Status.validValues]) { Status(parsing: $0) }
        let date = try reader.day("date")
        return StatusUpdate(measure: measure, status: status, date: date, by: try reader.optionalText("by"),
                            note: try reader.optionalText("note"), recorded: try reader.optionalText("recorded").map { RecordedTime($0) })
    }

    private static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            switch buffer[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            default: return false
            }
        }
        return true
    }

    private static func locate(
        _ buffer: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, offset: Int, line: Int, file: String
    ) -> SourceLocation {
        let clamped = min(max(offset, lineStart), lineEnd)
        let before = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<clamped]), as: UTF8.self)
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), as: UTF8.self)
        return SourceLocation(file: file, line: line, column: before.count + 1, lineText: text)
    }
}
