import AktsomKit

/// An attribute with a known name and an escaped value. There is no way to name an event handler
/// (`onclick`) or `style`, and the attributes that hold a URL accept only this server's own paths
/// and http(s) addresses, so neither a title nor a link can run code.
public struct Attribute: Sendable, Equatable {
    public let name: String
    /// Nil for a boolean attribute such as `required`.
    public let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    public static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    public static func rel(_ value: String) -> Attribute { Attribute("rel", value) }
    public static func alt(_ value: String) -> Attribute { Attribute("alt", value) }
    public static func placeholder(_ value: String) -> Attribute { Attribute("placeholder", value) }
    public static func method(_ value: String) -> Attribute { Attribute("method", value) }
    public static func enctype(_ value: String) -> Attribute { Attribute("enctype", value) }
    public static func accept(_ value: String) -> Attribute { Attribute("accept", value) }
    public static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    public static func min(_ value: String) -> Attribute { Attribute("min", value) }
    public static func max(_ value: String) -> Attribute { Attribute("max", value) }
    public static func step(_ value: String) -> Attribute { Attribute("step", value) }
    public static func rows(_ value: Int) -> Attribute { Attribute("rows", String(value)) }
    public static func colspan(_ value: Int) -> Attribute { Attribute("colspan", String(value)) }
    public static func datetime(_ value: String) -> Attribute { Attribute("datetime", value) }
    public static func content(_ value: String) -> Attribute { Attribute("content", value) }
    public static func charset(_ value: String) -> Attribute { Attribute("charset", value) }
    public static func ariaLabel(_ value: String) -> Attribute { Attribute("aria-label", value) }
    public static func ariaCurrent(_ value: String) -> Attribute { Attribute("aria-current", value) }
    public static func ariaDescribedBy(_ value: String) -> Attribute { Attribute("aria-describedby", value) }
    /// The `<datalist>` whose options a text field suggests.
    public static func list(_ id: String) -> Attribute { Attribute("list", id) }

    public static let required = Attribute("required", nil)
    public static let checked = Attribute("checked", nil)
    public static let selected = Attribute("selected", nil)
    public static let disabled = Attribute("disabled", nil)
    public static let multiple = Attribute("multiple", nil)
    public static let open = Attribute("open", nil)

    /// A link target: see ``safeURL(_:)``.
    public static func href(_ url: String) -> Attribute { Attribute("href", safeURL(url)) }
    public static func src(_ url: String) -> Attribute { Attribute("src", safeURL(url)) }
    public static func action(_ url: String) -> Attribute { Attribute("action", safeURL(url)) }

    /// The URL when it is a path on this server (`/…` but not `//…`), a fragment or query
    /// (`#…`, `?…`), or an `http:`, `https:` or `mailto:` address; otherwise `#`, so a
    /// `javascript:` or `data:` link from user text goes nowhere.
    public static func safeURL(_ url: String) -> String {
        if url.hasPrefix("#") || url.hasPrefix("?") { return url }
        if HTTPResponse.isLocalPath(url) { return url }
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") { return url }
        return "#"
    }

    /// ` name="value"` for each, appended: what ``Markup`` writes inside a start tag.
    static func render(_ attributes: [Attribute], into text: inout String) {
        for attribute in attributes {
            text += " "
            text += attribute.name
            if let value = attribute.value {
                text += "=\""
                text += HTML.escape(value)
                text += "\""
            }
        }
    }
}
