import Foundation

/// The two writers that only add status updates, `update` and `sheet import`, done at a cost that
/// does not grow with the plan: instead of decoding every file and checking every link to append
/// one line, they read the measures from the plan index (``PlanIndex``) while plan.json is
/// unchanged, and what they need of the journal from its digest plus the lines added since.
///
/// Every guarantee of ``PlanStore/change(journal:_:)`` that concerns an append holds: the folder's
/// lock, an unknown or removed measure refused, a missing register or journal and a journal without
/// its header or from a newer Aktsom refused, the whole batch in one `write`. What they skip is
/// reading the register and the year files and checking the links between records, which an
/// append cannot break; `aktsom check` and every other command still do.
extension PlanStore {
    var indexPath: String { joinPath(folder, PlanIndex.fileName) }

    /// Records one status update for a measure.
    public func recordStatusUpdate(measure: String, status: Status, date: Day?, by: String?, note: String?,
                                   clock: WallClock) throws -> StatusUpdate {
        try appending(digest: false) { index, _ in
            let data = PlanData(plan: index.plan)
            let update = try data.statusUpdate(for: measure, status: status, date: date, by: by, note: note, clock: clock)
            return ([update], update)
        }
    }

    /// Reads a team's status sheet and, unless `dryRun`, appends the updates it brings. The result
    /// is the same as ``StatusSheetImport`` over the whole plan and journal gives: the journal is
    /// read in full only for the measures whose history can change the answer (a status written
    /// after the sheet was made, a row with its own date, a sheet without its time).
    public func importStatusSheet(bytes: [UInt8], file: String, team: String, clock: WallClock, force: Bool,
                                  dryRun: Bool) throws -> StatusSheetImport {
        try appending(digest: true) { index, lookup in
            let spreadsheet = try StatusSheetImport.read(bytes, file: file)
            let needs = StatusSheetImport.historyNeeds(spreadsheet)
            let today = clock.today()
            var journal: [StatusUpdate] = []
            var full: Set<String> = []
            let named = StatusSheet.team(in: spreadsheet.preamble)
            let typed = team.trimmingSpaces.isEmpty ? (named ?? team) : team
            let owned = Team.Key(typed).ids(ownedIn: index.measures)
            let concerned = owned.union(needs.ids)
            // Only the measures the sheet concerns: the team's (its first owner spelling, its
            // suggestions) and the rows'. A team that owns nothing, or a sheet made for another
            // team, gets the whole plan, whose teams the message names.
            let forAnother = named.map { !Team.Key(typed).matches($0) } ?? false
            let facts = PlanData(plan: index.plan(keeping: owned.isEmpty || forAnother ? nil : concerned))
            let digest = lookup?.digest(for: concerned)
            for measure in facts.plan.measures where concerned.contains(measure.id) {
                let latest = digest?.latest[measure.id]
                let written = digest?.lastRecorded[measure.id]
                let changedSince = needs.made.map { made in written.map { !($0 < made) } ?? false } ?? true
                if digest == nil || changedSince || needs.dated.contains(measure.id) || (latest.map { $0.date > today } ?? false) {
                    full.insert(measure.id)
                } else if let latest {
                    journal.append(latest)
                }
            }
            if !full.isEmpty { journal += try updates(of: full) }
            var data = facts
            data.journal = journal
            let result = try StatusSheetImport(spreadsheet: spreadsheet, team: team, data: data, clock: clock, force: force)
            return (dryRun ? [] : result.updates, result)
        }
    }

    /// Under the folder's lock: checks what an append needs, lets `make` build the updates from the
    /// measures (and, when asked, the journal's digest of the measures it names), appends them in
    /// one write, and keeps the index for next time. A dry run keeps the index too: it is a cache
    /// beside the plan, not part of it, and a dry run before the import is the common way to use
    /// `sheet import`. Nothing is written when anything throws.
    func appending<Value>(digest wantsDigest: Bool, _ make: (PlanIndex, DigestLookup?) throws -> ([StatusUpdate], Value)) throws -> Value {
        try fileSystem.withExclusiveLock(on: lockPath) {
            guard fileSystem.isDirectory(folder) else { throw missingFolder }
            let planStamp = try stampOf(planPath)
            guard let planStamp else { throw missingPlan }
            if try stampOf(registerPath) == nil {
                throw missingFile(registerPath, repairMakes: Localized("et tomt anskaffelsesregister", en: "an empty procurement register"))
            }
            _ = try journalStart()
            let stored = try? fileSystem.readFileIfPresent(indexPath).flatMap(PlanIndex.decoded)
            var index = try currentIndex(planStamp: planStamp, stored: stored)
            // Kept again when its measures were read anew or its digest made anew or brought far
            // forward; a digest a few lines behind is cheaper to extend next time than to rewrite.
            let (lookup, digestChanged) = try digestLookup(for: &index, wanted: wantsDigest)
            var worthKeeping = stored?.planStamp != planStamp || digestChanged
            let (updates, value) = try make(index, wantsDigest ? lookup : nil)
            if !updates.isEmpty { try appendUnlocked(updates) }
            if lookup?.failed == true {
                index.journalPart = .none
                worthKeeping = true
            }
            if worthKeeping {
                // The index is a cache: a failure to keep it costs speed next time, never the change.
                try? writeChecked([FileContent(path: indexPath, bytes: index.encoded())])
            }
            return value
        }
    }

