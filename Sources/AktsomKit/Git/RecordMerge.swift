/// A three-way merge of two versions of a plan file against the version they share, record by
/// record rather than line by line, so that two clones that both append to a list never conflict.
///
/// A record is an element of a list of objects that all carry an identity (`id`, or `goal`,
/// `risk`, `section` in a year file). For each record: added on either side, it is kept; removed
/// on one side and unchanged on the other, it is removed; changed on one side, the change is
/// taken; changed on both sides in the same way, once. Changed differently on both sides, its
/// fields are merged; lists of records inside it (a procurement's follow-ups and deviations)
/// merge the same way, lists of plain values (linked ids) as sets, other objects field by field.
/// Only when a field changed differently on both sides, or one side changed a record the other
/// removed, does the record become a conflict: the caller writes both versions between git's
/// conflict markers, where Aktsom's loader names it by file and line.
public enum RecordMerge {
    /// Both versions of a record, or of a top-level field, that could not be merged; nil for a
    /// side that removed it.
    public struct Conflict: Sendable, Equatable {
        public var ours: JSONValue?
        public var theirs: JSONValue?
    }

    /// The merged value, with a placeholder (``placeholder(_:token:)``) where each conflict stands.
    public struct Result: Sendable {
        public var value: JSONValue
        public var conflicts: [Conflict]
    }

    /// The keys that identify a record, in the order tried.
    static let identityKeys = ["id", "goal", "risk", "section", "measure"]

    /// Merges `ours` and `theirs` against `base` (nil when the file is new on both sides). The
    /// top-level fields of the file are each a unit of conflict, like records.
    public static func merge(base: JSONValue?, ours: JSONValue, theirs: JSONValue, token: String) -> Result {
        var merger = Merger(token: token)
        let value = merger.unit(base: base, ours: ours, theirs: theirs, isRoot: true) ?? ours
        return Result(value: value, conflicts: merger.conflicts)
    }

    /// A record in the merged file that stands for conflict `index`: an object, so lists holding
    /// it are still written one element per line.
    public static func placeholder(_ index: Int, token: String) -> JSONValue {
        .object([("\u{1}\(token)-\(index)", .int(0))])
    }

