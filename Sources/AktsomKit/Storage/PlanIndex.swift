import Foundation

/// What a command that only appends status updates needs to know of a plan folder, kept beside
/// the plan in `.aktsom-index` so that `update` and `sheet import` cost the same on a city's plan
/// as on a small one: the measures with their owners and the removed ones (from `plan.json`), and
/// a digest of the journal (each measure's status in force last and when it was last written).
///
/// The index is derived, never trusted: each part carries what it was made from (plan.json's size,
/// modification time and identity; the number of journal bytes covered and a fingerprint of the
/// last of them). A part that no longer matches is made again from the files; a journal that only
/// grew is read from where the digest ends. A damaged or missing index is rebuilt, never an error.
/// It is not part of the plan: git ignores it, and removing it changes nothing but speed.
struct PlanIndex: Equatable, Sendable {
    static let fileName = ".aktsom-index"
    static let header = "aktsom-index 1"

    /// plan.json as it was when the measures were read from it.
    var planStamp: FileStamp
    /// The plan's measures in plan order, with their owners.
    var measures: [(id: String, owner: String?)]
    var removed: [RemovedRecord]
    /// The journal's digest as far as a command read the journal; none until one does.
    var journalPart: JournalPart = .none

    /// The digest in one of the forms it is held in: read from the index file only when a command
    /// asks for it, since `update` never does and a city's digest has thousands of lines.
    enum JournalPart: Sendable {
        case none
        /// The digest's section of the index file as written (its `journal` line and `s` lines),
        /// with the number of journal bytes it covers; written back unchanged.
        case unread(covered: Int, section: [UInt8])
        case read(JournalDigest)
    }

    /// Two indexes are equal when they would be written the same.
    static func == (lhs: PlanIndex, rhs: PlanIndex) -> Bool {
        lhs.encoded() == rhs.encoded()
    }

    init(planStamp: FileStamp, plan: ActionPlan, journal: JournalDigest? = nil) {
        self.planStamp = planStamp
        self.measures = plan.measures.map { ($0.id, $0.owner) }
        self.removed = plan.removed.filter { $0.kind == .measure }
        self.journalPart = journal.map(JournalPart.read) ?? .none
    }

    /// How many journal bytes the digest covers, without reading it.
    var journalCovered: Int? {
        switch journalPart {
        case .none: return nil
        case .unread(let covered, _): return covered
        case .read(let digest): return digest.covered
        }
    }

    /// The digest's section of the index file, when it is kept unread.
    var unreadJournalSection: [UInt8]? {
        if case .unread(_, let section) = journalPart { return section }
        return nil
    }

    /// The digest, read from its section when it was kept unread; nil when there is none or its
    /// section is damaged (then it is made again from the journal).
    var journal: JournalDigest? {
        switch journalPart {
        case .none: return nil
        case .unread(_, let section): return PlanIndex.digest(fromSection: section)
        case .read(let digest): return digest
        }
    }

    /// A plan holding just what the index knows: the measures (id and owner) and the removed
    /// ones. Enough for the rules that check a status update or a status sheet's rows.
    var plan: ActionPlan { plan(keeping: nil) }

    /// The same plan with only the measures in `ids` (all when nil), in plan order: a sheet import
    /// on a city's plan needs a few dozen of its thousands.
    func plan(keeping ids: Set<String>?) -> ActionPlan {
        var plan = ActionPlan(organisation: "", areas: [])
        plan.measures = measures.compactMap { measure in
            ids.map { $0.contains(measure.id) } ?? true ? Measure(id: measure.id, goal: "", title: "", owner: measure.owner) : nil
        }
        plan.removed = removed
        return plan
    }
}

/// A journal digested up to a byte offset: for each measure, the update in force last (the latest
/// by date, then by when it was written, then by line, as ``StatusHistory`` orders them) and the
/// latest time any of its updates was written.
struct JournalDigest: Equatable, Sendable {
    /// How many bytes of the journal were read, always ending just after a line end.
    var covered: Int
    /// Tells the covered bytes from others of the same length (see ``fingerprint(_:)``).
    var fingerprint: UInt64
    var latest: [String: StatusUpdate] = [:]
    var lastRecorded: [String: RecordedTime] = [:]

