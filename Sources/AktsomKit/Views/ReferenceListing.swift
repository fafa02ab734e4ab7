/// The governing documents, by scope as the report groups them. `aktsom plan reference list`.
public struct ReferenceListing: Sendable {
    public let plan: ActionPlan

    public init(plan: ActionPlan) {
        self.plan = plan
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        guard !plan.references.isEmpty else {
            return nb ? "Ingen styrende dokumenter ennå; legg til med: aktsom plan reference add --title \"…\" --scope nasjonal\n"
                      : "No governing documents yet; add one with: aktsom plan reference add --title \"…\" --scope nasjonal\n"
        }
        var table = TextTable(columns: [.init("ID"), .init(nb ? "NIVÅ" : "SCOPE"), .init(nb ? "ÅR" : "YEAR"),
                                        .init(nb ? "UTGIVER" : "ISSUER", maximumWidth: 30), .init(nb ? "OMRÅDE" : "AREA"),
                                        .init(nb ? "TITTEL" : "TITLE", maximumWidth: 60)])
        for document in ReferenceListing.inReportOrder(plan.references) {
            table.append([document.id, document.scope.label(language), document.year.map(String.init) ?? "–", document.issuer ?? "–",
                          document.area ?? "–", document.title])
        }
        return table.rendered()
    }

    public func json() -> JSONValue {
        .object([("references", .array(ReferenceListing.inReportOrder(plan.references).map(RecordJSON.reference)))])
    }

    /// Municipal, then national, then international; within a scope, in the order entered.
    static func inReportOrder(_ documents: [GoverningDocument]) -> [GoverningDocument] {
        ReferenceScope.allCases.flatMap { scope in documents.filter { $0.scope == scope } }
    }
}
