/// What `year set` can change; nil leaves a value as it is.
public struct YearChanges: Sendable {
    public var spend: Amount?
    public var activeContracts: Int?
    public var announced: Int?
    public var employees: Int?
    public var revenue: Amount?
    public var suppliers: Int?
    public var transparencyAct: Bool?
    public var address: String?
    public var contactName: String?
    public var contactTitle: String?
    public var contactPhone: String?
    public var contactEmail: String?

    public init() {}

    var isEmpty: Bool {
        spend == nil && activeContracts == nil && announced == nil && employees == nil && revenue == nil && suppliers == nil
            && transparencyAct == nil && address == nil && contactName == nil && contactTitle == nil && contactPhone == nil && contactEmail == nil
    }
}

extension PlanData {
    /// Sets the year's key figures and contact details given; others keep their values.
    public mutating func setYear(_ year: Int, _ changes: YearChanges) throws(PlanError) {
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett tall eller felt, for eksempel --spend \"2 000 000 000\" eller --employees 3850; se aktsom year set --help",
                                                   en: "give at least one figure or field, for example --spend 2000000000 or --employees 3850; see aktsom year set --help"))
        }
        try checkYear(year)
        editYear(year) { entry in
            var figures = entry.keyFigures
            if let value = changes.spend { figures.spend = value }
            if let value = changes.activeContracts { figures.activeContracts = value }
            if let value = changes.announced { figures.announced = value }
            if let value = changes.employees { figures.employees = value }
            if let value = changes.revenue { figures.revenue = value }
            if let value = changes.suppliers { figures.suppliers = value }
            if let value = changes.transparencyAct { figures.transparencyAct = value }
            entry.keyFigures = figures
            var contact = entry.contact
            if let value = changes.address { contact.address = PlanData.optionalText(value) }
            if let value = changes.contactName { contact.name = PlanData.optionalText(value) }
            if let value = changes.contactTitle { contact.title = PlanData.optionalText(value) }
            if let value = changes.contactPhone { contact.phone = PlanData.optionalText(value) }
            if let value = changes.contactEmail { contact.email = PlanData.optionalText(value) }
            entry.contact = contact
        }
    }

    /// Stores the year's free-text answer for a report section, replacing an earlier one; nil
    /// removes it.
    public mutating func setNote(_ year: Int, section: String, text: String?) throws(PlanError) {
        try checkYear(year)
        let text = try text.map { text throws(PlanError) in try PlanData.requiredText(text, field: "--text") }
        editYear(year) { $0.notes[section] = text }
    }
}
