/// How a year's procurements met the climate rule, counted once for the indicators, the chart
/// and the lists alike.
///
/// The share weighted at least 30 % is taken of the procurements that weigh climate: every one
/// of the year except those met by requirements in the specification or exempted, which are the
/// rule's lawful alternatives and no weight at all. A procurement with nothing recorded counts
/// as not weighted, so a gap lowers the share instead of hiding from it.
public struct ClimateTally: Sendable, Equatable {
    /// Weighted at least 30 %.
    public var atLeastMinimum = 0
    /// Weighted under 30 % with a reason.
    public var belowMinimumJustified = 0
    /// Weighted under 30 % with no reason: a gap.
    public var belowMinimumUnjustified = 0
    public var inSpecification = 0
    public var exempt = 0
    /// Nothing recorded: a gap.
    public var missing = 0

    public init(_ procurements: some Sequence<Procurement>) {
        for procurement in procurements {
            switch procurement.climate {
            case nil: missing += 1
            case .inSpecification?: inSpecification += 1
            case .exempt?: exempt += 1
            case let climate?:
                if climate.isWeightedAtLeastMinimum {
                    atLeastMinimum += 1
                } else if climate.isUnjustifiedLowWeight {
                    belowMinimumUnjustified += 1
                } else {
                    belowMinimumJustified += 1
                }
            }
        }
    }

    /// The procurements the share is taken of: all but the lawful alternatives to a weight.
    public var weighable: Int { atLeastMinimum + belowMinimumJustified + belowMinimumUnjustified + missing }

    public var total: Int { weighable + inSpecification + exempt }

    /// Whether anything at all was recorded: a share of procurements none of which says anything
    /// about climate is a figure no one entered.
    public var anyRecorded: Bool { total > missing }
}
