/// The elements a page may use. The list is closed on purpose: `script`, `style`, `iframe`,
/// `object` and `base` are not here, so no page can load code or restyle from text, and the
/// Content-Security-Policy never has to allow them. Add an element here when a page needs one.
public struct Tag: Sendable, Equatable {
    public let name: String

    init(_ name: String) {
        self.name = name
    }

    public static let html = Tag("html"), head = Tag("head"), title = Tag("title"), body = Tag("body")
    public static let header = Tag("header"), nav = Tag("nav"), main = Tag("main"), footer = Tag("footer")
    public static let section = Tag("section"), article = Tag("article"), aside = Tag("aside"), div = Tag("div"), span = Tag("span")
    public static let h1 = Tag("h1"), h2 = Tag("h2"), h3 = Tag("h3"), h4 = Tag("h4")
    public static let p = Tag("p"), a = Tag("a"), strong = Tag("strong"), em = Tag("em"), small = Tag("small"), code = Tag("code")
    public static let ul = Tag("ul"), ol = Tag("ol"), li = Tag("li"), dl = Tag("dl"), dt = Tag("dt"), dd = Tag("dd")
    public static let table = Tag("table"), caption = Tag("caption"), thead = Tag("thead"), tbody = Tag("tbody")
    public static let tr = Tag("tr"), th = Tag("th"), td = Tag("td")
    public static let form = Tag("form"), fieldset = Tag("fieldset"), legend = Tag("legend"), label = Tag("label")
    public static let select = Tag("select"), option = Tag("option"), textarea = Tag("textarea"), button = Tag("button")
    public static let details = Tag("details"), summary = Tag("summary"), figure = Tag("figure"), figcaption = Tag("figcaption")
    public static let progress = Tag("progress"), time = Tag("time"), mark = Tag("mark"), pre = Tag("pre"), datalist = Tag("datalist")
    public static let blockquote = Tag("blockquote")
}

/// Elements without content or end tag.
public struct VoidTag: Sendable, Equatable {
    public let name: String

    init(_ name: String) {
        self.name = name
    }

    public static let input = VoidTag("input"), br = VoidTag("br"), hr = VoidTag("hr"), img = VoidTag("img")
    public static let meta = VoidTag("meta"), link = VoidTag("link")
}