    /// The index with its measures from plan.json as it is now: read from the index when plan.json
    /// is the file it was made from, else from plan.json itself (its digest of the journal kept).
    private func currentIndex(planStamp: FileStamp, stored: PlanIndex?) throws -> PlanIndex {
        if let stored, stored.planStamp == planStamp { return stored }
        guard let bytes = try read(planPath) else { throw missingPlan }
        let (plan, sources) = try PlanCodec.decode(bytes, file: planPath)
        // The links within plan.json are checked as every command checks them; an index is only
        // ever made from a plan that passed.
        if let problem = Integrity.problems(in: PlanData(plan: plan), sources: PlanSources(plan: sources), linksToRegister: false).first {
            throw problem.withNote(Localized("rett dette før du endrer planen; «aktsom check» viser alle feil",
                                             en: "fix this before changing the plan; «aktsom check» lists every problem"))
        }
        var index = PlanIndex(planStamp: planStamp, plan: plan)
        index.journalPart = stored?.journalPart ?? .none
        return index
    }

    /// How the journal's digest is read for this command, and whether the index's digest changed
    /// (made or brought forward, or dropped) so that the index is worth keeping again.
    private func digestLookup(for index: inout PlanIndex, wanted: Bool) throws -> (DigestLookup?, changed: Bool) {
        let size = try fileSystem.fileSize(journalPath) ?? 0
        var covered = index.journalCovered
        if let kept = covered, try !stillCovers(kept, index.journalPart, size: size) { covered = nil }
        if let covered, size - covered <= JournalDigest.keptLag {
            guard wanted else { return (nil, false) }
            if let section = index.unreadJournalSection {
                return (DigestLookup(section: section, since: try updates(from: covered, to: size), size: size), false)
            }
            if let digest = index.journal { return (DigestLookup(digest: try extended(digest, to: size)), false) }
        }
        if covered != nil || wanted {
            // A digest far behind is brought forward and kept, so the next reader does not read
            // the lines since; none, or one that no longer holds, is made from the whole journal.
            let digest = try (covered == nil ? nil : index.journal).map { try extended($0, to: size) } ?? (try wholeDigest(size: size))
            index.journalPart = .read(digest)
            return (DigestLookup(digest: digest), true)
        }
        if index.journalCovered != nil {
            // A digest that no longer holds (the journal was rewritten): an update drops it and
            // leaves making a new one to the next sheet import.
            index.journalPart = .none
            return (nil, true)
        }
        return (nil, false)
    }

    /// Whether the journal's first `covered` bytes are still the ones the digest was made from.
    private func stillCovers(_ covered: Int, _ part: PlanIndex.JournalPart, size: Int) throws -> Bool {
        guard covered > 0, covered <= size else { return false }
        let fingerprint: UInt64?
        switch part {
        case .none: fingerprint = nil
        case .unread(_, let section): fingerprint = PlanIndex.fingerprint(ofSection: section)
        case .read(let digest): fingerprint = digest.fingerprint
        }
        return try fingerprint == self.fingerprint(upTo: covered)
    }

    /// The updates in the journal's bytes from `start` to `end` (where lines end).
    private func updates(from start: Int, to end: Int) throws -> [StatusUpdate] {
        guard end > start else { return [] }
        let tail = try fileSystem.read(journalPath, offset: start, count: end - start)
        return try JournalCodec.read(Array((JournalCodec.headerLine + "\n").utf8) + tail, file: journalPath).updates
    }

    /// A digest brought forward to the journal's end by the lines appended since it was made.
    private func extended(_ digest: JournalDigest, to size: Int) throws -> JournalDigest {
        guard size > digest.covered else { return digest }
        var digest = digest
        digest.add(try updates(from: digest.covered, to: size))
        digest.covered = size
        digest.fingerprint = try fingerprint(upTo: size)
        return digest
    }

