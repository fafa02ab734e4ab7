import Foundation

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
        /// How many lines were read, blank and damaged ones included: where lines appended
        /// later start counting.
        public var lineCount = 0
        /// How many bytes of the file were read: where reading appended lines starts.
        public var byteCount = 0
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

    /// Reads a journal held in memory. `knownMeasures`, when given, turns an update for a measure
    /// the plan does not have into a warning. Throws only for a journal written by a newer Aktsom.
    ///
    /// Lines as Aktsom writes them are read by ``JournalLineScanner``; any other line goes through
    /// the general JSON reader, which says what is wrong with it. `fastPath: false` reads every
    /// line the general way, for tests that compare the two.
    public static func read(_ bytes: [UInt8], file: String, knownMeasures: Set<String>? = nil, fastPath: Bool = true) throws(Diagnostic) -> Reading {
        let part = bytes.withUnsafeBufferPointer { buffer in
            PartReader(file: file, knownMeasures: knownMeasures, fastPath: fastPath, version: initialVersion(buffer))
                .reading(buffer, isEndOfFile: true)
        }
        if let failure = part.failure { throw failure }
        var reading = part.reading
        reading.lineCount = part.lineCount
        reading.byteCount = bytes.count
        return reading
    }

    /// Reads only the lines appended to a journal since `previous` was read from its first
    /// `range.lowerBound` bytes, and returns the whole reading: what a long-running reader needs
    /// so that a new status update costs the bytes of that update, not the journal's length.
    /// The caller makes sure the earlier bytes are unchanged and ended with a line end.
    public static func readAppended(from fileSystem: any FileSystem, path: String, range: Range<Int>, after previous: Reading,
                                    knownMeasures: Set<String>?, chunkSize: Int = 4 << 20) throws(Diagnostic) -> Reading {
        var reader = PartReader(file: path, knownMeasures: knownMeasures, fastPath: true, version: previous.version)
        let part = reader.reading(fileSystem, path, range: range, fileSize: range.upperBound, chunkSize: chunkSize)
        if var failure = part.failure {
            failure.location?.line += previous.lineCount
            throw failure
        }
        var reading = previous
        reading.updates += part.reading.updates
        reading.lines += part.reading.lines.map { $0 + previous.lineCount }
        reading.warnings += part.reading.warnings.map { warning in
            var shifted = warning
            shifted.location?.line += previous.lineCount
            return shifted
        }
        reading.lineCount = previous.lineCount + part.lineCount
        reading.byteCount = range.upperBound
        return reading
    }

    /// Reads a journal file in `parts` byte ranges split at line ends, side by side, each in
    /// chunks of `chunkSize`, so the file is never in memory whole. The result is the same as
    /// reading it in one piece: parts are joined in order and their line numbers shifted.
    public static func read(from fileSystem: any FileSystem, path: String, knownMeasures: Set<String>?,
                            parts requested: Int = ProcessInfo.processInfo.activeProcessorCount,
                            chunkSize: Int = 4 << 20, smallestSplit: Int = 1 << 20) throws(Diagnostic) -> Reading {
        let results: PartResults
        let size: Int
        do throws(FileSystemError) {
            guard let found = try fileSystem.fileSize(path), found > 0 else { return Reading() }
            size = found
            let version = initialVersion(try fileSystem.read(path, offset: 0, count: 256))
            // Small journals are not worth a second thread.
            let parts = size < smallestSplit ? 1 : max(1, min(requested, 8))
            let ranges = try splitAtLineEnds(fileSystem, path, size: size, parts: parts)
            results = PartResults(count: ranges.count)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                var reader = PartReader(file: path, knownMeasures: knownMeasures, fastPath: true, version: version)
                results.set(index, reader.reading(fileSystem, path, range: ranges[index], fileSize: size, chunkSize: chunkSize))
            }
        } catch {
            throw error.diagnostic
        }
        var reading = try results.joined()
        reading.byteCount = size
        return reading
    }

    /// Offsets that split the file into `parts` ranges, each ending just after a line end.
    static func splitAtLineEnds(_ fileSystem: any FileSystem, _ path: String, size: Int, parts: Int) throws(FileSystemError) -> [Range<Int>] {
        var starts = [0]
        for part in 1..<max(parts, 1) {
            var offset = max(size * part / parts, starts[starts.count - 1])
            var found = false
            while offset < size && !found {
                let window = try fileSystem.read(path, offset: offset, count: 64 << 10)
                guard !window.isEmpty else { break }
                if let newline = window.firstIndex(of: UInt8(ascii: "\n")) {
                    offset += newline + 1
                    found = true
                } else {
                    offset += window.count
                }
            }
            if found && offset < size && offset > starts[starts.count - 1] { starts.append(offset) }
        }
        return starts.indices.map { index in starts[index]..<(index + 1 < starts.count ? starts[index + 1] : size) }
    }

    /// The version the first line's header gives, or the current one.
    static func initialVersion(_ bytes: some Collection<UInt8>) -> Int {
        let firstLine = Array(bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
        return FileFormat.journal.headerVersion(ofLine: firstLine) ?? FileFormat.journal.currentVersion
    }

    /// The outcome of reading one part: its updates with their line numbers counted from the part's
    /// start, the number of lines it held, and a failure that stops the whole reading.
    struct PartReading: Sendable {
        var reading = Reading()
        var lineCount = 0
        var failure: Diagnostic?
    }

    /// Collects the parts read side by side, then joins them in order.
    final class PartResults: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [PartReading?]

        init(count: Int) {
            parts = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ part: PartReading) {
            lock.withLock { parts[index] = part }
        }

        func joined() throws(Diagnostic) -> Reading {
            var all = lock.withLock { () -> [PartReading] in
                defer { parts = [] }
                return parts.compactMap { $0 }
            }
            guard !all.isEmpty else { return Reading() }
            // The first part's arrays become the result without a copy; the others are appended.
            var reading = all[0].reading
            all[0].reading = Reading()
            if let failure = all[0].failure { throw failure }
            var linesBefore = all[0].lineCount
            for index in all.indices.dropFirst() {
                let part = all[index]
                if var failure = part.failure {
                    failure.location?.line += linesBefore
                    throw failure
                }
                reading.updates += part.reading.updates
                reading.lines += part.reading.lines.map { $0 + linesBefore }
                reading.warnings += part.reading.warnings.map { warning in
                    var shifted = warning
                    shifted.location?.line += linesBefore
                    return shifted
                }
                linesBefore += part.lineCount
                all[index] = PartReading()
            }
            reading.lineCount = linesBefore
            return reading
        }
    }

    /// Reads the lines of one part of a journal.
    struct PartReader {
        let file: String
        let knownMeasures: Set<String>?
        let fastPath: Bool
        var part = PartReading()
        /// The known ids in order, for suggestions: sorted once, on the first unknown measure.
        private var sortedKnownMeasures: [String]?

        init(file: String, knownMeasures: Set<String>?, fastPath: Bool, version: Int) {
            self.file = file
            self.knownMeasures = knownMeasures
            self.fastPath = fastPath
            part.reading.version = version
        }

        /// Reads a whole buffer.
        func reading(_ buffer: UnsafeBufferPointer<UInt8>, isEndOfFile: Bool) -> PartReading {
            var reader = self
            var scanner = JournalLineScanner(buffer, knownMeasures: knownMeasures)
            _ = reader.readLines(buffer, scanner: &scanner, isEndOfFile: isEndOfFile)
            return reader.part
        }

        /// Reads a byte range of a file in chunks, each ending at a line end.
        mutating func reading(_ fileSystem: any FileSystem, _ path: String, range: Range<Int>, fileSize: Int, chunkSize: Int) -> PartReading {
            var offset = range.lowerBound
            var size = chunkSize
            while offset < range.upperBound && part.failure == nil {
                let chunk: [UInt8]
                do throws(FileSystemError) {
                    chunk = try fileSystem.read(path, offset: offset, count: min(size, range.upperBound - offset))
                } catch {
                    part.failure = error.diagnostic
                    break
                }
                guard !chunk.isEmpty else { break }
                let reachesEnd = offset + chunk.count >= range.upperBound
                // Stop at the chunk's last line end, unless the chunk reaches the end of the part.
                let usable = reachesEnd ? chunk.count : (chunk.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
                if usable == 0 {
                    size *= 2   // One line longer than a chunk: read more at once.
                    continue
                }
                chunk.withUnsafeBufferPointer { buffer in
                    let lines = UnsafeBufferPointer(rebasing: buffer[0..<usable])
                    var scanner = JournalLineScanner(lines, knownMeasures: knownMeasures)
                    _ = readLines(lines, scanner: &scanner, isEndOfFile: reachesEnd && range.upperBound == fileSize)
                }
                offset += usable
                size = chunkSize
            }
            return part
        }

        /// Reads every line of the buffer. `isEndOfFile` says whether its last line is the
        /// file's, so a last line without a line end can be reported as torn.
        private mutating func readLines(_ buffer: UnsafeBufferPointer<UInt8>, scanner: inout JournalLineScanner, isEndOfFile: Bool) -> Bool {
            var lineStart = 0
            while lineStart < buffer.count {
                part.lineCount += 1
                let lineNumber = part.lineCount
                let lineEnd = JournalCodec.lineEnd(in: buffer, from: lineStart)
                let isLast = lineEnd >= buffer.count && isEndOfFile
                let nextStart = lineEnd + 1
                var contentEnd = lineEnd
                if contentEnd > lineStart && buffer[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                defer { lineStart = nextStart }
                if JournalCodec.isBlank(buffer, from: lineStart, to: contentEnd) { continue }
                if fastPath, part.reading.version == FileFormat.journal.currentVersion,
                   let update = scanner.scan(from: lineStart, to: contentEnd) {
                    part.reading.updates.append(update)
                    part.reading.lines.append(lineNumber)
                    continue
                }
                if !readGenerally(buffer, lineStart: lineStart, contentEnd: contentEnd, lineNumber: lineNumber, isLast: isLast) {
                    return false
                }
            }
            return true
        }

        /// Reads a line through the general JSON reader, which says what is wrong with it.
        /// False when the line stops the whole reading (a header from a newer Aktsom).
        private mutating func readGenerally(_ buffer: UnsafeBufferPointer<UInt8>, lineStart: Int, contentEnd: Int, lineNumber: Int, isLast: Bool) -> Bool {
            func locate(_ offset: Int) -> SourceLocation {
                JournalCodec.locate(buffer, lineStart: lineStart, lineEnd: contentEnd, offset: offset, line: lineNumber, file: file)
            }
            let value: JSONValue
            do throws(JSONError) {
                value = try JSONParser.parse(buffer, from: lineStart, to: contentEnd)
            } catch {
                if isLast {
                    part.reading.warnings.append(Diagnostic(.data, severity: .warning, location: locate(error.offset),
                        message: Localized("siste linje i journalen er ufullstendig og er hoppet over",
                                           en: "the last line of the journal is incomplete and was skipped"),
                        notes: [Localized("trolig ble en skriving avbrutt; kjør «aktsom repair» for å flytte linjen til en sikkerhetskopi",
                                          en: "a write was probably interrupted; run «aktsom repair» to move the line to a backup")]))
                } else {
                    part.reading.warnings.append(Diagnostic(.data, severity: .warning, location: locate(error.offset),
                        message: Localized("linjen er ikke gyldig JSON og er hoppet over: \(error.message.nb)",
                                           en: "the line is not valid JSON and was skipped: \(error.message.en)"),
                        notes: error.notes + [Localized("kjør «aktsom repair» for å flytte linjen til en sikkerhetskopi",
                                                        en: "run «aktsom repair» to move the line to a backup")]))
                }
                return true
            }

            // The header, normally line 1. A second copy (two journals joined by hand) is
            // checked the same way and otherwise ignored.
            if value.objectValue?["format"] != nil {
                do throws(JSONError) {
                    let header = try FieldReader(value, subject: Localized("journalens hodelinje", en: "the journal header"))
                    part.reading.version = try FileFormat.journal.checkHeader(of: header)
                } catch {
                    part.failure = Diagnostic(.data, location: locate(error.offset), message: error.message, notes: error.notes)
                    return false
                }
                return true
            }

            do throws(JSONError) {
                let update = try JournalCodec.decodeUpdate(JournalCodec.upgradedLine(value, from: part.reading.version))
                if let knownMeasures, !knownMeasures.contains(update.measure) {
                    var notes: [Localized] = []
                    let candidates = sortedKnownMeasures ?? Array(knownMeasures).sorted()
                    sortedKnownMeasures = candidates
                    if let hint = Suggestion.note(for: update.measure, among: candidates) { notes.append(hint) }
                    notes.append(Localized("oppdateringen er ikke tatt med; legg tiltaket tilbake i plan.json eller kjør «aktsom repair»",
                                           en: "the update is left out; put the measure back in plan.json or run «aktsom repair»"))
                    part.reading.warnings.append(Diagnostic(.data, severity: .warning, location: locate(value.objectValue?["measure"]?.offset ?? lineStart),
                        message: Localized("statusoppdatering for ukjent tiltak \(quoted(update.measure))",
                                           en: "status update for unknown measure \(quoted(update.measure))"),
                        notes: notes))
                    return true
                }
                part.reading.updates.append(update)
                part.reading.lines.append(lineNumber)
            } catch {
                part.reading.warnings.append(Diagnostic(.data, severity: .warning, location: locate(error.offset),
                    message: error.message + Localized("; linjen er hoppet over", en: "; the line was skipped"),
                    notes: error.notes))
            }
            return true
        }
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
        let status = try reader.requiredWord("status", as: Status.self)
        let date = try reader.day("date")
        return StatusUpdate(measure: measure, status: status, date: date, by: try reader.optionalText("by"),
                            note: try reader.optionalText("note"), recorded: try reader.optionalText("recorded").map { RecordedTime($0) })
    }

    /// The offset of the next line end at or after `start`, or the buffer's end; found with memchr.
    static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count, let base = buffer.baseAddress,
              let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else { return buffer.count }
        return start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
    }

    static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
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
