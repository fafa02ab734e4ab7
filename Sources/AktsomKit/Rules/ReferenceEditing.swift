/// What `plan reference add` asks for.
public struct ReferenceDraft: Sendable {
    public var id: String?
    public var title: String
    public var issuer: String?
    public var year: Int?
    public var link: String?
    public var scope: ReferenceScope
    public var area: String?

    public init(title: String, scope: ReferenceScope, id: String? = nil) {
        self.title = title
        self.scope = scope
        self.id = id
    }
}

/// What `plan reference edit` can change; `.cleared` removes an optional field.
public struct ReferenceChanges: Sendable {
    public var title: String?
    public var issuer: FieldChange<String> = .unchanged
    public var year: FieldChange<Int> = .unchanged
    public var link: FieldChange<String> = .unchanged
    public var scope: ReferenceScope?
    public var area: FieldChange<String> = .unchanged

    public init() {}

    var isEmpty: Bool {
        title == nil && issuer.isUnchanged && year.isUnchanged && link.isUnchanged && scope == nil && area.isUnchanged
    }
}

extension PlanData {
    /// Adds a governing document to the plan, for the whole strategy or for one area. Without an
    /// id it gets `dok-<n>`.
    @discardableResult
    public mutating func addReference(_ draft: ReferenceDraft) throws(PlanError) -> GoverningDocument {
        let title = try PlanData.requiredText(draft.title, field: "--title")
        let area = PlanData.optionalText(draft.area)
        try checkArea(area)
        let id = try newID(draft.id, kind: .reference, prefix: "dok-", existing: plan.ids(of: .reference))
        let document = GoverningDocument(id: id, title: title, issuer: PlanData.optionalText(draft.issuer), year: draft.year,
                                         link: PlanData.optionalText(draft.link), scope: draft.scope, area: area)
        plan.references.append(document)
        return document
    }

    @discardableResult
    public mutating func editReference(_ id: String, _ changes: ReferenceChanges) throws(PlanError) -> GoverningDocument {
        guard let index = plan.references.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.reference, id: id, candidates: plan.ids(of: .reference))
        }
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett felt: --title, --issuer, --year, --link, --scope eller --area",
                                                   en: "give at least one field: --title, --issuer, --year, --link, --scope or --area"))
        }
        var document = plan.references[index]
        if let title = changes.title { document.title = try PlanData.requiredText(title, field: "--title") }
        document.issuer = PlanData.optionalText(changes.issuer.applied(to: document.issuer))
        document.year = changes.year.applied(to: document.year)
        document.link = PlanData.optionalText(changes.link.applied(to: document.link))
        if let scope = changes.scope { document.scope = scope }
        document.area = PlanData.optionalText(changes.area.applied(to: document.area))
        try checkArea(document.area)
        plan.references[index] = document
        return document
    }

    /// Refuses an area id the plan does not have.
    func checkArea(_ id: String?) throws(PlanError) {
        if let id, plan.area(id) == nil { throw .unknownRecord(.area, id: id, candidates: plan.ids(of: .area)) }
    }
}