    /// Whether two values say the same, wherever in their files they were read.
    public static func same(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
        switch (lhs?.kind, rhs?.kind) {
        case (nil, nil): return true
        case (.null?, .null?): return true
        case (.bool(let a)?, .bool(let b)?): return a == b
        case (.number(let a)?, .number(let b)?): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.string(let a)?, .string(let b)?): return a == b
        case (.array(let a)?, .array(let b)?): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.object(let a)?, .object(let b)?):
            return a.members.count == b.members.count && a.members.allSatisfy { member in same(member.value, b[member.key]) }
        default: return false
        }
    }

    /// A field changed differently on both sides: the enclosing record is a conflict.
    struct Clash: Error {}

    struct Merger {
        let token: String
        var conflicts: [Conflict] = []

        /// Merges a unit of conflict (a record, or a top-level field): its value, or a placeholder
        /// when it clashes. Nil when it is removed.
        mutating func unit(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, isRoot: Bool = false) -> JSONValue? {
            if isRoot, let ours, let theirs, case .object(let o) = ours.kind, case .object(let t) = theirs.kind {
                let b = base?.objectValue
                var members: [JSONObject.Member] = []
                for key in RecordMerge.keys(ours: o.members.map(\.key), theirs: t.members.map(\.key), base: b?.members.map(\.key) ?? []) {
                    if let value = unit(base: b?[key], ours: o[key], theirs: t[key]) {
                        members.append(JSONObject.Member(key: key, value: value))
                    }
                }
                return JSONValue(.object(JSONObject(members)))
            }
            let before = conflicts.count
            do {
                return try value(base: base, ours: ours, theirs: theirs)
            } catch {
                // Conflicts inside the unit are part of it now, written with it as a whole.
                conflicts.removeLast(conflicts.count - before)
                conflicts.append(Conflict(ours: ours, theirs: theirs))
                return RecordMerge.placeholder(conflicts.count - 1, token: token)
            }
        }

        /// Merges a value inside a unit; throws ``Clash`` when it cannot.
        mutating func value(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) throws(Clash) -> JSONValue? {
            if same(ours, theirs) { return ours }
            if same(base, ours) { return theirs }
            if same(base, theirs) { return ours }
            guard let ours, let theirs else { throw Clash() }   // changed on one side, removed on the other
            switch (ours.kind, theirs.kind) {
            case (.object(let o), .object(let t)):
                let b = base?.objectValue
                var members: [JSONObject.Member] = []
                for key in RecordMerge.keys(ours: o.members.map(\.key), theirs: t.members.map(\.key), base: b?.members.map(\.key) ?? []) {
                    if let merged = try value(base: b?[key], ours: o[key], theirs: t[key]) {
                        members.append(JSONObject.Member(key: key, value: merged))
                    }
                }
                return JSONValue(.object(JSONObject(members)))
            case (.array(let o), .array(let t)):
                let b = base?.arrayValue ?? []
                if let key = RecordMerge.identity(of: [b, o, t]) {
                    return .array(records(base: b, ours: o, theirs: t, key: key))
                }
                if (b + o + t).allSatisfy(RecordMerge.isPlain) {
                    return .array(RecordMerge.setMerge(base: b, ours: o, theirs: t))
                }
                throw Clash()
            default:
                throw Clash()
            }
        }

        /// Merges lists of records by identity, keeping ours' order and placing each record
        /// theirs added after the record it follows there, and after what ours added at that
        /// spot: two clones that both append keep ours' records first, then theirs'.
        mutating func records(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue], key: String) -> [JSONValue] {
            func byID(_ list: [JSONValue]) -> [String: JSONValue] {
                Dictionary(list.compactMap { record in record.objectValue?[key]?.stringValue.map { ($0, record) } }, uniquingKeysWith: { first, _ in first })
            }
            let b = byID(base), o = byID(ours), t = byID(theirs)
            var order = ours.compactMap { $0.objectValue?[key]?.stringValue }
            var previous: String?
            for record in theirs {
                guard let id = record.objectValue?[key]?.stringValue else { continue }
                if !order.contains(id) {
                    var position = previous.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                    while position < order.count && b[order[position]] == nil && t[order[position]] == nil { position += 1 }
                    order.insert(id, at: position)
                }
                previous = id
            }
            return order.compactMap { id in unit(base: b[id], ours: o[id], theirs: t[id]) }
        }
    }

    /// The key that identifies the records of these lists, or nil when they are not lists of
    /// records: every element an object with that key as text, unique within each list.
    static func identity(of lists: [[JSONValue]]) -> String? {
        guard lists.contains(where: { !$0.isEmpty }) else { return nil }
        for key in identityKeys {
            let fits = lists.allSatisfy { list in
                let ids = list.compactMap { $0.objectValue?[key]?.stringValue }
                return ids.count == list.count && Set(ids).count == ids.count
            }
            if fits { return key }
        }
        return nil
    }

    static func isPlain(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .array, .object: return false
        default: return true
        }
    }

    /// Lists of plain values (linked ids, SDGs, phases) as sets: what either side added is kept,
    /// what either side removed is gone, in ours' order with theirs' additions after.
    static func setMerge(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        func contains(_ list: [JSONValue], _ value: JSONValue) -> Bool { list.contains { same($0, value) } }
        var result = ours.filter { !(contains(base, $0) && !contains(theirs, $0)) }
        for value in theirs where !contains(base, value) && !contains(result, value) {
            result.append(value)
        }
        return result
    }

    /// The keys of a merged object: ours' order, then keys only theirs has, placed after the key
    /// they follow there; keys one side removed and the other left alone are still offered, and
    /// drop out when the merge of their value is nil.
    static func keys(ours: [String], theirs: [String], base: [String]) -> [String] {
        var keys = ours
        var previous: String?
        for key in theirs {
            if !keys.contains(key) {
                let position = previous.flatMap { keys.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                keys.insert(key, at: position)
            }
            previous = key
        }
        for key in base where !keys.contains(key) { keys.append(key) }
        return keys
    }
}
