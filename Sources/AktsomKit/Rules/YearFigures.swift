/// A year's figures as the report shows them: what the organisation entered for the year wins,
/// and what Aktsom counts from the register and the journal fills the rest. Both stay at hand,
/// so `year show` and `check` can put them side by side.
///
/// A count from the register stands in the report only when the register can back it: it holds
/// something for the year, or the lead has said it is complete for the year. Otherwise the figure
/// is «Ikke utfylt», never a 0 that was never counted. Two figures written in one sentence (4.A.2's
/// suppliers on agreements) come from the same source: entering one shows the other as entered
/// or not filled in, never as a count that disagrees.
public struct YearFigures: Sendable {
    public let year: Int
    /// Counted from the data.
    public let derived: YearIndicators
    /// Entered with `year set`.
    public let entry: ReportingYear
    /// Whether the register holds anything for the year (``ProcurementRegister/holds(_:)``).
    public let registerHoldsYear: Bool

    public init(derived: YearIndicators, entry: ReportingYear, registerHoldsYear: Bool) {
        self.year = derived.year
        self.derived = derived
        self.entry = entry
        self.registerHoldsYear = registerHoldsYear
    }

    public init(data: PlanData, year: Int, history: StatusHistory? = nil, timeline: Timeline? = nil) {
        self.init(derived: YearIndicators(data: data, year: year, history: history, timeline: timeline), entry: data.year(year),
                  registerHoldsYear: data.register.holds(year))
    }

    /// Whether the lead has said the register holds every procurement of the year.
    public var isRegisterComplete: Bool { entry.keyFigures.registerComplete == true }

    /// Whether counts from the register can stand in the report for the year.
    public var countsAreBacked: Bool { isRegisterComplete || registerHoldsYear }

    /// A figure as the report shows it.
    public enum Shown: Sendable, Equatable {
        case entered(Amount)
        case counted(Amount)
        /// Nothing entered and nothing the register can back: «Ikke utfylt».
        case notFilled

        public var amount: Amount? {
            switch self {
            case .entered(let value), .counted(let value): return value
            case .notFilled: return nil
            }
        }

        public var isEntered: Bool {
            if case .entered = self { return true }
            return false
        }
    }

    /// The figure for an indicator: entered, else counted where the data backs it.
    public func shown(_ indicator: Indicator) -> Shown {
        if let entered = entry.enteredIndicators[indicator] { return .entered(entered) }
        guard !indicator.isCountedFromRegister || countsAreBacked, let counted = derived.value(indicator) else { return .notFilled }
        return .counted(counted)
    }

    /// Two figures written in one sentence: both entered (a missing one not filled in), or both counted.
    public func shown(_ first: Indicator, _ second: Indicator) -> (Shown, Shown) {
        let entered = (entry.enteredIndicators[first], entry.enteredIndicators[second])
        guard entered.0 != nil || entered.1 != nil else { return (shown(first), shown(second)) }
        return (entered.0.map(Shown.entered) ?? .notFilled, entered.1.map(Shown.entered) ?? .notFilled)
    }

    /// The value the report uses: entered, else counted where the data backs it; nil otherwise.
    public func value(_ indicator: Indicator) -> Amount? {
        shown(indicator).amount
    }

    /// «Antall anskaffelser som omfattes av rapporten»: announced procurements when entered,
    /// else the procurements of the year (entered or counted).
    public var procurementsCovered: Shown {
        if let announced = entry.keyFigures.announced, let amount = Amount(whole: announced) { return .entered(amount) }
        return shown(.procurements)
    }

    /// «Er det identifisert avvik …?»: the organisation's answer, else whether any deviation was
    /// found in the year, where the register backs it; nil when neither says.
    public var deviationsFound: Bool? {
        if let entered = entry.keyFigures.deviationsFound { return entered }
        return countsAreBacked ? derived.deviationsOpened > 0 : nil
    }
}

extension Indicator {
    /// Whether the value is counted from the procurement register (rather than the journal).
    public var isCountedFromRegister: Bool {
        self != .shareMeasuresDone
    }
}
