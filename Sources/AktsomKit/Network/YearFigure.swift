/// One number a plan has for a year: a key figure the organisation entered, or an indicator
/// counted from the register and the journal (entered ones winning, as in the report). The same
/// catalogue serves `aktsom trend` (a plan against its own past years) and `aktsom compare`
/// (members of a network side by side), so both mean the same thing by the same name.
public enum YearFigure: String, Sendable, CaseIterable {
    case spend = "innkjop"
    case activeContracts = "aktive-avtaler"
    case announced = "kunngjorte"
    case employees = "ansatte"
    case procurements = "anskaffelser"
    case shareWithEthicalRequirements = "andel-med-etiske-krav"
    case shareHighRiskWithRequirements = "andel-hoyrisiko-med-etiske-krav"
    case followedUpProcurements = "avtaler-fulgt-opp"
    case followedUpSuppliers = "leverandorer-fulgt-opp"
    case deviationsOpened = "avvik-apnet"
    case deviationsClosed = "avvik-lukket"
    case shareMeasuresDone = "andel-tiltak-gjennomfort"
    case shareMeasuresOnTime = "andel-tiltak-i-tide"
    case shareGoalsReached = "andel-mal-nadd"
    case shareClimateWeightAtLeastMinimum = "andel-klimavekt-minst-30"
    case climateWeightMissing = "klimavekt-mangler"

    public var label: Localized {
        switch self {
        case .spend: return Localized("Innkjøp (NOK)", en: "Spend (NOK)")
        case .activeContracts: return Localized("Aktive avtaler", en: "Active contracts")
        case .announced: return Localized("Kunngjorte anskaffelser", en: "Announced procurements")
        case .employees: return Localized("Ansatte", en: "Employees")
        case .shareMeasuresOnTime: return Localized("Andel tiltak gjennomført innen fristen", en: "Share of measures done on time")
        case .shareGoalsReached: return Localized("Andel mål med målverdi som er nådd", en: "Share of goals with a target that were reached")
        default: return indicator?.label ?? Localized(rawValue, en: rawValue)
        }
    }

    /// The indicator behind a figure counted from the data.
    public var indicator: Indicator? { Indicator(rawValue: rawValue) }

    /// A percentage rather than a count or a sum.
    public var isShare: Bool {
        switch self {
        case .shareMeasuresOnTime, .shareGoalsReached: return true
        default: return indicator?.isShare ?? false
        }
    }

    /// The figures a network compares: what says how well a member does, not only how big it is.
    public static let compared: [YearFigure] = [
        .spend, .activeContracts, .shareHighRiskWithRequirements, .followedUpProcurements, .followedUpSuppliers,
        .deviationsOpened, .deviationsClosed, .shareMeasuresOnTime, .shareGoalsReached, .shareClimateWeightAtLeastMinimum,
    ]

    /// `30 %`, `2 150 000`, `mangler`.
    public func display(_ value: Amount?, _ language: Language = .nb) -> String {
        guard let value else { return language == .nb ? "mangler" : "missing" }
        // A share is a whole percent, or a half one for a median between two members.
        guard isShare, value.hundredths % 100 != 0 else { return value.norwegian + (isShare ? " %" : "") }
        let tenths = value.hundredths / 10
        return "\(tenths / 10),\(abs(tenths % 10)) %"
    }
}

/// Every figure of one plan for one year. A figure with nothing behind it (no key figure
/// entered, no procurement registered for the year, no measure due) is nil, shown as «mangler»,
/// never as a 0 that was never counted.
public struct YearFigureValues: Sendable, Equatable {
    public let year: Int
    public let values: [YearFigure: Amount]

    public init(year: Int, values: [YearFigure: Amount]) {
        self.year = year
        self.values = values
    }

    public subscript(figure: YearFigure) -> Amount? { values[figure] }

    public init(data: PlanData, year: Int, history: StatusHistory? = nil, timeline: Timeline? = nil) {
        let history = history ?? data.statusHistory
        let timeline = timeline ?? Timeline(data: data, history: history)
        let figures = YearFigures(data: data, year: year, history: history, timeline: timeline)
        let entry = data.year(year)
        var values: [YearFigure: Amount] = [:]
        let keyFigures = entry.keyFigures
        values[.spend] = keyFigures.spend
        values[.activeContracts] = keyFigures.activeContracts.flatMap(Amount.init(whole:))
        values[.announced] = keyFigures.announced.flatMap(Amount.init(whole:))
        values[.employees] = keyFigures.employees.flatMap(Amount.init(whole:))

        // Counts from the register mean something only when the register holds the year.
        let registerHasYear = figures.countsAreBacked
        // Climate weighting is compared where it was recorded: a year with none says nothing about it.
        let climateRecorded = figures.derived.climate?.anyRecorded ?? false
        for figure in YearFigure.allCases {
            guard let indicator = figure.indicator else { continue }
            let entered = entry.enteredIndicators[indicator]
            if entered == nil, !indicator.isShare, indicator != .shareMeasuresDone, !registerHasYear { continue }
            if entered == nil, indicator == .shareClimateWeightAtLeastMinimum, !climateRecorded { continue }
            values[figure] = figures.value(indicator)
        }
        values[.shareMeasuresOnTime] = YearFigureValues.shareOnTime(timeline.measures(in: year), year: year, history: history)
        values[.shareGoalsReached] = YearFigureValues.shareReached(timeline.goals(in: year), figures: figures)
        self.init(year: year, values: values)
    }

    /// Of the measures in force and due in the year (cancelled ones left out), the share done on
    /// or before their deadline.
    static func shareOnTime(_ measures: [Measure], year: Int, history: StatusHistory) -> Amount? {
        let due = measures.compactMap { measure -> (Measure, Day)? in
            guard let deadline = measure.due?.lastDay, deadline.year == year else { return nil }
            return (measure, deadline)
        }.filter { history.status(of: $0.0.id, asOf: Day.lastDay(of: year) ?? $0.1) != .cancelled }
        let onTime = due.filter { history.status(of: $0.0.id, asOf: $0.1) == .done }.count
        return YearIndicators.percent(onTime, of: due.count)
    }

    /// Of the goals in force whose target can be compared with a figure, the share reached.
    static func shareReached(_ goals: [Goal], figures: YearFigures) -> Amount? {
        let progress = goals.map { GoalProgress(goal: $0, figures: figures) }.compactMap(\.isReached)
        return YearIndicators.percent(progress.filter { $0 }.count, of: progress.count)
    }
}
