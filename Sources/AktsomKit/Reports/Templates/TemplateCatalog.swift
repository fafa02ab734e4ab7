/// The templates Aktsom knows, in the order help lists them.
public enum TemplateCatalog {
    public static let all: [ReportTemplate] = [.ehnOffentlig, .ehnVirksomhet, .ehn2020, .handlingsplan]

    public static func template(_ id: String) -> ReportTemplate? {
        all.first { $0.id == id.lowercased() }
    }

    /// The template a plan exports by default: the one its report family names.
    public static func defaultTemplate(for plan: ActionPlan) -> ReportTemplate {
        template(plan.reportTemplate.rawValue) ?? .ehnOffentlig
    }

    /// Every section id that takes a note in some template, with a label, first one wins.
    public static var noteSections: [(id: String, title: String)] {
        var seen: [(String, String)] = []
        for template in all {
            for section in template.noteSections where !seen.contains(where: { $0.0 == section.id }) {
                seen.append(section)
            }
        }
        return seen.sorted { Identifier.naturalOrder($0.0, $1.0) }
    }

    /// Every section id some template shows, with a title, in reading order.
    public static var answerableSections: [(id: String, title: String)] {
        var seen: [(String, String)] = []
        for template in all {
            for section in template.sections where !seen.contains(where: { $0.0 == section.id }) {
                seen.append((section.id, section.title))
            }
            for field in template.sections.flatMap(\.fields) {
                if case .note(let id) = field.value, !seen.contains(where: { $0.0 == id }) { seen.append((id, field.label)) }
            }
        }
        return seen.sorted { Identifier.naturalOrder($0.0, $1.0) }
    }

    public static var validTemplates: Localized {
        let list = all.map { "\($0.id) (\($0.summary.nb))" }.joined(separator: ", ")
        let english = all.map { "\($0.id) (\($0.summary.en))" }.joined(separator: ", ")
        return Localized("gyldige maler: \(list)", en: "valid templates: \(english)")
    }
}