    init(covered: Int, fingerprint: UInt64) {
        self.covered = covered
        self.fingerprint = fingerprint
    }

    /// Folds updates read in file order into the digest.
    mutating func add(_ updates: [StatusUpdate]) {
        for update in updates {
            // A later line wins a tie of date and written time, as in the history.
            if let current = latest[update.measure],
               update.date < current.date || (update.date == current.date && RecordedTime.isBefore(update.recorded, current.recorded)) {
                // keep the current one
            } else {
                latest[update.measure] = update
            }
            if let recorded = update.recorded, RecordedTime.isBefore(lastRecorded[update.measure], recorded) {
                lastRecorded[update.measure] = recorded
            }
        }
    }

    /// How far a kept digest may lag behind the journal before a writer keeps it anew: reading
    /// 256 KiB of lines costs a reader less than rewriting a city's index costs a writer.
    static let keptLag = 256 << 10

    /// The bytes fingerprinted: the last 4 KiB before `covered`, where an append begins.
    static let window = 4096

    /// FNV-1a of `bytes`: fixed on every platform.
    static func fingerprint(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

// MARK: - The file

extension PlanIndex {
    /// Tab-separated lines, one record each; text fields escape `\`, tab and line breaks. Written
    /// on bytes: a city's index has thousands of lines.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * measures.count + 256)
        func line(_ fields: String...) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: "\t")) }
                PlanIndex.appendEscaped(field, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        line(PlanIndex.header)
        line("plan", String(planStamp.size), String(planStamp.modified), String(planStamp.identity))
        for measure in measures {
            line("m", measure.id, measure.owner ?? "")
        }
        for record in removed {
            line("r", record.id, record.removed.iso, record.title)
        }
        switch journalPart {
        case .none:
            break
        case .unread(_, let section):
            out += section
        case .read(let journal):
            line("journal", String(journal.covered), String(journal.fingerprint))
            for id in journal.latest.keys.sorted() {
                guard let update = journal.latest[id] else { continue }
                line("s", id, update.status.rawValue, update.date.iso, update.recorded?.description ?? "",
                     journal.lastRecorded[id]?.description ?? "")
            }
        }
        line("end")
        return out
    }

    /// The index in `bytes`, or nil for anything but a whole index this Aktsom wrote. Read on
    /// bytes: a city's index has thousands of lines and is read by every `update`. The journal's
    /// digest is kept as its bytes until asked for (``journal``).
    static func decoded(_ bytes: [UInt8]) -> PlanIndex? {
        bytes.withUnsafeBufferPointer { buffer -> PlanIndex? in
            // Lines are found one at a time: the digest's section, most of a city's index, is kept
            // as bytes without looking for its line ends.
            var start = 0
            func nextLine() -> UnsafeBufferPointer<UInt8>? {
                let end = JournalCodec.lineEnd(in: buffer, from: start)
                guard end < buffer.count else { return nil }
                defer { start = end + 1 }
                return UnsafeBufferPointer(rebasing: buffer[start..<end])
            }
            let endLine = Array("\nend\n".utf8)
            guard buffer.count > endLine.count, buffer.suffix(endLine.count).elementsEqual(endLine),
                  let first = nextLine(), text(first) == header, let second = nextLine() else { return nil }
            var parts: [UnsafeBufferPointer<UInt8>] = []
            split(second, into: &parts)
            let plan = parts.map(text)
            guard plan.count == 4, plan[0] == "plan", let size = Int(plan[1]), let modified = Int64(plan[2]), let identity = UInt64(plan[3]) else { return nil }
            var index = PlanIndex(planStamp: FileStamp(size: size, modified: modified, identity: identity), plan: ActionPlan(organisation: ""))
            let lastLineStart = buffer.count - endLine.count + 1
            while start < lastLineStart, let line = nextLine() {
                let lineStart = start - line.count - 1
                split(line, into: &parts)
                let kind = parts[0].count == 1 ? String(UnicodeScalar(parts[0][0])) : text(parts[0])
                switch (kind, parts.count) {
                case ("m", 3):
                    guard let id = unescape(parts[1]), let owner = unescape(parts[2]) else { return nil }
                    index.measures.append((id, owner.isEmpty ? nil : owner))
                case ("r", 4):
                    guard let id = unescape(parts[1]), let day = Day(isoUTF8: parts[2]), let title = unescape(parts[3]) else { return nil }
                    index.removed.append(RemovedRecord(kind: .measure, id: id, title: title, removed: day))
                case ("journal", 3):
                    // The digest runs from here to the end line; it is read when a command asks.
                    guard let covered = Int(text(parts[1])), UInt64(text(parts[2])) != nil else { return nil }
                    index.journalPart = .unread(covered: covered, section: Array(buffer[lineStart..<lastLineStart]))
                    return index
                default:
                    return nil
                }
            }
            return start == lastLineStart ? index : nil
        }
    }

    /// The fingerprint on the first line of a digest's section, without reading the rest.
    static func fingerprint(ofSection section: [UInt8]) -> UInt64? {
        let first = section.prefix { $0 != UInt8(ascii: "\n") }.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard first.count == 3 else { return nil }
        return UInt64(String(decoding: first[2], as: UTF8.self))
    }

    /// The digest in its section of the index file: the `journal` line, then one `s` line per
    /// measure; only the lines of `only` when given (the others are passed over unread). Nil
    /// for anything else.
    static func digest(fromSection section: [UInt8], only: Set<String>? = nil) -> JournalDigest? {
        let wanted = only.map(WantedIDs.init)
        return section.withUnsafeBufferPointer { buffer -> JournalDigest? in
            var journal: JournalDigest?
            var parts: [UnsafeBufferPointer<UInt8>] = []
            var start = 0
            while case let end = JournalCodec.lineEnd(in: buffer, from: start), end < buffer.count {
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                start = end + 1
                // A line for a measure not asked for is passed over on its id's bytes.
                if journal != nil, let wanted, case .plain(let id) = WantedIDs.id(in: line, after: digestLinePrefix, until: UInt8(ascii: "\t")),
                   !id.isEmpty, !wanted.mayInclude(id) { continue }
                split(line, into: &parts)
                if journal == nil {
                    guard parts.count == 3, text(parts[0]) == "journal", let covered = Int(text(parts[1])), let fingerprint = UInt64(text(parts[2])) else { return nil }
                    journal = JournalDigest(covered: covered, fingerprint: fingerprint)
                    journal?.latest.reserveCapacity(buffer.count / 48)
                    journal?.lastRecorded.reserveCapacity(buffer.count / 48)
                    continue
                }
                guard parts.count == 6, parts[0].count == 1, parts[0][0] == UInt8(ascii: "s"), let id = unescape(parts[1]) else { return nil }
                if let only, !only.contains(id) { continue }
                guard let status = Status(rawValue: text(parts[2])), let date = Day(isoUTF8: parts[3]),
                      let recorded = time(parts[4]), let last = time(parts[5]) else { return nil }
                journal?.latest[id] = StatusUpdate(measure: id, status: status, date: date, recorded: recorded)
                if let last { journal?.lastRecorded[id] = last }
            }
            return start == buffer.count ? journal : nil
        }
    }

    /// How a digest's line for one measure starts: `s`, a tab, the id.
    private static let digestLinePrefix = Array("s\t".utf8)

    /// The tab-separated fields of `line`, into `parts` (kept between lines to spare an
    /// allocation per line).
    private static func split(_ line: UnsafeBufferPointer<UInt8>, into parts: inout [UnsafeBufferPointer<UInt8>]) {
        parts.removeAll(keepingCapacity: true)
        var start = 0
        for index in line.indices where line[index] == UInt8(ascii: "\t") {
            parts.append(UnsafeBufferPointer(rebasing: line[start..<index]))
            start = index + 1
        }
        parts.append(UnsafeBufferPointer(rebasing: line[start..<line.count]))
    }

    /// A written time: none for an empty field, read straight from the bytes in the usual form.
    private static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> RecordedTime?? {
        if bytes.isEmpty { return .some(nil) }
        if let canonical = RecordedTime(canonicalUTF8: bytes) { return canonical }
        return unescape(bytes).map { RecordedTime($0) }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return text(bytes) }
        return unescape(text(bytes))
    }

    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: out.append(byte)
            }
        }
    }

    static func unescape(_ text: String) -> String? {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "\\": out.append("\\")
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: return nil
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return escaping ? nil : out
    }
}
