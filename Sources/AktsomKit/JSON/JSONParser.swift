/// Reads JSON text (RFC 8259) into ``JSONValue``s that remember where they stand.
///
/// Written here rather than borrowed from Foundation for two reasons: a person who mistyped a
/// plan file must be told the line and column of every problem, including ones found after
/// parsing (an unknown status, a missing field), which needs the offset of every value; and the
/// parser is on the hot path of every command. It never traps: malformed input, invalid UTF-8,
/// absurd nesting and truncated files all become a ``JSONError`` with an offset.
public struct JSONParser {
    /// Nesting deeper than this is refused instead of risking the stack. Plan files nest
    /// about five levels.
    public static let maximumDepth = 200

    /// Parses a whole document. A UTF-8 byte order mark at the start is accepted and skipped,
    /// because Windows editors add one.
    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        let result: Result<JSONValue, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            do throws(JSONError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses one value in `buffer` from `start` to `end` (a journal line), with offsets counted
    /// from the start of the buffer.
    public static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) throws(JSONError) -> JSONValue {
        var parser = JSONParser(buffer, start: start, end: end)
        return try parser.parseDocument()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.index = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    private mutating func parseDocument() throws(JSONError) -> JSONValue {
        if end - index >= 3, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
            index += 3
        }
        skipWhitespace()
        guard index < end else {
            throw JSONError(offset: index, Localized("filen er tom", en: "the file is empty"),
                            notes: [Localized("forventet et JSON-dokument som begynner med {",
                                              en: "expected a JSON document starting with {")])
        }
        let value = try parseValue()
        skipWhitespace()
        if index < end {
            throw JSONError(offset: index, Localized("uventet tekst etter slutten av dokumentet",
                                                     en: "unexpected text after the end of the document"),
                            notes: [Localized("et JSON-dokument har én verdi; se etter en ekstra } eller ]",
                                              en: "a JSON document holds one value; look for an extra } or ]")])
        }
        return value
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONError) -> JSONValue {
        guard index < end else { throw unexpectedEnd(expecting: Localized("en verdi", en: "a value")) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), offset: start)
        default:
            throw unexpectedCharacter(expecting: Localized(
                "en verdi: tekst i \"anførselstegn\", et tall, true, false, null, «[» eller «{»",
                en: "a value: text in \"quotes\", a number, true, false, null, «[» or «{»"))
        }
    }

    private mutating func parseObject() throws(JSONError) -> JSONValue {
        let start = index
        try enterNesting()
        index += 1
        var members: [JSONObject.Member] = []
        var seenKeys: Set<String>?
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONValue(.object(JSONObject(members)), offset: start)
        }
        while true {
            skipWhitespace()
            guard index < end else { throw unexpectedEnd(expecting: Localized("et feltnavn eller «}»", en: "a field name or «}»")) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") && !members.isEmpty { throw trailingComma(before: "}") }
                throw unexpectedCharacter(expecting: Localized("et feltnavn i \"anførselstegn\"", en: "a field name in \"quotes\""))
            }
            let keyOffset = index
            let key = try parseString()
            // A set only for big objects: plan records have a handful of fields, but a damaged
            // or hostile file must not make the check quadratic.
            if members.count == 16 { seenKeys = Set(members.map(\.key)) }
            let isDuplicate: Bool
            if let inserted = seenKeys?.insert(key).inserted {
                isDuplicate = !inserted
            } else {
                isDuplicate = members.contains(where: { $0.key == key })
            }
            if isDuplicate {
                throw JSONError(offset: keyOffset, Localized("feltet \(quoted(key)) står to ganger i samme objekt",
                                                             en: "the field \(quoted(key)) appears twice in the same object"),
                                notes: [Localized("fjern det ene", en: "remove one of them")])
            }
            skipWhitespace()
            guard index < end else { throw unexpectedEnd(expecting: Localized("«:»", en: "«:»")) }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw unexpectedCharacter(expecting: Localized("«:» etter feltnavnet", en: "«:» after the field name"))
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard index < end else { throw unexpectedEnd(expecting: Localized("«,» eller «}»", en: "«,» or «}»")) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return JSONValue(.object(JSONObject(members)), offset: start)
            default:
                throw unexpectedCharacter(expecting: Localized(
                    "«,» mellom feltene eller «}» til slutt", en: "«,» between fields or «}» at the end"))
            }
        }
    }

    private mutating func parseArray() throws(JSONError) -> JSONValue {
        let start = index
        try enterNesting()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONValue(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            if index < end && bytes[index] == UInt8(ascii: "]") && !elements.isEmpty { throw trailingComma(before: "]") }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < end else { throw unexpectedEnd(expecting: Localized("«,» eller «]»", en: "«,» or «]»")) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return JSONValue(.array(elements), offset: start)
            default:
                throw unexpectedCharacter(expecting: Localized(
                    "«,» mellom elementene eller «]» til slutt", en: "«,» between elements or «]» at the end"))
            }
        }
    }

    private mutating func enterNesting() throws(JSONError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw JSONError(offset: index, Localized("for dypt nøstet (mer enn \(JSONParser.maximumDepth) nivåer)",
                                                     en: "nested too deeply (more than \(JSONParser.maximumDepth) levels)"))
        }
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONError) -> String {
        let start = index
        index += 1
        let contentStart = index
        var isASCII = true
        // Fast path: no escapes. Most strings in a plan are plain text.
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                index += 1
                return try makeString(slice, at: contentStart, isASCII: isASCII)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacter(byte) }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        guard index < end else {
            throw JSONError(offset: start, Localized("filen slutter for tidlig, midt i en tekst", en: "the file ends too soon, inside a text"),
                            notes: [Localized("mangler avsluttende \" etter teksten; er filen avkuttet?", en: "the closing \" is missing; is the file cut short?")])
        }
        // Slow path: decode escapes into a byte buffer, then validate it as UTF-8 once.
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try decoded.withUnsafeBufferPointer { buffer throws(JSONError) in
                    try makeString(buffer, at: contentStart, isASCII: false)
                }
            case UInt8(ascii: "\\"):
                try appendEscape(to: &decoded)
            case 0..<0x20:
                throw controlCharacter(byte)
            default:
                decoded.append(byte)
                index += 1
            }
        }
        throw JSONError(offset: start, Localized("filen slutter for tidlig, midt i en tekst", en: "the file ends too soon, inside a text"),
                        notes: [Localized("mangler avsluttende \" etter teksten; er filen avkuttet?", en: "the closing \" is missing; is the file cut short?")])
    }

    private func makeString(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int, isASCII: Bool) throws(JSONError) -> String {
        guard !isASCII, let invalid = UTF8Validation.firstInvalidOffset(in: slice) else {
            return String(decoding: slice, as: UTF8.self)
        }
        let bad = offset + invalid
        throw JSONError(offset: bad, Localized("ugyldig UTF-8 i teksten", en: "invalid UTF-8 in the text"),
                        notes: [Localized("filen må lagres som UTF-8; åpne den i en editor og lagre som UTF-8",
                                          en: "the file must be saved as UTF-8; open it in an editor and save as UTF-8")])
    }

    private mutating func appendEscape(to decoded: inout [UInt8]) throws(JSONError) {
        let escapeStart = index
        index += 1
        guard index < end else { throw unexpectedEnd(expecting: Localized("et tegn etter \\", en: "a character after \\")) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw invalidEscape(at: escapeStart)
                }
                index += 2
                let low = try readHex4(escapeStart: escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else { throw invalidEscape(at: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw invalidEscape(at: escapeStart)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw invalidEscape(at: escapeStart) }
            decoded.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw invalidEscape(at: escapeStart)
        }
    }

    private mutating func readHex4(escapeStart: Int) throws(JSONError) -> UInt32 {
        guard index + 4 <= end else { throw invalidEscape(at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw invalidEscape(at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    // MARK: Numbers and literals

    private mutating func parseNumber() throws(JSONError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, isDigit(bytes[index]) else { throw invalidNumber(at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < end, isDigit(bytes[index]) { throw invalidNumber(at: start) }
        } else {
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < end, isDigit(bytes[index]) else { throw invalidNumber(at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, isDigit(bytes[index]) else { throw invalidNumber(at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let start = index
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard index < end, bytes[index] == byte else {
                index = start
                throw unexpectedCharacter(expecting: Localized(
                    "en verdi: tekst i \"anførselstegn\", et tall, true, false eller null",
                    en: "a value: text in \"quotes\", a number, true, false or null"))
            }
            index += 1
        }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    // MARK: Errors

    private func unexpectedEnd(expecting: Localized) -> JSONError {
        JSONError(offset: index, Localized("filen slutter for tidlig", en: "the file ends too soon"),
                  notes: [Localized("forventet \(expecting.nb); er filen avkuttet?",
                                    en: "expected \(expecting.en); is the file cut short?")])
    }

    private func unexpectedCharacter(expecting: Localized) -> JSONError {
        let shown = describeCharacter(at: index)
        return JSONError(offset: index, Localized("uventet \(shown.nb)", en: "unexpected \(shown.en)"),
                         notes: [Localized("forventet \(expecting.nb)", en: "expected \(expecting.en)")])
    }

    private func describeCharacter(at offset: Int) -> Localized {
        guard offset < end else { return Localized("slutt på filen", en: "end of file") }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F {
            return Localized("tegn «\(Character(Unicode.Scalar(byte)))»", en: "character «\(Character(Unicode.Scalar(byte)))»")
        }
        if byte >= 0x80 {
            // Show the whole character when the bytes are valid UTF-8.
            var length = 1
            while offset + length < end, length < 4, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
            if let text = String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self) {
                return Localized("tegn «\(text)»", en: "character «\(text)»")
            }
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return Localized("byte 0x\(byte < 16 ? "0" : "")\(hex)", en: "byte 0x\(byte < 16 ? "0" : "")\(hex)")
    }

    private func trailingComma(before closing: String) -> JSONError {
        JSONError(offset: index, Localized("komma rett før \(closing)", en: "a comma right before \(closing)"),
                  notes: [Localized("JSON tillater ikke komma etter siste element; fjern kommaet", en: "JSON allows no comma after the last element; remove the comma")])
    }

    private func controlCharacter(_ byte: UInt8) -> JSONError {
        let name = byte == 0x0A ? Localized("linjeskift", en: "a line break")
            : byte == 0x09 ? Localized("tabulator", en: "a tab")
            : Localized("kontrolltegn", en: "a control character")
        return JSONError(offset: index, Localized("\(name.nb) inne i en tekst", en: "\(name.en) inside a text"),
                         notes: [Localized("skriv linjeskift som \\n og tabulator som \\t, eller avslutt teksten med \"",
                                           en: "write line breaks as \\n and tabs as \\t, or close the text with \"")])
    }

    private func invalidEscape(at offset: Int) -> JSONError {
        JSONError(offset: offset, Localized("ugyldig escape-sekvens etter \\", en: "invalid escape sequence after \\"),
                  notes: [Localized("gyldige er \\\" \\\\ \\/ \\b \\f \\n \\r \\t og \\uXXXX; skriv \\\\ for en vanlig \\",
                                    en: "valid ones are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a plain \\")])
    }

    private func invalidNumber(at offset: Int) -> JSONError {
        JSONError(offset: offset, Localized("ugyldig tall", en: "invalid number"),
                  notes: [Localized("tall skrives med punktum som desimaltegn og uten mellomrom, for eksempel 48500000 eller 12.5",
                                    en: "numbers use a point for decimals and no spaces, for example 48500000 or 12.5")])
    }
}

/// Checks UTF-8 byte by byte (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), to point at the exact bad byte in a message. Runs of ASCII are skipped eight bytes
/// at a time, since plan files are mostly ASCII.
public enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence, or
    /// nil when the bytes are valid.
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }
}
