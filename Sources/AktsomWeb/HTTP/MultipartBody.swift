import AktsomKit

/// A `multipart/form-data` body (RFC 7578 on RFC 2046 §5.1): the parts of a form with a file
/// upload, each with its field name, the file's name and type when it is a file, and its bytes.
///
/// The parse is strict where a sloppy one would guess: the boundary must be declared and valid,
/// every part needs a `Content-Disposition: form-data` with a name, the body must end with the
/// closing delimiter. Limits keep a hostile body from costing more than its size.
public struct MultipartBody: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// The form field's name.
        public let name: String
        /// The file's name as the browser sent it (possibly empty when no file was chosen), or nil
        /// for a plain field. Never a path to use: show it, do not open it.
        public let fileName: String?
        /// The part's `Content-Type`, lower-cased, if sent.
        public let contentType: String?
        public let bytes: [UInt8]

        public var isFile: Bool { fileName != nil }

        /// The bytes as text when they are UTF-8.
        public var text: String? { String(validating: bytes, as: UTF8.self) }
    }

    public struct Limits: Sendable, Equatable {
        public var maximumParts = 100
        /// The most bytes of one part's header lines.
        public var maximumPartHeaderBytes = 8 * 1024

        public init() {}
    }

    public let parts: [Part]

    /// The first part with that field name.
    public func part(named name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// The plain fields as form data; a field that is not UTF-8 is refused.
    public func textFields() throws(HTTPError) -> FormData {
        var form = FormData()
        for part in parts where !part.isFile {
            guard let text = part.text else {
                throw .badRequest(Localized("feltet \(quoted(part.name)) er ikke UTF-8-tekst", en: "the field \(quoted(part.name)) is not UTF-8 text"))
            }
            form.append(part.name, text)
        }
        return form
    }

    /// Parses `body` with the boundary from the request's `Content-Type`.
    public init(parsing body: [UInt8], boundary: String, limits: Limits = Limits()) throws(HTTPError) {
        guard MultipartBody.isValidBoundary(boundary) else { throw MultipartBody.malformed("ugyldig boundary", "invalid boundary") }
        let delimiter = Array("--\(boundary)".utf8)
        let partDelimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter opens the body or ends the preamble on a line of its own.
        var index: Int
        if body.starts(with: delimiter) {
            index = delimiter.count
        } else if let found = MultipartBody.find(partDelimiter, in: body, from: 0) {
            index = found + partDelimiter.count
        } else {
            throw MultipartBody.malformed("fant ingen deler", "found no parts")
        }
        var parts: [Part] = []
        while true {
            if body[index...].starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) { break }   // the closing delimiter
            while index < body.count && HTTPSyntax.isWhitespace(body[index]) { index += 1 }   // transport padding
            guard body[index...].starts(with: [HTTPSyntax.cr, HTTPSyntax.lf]) else {
                throw MultipartBody.malformed("en skillelinje slutter ikke med linjeskift", "a delimiter line does not end in a line break")
            }
            index += 2
            guard parts.count < limits.maximumParts else {
                throw HTTPError(.contentTooLarge, Localized("skjemaet har flere enn \(limits.maximumParts) deler",
                                                            en: "the form has more than \(limits.maximumParts) parts"))
            }
            let headerEnd: Int
            if body[index...].starts(with: [HTTPSyntax.cr, HTTPSyntax.lf]) {
                headerEnd = index   // a part with no header lines; refused below for want of a name
            } else if let end = MultipartBody.find([HTTPSyntax.cr, HTTPSyntax.lf, HTTPSyntax.cr, HTTPSyntax.lf], in: body, from: index),
                      end - index <= limits.maximumPartHeaderBytes {
                headerEnd = end + 2
            } else {
                throw MultipartBody.malformed("en del har for lange eller uavsluttede overskrifter", "a part's headers are too long or not terminated")
            }
            let headers = try MultipartBody.headers(Array(body[index..<headerEnd]))
            let contentStart = headerEnd + 2
            guard let contentEnd = MultipartBody.find(partDelimiter, in: body, from: contentStart) else {
                throw MultipartBody.malformed("kroppen slutter før siste skillelinje", "the body ends before the closing delimiter")
            }
            parts.append(try MultipartBody.part(headers: headers, bytes: Array(body[contentStart..<contentEnd])))
            index = contentEnd + partDelimiter.count
        }
        self.parts = parts
    }

    // MARK: Pieces

    /// 1–70 characters of RFC 2046's `bchars`, not ending in a space.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ".utf8)
        return (1...70).contains(boundary.utf8.count) && boundary.utf8.allSatisfy(allowed.contains) && !boundary.hasSuffix(" ")
    }

    private static func headers(_ bytes: [UInt8]) throws(HTTPError) -> HTTPHeaders {
        var headers = HTTPHeaders()
        var lines = bytes.split(separator: HTTPSyntax.lf, omittingEmptySubsequences: false).dropLast()
        // Each line ended in CRLF: strip the CR and refuse anything else.
        while let line = lines.first {
            lines = lines.dropFirst()
            guard line.last == HTTPSyntax.cr else { throw malformed("en overskrift i en del slutter ikke med CRLF", "a part header does not end in CRLF") }
            let content = line.dropLast()
            guard let colon = content.firstIndex(of: HTTPSyntax.colon),
                  let name = String(validating: content[content.startIndex..<colon], as: UTF8.self), HTTPSyntax.isToken(name),
                  let value = String(validating: content[content.index(after: colon)...], as: UTF8.self),
                  !value.utf8.contains(where: { $0 < 0x20 && $0 != HTTPSyntax.tab })
            else { throw malformed("en overskrift i en del kan ikke leses", "a part header cannot be read") }
            headers.add(name, value.trimmingSpaces)
        }
        return headers
    }

    private static func part(headers: HTTPHeaders, bytes: [UInt8]) throws(HTTPError) -> Part {
        guard let disposition = headers["Content-Disposition"].flatMap({ ParameterizedValue($0, backslashEscapes: false) }),
              disposition.value == "form-data", let name = disposition["name"]
        else { throw malformed("en del mangler Content-Disposition: form-data med navn", "a part lacks Content-Disposition: form-data with a name") }
        return Part(name: name, fileName: disposition["filename"], contentType: headers["Content-Type"].map(HTTPSyntax.lowercased), bytes: bytes)
    }

    /// The index where `needle` starts in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = max(start, 0)
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func malformed(_ nb: String, _ en: String) -> HTTPError {
        .badRequest(Localized("skjemaet kan ikke leses: \(nb)", en: "the form cannot be read: \(en)"))
    }
}
