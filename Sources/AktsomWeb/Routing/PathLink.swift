import AktsomKit
/// Builds links to the server's own pages from segments, encoding each one: an id with a `/`
/// (`2019/0412`) becomes `2019%2F0412`, one segment, which the router decodes back.
///
///     PathLink.to("anskaffelser", "2019/0412")                     // "/anskaffelser/2019%2F0412"
///     PathLink.to("tiltak", query: [("status", "pågår")])         // "/tiltak?status=p%C3%A5g%C3%A5r"
public enum PathLink {
    public static func to(_ segments: String..., query: [(String, String)] = []) -> String {
        to(segments, query: query)
    }

    public static func to(_ segments: [String], query: [(String, String)] = []) -> String {
        var link = "/" + segments.map(PercentEncoding.encode).joined(separator: "/")
        if !query.isEmpty {
            link += "?" + FormData(query.map { FormData.Field(name: $0.0, value: $0.1) }).encoded
        }
        return link
    }
}
