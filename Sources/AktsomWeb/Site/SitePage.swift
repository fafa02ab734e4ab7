/// A page (or a group of routes) of the site. Each lives in a file of its own under `Pages/` or
/// `API/` and registers its routes here; ``AktsomSite/pages`` lists them. A new page, such as one
/// for editing areas when `area edit` lands, is one new file and one line in that list.
protocol SitePage {
    static func register(in router: inout Router, site: AktsomSite)
}
