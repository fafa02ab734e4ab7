/// Writes ``JSONValue``s as text in one fixed style, so that the same data always gives the same
/// bytes and a diff of a plan file shows only what changed.
///
/// Style: two-space indentation; keys in the order the value holds them (the codecs choose a
/// readable order: id first, then title, then the rest); lists of plain values on one line
/// (`"sdgs": [12, 13, 15]`); `æøå` and other non-ASCII text written as is, not as `\u` escapes.
public enum JSONWriter {
    /// A pretty-printed document ending in a newline, for plan files and `--json` output.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    /// One line with no newline, for a journal entry: `{"measure": "klima-1.1", "status": …}`.
    public static func line(_ value: JSONValue) -> String {
        var output = ""
        writeInline(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value.kind {
        case .array(let elements) where !elements.isEmpty && !elements.allSatisfy(isScalar):
            output.append("[\n")
            for (position, element) in elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
                output.append(position == elements.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("]")
        case .object(let object) where !object.members.isEmpty:
            output.append("{\n")
            for (position, member) in object.members.enumerated() {
                appendIndent(indent + 1, into: &output)
                appendString(member.key, into: &output)
                output.append(": ")
                write(member.value, indent: indent + 1, into: &output)
                output.append(position == object.members.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("}")
        default:
            writeInline(value, into: &output)
        }
    }

    private static func writeInline(_ value: JSONValue, into output: inout String) {
        switch value.kind {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let literal): output.append(literal)
        case .string(let text): appendString(text, into: &output)
        case .array(let elements):
            output.append("[")
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(", ") }
                writeInline(element, into: &output)
            }
            output.append("]")
        case .object(let object):
            output.append("{")
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(", ") }
                appendString(member.key, into: &output)
                output.append(": ")
                writeInline(member.value, into: &output)
            }
            output.append("}")
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .array, .object: return false
        default: return true
        }
    }

    private static func appendIndent(_ level: Int, into output: inout String) {
        output.append(String(repeating: "  ", count: level))
    }

    /// Escapes only what JSON requires: the quote, the backslash and control characters.
    static func appendString(_ text: String, into output: inout String) {
        output.append("\"")
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output.append(escape)
                index = scalars.index(after: index)
                plainStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output.append("\"")
    }
}
