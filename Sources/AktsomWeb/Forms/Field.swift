import Foundation
import AktsomKit

/// One labelled form field with what the person typed and, under it, the message when it could
/// not be used. Names are the command's options without dashes (`due` for `--due`), so a
/// message from AktsomKit finds its field.
enum Field {
    /// `<input type="text">`.
    /// `suggestions` are offered as the person types (a `<datalist>`), such as the teams a plan
    /// already has, so that a typo does not quietly make a new one; any other text is still taken.
    static func text(_ name: String, _ label: String, values: FormData, problems: FormProblems, hint: String? = nil,
                     required: Bool = false, placeholder: String? = nil, type: String = "text", suggestions: [String] = []) -> Markup {
        var attributes: [Attribute] = [.type(type), .id("f-\(name)"), .name(name), .value(values[name] ?? "")]
        if required { attributes.append(.required) }
        if let placeholder { attributes.append(.placeholder(placeholder)) }
        if !suggestions.isEmpty { attributes.append(.list("f-\(name)-list")) }
        var control = Markup.void(.input, attributes + describedBy(name, problems, hint))
        if !suggestions.isEmpty {
            control = control + Markup.element(.datalist, [.id("f-\(name)-list")]) {
                for suggestion in suggestions { Markup.element(.option, [.value(suggestion)]) { "" } }
            }
        }
        return wrap(name, label, problems: problems, hint: hint, control: control)
    }

    /// `<textarea>`.
    static func textarea(_ name: String, _ label: String, values: FormData, problems: FormProblems, hint: String? = nil, rows: Int = 3,
                         required: Bool = false) -> Markup {
        var attributes: [Attribute] = [.id("f-\(name)"), .name(name), .rows(rows)]
        if required { attributes.append(.required) }
        let control = Markup.element(.textarea, attributes + describedBy(name, problems, hint)) { values[name] ?? "" }
        return wrap(name, label, problems: problems, hint: hint, control: control)
    }

    /// `<select>` with the given options; the one whose value was sent (or is current) is chosen.
    static func select(_ name: String, _ label: String, options: [(value: String, label: String)], values: FormData, problems: FormProblems,
                       hint: String? = nil, multiple: Bool = false) -> Markup {
        let chosen = Set(values.values(name))
        var attributes: [Attribute] = [.id("f-\(name)"), .name(name)]
        if multiple { attributes.append(.multiple) }
        let control = Markup.element(.select, attributes + describedBy(name, problems, hint)) {
            for option in options {
                Markup.element(.option, [.value(option.value)] + (chosen.contains(option.value) ? [.selected] : [])) { option.label }
            }
        }
        return wrap(name, label, problems: problems, hint: hint, control: control)
    }

    /// A checkbox sending `ja`.
    static func checkbox(_ name: String, _ label: String, values: FormData, problems: FormProblems, hint: String? = nil) -> Markup {
        var attributes: [Attribute] = [.type("checkbox"), .id("f-\(name)"), .name(name), .value("ja")]
        if values[name] == "ja" { attributes.append(.checked) }
        let lines = problems.lines(for: name)
        return Markup.element(.div, [.class(lines.isEmpty ? "field check" : "field check has-error")]) {
            Markup.element(.label, [.for("f-\(name)")]) {
                Markup.void(.input, attributes)
                " " + label
            }
            messages(name, lines)
            if let hint { Markup.element(.p, [.class("hint"), .id("f-\(name)-hint")]) { hint } }
        }
    }

    /// A group of checkboxes under one name, each sending its own value: the ones whose value
    /// was sent (or is current) are ticked. The message for the group goes under its legend.
    static func checkboxes(_ name: String, _ label: String, options: [(value: String, label: String)], values: FormData,
                           problems: FormProblems) -> Markup {
        let ticked = Set(values.values(name))
        let lines = problems.lines(for: name)
        return Markup.element(.fieldset, [.class(lines.isEmpty ? "field checks" : "field checks has-error"), .id("f-\(name)")]) {
            Markup.element(.legend) { label }
            messages(name, lines)
            for (index, option) in options.enumerated() {
                Markup.element(.label, [.for("f-\(name)-\(index)")]) {
                    Markup.void(.input, [.type("checkbox"), .id("f-\(name)-\(index)"), .name(name), .value(option.value)] + (ticked.contains(option.value) ? [.checked] : []))
                    " " + option.label
                }
            }
        }
    }

    /// The form's send button.
    static func submit(_ label: String) -> Markup {
        Markup.element(.button, [.type("submit")]) { label }
    }

    private static func describedBy(_ name: String, _ problems: FormProblems, _ hint: String?) -> [Attribute] {
        var ids: [String] = []
        if !problems.lines(for: name).isEmpty { ids.append("f-\(name)-error") }
        if hint != nil { ids.append("f-\(name)-hint") }
        return ids.isEmpty ? [] : [.ariaDescribedBy(ids.joined(separator: " "))]
    }

    private static func wrap(_ name: String, _ label: String, problems: FormProblems, hint: String?, control: Markup) -> Markup {
        let lines = problems.lines(for: name)
        return Markup.element(.div, [.class(lines.isEmpty ? "field" : "field has-error")]) {
            Markup.element(.label, [.for("f-\(name)")]) { label }
            control
            messages(name, lines)
            if let hint { Markup.element(.p, [.class("hint"), .id("f-\(name)-hint")]) { hint } }
        }
    }

    private static func messages(_ name: String, _ lines: [String]) -> Markup {
        guard let first = lines.first else { return .empty }
        return Markup.element(.div, [.class("field-error"), .id("f-\(name)-error")]) {
            Markup.element(.p) { first }
            for note in lines.dropFirst() { Markup.element(.p, [.class("note")]) { note } }
        }
    }
}

extension FormData {
    /// The value when it holds something other than spaces; a blank field counts as not given,
    /// as an option left off the command line.
    func given(_ name: String) -> String? {
        self[name].flatMap { $0.isBlank ? nil : $0 }
    }

    /// Whether a checkbox was ticked.
    func ticked(_ name: String) -> Bool {
        self[name] == "ja"
    }

    /// Lists typed with commas or one per line, as `--risk a,b`.
    func list(_ name: String) -> [String] {
        values(name).flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "\n" }) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A copy with one field set.
    func setting(_ name: String, _ value: String?) -> FormData {
        var fields = self.fields.filter { $0.name != name }
        if let value { fields.append(Field(name: name, value: value)) }
        return FormData(fields)
    }
}
