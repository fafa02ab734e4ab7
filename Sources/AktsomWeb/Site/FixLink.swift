import AktsomKit

/// The browser's words for a ``Fix``: a link to the form that makes it, with a value proposed
/// in the field where the fix has one (`/tiltak/K2/endre?start=2023#f-start`), for the lead to
/// check and save. The command line shows the same fix as a command.
enum FixLink {
    static func path(_ fix: Fix) -> String { fix.page }

    static func label(_ fix: Fix) -> Localized { fix.label }

    /// The fix as a link styled as a small button.
    static func button(_ fix: Fix, language: Language) -> Markup {
        Markup.link(to: fix.page, [.class("button small")]) { fix.label.text(language) }
    }
}

extension FormData {
    /// The form's values with what a fix's link proposes put in (`?start=2023`), for the person
    /// to check and save; nothing is saved by following a link.
    func proposing(_ names: [String], from query: FormData) -> FormData {
        var values = self
        for name in names {
            if let proposed = query[name], !proposed.isBlank { values = values.setting(name, proposed) }
        }
        return values
    }
}
