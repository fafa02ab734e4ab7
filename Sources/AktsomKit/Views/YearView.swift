/// A reporting year's entries at a glance, and what the report still lacks. `aktsom year show`.
public struct YearView: Sendable {
    public let entry: ReportingYear
    public let plan: ActionPlan
    public let template: ReportTemplate
    /// The year's report sections as `export` would write them today, so what is listed as
    /// missing here is exactly what the export marks "ikke utfylt".
    public let sections: [ReportSection]

    public init(data: PlanData, year: Int, template: ReportTemplate, today: Day) {
        self.entry = data.year(year)
        self.plan = data.plan
        self.template = template
        self.sections = ReportBuilder(data: data, template: template, year: year, today: today).sections()
    }

    /// The sections with answers marked "ikke utfylt", in the form's order.
    public var unfilledSections: [ReportSection] {
        sections.filter { $0.notFilledCount > 0 }
    }

    /// The template's note sections that have no text yet.
    public var missingNotes: [(id: String, title: String)] {
        template.noteSections.filter { entry.notes[$0.id] == nil }
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let figures = entry.keyFigures, contact = entry.contact
        var rows: [(String, String?)] = [
            (nb ? "Samlet innkjøp (NOK)" : "Total spend (NOK)", figures.spend?.norwegian),
            (nb ? "Aktive avtaler" : "Active contracts", figures.activeContracts.map(\.norwegian)),
            (nb ? "Kunngjorte anskaffelser" : "Announced procurements", figures.announced.map(\.norwegian)),
            (nb ? "Ansatte" : "Employees", figures.employees.map(\.norwegian)),
            (nb ? "Adresse" : "Address", contact.address),
            (nb ? "Kontaktperson" : "Contact", [contact.name, contact.title, contact.phone].compactMap { $0 }.joined(separator: ", ")),
            (nb ? "E-post" : "E-mail", contact.email),
        ]
        if template.family == .enterprise {
            rows += [(nb ? "Omsetning (NOK)" : "Revenue (NOK)", figures.revenue?.norwegian),
                     (nb ? "Leverandører" : "Suppliers", figures.suppliers.map(\.norwegian)),
                     (nb ? "Omfattet av åpenhetsloven" : "Covered by the Transparency Act", figures.transparencyAct.map { $0 ? "Ja" : "Nei" })]
        }
        let width = rows.map(\.0.count).max() ?? 0
        var lines = [nb ? "Rapporteringsår \(entry.year) – \(plan.organisation)" : "Reporting year \(entry.year) – \(plan.organisation)", ""]
        for (label, value) in rows {
            let shown = value.flatMap { $0.isEmpty ? nil : $0 } ?? (nb ? "– (ikke satt)" : "– (not set)")
            lines.append("\(label):\(String(repeating: " ", count: width - label.count + 1))\(shown)")
        }
        lines.append("")
        lines.append(nb ? "Statustekster: \(entry.goalReports.count) mål, \(entry.riskReports.count.counted("risiko", "risikoer"))"
                        : "Status texts: \(entry.goalReports.count.counted("goal", "goals")), \(entry.riskReports.count.counted("risk", "risks"))")
        lines.append(nb ? "Notater (\(entry.notes.count)):" : "Notes (\(entry.notes.count)):")
        let ids = entry.notes.keys.sorted(by: Identifier.naturalOrder)
        let unfilled = unfilledSections
        let idWidth = (ids + unfilled.map(\.id)).map(\.count).max() ?? 0
        func pad(_ id: String) -> String { id + String(repeating: " ", count: idWidth - id.count) }
        for id in ids {
            lines.append("  \(pad(id))  \(TextTable.shorten(TextTable.singleLine(entry.notes[id] ?? ""), to: 70))")
        }
        if !unfilled.isEmpty {
            let count = unfilled.reduce(0) { $0 + $1.notFilledCount }
            lines.append("")
            lines.append(nb ? "Ikke utfylt i \(template.id) (\(count.counted("svar", "svar"))):" : "Not filled in \(template.id) (\(count.counted("answer", "answers"))):")
            for section in unfilled {
                let answers = section.notFilledCount > 1 ? " (\(section.notFilledCount))" : ""
                lines.append("  \(pad(section.id))  \(TextTable.shorten(section.title, to: 70))\(answers)")
                if let hint = section.fillHint {
                    lines.append("  \(String(repeating: " ", count: idWidth))    \(TextTable.singleLine(hint))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        var value = YearCodec.encode(entry)
        if case .object(var object) = value.kind {
            object.members.removeAll { $0.key == "format" || $0.key == "version" }
            object.members.append(JSONObject.Member(key: "missingNotes", value: .strings(missingNotes.map(\.id))))
            let unfilled: [JSONValue] = unfilledSections.map { section in
                .object([("section", .string(section.id)), ("title", .string(section.title)), ("answers", .int(section.notFilledCount)),
                         ("hint", section.fillHint.map(JSONValue.string) ?? .null)])
            }
            object.members.append(JSONObject.Member(key: "notFilled", value: .array(unfilled)))
            value = JSONValue(.object(object))
        }
        return value
    }
}
