/// The year's numbers counted from the register and the journal, for `procurement list`, for
/// goals bound to an indicator, and for the report's key figures.
public struct YearIndicators: Sendable, Equatable {
    public let year: Int
    /// Procurements whose year is this year.
    public let procurements: Int
    /// Of those, with ethical or social requirements in at least one phase.
    public let withEthicalRequirements: Int
    public let highRisk: Int
    public let highRiskWithRequirements: Int
    /// Distinct procurements (of any year) with at least one follow-up dated this year.
    public let followedUpProcurements: Int
    /// Distinct suppliers followed up this year: each named supplier once, and for follow-ups
    /// that name none, all of the agreement's suppliers.
    public let followedUpSuppliers: Int
    /// Deviations found this year.
    public let deviationsOpened: Int
    /// Deviations closed this year.
    public let deviationsClosed: Int
    /// Measures in force and due this year, cancelled ones left out.
    public let measuresDue: Int
    /// Of those, done by 31 December.
    public let measuresDueDone: Int
    /// How the year's procurements met the climate rule; nil for a year the rule was not in force.
    public let climate: ClimateTally?

    public init(data: PlanData, year: Int, history: StatusHistory? = nil, timeline: Timeline? = nil, rules: RuleBook = .standard) {
        let ethical = data.plan.ethicalAreaIDs
        let classifier = data.highRiskClassifier(rules: rules)
        let inYear = data.register.procurements.filter { $0.year == year }
        let hasEthical = { (procurement: Procurement) in !procurement.phases(inAreas: ethical).isEmpty }
        self.year = year
        procurements = inYear.count
        withEthicalRequirements = inYear.filter(hasEthical).count
        let highRiskInYear = inYear.filter(classifier.isHighRisk)
        highRisk = highRiskInYear.count
        highRiskWithRequirements = highRiskInYear.filter(hasEthical).count

        // Each agreement once, each named supplier once, and for follow-ups that name none, all
        // of the agreement's suppliers.
        var agreements = Set<String>()
        var namedSuppliers = Set<String>()
        var unnamedSuppliers = 0
        var counted = Set<String>()
        for (procurement, followUp) in data.register.followUps(in: year) {
            agreements.insert(procurement.id)
            if let supplier = followUp.supplier {
                namedSuppliers.insert(Team.normalized(supplier))
            } else if counted.insert(procurement.id).inserted {
                unnamedSuppliers += procurement.suppliers ?? 1
            }
        }
        followedUpProcurements = agreements.count
        followedUpSuppliers = namedSuppliers.count + unnamedSuppliers

        let deviations = data.register.deviations.map(\.deviation)
        deviationsOpened = deviations.filter { $0.date?.year == year }.count
        deviationsClosed = deviations.filter { $0.closed?.year == year }.count

        let history = history ?? data.statusHistory
        let timeline = timeline ?? Timeline(data: data, history: history)
        let endOfYear = Day.lastDay(of: year) ?? Day.latest
        let dueStatuses = data.plan.measures.filter { $0.due?.year == year && timeline.isInForce($0, in: year) }
            .map { history.status(of: $0.id, asOf: endOfYear) }
            .filter { $0 != .cancelled }
        measuresDue = dueStatuses.count
        measuresDueDone = dueStatuses.filter { $0 == .done }.count
        climate = rules.climateDuty.inForce(during: year).isEmpty ? nil : ClimateTally(inYear, rules: rules)
    }

    /// The indicator's value, or nil when it cannot be computed (a share of nothing).
    public func value(_ indicator: Indicator) -> Amount? {
        switch indicator {
        case .procurements: return Amount(whole: procurements)
        case .withEthicalRequirements: return Amount(whole: withEthicalRequirements)
        case .shareWithEthicalRequirements: return YearIndicators.percent(withEthicalRequirements, of: procurements)
        case .highRisk: return Amount(whole: highRisk)
        case .highRiskWithRequirements: return Amount(whole: highRiskWithRequirements)
        case .shareHighRiskWithRequirements: return YearIndicators.percent(highRiskWithRequirements, of: highRisk)
        case .followedUpProcurements: return Amount(whole: followedUpProcurements)
        case .followedUpSuppliers: return Amount(whole: followedUpSuppliers)
        case .deviationsOpened: return Amount(whole: deviationsOpened)
        case .deviationsClosed: return Amount(whole: deviationsClosed)
        case .shareMeasuresDone: return YearIndicators.percent(measuresDueDone, of: measuresDue)
        case .shareClimateWeightAtLeastMinimum: return climate.flatMap { YearIndicators.percent($0.compliant, of: $0.measured) }
        case .climateWeightMissing: return climate.flatMap { Amount(whole: $0.missing) }
        }
    }

    /// A whole percentage, rounded half up; nil of nothing.
    static func percent(_ part: Int, of whole: Int) -> Amount? {
        guard whole > 0 else { return nil }
        return Amount(whole: (part * 200 + whole) / (whole * 2))
    }
}

/// A goal's target beside its actual value, when the target is bound to an indicator.
public struct GoalProgress: Sendable {
    public let goal: Goal
    /// The year the actual value is counted for.
    public let year: Int
    public let actual: Amount?

    /// The actual value is the one the report uses: entered for the year, else counted.
    public init(goal: Goal, figures: YearFigures) {
        self.goal = goal
        self.year = figures.year
        self.actual = goal.target?.indicator.flatMap(figures.value)
    }

    /// Whether the actual value reaches the target; nil when there is nothing to compare.
    public var isReached: Bool? {
        guard let target = goal.target?.value, let actual else { return nil }
        return actual >= target
    }
}
