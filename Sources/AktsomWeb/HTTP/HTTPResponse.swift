import AktsomKit

/// What a handler answers: a status, headers and the whole body. Bodies are built in memory (pages
/// and reports are small), so every response has a `Content-Length` and no chunking is needed;
/// the writer adds the framing and the server's standard headers.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Plain UTF-8 text.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]), body: Array(text.utf8))
    }

    /// JSON in AktsomKit's stable style, the same bytes as the command's `--json`.
    public static func json(_ value: JSONValue, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", "application/json; charset=utf-8")]),
                     body: Array(JSONWriter.pretty(value).utf8))
    }

    /// `303 See Other` to a path on this server: the answer to a successful POST, so reloading
    /// the page does not send the form again. Anything but a local path (`https://…`, `//host`,
    /// `/\host`) becomes `/`, so a redirect can never lead off the server.
    public static func redirect(to path: String, status: HTTPStatus = .seeOther) -> HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders([("Location", isLocalPath(path) ? path : "/")]))
    }

    /// A file to save, with a `Content-Disposition` file name that is safe whatever the name holds.
    public static func download(_ bytes: [UInt8], fileName: String, contentType: String) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: HTTPHeaders([
            ("Content-Type", contentType),
            ("Content-Disposition", ContentDisposition.attachment(fileName: fileName)),
        ]), body: bytes)
    }

    /// Whether the handler asked for the connection to be closed after this response.
    public var closesConnection: Bool {
        headers.hasToken("close", in: "Connection")
    }

    /// A path on this server, made of visible ASCII: `/`, `/tiltak/klima-1.1?vis=alt`.
    static func isLocalPath(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return false }
        if bytes.count > 1 && (bytes[1] == UInt8(ascii: "/") || bytes[1] == UInt8(ascii: "\\")) { return false }
        return bytes.allSatisfy(HTTPSyntax.isVisibleASCII)
    }
}
