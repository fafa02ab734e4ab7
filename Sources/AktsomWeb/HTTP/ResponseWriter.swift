/// Turns a response into the bytes sent: status line, headers, blank line, body.
///
/// The writer owns the framing: a handler's own `Content-Length`, `Transfer-Encoding` or
/// `Connection` is replaced, so a response can never be read with the wrong length. A header name
/// that is not a token is dropped and control characters in a value become spaces, so no text in
/// a header can start a header (or a response) of its own.
public enum ResponseWriter {
    /// - Parameters:
    ///   - headOnly: the request was `HEAD`: the headers are those of the `GET`, without the body.
    ///   - keepAlive: whether the connection stays open; if not, `Connection: close` is sent.
    ///   - standardHeaders: added unless the response set its own (the security headers).
    ///   - date: the `Date` header's value.
    public static func bytes(for response: HTTPResponse, headOnly: Bool = false, keepAlive: Bool = true,
                             standardHeaders: HTTPHeaders = HTTPHeaders(), date: String? = nil) -> [UInt8] {
        var headers = HTTPHeaders()
        for field in response.headers where HTTPSyntax.isToken(field.name) && !isFraming(field.name) {
            headers.add(field.name, sanitized(field.value))
        }
        for field in standardHeaders where !response.headers.contains(field.name) {
            headers.add(field.name, sanitized(field.value))
        }
        if let date { headers.setIfAbsent("Date", date) }
        let sendsBody = response.status.allowsBody
        if sendsBody { headers.add("Content-Length", String(response.body.count)) }
        if !keepAlive { headers.add("Connection", "close") }

        var text = "HTTP/1.1 \(response.status.code) \(sanitized(response.status.reason))\r\n"
        for field in headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        var output = Array(text.utf8)
        if sendsBody && !headOnly { output += response.body }
        return output
    }

    /// The interim answer to `Expect: 100-continue`: go on and send the body.
    public static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static func isFraming(_ name: String) -> Bool {
        ["content-length", "transfer-encoding", "connection"].contains(HTTPSyntax.lowercased(name))
    }

    private static func sanitized(_ value: String) -> String {
        guard value.utf8.contains(where: { !HTTPSyntax.isFieldValueByte($0) }) else { return value }
        return String(decoding: value.utf8.map { HTTPSyntax.isFieldValueByte($0) ? $0 : HTTPSyntax.space }, as: UTF8.self)
    }
}
