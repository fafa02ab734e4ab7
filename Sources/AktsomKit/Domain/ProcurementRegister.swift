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

    /// Every deviation with the procurement it belongs to, in register order.
    public var deviations: [(procurement: Procurement, deviation: Deviation)] {
        procurements.flatMap { procurement in procurement.deviations.map { (procurement, $0) } }
    }
}
