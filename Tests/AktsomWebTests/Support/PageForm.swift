import Foundation

/// A form on one of the site's own pages, read from its HTML as a browser would send it: every
/// input's value, each textarea's text, each select's chosen option (or its first), checkboxes
/// only when ticked. For tests that fill in a page as a person would, without a browser.
struct PageForm {
    let action: String
    var fields: [(String, String)]
    /// The names of the fields the browser marks required.
    let required: Set<String>

    /// The POST form that holds the field `f-NAME`, or the page's first POST form.
    static func find(in html: String, holding field: String? = nil) -> PageForm? {
        let forms = html.components(separatedBy: "<form").dropFirst().map { $0.components(separatedBy: "</form>")[0] }
        let posts = forms.filter { $0.contains("method=\"post\"") }
        guard let form = field.flatMap({ name in posts.first { $0.contains("id=\"f-\(name)\"") } }) ?? posts.first else { return nil }
        guard let action = attribute("action", in: form) else { return nil }
        var fields: [(String, String)] = []
        var required: Set<String> = []
        for tag in form.components(separatedBy: "<input").dropFirst().map({ $0.components(separatedBy: ">")[0] }) {
            guard let name = attribute("name", in: tag) else { continue }
            let type = attribute("type", in: tag) ?? "text"
            if type == "checkbox", !tag.contains(" checked") { continue }
            if type == "submit" { continue }
            if tag.contains(" required") { required.insert(name) }
            fields.append((name, unescape(attribute("value", in: tag) ?? "")))
        }
        for piece in form.components(separatedBy: "<textarea").dropFirst() {
            let open = piece.components(separatedBy: ">")[0]
            guard let name = attribute("name", in: open) else { continue }
            if open.contains(" required") { required.insert(name) }
            let text = piece.dropFirst(open.count + 1).components(separatedBy: "</textarea>")[0]
            fields.append((name, unescape(text)))
        }
        for piece in form.components(separatedBy: "<select").dropFirst() {
            let open = piece.components(separatedBy: ">")[0]
            guard let name = attribute("name", in: open) else { continue }
            let options = piece.components(separatedBy: "</select>")[0].components(separatedBy: "<option").dropFirst()
            let chosen = options.filter { $0.components(separatedBy: ">")[0].contains(" selected") }
            for option in (chosen.isEmpty ? Array(options.prefix(open.contains(" multiple") ? 0 : 1)) : chosen) {
                fields.append((name, unescape(attribute("value", in: option.components(separatedBy: ">")[0]) ?? "")))
            }
        }
        return PageForm(action: unescape(action), fields: fields, required: required)
    }

    mutating func set(_ name: String, _ value: String) {
        fields.removeAll { $0.0 == name }
        fields.append((name, value))
    }

    func value(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
