/// A year's figures as the report shows them: what the organisation entered for the year wins,
/// and what Aktsom counts from the register and the journal fills the rest. Both stay at hand,
/// so `year show` and `check` can put them side by side when they differ.
public struct YearFigures: Sendable {
    public let year: Int
    /// Counted from the data.
    public let derived: YearIndicators
    /// Entered with `year set`.
    public let entry: ReportingYear

    public init(derived: YearIndicators, entry: ReportingYear) {
        self.year = derived.year
        self.derived = derived
        self.entry = entry
    }

    public init(data: PlanData, year: Int, history: StatusHistory? = nil, timeline: Timeline? = nil) {
        self.init(derived: YearIndicators(data: data, year: year, history: history, timeline: timeline), entry: data.year(year))
    }

    /// The value the report uses: entered, else counted; nil when neither exists.
    public func value(_ indicator: Indicator) -> Amount? {
        entry.enteredIndicators[indicator] ?? derived.value(indicator)
    }

    /// A count the report writes as a whole number: entered, else counted.
    public func count(_ indicator: Indicator) -> Int {
        if let entered = entry.enteredIndicators[indicator] { return Int(entered.hundredths / 100) }
        return Int((derived.value(indicator) ?? .zero).hundredths / 100)
    }

    /// «Antall anskaffelser som omfattes av rapporten»: announced procurements when entered,
    /// else the procurements of the year (entered or counted).
    public var procurementsCovered: Int {
        entry.keyFigures.announced ?? count(.procurements)
    }

    /// «Er det identifisert avvik …?»: the organisation's answer, else whether any deviation was
    /// found in the year.
    public var deviationsFound: Bool {
        entry.keyFigures.deviationsFound ?? (derived.deviationsOpened > 0)
    }

    /// One figure the organisation entered beside the one Aktsom counted.
    public struct Difference: Sendable, Equatable {
        /// The indicator id, or `avvik-funnet` for the Ja/Nei answer.
        public let id: String
        public let label: Localized
        public let entered: String
        public let derived: String
        /// Whether an entered figure replaces the counted one in the report. Announced
        /// procurements are a key figure of their own that the 2020 form shows in place of the
        /// count, so they differ from it by nature and are shown, never flagged.
        public var replacesCount: Bool
    }

    /// The figures the forms derive, each with the entered value beside the counted one ("–" where
    /// nothing is entered), then any other indicator entered for the year.
    public var comparisons: [Difference] {
        func row(_ indicator: Indicator) -> Difference {
            let unit = indicator.isShare ? " %" : ""
            return Difference(id: indicator.rawValue, label: indicator.label,
                              entered: entry.enteredIndicators[indicator].map { $0.norwegian + unit } ?? "–",
                              derived: derived.value(indicator).map { $0.norwegian + unit } ?? "–",
                              replacesCount: entry.enteredIndicators[indicator] != nil)
        }
        let always: [Indicator] = [.followedUpProcurements, .followedUpSuppliers]
        var rows = always.map(row)
        rows.append(Difference(id: "avvik-funnet", label: Localized("Avvik identifisert i året", en: "Deviations found in the year"),
                               entered: entry.keyFigures.deviationsFound.map { $0 ? "Ja" : "Nei" } ?? "–",
                               derived: derived.deviationsOpened > 0 ? "Ja" : "Nei", replacesCount: entry.keyFigures.deviationsFound != nil))
        rows.append(Difference(id: "kunngjorte", label: Localized("Anskaffelser som omfattes av rapporten (2020-skjemaet)",
                                                                   en: "Procurements covered by the report (2020 form)"),
                               entered: entry.keyFigures.announced?.norwegian ?? "–", derived: derived.procurements.norwegian,
                               replacesCount: false))
        rows += Indicator.allCases.filter { !always.contains($0) && entry.enteredIndicators[$0] != nil }.map(row)
        return rows
    }

    /// The entered figures that differ from the counted ones: for the lead to decide on.
    public var differences: [Difference] {
        comparisons.filter { $0.replacesCount && $0.entered != $0.derived }
    }
}
