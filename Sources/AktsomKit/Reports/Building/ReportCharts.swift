/// The charts that go with a report: status of measures per area; for the yearly forms also
/// how well the year's high-risk procurements are covered by ethical requirements, how the
/// year's procurements met the climate rule, and goal targets against their computed actuals;
/// for the action plan its trend and the climate rule in its year.
extension ReportBuilder {
    func charts() -> [Chart] {
        var charts: [Chart] = []
        if let status = statusChart() { charts.append(status) }
        if template.sections.contains(where: { if case .data(.trend) = $0.content { return true } else { return false } }) {
            charts += planTrend.charts
            if !template.isYearly, let climate = climateChart() { charts.append(climate) }
        }
        if template.isYearly {
            if let coverage = coverageChart() { charts.append(coverage) }
            if let climate = climateChart() { charts.append(climate) }
            if let goals = goalChart() { charts.append(goals) }
        }
        return charts
    }

    /// The charts for an overview of the year: status per area, ethical requirements in the
    /// year's high-risk procurements, and goals against their targets; the same charts the
    /// yearly report draws, for `aktsom serve`'s dashboard.
    public func overviewCharts() -> [Chart] {
        [statusChart(), coverageChart(), climateChart(), goalChart()].compactMap { $0 }
    }

    func statusChart() -> Chart? {
        let states = statesInForce
        let progress = AreaProgress.areas(of: data.plan, states: states).filter { $0.total > 0 }
        guard !progress.isEmpty else { return nil }
        return Chart(id: "status-per-omrade", title: "Status for tiltak per strategiområde", style: .stacked,
                     series: Status.allCases.map(\.rawValue), tones: [.neutral, .active, .good, .warning, .muted],
                     rows: progress.map { area in Chart.Row(label: area.area.name, values: Status.allCases.map { Double(area.count($0)) }) },
                     caption: template.isYearly ? "Tiltakene som gjelder i \(year), etter status per \(asOf.norwegian)."
                                                : "Tiltakene som gjelder per \(asOf.norwegian), etter status.")
    }

    func coverageChart() -> Chart? {
        let classifier = data.highRiskClassifier()
        let highRisk = procurementsOfYear.filter(classifier.isHighRisk)
        guard !highRisk.isEmpty else { return nil }
        func row(_ label: String, _ covered: (Set<RequirementPhase>) -> Bool) -> Chart.Row {
            let with = highRisk.filter { covered($0.phases(inAreas: ethicalAreas)) }.count
            return Chart.Row(label: label, values: [Double(with), Double(highRisk.count - with)])
        }
        var rows = [row("Minst én fase") { !$0.isEmpty }]
        rows += RequirementPhase.allCases.map { phase in row(phase.label.nb) { $0.contains(phase) } }
        return Chart(id: "krav-hoyrisiko", title: "Etiske krav i høyrisikoanskaffelser \(year)", style: .stacked,
                     series: ["med etiske krav", "uten etiske krav"], tones: [.good, .bad], rows: rows,
                     caption: "\(highRisk.count) anskaffelser i \(year) er på DFØs høyrisikoliste, i virksomhetens egne høyrisikokategorier eller merket som høyrisiko.")
    }

    /// How the year's procurements met anskaffelsesforskriften § 7-9, one bar split by the way
    /// each met it, every way shown on its own; only the ways some procurement took are drawn. A
    /// weight under 30 % without a reason and a rank below the top three without requirements
    /// stand out in red; nothing recorded is grey, as a gap in the data (one red for both left a
    /// reader unable to tell them apart).
    func climateChart() -> Chart? {
        guard let tally = figures.derived.climate, tally.total > 0 else { return nil }
        let share = figures.value(.shareClimateWeightAtLeastMinimum).map { "\($0.norwegian) %" } ?? "–"
        let ways: [(String, Chart.Tone, Int)] = [
            ("minst 30 %", .good, tally.atLeastMinimum),
            ("blant de tre høyest prioriterte", .goodDeep, tally.rankedTop),
            ("rangert lavere, med krav i kravspesifikasjonen", .activeDeep, tally.rankedLowWithSpecification),
            ("krav i kravspesifikasjonen i stedet", .active, tally.inSpecification),
            ("under 30 %, begrunnet", .warning, tally.belowMinimumJustified),
            ("under 30 %, ubegrunnet", .bad, tally.belowMinimumUnjustified),
            ("rangert lavere, uten krav i kravspesifikasjonen", .badDeep, tally.rankedLowWithoutSpecification),
            ("unntatt", .muted, tally.exempt),
            ("ikke registrert", .neutral, tally.missing),
            ("del I, ikke registrert", .earth, tally.missingPartI),
        ].filter { $0.2 > 0 }
        return Chart(id: "klimavekt", title: "Klima- og miljøvekt i anskaffelser \(year)", style: .stacked,
                     series: ways.map(\.0), tones: ways.map(\.1),
                     rows: [Chart.Row(label: "Anskaffelser \(year)", values: ways.map { Double($0.2) })],
                     caption: "\(tally.total) anskaffelser i \(year) under anskaffelsesforskriften § 7-9. Andel som oppfyller regelen (vekt minst 30 %, blant de tre høyest prioriterte, rangert lavere med krav i kravspesifikasjonen, eller krav i kravspesifikasjonen i stedet), av alle unntatt de unntatte og del I uten noe registrert: \(share).")
    }

    func goalChart() -> Chart? {
        let rows = goalsInYear.compactMap { goal -> Chart.Row? in
            guard let target = goal.target, let indicator = target.indicator, target.value.hundredths > 0,
                  let actual = figures.value(indicator) else { return nil }
            let achieved = actual.doubleValue / target.value.doubleValue * 100
            let unit = indicator.isShare ? " %" : ""
            return Chart.Row(label: goal.title, values: [achieved], target: 100,
                             valueLabel: "faktisk \(actual.norwegian)\(unit) · mål \(target.display)")
        }
        guard !rows.isEmpty else { return nil }
        return Chart(id: "mal-mot-faktisk", title: "Målverdier mot faktiske tall \(year)", style: .target, series: ["oppnådd"], tones: [.active],
                     rows: rows, unit: "%", caption: "Faktisk verdi i prosent av målverdien: oppgitt for året, eller beregnet fra anskaffelsesregisteret. Streken markerer målet.")
    }
}
