/// Writes ``JSONValue``s as text in one fixed style, so that the same data always gives the same
/// bytes and a diff of a plan file shows only what changed.
///
/// Style: two-space indentation; keys in the order the value holds them (the codecs choose a
/// readable order: id first, then title, then the rest); lists of plain values on one line
/// (`"sdgs": [12, 13, 15]`); `æøå` and other non-ASCII text written as is, not as `\u` escapes.
///
/// The text is built as UTF-8 bytes: everything JSON escapes is ASCII, so text is copied as a
/// whole between the few bytes that need escaping.
public enum JSONWriter {
    /// A pretty-printed document ending in a newline, for plan files and `--json` output.
    public static func pretty(_ value: JSONValue) -> String {
        var output = Output()
        output.write(value, indent: 0)
        output.byte(UInt8(ascii: "\n"))
        return output.text
    }

    /// One line with no newline, for a journal entry: `{"measure": "klima-1.1", "status": …}`.
    public static func line(_ value: JSONValue) -> String {
        var output = Output()
        output.writeInline(value)
        return output.text
    }

    private struct Output {
        var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(4096)
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func byte(_ value: UInt8) {
            bytes.append(value)
        }

        mutating func raw(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        mutating func raw(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func indent(_ level: Int) {
            for _ in 0..<level { raw("  ") }
        }

        mutating func write(_ value: JSONValue, indent level: Int) {
            switch value.kind {
            case .array(let elements) where !elements.isEmpty && !elements.allSatisfy(Output.isScalar):
                raw("[\n")
                for (position, element) in elements.enumerated() {
                    indent(level + 1)
                    write(element, indent: level + 1)
                    raw(position == elements.count - 1 ? "\n" : ",\n")
                }
                indent(level)
                byte(UInt8(ascii: "]"))
            case .object(let object) where !object.members.isEmpty:
                raw("{\n")
                for (position, member) in object.members.enumerated() {
                    indent(level + 1)
                    string(member.key)
                    raw(": ")
                    write(member.value, indent: level + 1)
                    raw(position == object.members.count - 1 ? "\n" : ",\n")
                }
                indent(level)
                byte(UInt8(ascii: "}"))
            default:
                writeInline(value)
            }
        }

        mutating func writeInline(_ value: JSONValue) {
            switch value.kind {
            case .null: raw("null")
            case .bool(let flag): raw(flag ? "true" : "false")
            case .number(let literal): raw(literal)
            case .string(let text): string(text)
            case .array(let elements):
                byte(UInt8(ascii: "["))
                for (position, element) in elements.enumerated() {
                    if position > 0 { raw(", ") }
                    writeInline(element)
                }
                byte(UInt8(ascii: "]"))
            case .object(let object):
                byte(UInt8(ascii: "{"))
                for (position, member) in object.members.enumerated() {
                    if position > 0 { raw(", ") }
                    string(member.key)
                    raw(": ")
                    writeInline(member.value)
                }
                byte(UInt8(ascii: "}"))
            }
        }

        static func isScalar(_ value: JSONValue) -> Bool {
            switch value.kind {
            case .array, .object: return false
            default: return true
            }
        }

        /// Escapes only what JSON requires: the quote, the backslash and control characters.
        mutating func string(_ text: String) {
            byte(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var plainStart = 0
                for (index, unit) in utf8.enumerated() where unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                    switch unit {
                    case UInt8(ascii: "\""): raw("\\\"")
                    case UInt8(ascii: "\\"): raw("\\\\")
                    case 0x0A: raw("\\n")
                    case 0x0D: raw("\\r")
                    case 0x09: raw("\\t")
                    case 0x08: raw("\\b")
                    case 0x0C: raw("\\f")
                    default:
                        raw("\\u00")
                        let digits: [UInt8] = Array("0123456789abcdef".utf8)
                        byte(digits[Int(unit >> 4)])
                        byte(digits[Int(unit & 0x0F)])
                    }
                    plainStart = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<utf8.count]))
            }
            byte(UInt8(ascii: "\""))
        }
    }
}
