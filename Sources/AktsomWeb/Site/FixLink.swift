import AktsomKit

/// The browser's words for a ``Fix``: a link to the form that makes it, with the value proposed
/// in the field (`/tiltak/K2/endre?start=2023#f-start`), for the lead to check and save. The
/// command line shows the same fix as a command.
enum FixLink {
    static func path(_ fix: Fix) -> String {
        switch fix {
        case .setStart(let kind, let id, let start):
            return PathLink.to(editSegments(kind, id), query: [("start", start.description)]) + "#f-start"
        }
    }

    static func label(_ fix: Fix) -> Localized {
        switch fix {
        case .setStart(_, _, let start):
            return Localized("Sett «Gjelder fra» til \(start.display(.nb))", en: "Set «In force from» to \(start.display(.en))")
        }
    }

    /// The segments of a record's edit form.
    static func editSegments(_ kind: RecordKind, _ id: String) -> [String] {
        switch kind {
        case .goal: return ["mal", id, "endre"]
        case .measure: return ["tiltak", id, "endre"]
        case .risk: return ["risikoer", id, "endre"]
        case .procurement: return ["anskaffelser", id, "endre"]
        case .area: return ["omrader", id, "endre"]
        case .reference: return ["dokumenter", id, "endre"]
        case .deviation: return ["avvik", id]
        case .followUp: return ["oppfolging", id]
        }
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
