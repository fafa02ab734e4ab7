/// A reporting year's entries at a glance, and what the report still lacks. `aktsom year show`.
public struct YearView: Sendable {
    public let entry: ReportingYear
    public let plan: ActionPlan
    public let template: ReportTemplate

    public init(data: PlanData, year: Int, template: ReportTemplate) {
        self.entry = data.year(year)
        self.plan = data.plan
        self.template = template
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
        let idWidth = (ids + missingNotes.map(\.id)).map(\.count).max() ?? 0
        func pad(_ id: String) -> String { id + String(repeating: " ", count: idWidth - id.count) }
        for id in ids {
            lines.append("  \(pad(id))  \(TextTable.shorten(TextTable.singleLine(entry.notes[id] ?? ""), to: 70))")
        }
        let missing = missingNotes
        if !missing.isEmpty {
            lines.append("")
            lines.append(nb ? "Mangler i \(template.id) (\(missing.count)):" : "Missing in \(template.id) (\(missing.count)):")
            for section in missing {
                lines.append("  \(pad(section.id))  \(TextTable.shorten(section.title, to: 70))")
            }
            lines.append(nb ? "Skriv med: aktsom year note \(entry.year) --section ID --text \"…\"" : "Write with: aktsom year note \(entry.year) --section ID --text \"…\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        var value = YearCodec.encode(entry)
        if case .object(var object) = value.kind {
            object.members.removeAll { $0.key == "format" || $0.key == "version" }
            object.members.append(JSONObject.Member(key: "missingNotes", value: .strings(missingNotes.map(\.id))))
            value = JSONValue(.object(object))
        }
        return value
    }
}
