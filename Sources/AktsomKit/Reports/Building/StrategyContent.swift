/// The parts of the action plan that describe the strategy rather than its progress: the
/// strategy itself, each area's overarching goal and SDGs, and the governing documents.
extension ReportBuilder {
    /// The overall goal, the period, who owns the strategy and who carries it out.
    func strategy() -> Content {
        let plan = data.plan
        let fields: [(String, String?, PlanField)] = [
            ("Overordnet mål", plan.overallGoal, .overallGoal),
            ("Strategiperiode", plan.period?.display, .period),
            ("Eier av strategien", plan.owner, .owner),
            ("Operativt ansvarlig", plan.operationalOwner, .operationalOwner),
        ]
        return Content(blocks: fields.map { label, value, field in .field(label: label, value: value, fix: value == nil ? .editPlan(field) : nil) },
                       hasData: fields.contains { $0.1 != nil })
    }

    /// What an area stands for, before its goals: the overarching goal, the SDGs with their
    /// Norwegian names, and the strategy's note on the choice of SDGs.
    func areaIntroduction(_ area: Area) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if let goal = area.overarchingGoal { blocks.append(.field(label: "Overordnet mål", value: goal, fix: nil)) }
        if !area.sdgs.isEmpty {
            blocks.append(.field(label: "FNs bærekraftsmål", value: area.sdgs.map { "– " + SustainableDevelopmentGoal.display($0) }.joined(separator: "\n"), fix: nil))
        } else if area.sdgNote != nil {
            blocks.append(.field(label: "FNs bærekraftsmål", value: "Ingen", fix: nil))
        }
        if let note = area.sdgNote { blocks += paragraphs(note) }
        return blocks
    }

    /// The governing documents by scope, municipal first; a document for one area says which.
    func governingDocuments() -> Content {
        let plan = data.plan
        guard !plan.references.isEmpty else { return .empty(.addReference) }
        let groups = ReferenceScope.allCases.compactMap { scope -> ReportBlock? in
            let documents = plan.references.filter { $0.scope == scope }
            guard !documents.isEmpty else { return nil }
            return .group(title: scope.heading, blocks: [.list(documents.map(referenceLine))])
        }
        return Content(blocks: groups, hasData: true)
    }

    /// `Klimaplan 2023–2030 (Fjordvik kommune, 2023). Gjelder Klima og miljø. https://…`
    func referenceLine(_ document: GoverningDocument) -> String {
        let source = [document.issuer, document.year.map(String.init)].compactMap { $0 }
        var line = document.title + (source.isEmpty ? "" : " (\(source.joined(separator: ", ")))")
        var phrases = [line]
        if let area = document.area { phrases.append("Gjelder \(data.plan.area(area)?.name ?? area)") }
        line = ReportText.sentences(phrases)
        if let link = document.link { line += " " + link }
        return line
    }
}
