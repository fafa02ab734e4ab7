import AktsomKit

/// An answer other than success that a handler (or a body decoder) gives by throwing: the status
/// and a short message for the person at the browser, in both languages. The router turns it
/// into an error page, or JSON under `/api/`.
public struct HTTPError: Error, Sendable, Equatable {
    public var status: HTTPStatus
    public var message: Localized
    /// Extra headers the answer needs, such as `Allow` on a 405.
    public var headers: HTTPHeaders

    public init(_ status: HTTPStatus, _ message: Localized, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public static func badRequest(_ message: Localized) -> HTTPError {
        HTTPError(.badRequest, message)
    }

    public static let notFound = HTTPError(.notFound, Localized("Siden finnes ikke.", en: "There is no such page."))
}
