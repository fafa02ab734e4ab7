import AktsomKit

/// One request as the parser read it, plus what routing and the security layer add on the way
/// to the handler (``parameters``, ``context``).
///
/// The path is kept percent-encoded: the router splits it on `/` first and decodes each segment
/// after, so a record id holding a `/` (`2019/0412`, sent as `2019%2F0412`) stays one segment.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request target as sent, in origin form: `/tiltak/2019%2F0412?vis=alt`.
    public var target: String
    /// The path part of the target, still percent-encoded: `/tiltak/2019%2F0412`.
    public var path: String
    /// The decoded query string.
    public var query: FormData
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The host and port the client meant: from an absolute-form target, else the `Host` header.
    public var authority: String?
    /// The named segments of the matched route, decoded (`:id` → `2019/0412`).
    public var parameters = PathParameters()
    public var context = RequestContext()

    public init(method: HTTPMethod, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = HTTPHeaders(),
                body: [UInt8] = []) throws(HTTPError) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.authority = headers["Host"]
        let question = target.firstIndex(of: "?")
        self.path = String(target[target.startIndex..<(question ?? target.endIndex)])
        if let question {
            guard let query = FormData(urlEncoded: Array(target[target.index(after: question)...].utf8)) else {
                throw .badRequest(Localized("spørrestrengen i adressen kan ikke leses (ugyldig %-koding eller ikke UTF-8)",
                                            en: "the query string cannot be read (invalid %-encoding or not UTF-8)"))
            }
            self.query = query
        } else {
            self.query = FormData()
        }
    }

    /// Whether the client wants the connection kept open after this request: HTTP/1.1 unless it
    /// said `Connection: close`. HTTP/1.0 connections are always closed, which is its default and
    /// keeps the old keep-alive extension out of the picture.
    public var wantsKeepAlive: Bool {
        version == .http1_1 && !headers.hasToken("close", in: "Connection")
    }

    public var cookies: Cookies { Cookies(headers: headers) }

    /// The parsed `Content-Type`, or nil when absent or malformed.
    public var contentType: ParameterizedValue? {
        headers["Content-Type"].flatMap { ParameterizedValue($0) }
    }

    /// Whether the path is under `/api/`, where answers (errors too) are JSON.
    public var isAPI: Bool {
        path == "/api" || path.hasPrefix("/api/")
    }

    /// The fields of a submitted form, `application/x-www-form-urlencoded` or the plain fields
    /// of `multipart/form-data`. An empty body is an empty form; another type is refused (415).
    public func form() throws(HTTPError) -> FormData {
        guard let type = contentType else {
            if body.isEmpty { return FormData() }
            throw HTTPError(.unsupportedMediaType, Localized("skjemaet mangler Content-Type", en: "the form has no Content-Type"))
        }
        switch type.value {
        case "application/x-www-form-urlencoded":
            if let charset = type["charset"], HTTPSyntax.lowercased(charset) != "utf-8" {
                throw HTTPError(.unsupportedMediaType, Localized("skjemaet må sendes som UTF-8", en: "the form must be sent as UTF-8"))
            }
            guard let form = FormData(urlEncoded: body) else {
                throw .badRequest(Localized("skjemaet kan ikke leses (ugyldig %-koding, ikke UTF-8 eller for mange felt)",
                                            en: "the form cannot be read (invalid %-encoding, not UTF-8 or too many fields)"))
            }
            return form.normalizingLineEndings()
        case "multipart/form-data":
            return try multipart().textFields().normalizingLineEndings()
        default:
            throw HTTPError(.unsupportedMediaType, Localized("ukjent skjematype \(quoted(type.value))", en: "unknown form type \(quoted(type.value))"))
        }
    }

    /// The parts of a `multipart/form-data` body, files included.
    public func multipart(limits: MultipartBody.Limits = MultipartBody.Limits()) throws(HTTPError) -> MultipartBody {
        guard let type = contentType, type.value == "multipart/form-data" else {
            throw HTTPError(.unsupportedMediaType, Localized("forventet multipart/form-data", en: "expected multipart/form-data"))
        }
        guard let boundary = type["boundary"] else {
            throw .badRequest(Localized("multipart/form-data uten boundary", en: "multipart/form-data without a boundary"))
        }
        return try MultipartBody(parsing: body, boundary: boundary, limits: limits)
    }
}
