/// What an XML document is made of, one piece at a time.
enum XMLEvent: Equatable {
    /// An element opens; `name` is its local name (a prefix such as `x:` is dropped, as the
    /// parts of a workbook are told apart by their names alone).
    case start(name: String, attributes: [String: String])
    case end(name: String)
    /// Character data, entities and character references resolved, CDATA included.
    case text(String)
}

/// Why a part's XML cannot be read: where (the line in the part) and what.
struct XMLError: Error, Equatable {
    var line: Int
    var message: Localized
}

/// A small, strict XML 1.0 reader for the parts of Office files, pulled one event at a time so a
/// large sheet is never held as a tree. UTF-8 only (what Excel, LibreOffice and Aktsom write).
///
/// Foundation's `XMLParser` lives on Linux in FoundationXML, which is libxml2 underneath: a
/// system library on a machine that may not have it, and an entity expander. This reader takes
/// no DTD at all (a `<!DOCTYPE` is refused, so no «billion laughs» and no external entity), only
/// the five predefined entities and character references, and checks that every element is
/// closed in order, attributes are quoted and unique, and nothing but space stands outside the
/// one root element. Nesting deeper than `maximumDepth` is refused.
struct XMLReader {
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index: Int
    private var open: [String] = []
    private var sawRoot = false
    private var pendingEnd: String?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed before the declaration.
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return try close(name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                let text = try characterData()
                if open.isEmpty {
                    guard text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
                        throw error(at: start, Localized("tekst utenfor rotelementet", en: "text outside the root element"))
                    }
                    continue
                }
                return .text(text)
            }
            if starts(with: "<?") {
                try skip(past: "?>", what: Localized("en prosesseringsinstruksjon", en: "a processing instruction"))
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: Localized("en kommentar", en: "a comment"))
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else { throw error(at: index, Localized("CDATA utenfor rotelementet", en: "CDATA outside the root element")) }
                let start = index + 9
                try skip(past: "]]>", what: Localized("en CDATA-seksjon", en: "a CDATA section"))
                return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
            } else if starts(with: "<!") {
                throw error(at: index, Localized("dokumenttypedeklarasjoner (<!DOCTYPE) leses ikke", en: "document type declarations (<!DOCTYPE) are not read"))
            } else if starts(with: "</") {
                let at = index
                index += 2
                let name = try self.name()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                    throw error(at: index, Localized("forventet > etter </\(name)", en: "expected > after </\(name)"))
                }
                index += 1
                guard open.last == name else {
                    throw error(at: at, Localized("</\(name)> lukker et element som ikke er åpent (åpent: \(open.last.map { "<\($0)>" } ?? "ingen"))",
                                                  en: "</\(name)> closes an element that is not open (open: \(open.last.map { "<\($0)>" } ?? "none"))"))
                }
                return try close(name)
            } else {
                return try startTag()
            }
        }
        guard open.isEmpty else {
            throw error(at: index, Localized("dokumentet slutter før <\(open.last ?? "")> er lukket", en: "the document ends before <\(open.last ?? "")> is closed"))
        }
        guard sawRoot else { throw error(at: index, Localized("dokumentet har ikke noe element", en: "the document has no element")) }
        return nil
    }

    private mutating func close(_ qualified: String) throws(XMLError) -> XMLEvent {
        open.removeLast()
        return .end(name: XMLReader.localName(qualified))
    }

    private mutating func startTag() throws(XMLError) -> XMLEvent {
        let at = index
        guard open.isEmpty ? !sawRoot : true else { throw error(at: at, Localized("mer enn ett rotelement", en: "more than one root element")) }
        index += 1
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw error(at: index, Localized("<\(name) lukkes aldri", en: "<\(name) is never closed")) }
            if bytes[index] == UInt8(ascii: ">") || starts(with: "/>") {
                let selfClosing = bytes[index] == UInt8(ascii: "/")
                index += selfClosing ? 2 : 1
                guard open.count < XMLReader.maximumDepth else {
                    throw error(at: at, Localized("elementene er nøstet dypere enn \(XMLReader.maximumDepth)", en: "elements are nested deeper than \(XMLReader.maximumDepth)"))
                }
                open.append(name)
                sawRoot = true
                if selfClosing { pendingEnd = name }
                return .start(name: XMLReader.localName(name), attributes: attributes)
            }
            guard hadSpace else { throw error(at: index, Localized("forventet mellomrom før et attributt i <\(name)>", en: "expected a space before an attribute in <\(name)>")) }
            let attribute = try self.name()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw error(at: index, Localized("forventet = etter attributtet \(attribute)", en: "expected = after the attribute \(attribute)"))
            }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw error(at: index, Localized("attributtet \(attribute) må stå i anførselstegn", en: "the attribute \(attribute) must be quoted"))
            }
            let quote = bytes[index]
            index += 1
            let value = try characterData(until: quote)
            index += 1
            // Attributes keep their names as written (`r:id`): the parts Office writes use the same prefixes.
            guard attributes.updateValue(value, forKey: attribute) == nil else {
                throw error(at: index, Localized("attributtet \(attribute) står to ganger", en: "the attribute \(attribute) appears twice"))
            }
        }
    }

    /// Text up to the next `<` (or, in an attribute, the closing quote), references resolved.
    private mutating func characterData(until quote: UInt8? = nil) throws(XMLError) -> String {
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if let quote {
                if byte == quote { return String(decoding: out, as: UTF8.self) }
                if byte == UInt8(ascii: "<") { throw error(at: index, Localized("< i en attributtverdi", en: "< in an attribute value")) }
            } else if byte == UInt8(ascii: "<") {
                break
            }
            if byte == UInt8(ascii: "&") {
                try reference(into: &out)
                continue
            }
            if byte == UInt8(ascii: "\r") {
                // Line ends are read as LF (XML 1.0, 2.11); in attributes as a space (3.3.3).
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                out.append(quote == nil ? UInt8(ascii: "\n") : UInt8(ascii: " "))
            } else if quote != nil && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")) {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(byte)
            }
            index += 1
        }
        if quote != nil { throw error(at: index, Localized("en attributtverdi lukkes aldri", en: "an attribute value is never closed")) }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func reference(into out: inout [UInt8]) throws(XMLError) {
        let at = index
        guard let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")) else {
            throw error(at: at, Localized("& må skrives &amp;", en: "& must be written &amp;"))
        }
        let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        index = semicolon + 1
        switch name {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
            var value: UInt32?
            if name.hasPrefix("#x") { value = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("#") { value = UInt32(name.dropFirst(), radix: 10) }
            guard let value, let scalar = Unicode.Scalar(value), XMLText.isAllowed(scalar) else {
                throw error(at: at, Localized("ukjent referanse &\(name);", en: "unknown reference &\(name);"))
            }
            out += Array(String(Character(scalar)).utf8)
        }
    }

    private mutating func name() throws(XMLError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "&") {
                break
            }
            index += 1
        }
        guard index > start, !(bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9")), bytes[start] != UInt8(ascii: "-"),
              bytes[start] != UInt8(ascii: ".") else {
            throw error(at: start, Localized("forventet et navn", en: "expected a name"))
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[index]) {
            index += 1
        }
        return index > start
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    private mutating func skip(past end: StaticString, what: Localized) throws(XMLError) {
        let start = index
        while index < bytes.count {
            if starts(with: end) {
                index += end.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw error(at: start, what + Localized(" lukkes aldri", en: " is never closed"))
    }

    private func error(at offset: Int, _ message: Localized) -> XMLError {
        let line = bytes[..<min(offset, bytes.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return XMLError(line: line, message: message)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
