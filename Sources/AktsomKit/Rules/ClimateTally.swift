/// How a year's procurements met the climate rule, counted once for the indicators, the chart
/// and the lists alike, from each procurement's ``ClimateAssessment``.
///
/// The share that meets the rule counts every way of meeting it: a weight of at least 30 %,
/// climate among the three highest ranked criteria, ranked lower with requirements in the
/// specification, and requirements in the specification instead. It is taken of the
/// procurements under the rule except the exempted and those in part I with nothing recorded,
/// where the rule asks for nothing. A procurement with nothing recorded in parts II and III
/// counts as not meeting it, so a gap lowers the share instead of hiding from it.
public struct ClimateTally: Sendable, Equatable {
    public var atLeastMinimum = 0
    public var belowMinimumJustified = 0
    /// Weighted under 30 % with no reason: a gap.
    public var belowMinimumUnjustified = 0
    public var rankedTop = 0
    public var rankedLowWithSpecification = 0
    /// Ranked below the top three with no requirements in the specification: a gap.
    public var rankedLowWithoutSpecification = 0
    public var inSpecification = 0
    public var exempt = 0
    /// Nothing recorded in parts II and III (or with no value to tell): a gap.
    public var missing = 0
    /// Nothing recorded in part I, where no award criteria need be set.
    public var missingPartI = 0

    public init(_ procurements: some Sequence<Procurement>, rules: RuleBook = .standard) {
        for procurement in procurements {
            switch ClimateAssessment(procurement, rules: rules).standing {
            case .notUnderRule: continue
            case .atLeastMinimum: atLeastMinimum += 1
            case .belowMinimumJustified: belowMinimumJustified += 1
            case .belowMinimumUnjustified: belowMinimumUnjustified += 1
            case .rankedTop: rankedTop += 1
            case .rankedLowWithSpecification: rankedLowWithSpecification += 1
            case .rankedLowWithoutSpecification: rankedLowWithoutSpecification += 1
            case .inSpecification: inSpecification += 1
            case .exempt: exempt += 1
            case .missing: missing += 1
            case .missingPartI: missingPartI += 1
            }
        }
    }

    /// Meeting the rule, each way counted.
    public var compliant: Int { atLeastMinimum + rankedTop + rankedLowWithSpecification + inSpecification }

    /// The procurements the share is taken of: all under the rule but the exempted and part I's
    /// with nothing recorded.
    public var measured: Int { total - exempt - missingPartI }

    public var total: Int {
        atLeastMinimum + belowMinimumJustified + belowMinimumUnjustified + rankedTop + rankedLowWithSpecification
            + rankedLowWithoutSpecification + inSpecification + exempt + missing + missingPartI
    }

    /// Whether anything at all was recorded: a share of procurements none of which says anything
    /// about climate is a figure no one entered.
    public var anyRecorded: Bool { total > missing + missingPartI }
}
