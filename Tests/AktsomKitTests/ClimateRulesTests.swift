import Testing
@testable import AktsomKit

@Suite("Climate and environment weighting (anskaffelsesforskriften § 7-9)")
struct ClimateRulesTests {
    private func weight(_ text: String) -> Amount { Amount(parsing: text)! }

    @Test("a weight is read as people write a percentage", arguments: [("30", "30"), ("30 %", "30"), ("12,5", "12.5"), ("0", "0"), ("100%", "100")])
    func readsPercent(raw: String, expected: String) throws {
        #expect(try FieldInput.percent(raw, field: "--climate-weight") == Amount(parsing: expected))
    }

    @Test("a weight outside 0–100 or not a number is refused", arguments: ["101", "-5", "tretti", "30,125"])
    func refusesPercent(raw: String) {
        #expect(throws: FieldProblem.invalid("--climate-weight", raw, expected: ClimateWeighting.expectedWeight)) {
            try FieldInput.percent(raw, field: "--climate-weight")
        }
    }

    @Test("one of the three ways is taken, with the weight's reason")
    func oneWay() throws {
        #expect(try FieldInput.climate(weight: "25", reason: "Få leverandører", inSpecification: nil, exempt: nil) == .set(.weight(weight("25"), reason: "Få leverandører")))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: "Bedre effekt", exempt: nil) == .set(.inSpecification(reason: "Bedre effekt")))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: nil, exempt: "Ubetydelig") == .set(.exempt(reason: "Ubetydelig")))
        #expect(try FieldInput.climate(weight: "", reason: nil, inSpecification: nil, exempt: nil) == .cleared)
        #expect(try FieldInput.climate(weight: nil, reason: "Ny begrunnelse", inSpecification: nil, exempt: nil) == .reason("Ny begrunnelse"))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: nil, exempt: nil) == nil)
    }

    @Test("two ways at once, or a reason beside an exemption, are refused by the field that does not fit")
    func conflicts() {
        #expect { try FieldInput.climate(weight: "30", reason: nil, inSpecification: nil, exempt: "x") } throws: { ($0 as? FieldProblem)?.field == "--climate-exempt" }
        #expect { try FieldInput.climate(weight: nil, reason: "y", inSpecification: nil, exempt: "x") } throws: { ($0 as? FieldProblem)?.field == "--climate-reason" }
    }

    @Test("a reason alone changes a recorded weight's reason, and is refused where no weight is recorded")
    func reasonAlone() throws {
        #expect(try ClimateWeighting.applying(.reason("Ny"), to: .weight(weight("20"), reason: nil)) == .weight(weight("20"), reason: "Ny"))
        #expect { try ClimateWeighting.applying(.reason("Ny"), to: .exempt(reason: "x")) } throws: { error in
            if case PlanError.invalidField(let problem) = error { return problem.field == "--climate-reason" }
            return false
        }
    }

    @Test("under 30 % needs a reason; 30 % does not")
    func lowWeight() {
        #expect(ClimateWeighting.weight(weight("29.5"), reason: nil).isUnjustifiedLowWeight)
        #expect(!ClimateWeighting.weight(weight("29.5"), reason: "Begrunnet").isUnjustifiedLowWeight)
        #expect(!ClimateWeighting.weight(weight("30"), reason: nil).isUnjustifiedLowWeight)
        #expect(ClimateWeighting.weight(weight("30"), reason: nil).isWeightedAtLeastMinimum)
    }

    @Test("the rule applies from 2024, and a procurement without a year cannot be told")
    func fromYear() {
        #expect(!ClimateWeighting.applies(to: 2023) && ClimateWeighting.applies(to: 2024) && !ClimateWeighting.applies(to: nil))
        #expect(Procurement(id: "a", title: "a", year: 2024).lacksClimateWeighting)
        #expect(!Procurement(id: "a", title: "a", year: 2023).lacksClimateWeighting)
    }

    private func data() -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = [
            Procurement(id: "a", title: "a", year: 2025, climate: .weight(weight("30"), reason: nil)),
            Procurement(id: "b", title: "b", year: 2025, climate: .weight(weight("40"), reason: nil)),
            Procurement(id: "c", title: "c", year: 2025, climate: .weight(weight("20"), reason: "Begrunnet")),
            Procurement(id: "d", title: "d", year: 2025, climate: .weight(weight("10"), reason: nil)),
            Procurement(id: "e", title: "e", year: 2025, climate: .inSpecification(reason: "x")),
            Procurement(id: "f", title: "f", year: 2025, climate: .exempt(reason: "x")),
            Procurement(id: "g", title: "g", year: 2025),
            Procurement(id: "h", title: "h", year: 2023),
            Procurement(id: "i", title: "i", year: 2026, climate: .exempt(reason: "x")),
        ]
        return data
    }

    @Test("the share weighted at least 30 % is of those that weigh climate: specification and exemption are left out, nothing recorded counts as not weighted")
    func indicators() {
        let indicators = YearIndicators(data: data(), year: 2025)
        #expect(indicators.climate == {
            var tally = ClimateTally([])
            (tally.atLeastMinimum, tally.belowMinimumJustified, tally.belowMinimumUnjustified, tally.inSpecification, tally.exempt, tally.missing) = (2, 1, 1, 1, 1, 1)
            return tally
        }())
        // 2 of the 5 that weigh climate (a, b, c, d, g).
        #expect(indicators.value(.shareClimateWeightAtLeastMinimum) == Amount(whole: 40))
        #expect(indicators.value(.climateWeightMissing) == Amount(whole: 1))
    }

    @Test("a year before the rule has no climate figures at all, not zeros")
    func beforeTheRule() {
        let indicators = YearIndicators(data: data(), year: 2023)
        #expect(indicators.value(.shareClimateWeightAtLeastMinimum) == nil && indicators.value(.climateWeightMissing) == nil)
    }

    @Test("a year whose procurements were all met otherwise has no share, since nothing is weighed")
    func nothingWeighed() {
        #expect(YearIndicators(data: data(), year: 2026).value(.shareClimateWeightAtLeastMinimum) == nil)
    }

    @Test("trend and compare show the share where weighting was recorded, and compare includes it")
    func yearFigures() {
        #expect(YearFigure.compared.contains(.shareClimateWeightAtLeastMinimum))
        #expect(YearFigureValues(data: data(), year: 2025)[.shareClimateWeightAtLeastMinimum] == Amount(whole: 40))
        var unrecorded = PlanData(plan: ActionPlan(organisation: "y"))
        unrecorded.register.procurements = [Procurement(id: "a", title: "a", year: 2025)]
        #expect(YearFigureValues(data: unrecorded, year: 2025)[.shareClimateWeightAtLeastMinimum] == nil)
        #expect(YearFigureValues(data: unrecorded, year: 2025)[.climateWeightMissing] == Amount(whole: 1))
    }

    @Test("an entered share wins over the counted one, as every indicator does")
    func enteredWins() {
        var data = data()
        data.years[2025] = ReportingYear(year: 2025, enteredIndicators: [.shareClimateWeightAtLeastMinimum: Amount(whole: 55)!])
        #expect(YearFigures(data: data, year: 2025).value(.shareClimateWeightAtLeastMinimum) == Amount(whole: 55))
    }

    @Test("the climate chart names all six ways, its legend wrapped onto a second line instead of cut off at the edge")
    func chartLegend() throws {
        let data = data()
        let report = ReportBuilder(data: data, template: .ehnOffentlig, year: 2025).build()
        let chart = try #require(report.charts.first { $0.id == "klimavekt" })
        #expect(chart.rows.first?.values == [2, 1, 1, 1, 1, 1])
        let places = SVGChart.legendPlaces(chart.series)
        #expect(places.last?.line == 1)
        for (place, name) in zip(places, chart.series) {
            #expect(place.x + 16 + name.count * 7 <= SVGChart.width, "\(name) runs past the edge")
        }
        let svg = SVGChart.render(chart)
        for name in chart.series { #expect(svg.contains(">\(name)</text>")) }
    }
}
