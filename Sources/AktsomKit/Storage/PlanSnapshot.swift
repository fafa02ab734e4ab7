import Foundation

/// A plan folder as loaded at one moment, with what it takes to load it again cheaply: each
/// file's stamp (size, modification time, identity) and its decoded content, and how far the
/// journal was read. A process that lives long (`aktsom serve`) keeps one and asks
/// ``PlanStore/load(reusing:)`` for the next: only a file whose stamp changed is read again, and
/// of a journal that only grew, only the bytes appended since are read. What comes out is the
/// same ``LoadedPlan`` that ``PlanStore/load(journal:)`` gives for the same files.
public struct PlanSnapshot: Sendable {
    /// The plan as the commands see it: data, warnings, problems, sources.
    public let loaded: LoadedPlan
    /// A number no other snapshot in this process has, given to every load that found
    /// something changed (a reload that found nothing keeps it), so a cache built on a
    /// snapshot (a view computed once per plan state) knows when it is stale, even across a
    /// fresh start after the plan could not be read.
    public let generation: Int

    struct Decoded<Value: Sendable>: Sendable {
        let stamp: FileStamp
        let value: Value
        let sources: SourceMap
    }

    let plan: Decoded<ActionPlan>
    let register: Decoded<ProcurementRegister>?
    let years: [Int: Decoded<ReportingYear>]
    let yearWarnings: [Diagnostic]
    let journalStamp: FileStamp?
    let journal: JournalCodec.Reading
    let knownMeasures: Set<String>

    public var data: PlanData { loaded.data }

    /// Hands out the generations, one process-wide count.
    static let generations = GenerationCounter()
}

/// A count that only goes up, shared by the threads of one process.
final class GenerationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.withLock {
            last += 1
            return last
        }
    }
}

extension PlanStore {
    /// The plan folder now, reading only what changed since `previous` (everything when nil).
    /// A file is read after its stamp is taken, so a write that lands in between is seen as a
    /// change on the next call, never missed. Throws as ``load(journal:)`` does.
    public func load(reusing previous: PlanSnapshot?) throws(Diagnostic) -> PlanSnapshot {
        guard fileSystem.isDirectory(folder) else { throw missingFolder }
        guard let planStamp = try stamp(planPath) else { throw missingPlan }
        var changed = previous == nil

        let plan: PlanSnapshot.Decoded<ActionPlan>
        if let old = previous?.plan, old.stamp == planStamp {
            plan = old
        } else {
            guard let bytes = try read(planPath) else { throw missingPlan }
            let (decoded, sources) = try PlanCodec.decode(bytes, file: planPath)
            plan = .init(stamp: planStamp, value: decoded, sources: sources)
            changed = true
        }

        var register: PlanSnapshot.Decoded<ProcurementRegister>?
        if let registerStamp = try stamp(registerPath) {
            if let old = previous?.register, old.stamp == registerStamp {
                register = old
            } else if let bytes = try read(registerPath) {
                let (decoded, sources) = try RegisterCodec.decode(bytes, file: registerPath)
                register = .init(stamp: registerStamp, value: decoded, sources: sources)
                changed = true
            }
        } else {
            throw missingFile(registerPath, repairMakes: Localized("et tomt anskaffelsesregister", en: "an empty procurement register"))
        }

        var yearWarnings: [Diagnostic] = []
        var years: [Int: PlanSnapshot.Decoded<ReportingYear>] = [:]
        for (year, path) in try yearFiles(warnings: &yearWarnings) {
            guard let yearStamp = try stamp(path) else { continue }
            if let old = previous?.years[year], old.stamp == yearStamp {
                years[year] = old
            } else if let bytes = try read(path) {
                let (decoded, sources) = try YearCodec.decode(bytes, file: path, expectedYear: year)
                years[year] = .init(stamp: yearStamp, value: decoded, sources: sources)
                changed = true
            }
        }
        if let previous, Set(previous.years.keys) != Set(years.keys) || previous.yearWarnings != yearWarnings { changed = true }

        let knownMeasures = plan.value.journalMeasureIDs
        let journalStamp = try stamp(journalPath)
        // A missing, newer or headless journal stops the server's reads as it stops every command.
        if journalStamp != previous?.journalStamp { _ = try journalStart() }
        let journal = try journalReading(stamp: journalStamp, previous: previous, knownMeasures: knownMeasures)
        if journalStamp != previous?.journalStamp { changed = true }

        if !changed, let previous { return previous }

        var data = PlanData(plan: plan.value)
        var sources = PlanSources(plan: plan.sources)
        if let register {
            data.register = register.value
            sources.register = register.sources
        }
        for (year, decoded) in years {
            data.years[year] = decoded.value
            sources.years[year] = decoded.sources
        }
        data.journal = journal.updates
        let loaded = LoadedPlan(data: data, warnings: yearWarnings + journal.warnings,
                                problems: Integrity.problems(in: data, sources: sources), sources: sources)
        return PlanSnapshot(loaded: loaded, generation: PlanSnapshot.generations.next(), plan: plan, register: register, years: years,
                            yearWarnings: yearWarnings, journalStamp: journalStamp, journal: journal, knownMeasures: knownMeasures)
    }

    /// The journal: the earlier reading when the file is the same, that reading plus the lines
    /// appended when it only grew, else the whole file again (replaced, shrunk, its last line
    /// torn when read, or the plan's measures changed so the lines must be judged again).
    private func journalReading(stamp journalStamp: FileStamp?, previous: PlanSnapshot?, knownMeasures: Set<String>) throws(Diagnostic) -> JournalCodec.Reading {
        guard let journalStamp else { return JournalCodec.Reading() }
        if let previous, let old = previous.journalStamp, previous.knownMeasures == knownMeasures, old.identity == journalStamp.identity {
            let readUpTo = previous.journal.byteCount
            if old == journalStamp { return previous.journal }
            if journalStamp.size == readUpTo { return previous.journal }
            if readUpTo > 0, journalStamp.size > readUpTo, try endsWithLineBreak(journalPath, at: readUpTo) {
                return try JournalCodec.readAppended(from: fileSystem, path: journalPath, range: readUpTo..<journalStamp.size,
                                                     after: previous.journal, knownMeasures: knownMeasures)
            }
        }
        return try JournalCodec.read(from: fileSystem, path: journalPath, knownMeasures: knownMeasures)
    }

    private func endsWithLineBreak(_ path: String, at size: Int) throws(Diagnostic) -> Bool {
        do {
            return try fileSystem.read(path, offset: size - 1, count: 1) == [UInt8(ascii: "\n")]
        } catch {
            throw error.diagnostic
        }
    }

    private func stamp(_ path: String) throws(Diagnostic) -> FileStamp? {
        do {
            return try fileSystem.stamp(path)
        } catch {
            throw error.diagnostic
        }
    }
}
