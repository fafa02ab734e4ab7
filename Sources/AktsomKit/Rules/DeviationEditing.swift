/// What `deviation edit` can change: what was found, where, what was done and when it was
/// found. The status and state change with `deviation update`, which keeps the closing day.
public struct DeviationChanges: Sendable {
    public var type: String?
    public var location: String?
    /// An empty action clears it, which an open deviation may have.
    public var action: String?
    public var date: Day?
    /// The follow-up that found it, in the same procurement; blank removes the link.
    public var followUp: FieldChange<String> = .unchanged

    public init() {}

    var isEmpty: Bool { type == nil && location == nil && action == nil && date == nil && followUp.isUnchanged }
}

extension PlanData {
    /// Corrects a deviation as it was recorded. A closed deviation keeps its action, since the
    /// report says what was done; the day it was found can be neither in the future nor after the
    /// day it was closed.
    @discardableResult
    public mutating func editDeviation(_ id: String, _ changes: DeviationChanges, today: Day) throws(PlanError) -> Deviation {
        for procurementIndex in register.procurements.indices {
            guard let index = register.procurements[procurementIndex].deviations.firstIndex(where: { $0.id == id }) else { continue }
            guard !changes.isEmpty else {
                throw .nothingToChange(hint: Localized("oppgi minst ett felt: --type, --where, --action, --date eller --follow-up; status endres med aktsom deviation update",
                                                       en: "give at least one field: --type, --where, --action, --date or --follow-up; the status changes with aktsom deviation update"))
            }
            var deviation = register.procurements[procurementIndex].deviations[index]
            if let type = changes.type { deviation.type = try PlanData.requiredText(type, field: "--type") }
            if let location = changes.location { deviation.location = try PlanData.requiredText(location, field: "--where") }
            if let action = changes.action { deviation.action = PlanData.optionalText(action) ?? "" }
            if deviation.state == .closed && deviation.action.isBlank { throw .closedWithoutAction(deviation: id) }
            if case .set(let link) = changes.followUp { try checkFollowUpLink(link, in: register.procurements[procurementIndex]) }
            deviation.followUp = changes.followUp.applied(to: deviation.followUp)
            if let date = changes.date {
                if date > today { throw .dateInFuture(date, today: today) }
                if let closed = deviation.closed, date > closed { throw .foundAfterClosed(found: date, closed: closed) }
                deviation.date = date
            }
            register.procurements[procurementIndex].deviations[index] = deviation
            return deviation
        }
        throw .unknownRecord(.deviation, id: id, candidates: register.deviations.map(\.deviation.id))
    }
}
