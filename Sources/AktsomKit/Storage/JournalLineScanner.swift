#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one journal line as Aktsom writes it, straight into a ``StatusUpdate``, without
/// building a JSON tree: the journal of a city holds hundreds of thousands of lines.
///
/// It accepts only the plain case: an object with the journal's own keys, each at most once,
/// string values without escapes, a canonical status, a valid date, a measure the plan has. For
/// anything else it answers nil, and the general reader takes the line and explains what is
/// wrong, so a message never depends on which path read the line. Tests compare the two paths on
/// the same data.
struct JournalLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The plan's measure ids by the hash of their bytes, so a line reuses the plan's string.
    private let measures: StringTable?
    /// Team names seen so far: a few dozen distinct values over many lines.
    private var teams = StringTable()

    init(_ bytes: UnsafeBufferPointer<UInt8>, knownMeasures: Set<String>?) {
        self.bytes = bytes
        self.measures = knownMeasures.map { StringTable($0) }
    }

    private static let statuses: [(bytes: [UInt8], status: Status)] = Status.allCases.map { (Array($0.rawValue.utf8), $0) }

    mutating func scan(from start: Int, to end: Int) -> StatusUpdate? {
        var index = start
        skipSpaces(&index, end)
        guard index < end, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var measure: String?, status: Status?, date: Day?, by: String?, note: String?, recorded: RecordedTime?
        while true {
            skipSpaces(&index, end)
            guard let key = stringRange(&index, end) else { return nil }
            skipSpaces(&index, end)
            guard index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpaces(&index, end)
            guard let value = stringRange(&index, end) else { return nil }
            switch key.count {
            case 7 where matches(key, "measure") && measure == nil:
                // With a plan, only its own ids pass; an unknown one is for the general reader to report.
                guard let id = measures.map({ $0.existing(bytes, value) }) ?? makeString(value) else { return nil }
                measure = id
            case 6 where matches(key, "status") && status == nil:
                guard let found = JournalLineScanner.statuses.first(where: { matches(value, $0.bytes) }) else { return nil }
                status = found.status
            case 4 where matches(key, "date") && date == nil:
                guard let day = parseDay(value) else { return nil }
                date = day
            case 2 where matches(key, "by") && by == nil:
                guard let team = teams.interned(bytes, value) else { return nil }
                by = team
            case 4 where matches(key, "note") && note == nil:
                guard let text = makeString(value) else { return nil }
                note = text
            case 8 where matches(key, "recorded") && recorded == nil:
                if let time = RecordedTime(canonicalUTF8: UnsafeBufferPointer(rebasing: bytes[value])) {
                    recorded = time
                } else {
                    guard let text = makeString(value) else { return nil }
                    recorded = text.isBlank ? nil : RecordedTime(text)
                }
            default:
                return nil
            }
            skipSpaces(&index, end)
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            break
        }
        skipSpaces(&index, end)
        guard index == end, let measure, let status, let date, !measure.isBlank else { return nil }
        // Blank optional texts count as missing, as in the general reader.
        return StatusUpdate(measure: measure, status: status, date: date, by: by?.nonBlank, note: note?.nonBlank, recorded: recorded)
    }

    // MARK: Pieces

    private func skipSpaces(_ index: inout Int, _ end: Int) {
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
    }

    /// The bytes between a pair of quotes, or nil for anything but a plain string (escapes,
    /// control characters, a missing quote). The closing quote is found with memchr and the
    /// text between checked eight bytes at a time.
    private func stringRange(_ index: inout Int, _ end: Int) -> Range<Int>? {
        guard index < end, bytes[index] == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
        let start = index + 1
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\"")), end - start) else { return nil }
        let close = start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
        guard JournalLineScanner.isPlain(UnsafeBufferPointer(rebasing: bytes[start..<close])) else { return nil }
        index = close + 1
        return start..<close
    }

    /// No backslash and no control character: nothing a JSON string would need to unescape.
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let belowSpace = (word &- ones &* 0x20) & ~word & highs
            let backslashes = word ^ (ones &* 0x5C)
            let hasBackslash = (backslashes &- ones) & ~backslashes & highs
            if belowSpace | hasBackslash != 0 { break }
            index += 8
        }
        while index < text.count {
            let byte = text[index]
            if byte < 0x20 || byte == UInt8(ascii: "\\") { return false }
            index += 1
        }
        return true
    }

    private func matches(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount
            && UnsafeBufferPointer(rebasing: bytes[range]).elementsEqualBytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func matches(_ range: Range<Int>, _ expected: [UInt8]) -> Bool {
        range.count == expected.count && expected.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: bytes[range]).elementsEqualBytes($0) }
    }

    /// A string from valid UTF-8, or nil when the bytes are not.
    private func makeString(_ range: Range<Int>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard UTF8Validation.firstInvalidOffset(in: slice) == nil else { return nil }
        return String(decoding: slice, as: UTF8.self)
    }

    private func parseDay(_ range: Range<Int>) -> Day? {
        guard range.count == 10 else { return nil }
        let start = range.lowerBound
        func digits(_ offset: Int, _ count: Int) -> Int? {
            var value = 0
            for position in start + offset..<start + offset + count {
                let byte = bytes[position]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

/// Strings found by the hash of their UTF-8 bytes, so repeated text (a measure id, a team name)
/// is one string in memory however many lines hold it.
struct StringTable {
    /// Each string with its UTF-8 bytes, to confirm a hash match without walking the string.
    private var entries: [(hash: UInt64, text: String, bytes: [UInt8])] = []
    /// Open addressing by the FNV hash: positions in `entries` plus one, 0 for empty.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    init() {}

    init(_ known: some Sequence<String>) {
        for text in known {
            let utf8 = Array(text.utf8)
            insert(utf8.withUnsafeBufferPointer(StringTable.hash), text, utf8)
        }
    }

    /// The known string with these bytes, or nil when there is none.
    func existing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        return find(StringTable.hash(slice), slice)
    }

    /// The string with these bytes, made once; nil when the bytes are not valid UTF-8.
    mutating func interned(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = StringTable.hash(slice)
        if let found = find(hash, slice) { return found }
        guard UTF8Validation.firstInvalidOffset(in: slice) == nil else { return nil }
        let text = String(decoding: slice, as: UTF8.self)
        insert(hash, text, Array(slice))
        return text
    }

    private func find(_ hash: UInt64, _ slice: UnsafeBufferPointer<UInt8>) -> String? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash && entry.bytes.withUnsafeBufferPointer({ slice.elementsEqualBytes($0) }) { return entry.text }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func insert(_ hash: UInt64, _ text: String, _ bytes: [UInt8]) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append((hash, text, bytes))
        place(entries.count - 1)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Byte-for-byte equality, by `memcmp`.
    func elementsEqualBytes(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard let base = baseAddress, let otherBase = other.baseAddress else { return count == 0 }
        return memcmp(base, otherBase, count) == 0
    }
}
