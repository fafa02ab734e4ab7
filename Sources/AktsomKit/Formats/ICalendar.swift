/// Writes iCalendar (RFC 5545) that Outlook and Google Calendar import: CRLF line ends, lines
/// folded at 75 octets without splitting a character, text escaped as section 3.3.11 requires.
public struct ICalendar: Sendable {
    /// An all-day event.
    public struct Event: Sendable, Equatable {
        /// Globally unique and stable, so importing again updates the event instead of doubling it.
        public var uid: String
        public var day: Day
        public var summary: String
        public var description: String?
        public var categories: [String]
        /// How many times the event has changed (RFC 5545 SEQUENCE), so a newer import wins.
        public var sequence: Int
        /// When what the event shows last changed, if known.
        public var lastModified: RecordedTime?
        /// A cancelled event stays in the file so that calendars which had it remove it.
        public var isCancelled: Bool

        public init(uid: String, day: Day, summary: String, description: String? = nil, categories: [String] = [],
                    sequence: Int = 0, lastModified: RecordedTime? = nil, isCancelled: Bool = false) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
            self.categories = categories
            self.sequence = sequence
            self.lastModified = lastModified
            self.isCancelled = isCancelled
        }
    }

    public var name: String
    public var events: [Event]
    /// When the calendar was made (DTSTAMP), in UTC: `20251121T101500Z`.
    public var stamp: String

    public init(name: String, events: [Event], stamp: String) {
        self.name = name
        self.events = events
        self.stamp = stamp
    }

    /// `2025-11-21T10:15:00Z` → `20251121T101500Z`.
    public static func stamp(fromISO timestamp: String) -> String {
        String(decoding: timestamp.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") }, as: UTF8.self)
    }

    public func rendered() -> String {
        // Written into one buffer of bytes, each line folded as it goes: a city's calendar has
        // thousands of events.
        var out: [UInt8] = []
        out.reserveCapacity(256 + events.count * 512)
        func line(_ text: String) {
            ICalendar.appendFolded(text, to: &out)
            out += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//Aktsom//Aktsom \(ICalendar.escape(name))//NB")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        line("X-WR-CALNAME:\(ICalendar.escape(name))")
        for event in events {
            line("BEGIN:VEVENT")
            line("UID:\(ICalendar.escape(event.uid))")
            line("DTSTAMP:\(stamp)")
            line("DTSTART;VALUE=DATE:\(ICalendar.date(event.day))")
            // The last day a date can have has no next day: a duration keeps it a whole day.
            line(event.day < Day.latest ? "DTEND;VALUE=DATE:\(ICalendar.date(event.day.adding(days: 1)))" : "DURATION:P1D")
            line("SEQUENCE:\(event.sequence)")
            if let modified = event.lastModified, modified.description.utf8.count == 20 {
                line("LAST-MODIFIED:\(ICalendar.stamp(fromISO: modified.description))")
            }
            line("STATUS:\(event.isCancelled ? "CANCELLED" : "CONFIRMED")")
            line("SUMMARY:\(ICalendar.escape(event.summary))")
            if let description = event.description { line("DESCRIPTION:\(ICalendar.escape(description))") }
            if !event.categories.isEmpty { line("CATEGORIES:" + event.categories.map(ICalendar.escape).joined(separator: ",")) }
            line("TRANSP:TRANSPARENT")
            line("END:VEVENT")
        }
        line("END:VCALENDAR")
        return String(decoding: out, as: UTF8.self)
    }

    /// `20250630`.
    static func date(_ day: Day) -> String {
        String(decoding: day.iso.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
    }

    /// TEXT escaping: backslash, semicolon and comma get a backslash; a line break (CRLF, LF or
    /// CR) becomes `\n`; other control characters, which iCalendar text may not hold, are left
    /// out. Done on UTF-8 bytes: every character it changes is ASCII, and a city's calendar
    /// escapes thousands of descriptions.
    public static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var previous: UInt8 = 0
        for byte in bytes {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\r"): result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): continue
            case UInt8(ascii: "\n"): result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\t"): result.append(byte)
            case ..<0x20: continue
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Splits a content line into lines of at most 75 octets, continuation lines starting with a
    /// space, never inside a character.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        // When every scalar is a character of its own, the line is folded on bytes, between UTF-8
        // sequences: calendar text is nearly always Norwegian, and a city's calendar folds
        // thousands of descriptions. Otherwise (combining marks, emoji) character by character.
        if line.unicodeScalars.allSatisfy(ICalendar.standsAlone) { return foldBetweenScalars(line) }
        var pieces: [String] = []
        var current = ""
        var currentOctets = 0
        for character in line {
            let octets = character.utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if currentOctets + octets > limit {
                pieces.append(current)
                current = ""
                currentOctets = 0
            }
            current.append(character)
            currentOctets += octets
        }
        pieces.append(current)
        return pieces.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    /// Scalars that never join the one before into a character: all below U+0300 (where the
    /// combining marks begin; a content line holds no CR), and general punctuation and currency
    /// signs (dashes, ellipsis, quotes, €) except the zero-width joiners.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2000...0x20CF).contains(scalar.value) && scalar.value != 0x200C && scalar.value != 0x200D
    }

    /// A content line folded (see ``fold(_:)``), appended to `out`.
    static func appendFolded(_ line: String, to out: inout [UInt8]) {
        if line.utf8.count <= 75 {
            out += line.utf8
        } else if line.unicodeScalars.allSatisfy(ICalendar.standsAlone) {
            foldBetweenScalars(line, into: &out)
        } else {
            out += fold(line).utf8
        }
    }

    private static func foldBetweenScalars(_ line: String) -> String {
        var result: [UInt8] = []
        foldBetweenScalars(line, into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    private static func foldBetweenScalars(_ line: String, into result: inout [UInt8]) {
        result.reserveCapacity(result.count + line.utf8.count + line.utf8.count / 24)
        var octets = 0
        var limit = 75
        for byte in line.utf8 {
            // A lead byte starts a scalar: fold before it when the whole sequence would not fit.
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if octets + length > limit {
                    result += [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " ")]
                    octets = 0
                    limit = 74
                }
            }
            result.append(byte)
            octets += 1
        }
    }
}
