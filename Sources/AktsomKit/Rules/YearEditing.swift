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
    /// «Er det identifisert avvik …?» as the organisation answers it.
    public var deviationsFound: FieldChange<Bool> = .unchanged
    /// Whether the register holds every procurement of the year, as the lead says.
    public var registerComplete: FieldChange<Bool> = .unchanged
    /// Figures entered to win over the counted ones (`--agreements-followed-up 3`): a value to
    /// set, or cleared to go back to the counted one.
    public var indicators: [Indicator: FieldChange<Amount>] = [:]
    /// Confirms contact details copied from an earlier year by `year start`.
    public var keepContact = false

    public init() {}

    var isEmpty: Bool {
        spend == nil && activeContracts == nil && announced == nil && employees == nil && revenue == nil && suppliers == nil
            && transparencyAct == nil && address == nil && contactName == nil && contactTitle == nil && contactPhone == nil && contactEmail == nil
            && deviationsFound.isUnchanged && registerComplete.isUnchanged && indicators.isEmpty && !keepContact
    }

    var changesContact: Bool {
        address != nil || contactName != nil || contactTitle != nil || contactPhone != nil || contactEmail != nil || keepContact
    }
}

extension PlanData {
    /// Sets the year's key figures and contact details given; others keep their values.
    public mutating func setYear(_ year: Int, _ changes: YearChanges) throws(PlanError) {
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett tall eller felt, for eksempel --spend \"2 000 000 000\" eller --employees 3850; se aktsom year set --help",
                                                   en: "give at least one figure or field, for example --spend 2000000000 or --employees 3850; see aktsom year set --help"))
        }
        editYear(year) { entry in
            var figures = entry.keyFigures
            figures.deviationsFound = changes.deviationsFound.applied(to: figures.deviationsFound)
            figures.registerComplete = changes.registerComplete.applied(to: figures.registerComplete)
            for (indicator, change) in changes.indicators {
                entry.enteredIndicators[indicator] = change.applied(to: entry.enteredIndicators[indicator])
            }
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
            if changes.changesContact { entry.contactCopiedFrom = nil }
        }
    }
}

extension Indicator {
    /// Reads `andel-med-etiske-krav=55` (or `=` with nothing after it, to go back to the counted
    /// figure), as `year set --indicator` takes it.
    public static func assignment(_ text: String) throws(PlanError) -> (Indicator, FieldChange<Amount>) {
        guard let equals = text.firstIndex(of: "=") else { throw .invalidAssignment(text) }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        let raw = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let indicator = Indicator(parsing: name) else {
            throw .unknownIndicator(name)
        }
        if raw.isEmpty { return (indicator, .cleared) }
        guard let value = Amount(parsing: raw), value.hundredths >= 0 else { throw .invalidAssignment(text) }
        return (indicator, .set(value))
    }
}
