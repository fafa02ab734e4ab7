import AktsomKit

/// A piece of HTML that is safe to send: the only way to make one is from escaped text, from
/// elements with known tag and attribute names, or from the output of AktsomKit's own renderers.
/// A `String` given to the builder is always text, escaped with AktsomKit's `HTML.escape`, so a
/// page cannot emit a user's `<script>` as markup even by mistake.
///
///     let page = Markup.element(.main) {
///         Markup.element(.h1) { plan.organisation }              // escaped text
///         Markup.link(to: PathLink.to("tiltak", measure.id)) { measure.title }
///     }
public struct Markup: Sendable, Equatable, CustomStringConvertible {
    /// The markup, ready to send.
    public let html: String

    private init(safe html: String) {
        self.html = html
    }

    public var description: String { html }

    public static let empty = Markup(safe: "")

    /// Text, escaped.
    public static func text(_ text: String) -> Markup {
        Markup(safe: HTML.escape(text))
    }

    /// Text with its line breaks kept as `<br>`, escaped, and its web addresses as links: a
    /// progress note as the team wrote it.
    public static func lines(_ text: String) -> Markup {
        Markup(safe: HTML.linking(text, keepingLines: true))
    }

    /// HTML made by AktsomKit's renderers (the report's SVG charts and sections), which escape
    /// every piece of user text themselves. Never pass text from a request here.
    public init(renderedByAktsomKit html: String) {
        self.html = html
    }

    /// `<tag attributes>content</tag>`. Written by appending into one string of the right size:
    /// a page of a city's 2 000 measures has some 40 000 elements, and interpolating each one
    /// was a third of the page's time.
    public static func element(_ tag: Tag, _ attributes: [Attribute] = [], @MarkupBuilder _ content: () -> Markup = { .empty }) -> Markup {
        let inner = content().html
        var html = ""
        html.reserveCapacity(inner.utf8.count + 2 * tag.name.utf8.count + 5 + 24 * attributes.count)
        html += "<"
        html += tag.name
        Attribute.render(attributes, into: &html)
        html += ">"
        html += inner
        html += "</"
        html += tag.name
        html += ">"
        return Markup(safe: html)
    }

    /// An element with no content and no end tag: `<input …>`, `<br>`.
    public static func void(_ tag: VoidTag, _ attributes: [Attribute] = []) -> Markup {
        var html = "<" + tag.name
        Attribute.render(attributes, into: &html)
        html += ">"
        return Markup(safe: html)
    }

    /// `<a href>` to a page of this server or an http(s) address; any other scheme becomes `#`.
    public static func link(to url: String, _ attributes: [Attribute] = [], @MarkupBuilder _ content: () -> Markup) -> Markup {
        element(.a, [.href(url)] + attributes, content)
    }

    public static func + (lhs: Markup, rhs: Markup) -> Markup {
        Markup(safe: lhs.html + rhs.html)
    }

    static func joined(_ parts: [Markup]) -> Markup {
        var html = ""
        html.reserveCapacity(parts.reduce(0) { $0 + $1.html.utf8.count })
        for part in parts { html += part.html }
        return Markup(safe: html)
    }
}

/// Builds ``Markup`` from a block: each line is a piece of markup or a `String`, which becomes
/// escaped text; `if`, `switch` and `for` work as in any result builder.
@resultBuilder
public enum MarkupBuilder {
    public static func buildExpression(_ markup: Markup) -> Markup { markup }
    public static func buildExpression(_ text: String) -> Markup { .text(text) }
    public static func buildExpression(_ number: Int) -> Markup { .text(String(number)) }
    public static func buildBlock(_ parts: Markup...) -> Markup { .joined(parts) }
    public static func buildOptional(_ markup: Markup?) -> Markup { markup ?? .empty }
    public static func buildEither(first markup: Markup) -> Markup { markup }
    public static func buildEither(second markup: Markup) -> Markup { markup }
    public static func buildArray(_ parts: [Markup]) -> Markup { .joined(parts) }
}