    /// A digest of the whole journal.
    private func wholeDigest(size: Int) throws -> JournalDigest {
        var digest = JournalDigest(covered: size, fingerprint: try fingerprint(upTo: size))
        digest.add(try JournalCodec.read(from: fileSystem, path: journalPath, knownMeasures: nil).updates)
        return digest
    }

    private func fingerprint(upTo end: Int) throws -> UInt64 {
        let start = max(0, end - JournalDigest.window)
        return JournalDigest.fingerprint(try fileSystem.read(journalPath, offset: start, count: end - start))
    }

    /// Every update of the given measures, in journal order, reading the journal once and decoding
    /// only the lines that name one of them (and any line not in the shape Aktsom writes).
    func updates(of measures: Set<String>) throws -> [StatusUpdate] {
        let size = try fileSystem.fileSize(journalPath) ?? 0
        guard size > 0 else { return [] }
        var selected = Array((JournalCodec.headerLine + "\n").utf8)
        let selection = JournalSelection(measures: measures)
        var offset = 0
        var carry: [UInt8] = []
        while offset < size {
            let chunk = try fileSystem.read(journalPath, offset: offset, count: min(4 << 20, size - offset))
            guard !chunk.isEmpty else { break }
            offset += chunk.count
            let bytes = carry.isEmpty ? chunk : carry + chunk
            let consumed = bytes.withUnsafeBufferPointer { buffer in
                selection.select(fromLinesIn: buffer, into: &selected)
            }
            carry = Array(bytes[consumed...])
        }
        if !carry.isEmpty { selected += carry + [UInt8(ascii: "\n")] }
        let reading = try JournalCodec.read(selected, file: journalPath)
        return reading.updates.filter { measures.contains($0.measure) }
    }

    private func stampOf(_ path: String) throws -> FileStamp? {
        do {
            return try fileSystem.stamp(path)
        } catch {
            throw error.diagnostic
        }
    }
}

/// The journal's digest as a sheet import asks for it: for the measures it names. A digest kept
/// unread in the index is read only for those (a city's has thousands of lines), then brought
/// forward by the updates appended since; the answer for those measures is the whole digest's.
final class DigestLookup {
    /// Whether the kept digest did not read: the index then drops it, and the next import makes
    /// a new one from the journal.
    private(set) var failed = false
    private let section: [UInt8]?
    private let since: [StatusUpdate]
    private let size: Int
    private let whole: JournalDigest?

    init(section: [UInt8], since: [StatusUpdate], size: Int) {
        self.section = section
        self.since = since
        self.size = size
        whole = nil
    }

    init(digest: JournalDigest) {
        section = nil
        since = []
        size = digest.covered
        whole = digest
    }

    /// The digest as far as it concerns `measures`; nil when the kept one does not read (the
    /// caller then reads those measures' history from the journal).
    func digest(for measures: Set<String>) -> JournalDigest? {
        if let whole { return whole }
        guard let section, var digest = PlanIndex.digest(fromSection: section, only: measures) else {
            failed = true
            return nil
        }
        digest.add(since.filter { measures.contains($0.measure) })
        digest.covered = size
        return digest
    }
}

/// Picking a measure's lines out of a journal without decoding the others.
struct JournalSelection {
    private static let prefix = Array(#"{"measure": ""#.utf8)
    private let wanted: WantedIDs

    init(measures: Set<String>) {
        wanted = WantedIDs(measures)
    }

    /// Copies into `selected` every whole line of `buffer` that may be about a wanted measure
    /// (each with its newline) and returns how many bytes it read: up to the last newline.
    func select(fromLinesIn buffer: UnsafeBufferPointer<UInt8>, into selected: inout [UInt8]) -> Int {
        var lineStart = 0
        while case let end = JournalCodec.lineEnd(in: buffer, from: lineStart), end < buffer.count {
            let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
            if mayName(line) {
                selected += line
                selected.append(UInt8(ascii: "\n"))
            }
            lineStart = end + 1
        }
        return lineStart
    }

    /// Whether a line may be about one of the wanted measures: a line in the shape Aktsom writes
    /// (`{"measure": "ID", …`) is when its id may be wanted (the caller keeps only the wanted
    /// ones); any other line (a hand edit, the header, an id with an escape) is kept for the full
    /// reader to judge.
    func mayName(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        switch WantedIDs.id(in: line, after: Self.prefix, until: UInt8(ascii: "\"")) {
        case .absent: return !line.allSatisfy(PlanStore.JournalStart.isBlank)
        case .escaped: return true
        case .plain(let id): return wanted.mayInclude(id)
        }
    }
}
