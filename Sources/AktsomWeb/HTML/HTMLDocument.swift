import AktsomKit

/// A whole page: doctype, language, title, Aktsom's stylesheet and the body. Pages have no
/// scripts and no inline styles, which the Content-Security-Policy forbids anyway.
public struct HTMLDocument: Sendable {
    public var title: String
    public var language: Language
    public var stylesheets: [String]
    public var body: Markup

    public init(title: String, language: Language = .nb, stylesheets: [String] = [StaticAsset.stylesheet.path], body: Markup) {
        self.title = title
        self.language = language
        self.stylesheets = stylesheets
        self.body = body
    }

    public init(title: String, language: Language = .nb, @MarkupBuilder body: () -> Markup) {
        self.init(title: title, language: language, body: body())
    }

    public var html: String {
        let head = Markup.element(.head) {
            Markup.void(.meta, [.charset("utf-8")])
            Markup.void(.meta, [.name("viewport"), .content("width=device-width, initial-scale=1")])
            Markup.element(.title) { title }
            for stylesheet in stylesheets {
                Markup.void(.link, [.rel("stylesheet"), .href(stylesheet)])
            }
        }
        let document = Markup.element(.html, [.lang(language.rawValue)]) {
            head
            Markup.element(.body) { body }
        }
        return "<!doctype html>\n" + document.html + "\n"
    }
}

extension HTTPResponse {
    /// A page, as `text/html; charset=utf-8`.
    public static func page(_ document: HTMLDocument, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]), body: Array(document.html.utf8))
    }
}
