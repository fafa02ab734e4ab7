/// Reads HTTP/1.1 requests (RFC 9112) from bytes as they arrive, strictly.
///
/// Feed it with ``append(_:)`` and ask ``next()`` for a step: more data needed, a request, or (once
/// per request that asks with `Expect: 100-continue`) the moment to send `100 Continue`. Bytes
/// after a request stay buffered for the next one, so pipelined requests are read in order.
///
/// What is refused, and why:
/// - lines must end in CRLF; a bare CR or LF is refused rather than guessed at, so no other
///   program could read the same bytes as a different request;
/// - header lines folded onto the next line, a space before the colon, a duplicate or
///   malformed `Content-Length`, a missing or repeated `Host` (RFC 9112 §3.2, §5, §6.3);
/// - `Transfer-Encoding` (501): every client this server is for sends `Content-Length`, and
///   leaving out chunked decoding leaves out a classic source of smuggling bugs;
/// - anything over the ``HTTPLimits``, before the excess is buffered.
///
/// Not thread-safe and need not be: each connection has its own parser.
public struct RequestParser: Sendable {
    public enum Step: Sendable {
        case needMoreData
        /// The head asked for `100 Continue` before it sends the body: write the interim line, then call `next()` again.
        case expectsContinue
        case request(HTTPRequest)
    }

    public let limits: HTTPLimits
    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already handed out as requests.
    private var start = 0
    /// How far the current head has been scanned for its end, relative to `start`.
    private var scanned = 0
    /// Where the current request line ends (its CR), once seen, relative to `start`.
    private var requestLineEnd: Int?
    private var emptyLinesSkipped = 0
    private var pending: PendingHead?

    /// A head read in full, waiting for its body.
    private struct PendingHead: Sendable {
        var request: HTTPRequest
        var contentLength: Int
        var expectsContinue: Bool
        var continueAnnounced = false
    }

    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// True between requests: nothing of a next request has arrived. The connection uses it to
    /// tell a keep-alive pause (closed quietly when it lasts) from a slow request (408).
    public var isIdle: Bool {
        pending == nil && start == buffer.count
    }

    public mutating func next() throws(HTTPParseError) -> Step {
        if pending == nil {
            guard let head = try readHead() else { return .needMoreData }
            pending = head
        }
        guard var head = pending else { return .needMoreData }
        let available = buffer.count - start
        if available >= head.contentLength {
            head.request.body = Array(buffer[start..<start + head.contentLength])
            start += head.contentLength
            pending = nil
            emptyLinesSkipped = 0
            return .request(head.request)
        }
        if head.expectsContinue && !head.continueAnnounced {
            pending?.continueAnnounced = true
            return .expectsContinue
        }
        return .needMoreData
    }

    // MARK: The head

    /// Scans for the blank line that ends the head, enforcing line endings and limits on the way;
    /// parses the head once it is complete.
    private mutating func readHead() throws(HTTPParseError) -> PendingHead? {
        // Empty lines before a request line are skipped (a client may send CRLF after a body).
        while scanned == 0 && buffer.count - start >= 2 && buffer[start] == HTTPSyntax.cr && buffer[start + 1] == HTTPSyntax.lf {
            emptyLinesSkipped += 1
            guard emptyLinesSkipped <= limits.leadingEmptyLines else { throw .malformedRequestLine }
            start += 2
        }
        let available = buffer.count - start
        var index = scanned
        var headEnd: Int?
        while index < available {
            let byte = buffer[start + index]
            if byte == HTTPSyntax.cr {
                guard index + 1 < available else { break }   // wait for the byte after it
                guard buffer[start + index + 1] == HTTPSyntax.lf else { throw .badLineEnding }
            } else if byte == HTTPSyntax.lf {
                guard index > 0 && buffer[start + index - 1] == HTTPSyntax.cr else { throw .badLineEnding }
                if requestLineEnd == nil { requestLineEnd = index - 1 }
                if index >= 3 && buffer[start + index - 2] == HTTPSyntax.lf && buffer[start + index - 3] == HTTPSyntax.cr {
                    headEnd = index + 1
                    break
                }
            }
            index += 1
        }
        scanned = index
        let lineLength = requestLineEnd ?? scanned
        if lineLength > limits.requestLineBytes { throw .requestLineTooLong }
        if let requestLineEnd, (headEnd ?? scanned) - requestLineEnd - 2 > limits.headerBytes + 2 { throw .headersTooLarge }
        guard let headEnd else { return nil }

        let head = Array(buffer[start..<start + headEnd - 2])
        start += headEnd
        scanned = 0
        requestLineEnd = nil
        return try parseHead(head)
    }

