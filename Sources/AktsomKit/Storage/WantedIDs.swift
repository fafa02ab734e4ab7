/// The measure ids a partial read wants (of the journal for a sheet import's rows, of the index's
/// digest for a sheet's measures), as the fingerprints of their bytes: a line for another measure
/// is passed over after hashing its id once. Two ids with the same fingerprint only send a line
/// on to the full reading, which compares the id itself.
struct WantedIDs {
    private let fingerprints: Set<UInt64>

    init(_ ids: Set<String>) {
        fingerprints = Set(ids.map { JournalDigest.fingerprint($0.utf8) })
    }

    /// Whether `id` may be one of the wanted ids; false means certainly not.
    func mayInclude(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        fingerprints.contains(JournalDigest.fingerprint(id))
    }

    /// An id as a line writes it, right after a fixed start.
    enum WrittenID {
        /// The line does not start so.
        case absent
        /// The id has an escape: only the full reading can tell what it is.
        case escaped
        case plain(UnsafeBufferPointer<UInt8>)
    }

    /// The id that `line` writes after `prefix`, up to `terminator` (or the line's end).
    static func id(in line: UnsafeBufferPointer<UInt8>, after prefix: [UInt8], until terminator: UInt8) -> WrittenID {
        guard line.count > prefix.count, line.starts(with: prefix) else { return .absent }
        var end = prefix.count
        while end < line.count && line[end] != terminator {
            if line[end] == UInt8(ascii: "\\") { return .escaped }
            end += 1
        }
        return .plain(UnsafeBufferPointer(rebasing: line[prefix.count..<end]))
    }
}
