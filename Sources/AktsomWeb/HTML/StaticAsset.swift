/// A file the pages need (the stylesheet), compiled into the binary and served at a fixed path.
/// Assets are registered route by route, never looked up by a path from a request, so no request
/// can reach the file system.
public struct StaticAsset: Sendable {
    public let path: String
    public let contentType: String
    public let body: [UInt8]

    public init(path: String, contentType: String, text: String) {
        self.path = path
        self.contentType = contentType
        self.body = Array(text.utf8)
    }

    /// The asset's answer. It holds no data, so the browser may keep it, but asks again each
    /// time, so a new build's stylesheet is seen at once.
    public var response: HTTPResponse {
        HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", contentType), ("Cache-Control", "no-cache")]), body: body)
    }

    public static let stylesheet = StaticAsset(path: "/static/aktsom.css", contentType: "text/css; charset=utf-8", text: Stylesheet.css)
}

extension Router {
    /// Serves the asset at its path for GET and HEAD.
    public mutating func serve(_ asset: StaticAsset) {
        get(asset.path) { _ in asset.response }
    }
}