    /// The request line and headers, without the final empty line; every line ends in CRLF except the last.
    private func parseHead(_ head: [UInt8]) throws(HTTPParseError) -> PendingHead {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var index = 0
        while index < head.count {
            if head[index] == HTTPSyntax.cr {   // always followed by LF: checked while scanning
                lines.append(head[lineStart..<index])
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < head.count { lines.append(head[lineStart..<head.count]) }
        guard let requestLine = lines.first else { throw .malformedRequestLine }
        let request = try parseRequestLine(requestLine)

        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard headers.count < limits.headerFields else { throw .tooManyHeaderFields }
            headers.add(contentsOf: try parseHeaderLine(line))
        }
        return try validate(request, headers: headers)
    }

    private func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (method: HTTPMethod, target: String, authority: String?, version: HTTPVersion) {
        let parts = line.split(separator: HTTPSyntax.space, omittingEmptySubsequences: false)
        if parts.count == 2 && parts[1].first == UInt8(ascii: "/") { throw .http09 }
        guard parts.count == 3, HTTPSyntax.isToken(String(decoding: parts[0], as: UTF8.self)) else { throw .malformedRequestLine }
        let method = HTTPMethod(rawValue: String(decoding: parts[0], as: UTF8.self))
        let version = try parseVersion(parts[2])
        guard !parts[1].isEmpty, parts[1].allSatisfy(HTTPSyntax.isVisibleASCII), !parts[1].contains(UInt8(ascii: "#")) else { throw .invalidTarget }
        let rawTarget = String(decoding: parts[1], as: UTF8.self)
        if rawTarget.hasPrefix("/") { return (method, rawTarget, nil, version) }
        // The absolute form, `http://127.0.0.1:8080/path`, which a server must accept (RFC 9112 §3.2.2).
        let lower = HTTPSyntax.lowercased(rawTarget)
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { throw .invalidTarget }
        let afterScheme = rawTarget[rawTarget.index(rawTarget.startIndex, offsetBy: lower.hasPrefix("http://") ? 7 : 8)...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
        let authority = String(afterScheme[afterScheme.startIndex..<authorityEnd])
        guard !authority.isEmpty, !authority.contains("@") else { throw .invalidTarget }
        var target = String(afterScheme[authorityEnd...])
        if !target.hasPrefix("/") { target = "/" + target }
        return (method, target, authority, version)
    }

    private func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPVersion {
        let text = String(decoding: bytes, as: UTF8.self)
        let digits = Array(bytes.dropFirst(5))
        guard text.hasPrefix("HTTP/"), digits.count == 3, HTTPSyntax.isDigit(digits[0]), digits[1] == UInt8(ascii: "."),
              HTTPSyntax.isDigit(digits[2])
        else { throw .malformedRequestLine }
        let major = Int(digits[0] - UInt8(ascii: "0")), minor = Int(digits[2] - UInt8(ascii: "0"))
        guard major == 1 else { throw .unsupportedVersion(text) }
        // A later 1.x is read as the highest minor version this server speaks (RFC 9110 §2.5).
        return minor == 0 ? .http1_0 : .http1_1
    }

    private func parseHeaderLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPHeaders.Field {
        guard let first = line.first else { throw .malformedHeader }
        if HTTPSyntax.isWhitespace(first) { throw .obsoleteLineFolding }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else { throw .malformedHeader }
        let name = line[line.startIndex..<colon]
        // No space may stand between the name and the colon (RFC 9112 §5.1): it is a token or nothing.
        guard !name.isEmpty, name.allSatisfy(HTTPSyntax.isTokenByte) else { throw .malformedHeader }
        let value = line[line.index(after: colon)...]
        guard value.allSatisfy(HTTPSyntax.isFieldValueByte) else { throw .malformedHeader }
        return HTTPHeaders.Field(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self).trimmingSpaces)
    }

    private func validate(_ line: (method: HTTPMethod, target: String, authority: String?, version: HTTPVersion),
                          headers: HTTPHeaders) throws(HTTPParseError) -> PendingHead {
        let hosts = headers.values("Host")
        if hosts.count > 1 { throw .duplicateHost }
        if hosts.isEmpty && line.version == .http1_1 { throw .missingHost }
        if headers.contains("Transfer-Encoding") { throw .transferEncodingNotSupported }

        var contentLength = 0
        let lengths = headers.values("Content-Length")
        if lengths.count > 1 { throw .duplicateContentLength }
        if let length = lengths.first {
            guard !length.isEmpty, length.utf8.count <= 15, length.utf8.allSatisfy(HTTPSyntax.isDigit), let value = Int(length) else {
                throw .invalidContentLength
            }
            contentLength = value
        }
        let isUpload = headers["Content-Type"].flatMap { ParameterizedValue($0) }?.value == "multipart/form-data"
        let limit = isUpload ? limits.uploadBodyBytes : limits.bodyBytes
        if contentLength > limit { throw .bodyTooLarge(limit: limit) }

        var expectsContinue = false
        if let expectation = headers["Expect"] {
            guard HTTPSyntax.lowercased(expectation) == "100-continue" else { throw .unsupportedExpectation }
            expectsContinue = line.version == .http1_1 && contentLength > 0
        }

        var request: HTTPRequest
        do {
            request = try HTTPRequest(method: line.method, target: line.target, version: line.version, headers: headers)
        } catch {
            throw .invalidQuery
        }
        if let authority = line.authority { request.authority = authority }
        return PendingHead(request: request, contentLength: contentLength, expectsContinue: expectsContinue)
    }
}

extension HTTPHeaders {
    mutating func add(contentsOf field: Field) {
        add(field.name, field.value)
    }
}
