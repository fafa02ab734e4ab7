/// The procurement register (anskaffelsesregister): every procurement the plan tracks, kept in
/// `procurements.json`.
public struct ProcurementRegister: Sendable, Equatable {
    public var procurements: [Procurement]

    public init(procurements: [Procurement] = []) {
        self.procurements = procurements
    }

    public func procurement(_ id: String) -> Procurement? {
        procurements.first { $0.id == id }
    }

    public var ids: [String] { procurements.map(\.id) }

    /// Every follow-up's id, in register order.
    public var followUpIDs: [String] {
        procurements.flatMap { $0.followUps.map(\.id) }
    }

    /// Every follow-up with the procurement it belongs to, in register order.
    public var followUps: [(procurement: Procurement, followUp: FollowUp)] {
        procurements.flatMap { procurement in procurement.followUps.map { (procurement, $0) } }
    }

    /// The follow-ups carried out in `year`, of every kind (self-reports by the day the form was
    /// sent), with their procurement, in date order and register order on the same day; planned
    /// ones are not follow-up yet. The one definition of "followed up in the year": the report,
    /// the year page, the check and the network comparison all count from it.
    public func followUps(in year: Int) -> [(procurement: Procurement, followUp: FollowUp)] {
        followUps.filter { $0.followUp.date?.year == year }.enumerated().sorted { lhs, rhs in
            lhs.element.followUp.day != rhs.element.followUp.day ? lhs.element.followUp.day < rhs.element.followUp.day : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Whether the register holds anything for `year`: a procurement of the year, or a follow-up
    /// or deviation dated in it. Counts from a register that holds nothing for a year say nothing.
    public func holds(_ year: Int) -> Bool {
        procurements.contains { procurement in
            procurement.year == year || procurement.followUps.contains { $0.date?.year == year }
                || procurement.deviations.contains { $0.date?.year == year || $0.closed?.year == year }
        }
    }

    /// Every deviation with the procurement it belongs to, in register order.
    public var deviations: [(procurement: Procurement, deviation: Deviation)] {
        procurements.flatMap { procurement in procurement.deviations.map { (procurement, $0) } }
    }
}
