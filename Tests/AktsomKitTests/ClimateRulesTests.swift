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

    @Test("a weight between 0 and 1 with no unit is refused as a fraction, with the percent it likely means", arguments: [("0,3", "30"), ("0.25", "25")])
    func refusesFraction(raw: String, percent: String) throws {
        #expect { try FieldInput.percent(raw, field: "Klimavekt") } throws: { error in
            guard let problem = error as? FieldProblem else { return false }
            return problem.message.nb.contains("har ingen enhet") && problem.message.nb.contains("(\(percent) %?)")
        }
        #expect(try FieldInput.percent(raw + " %", field: "--climate-weight") == Amount(parsing: raw))
    }

    @Test("a rank is a place from 1 to 10", arguments: [("1", 1), ("3", 3), ("10", 10), ("2.", 2)])
    func readsRank(raw: String, expected: Int) throws {
        #expect(try FieldInput.climateRank(raw, field: "--climate-rank") == expected)
    }

    @Test("a rank of 0, 11 or 12, or not a number, is refused", arguments: ["0", "11", "12", "to", "-1"])
    func refusesRank(raw: String) {
        #expect(throws: FieldProblem.invalid("--climate-rank", raw, expected: ClimateWeighting.expectedRank)) {
            try FieldInput.climateRank(raw, field: "--climate-rank")
        }
    }

    @Test("the ways are taken one at a time; a weight or a rank may have requirements in the specification beside it")
    func ways() throws {
        #expect(try FieldInput.climate(weight: "25", reason: "Få leverandører", inSpecification: nil, exempt: nil) == .set(.weight(weight("25"), reason: "Få leverandører")))
        #expect(try FieldInput.climate(weight: "30", reason: nil, inSpecification: "Krav til utslippsfrie kjøretøy", exempt: nil)
                == .set(.weight(weight("30"), reason: nil, specification: "Krav til utslippsfrie kjøretøy")))
        #expect(try FieldInput.climate(weight: nil, rank: "2", reason: nil, inSpecification: nil, exempt: nil) == .set(.ranked(2)))
        #expect(try FieldInput.climate(weight: nil, rank: "5", reason: nil, inSpecification: "Krav til energi", exempt: nil) == .set(.ranked(5, specification: "Krav til energi")))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: "Bedre effekt", exempt: nil) == .set(.inSpecification(reason: "Bedre effekt")))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: nil, exempt: "Ubetydelig") == .set(.exempt(reason: "Ubetydelig")))
        #expect(try FieldInput.climate(weight: "", reason: nil, inSpecification: nil, exempt: nil) == .cleared)
        #expect(try FieldInput.climate(weight: nil, reason: "Ny begrunnelse", inSpecification: nil, exempt: nil) == .reason("Ny begrunnelse"))
        #expect(try FieldInput.climate(weight: nil, reason: nil, inSpecification: nil, exempt: nil) == nil)
    }

    @Test("a weight and a rank at once, an exemption beside anything, or a reason without a weight are refused by the field that does not fit")
    func conflicts() {
        #expect { try FieldInput.climate(weight: "30", rank: "1", reason: nil, inSpecification: nil, exempt: nil) } throws: { ($0 as? FieldProblem)?.field == "--climate-rank" }
        #expect { try FieldInput.climate(weight: "30", reason: nil, inSpecification: nil, exempt: "x") } throws: { ($0 as? FieldProblem)?.field == "--climate-exempt" }
        #expect { try FieldInput.climate(weight: nil, reason: nil, inSpecification: "y", exempt: "x") } throws: { ($0 as? FieldProblem)?.field == "--climate-exempt" }
        #expect { try FieldInput.climate(weight: nil, reason: "y", inSpecification: nil, exempt: "x") } throws: { ($0 as? FieldProblem)?.field == "--climate-reason" }
        #expect { try FieldInput.climate(weight: nil, rank: "2", reason: "y", inSpecification: nil, exempt: nil) } throws: { ($0 as? FieldProblem)?.field == "--climate-reason" }
    }

    @Test("a reason alone changes a recorded weight's reason, keeps its specification, and is refused where no weight is recorded")
    func reasonAlone() throws {
        #expect(try ClimateWeighting.applying(.reason("Ny"), to: .weight(weight("20"), reason: nil, specification: "krav")) == .weight(weight("20"), reason: "Ny", specification: "krav"))
        #expect { try ClimateWeighting.applying(.reason("Ny"), to: .exempt(reason: "x")) } throws: { error in
            if case PlanError.invalidField(let problem) = error { return problem.field == "--climate-reason" }
            return false
        }
    }

    private func standing(_ procurement: Procurement) -> ClimateAssessment.Standing { ClimateAssessment(procurement).standing }

    @Test("under 30 % needs a reason; 30 % does not; among the top three is enough; ranked lower needs requirements in the specification")
    func standings() {
        func with(_ climate: ClimateWeighting) -> Procurement { Procurement(id: "a", title: "a", year: 2025, value: Amount(whole: 2_000_000), climate: climate) }
        #expect(standing(with(.weight(weight("29.5"), reason: nil))) == .belowMinimumUnjustified)
        #expect(standing(with(.weight(weight("29.5"), reason: "Begrunnet"))) == .belowMinimumJustified)
        #expect(standing(with(.weight(weight("30"), reason: nil))) == .atLeastMinimum)
        #expect(standing(with(.ranked(3))) == .rankedTop)
        #expect(standing(with(.ranked(4))) == .rankedLowWithoutSpecification)
        #expect(ClimateAssessment(with(.ranked(4))).isGap)
        #expect(standing(with(.ranked(4, specification: "Krav til utslipp"))) == .rankedLowWithSpecification)
        #expect(ClimateAssessment(with(.ranked(4, specification: "Krav til utslipp"))).isCompliant)
        #expect(standing(with(.inSpecification(reason: "Bedre effekt"))) == .inSpecification)
    }

    @Test("the rule applies to procurements announced from 1 January 2024: by the announcement day, else the year's first day")
    func announcement() {
        #expect(standing(Procurement(id: "a", title: "a", year: 2024)) == .missing)
        #expect(!ClimateAssessment(Procurement(id: "a", title: "a", year: 2023)).isUnderRule)
        var announcedBefore = Procurement(id: "a", title: "a", year: 2024)
        announcedBefore.announcedOn = Day(iso: "2023-12-15")
        #expect(!ClimateAssessment(announcedBefore).isUnderRule)
        var announcedAfter = Procurement(id: "a", title: "a", year: 2023)
        announcedAfter.announcedOn = Day(iso: "2024-01-02")
        #expect(ClimateAssessment(announcedAfter).standing == .missing)
        #expect(!ClimateAssessment(Procurement(id: "a", title: "a")).isUnderRule)
    }

    @Test("below NOK 100 000 there is no finding; in part I nothing recorded is no gap, a weight used still bites; parts II and III ask for a way")
    func byPart() {
        func at(_ value: Int, _ climate: ClimateWeighting? = nil, kind: ContractKind? = nil) -> ClimateAssessment {
            var procurement = Procurement(id: "a", title: "a", year: 2025, value: Amount(whole: value), climate: climate)
            procurement.contractKind = kind
            return ClimateAssessment(procurement)
        }
        #expect(!at(99_999).isUnderRule)
        #expect(at(100_000).standing == .missingPartI && !at(100_000).isGap)
        #expect(at(1_299_999).placement?.place == .part(.partI))
        #expect(at(500_000, .weight(weight("10"), reason: nil)).standing == .belowMinimumUnjustified)
        #expect(at(1_300_000).standing == .missing && at(1_300_000).placement?.place == .part(.partII))
        #expect(at(2_000_000, kind: .goodsAndServices).placement?.place == .partIIOrIII)
        #expect(at(2_300_000, kind: .goodsAndServices).placement?.place == .part(.partIII))
        #expect(at(10_000_000, kind: .works).placement?.place == .part(.partII))
        #expect(at(10_000_000).placement?.place == .partIIOrIII)
        #expect(at(60_000_000).placement?.place == .part(.partIII))
        var set = Procurement(id: "a", title: "a", year: 2025, value: Amount(whole: 500_000))
        set.regulationPart = .partIII
        #expect(ClimateAssessment(set).standing == .missing)
        #expect(ClimateAssessment(Procurement(id: "a", title: "a", year: 2025)).placement?.place == .unknown)
    }

    @Test("the thresholds are dated: an announcement before 14 March 2024 is placed by the 2022 values")
    func datedThresholds() {
        var procurement = Procurement(id: "a", title: "a", year: 2024, value: Amount(whole: 2_250_000))
        procurement.contractKind = .goodsAndServices
        procurement.announcedOn = Day(iso: "2024-02-01")
        #expect(ClimateAssessment(procurement).placement?.place == .part(.partIII))
        procurement.announcedOn = Day(iso: "2024-03-14")
        #expect(ClimateAssessment(procurement).placement?.place == .partIIOrIII)
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
            Procurement(id: "j", title: "j", year: 2025, climate: .ranked(2)),
            Procurement(id: "k", title: "k", year: 2025, climate: .ranked(5, specification: "Krav til utslipp")),
            Procurement(id: "l", title: "l", year: 2025, climate: .ranked(6)),
        ]
        return data
    }

    @Test("the share meeting the rule counts every way of meeting it, of all but the exempted; nothing recorded counts as not meeting it")
    func indicators() {
        let indicators = YearIndicators(data: data(), year: 2025)
        #expect(indicators.climate == {
            var tally = ClimateTally([])
            (tally.atLeastMinimum, tally.belowMinimumJustified, tally.belowMinimumUnjustified, tally.inSpecification, tally.exempt, tally.missing) = (2, 1, 1, 1, 1, 1)
            (tally.rankedTop, tally.rankedLowWithSpecification, tally.rankedLowWithoutSpecification) = (1, 1, 1)
            return tally
        }())
        // a, b (30 % or more), e (in the specification), j (top three), k (lower, with requirements): 5 of the 9 not exempted.
        #expect(indicators.value(.shareClimateWeightAtLeastMinimum) == Amount(whole: 56))
        #expect(indicators.value(.climateWeightMissing) == Amount(whole: 1))
    }

    @Test("a year before the rule has no climate figures at all, not zeros")
    func beforeTheRule() {
        let indicators = YearIndicators(data: data(), year: 2023)
        #expect(indicators.value(.shareClimateWeightAtLeastMinimum) == nil && indicators.value(.climateWeightMissing) == nil)
    }

    @Test("a year whose procurements were all exempted has no share, since nothing is measured")
    func nothingWeighed() {
        #expect(YearIndicators(data: data(), year: 2026).value(.shareClimateWeightAtLeastMinimum) == nil)
    }

    @Test("trend and compare show the share where weighting was recorded, and compare includes it")
    func yearFigures() {
        #expect(YearFigure.compared.contains(.shareClimateWeightAtLeastMinimum))
        #expect(YearFigureValues(data: data(), year: 2025)[.shareClimateWeightAtLeastMinimum] == Amount(whole: 56))
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

    @Test("the climate chart names every way taken, each on its own, its legend wrapped onto more lines instead of cut off at the edge")
    func chartLegend() throws {
        let data = data()
        let report = ReportBuilder(data: data, template: .ehnOffentlig, year: 2025).build()
        let chart = try #require(report.charts.first { $0.id == "klimavekt" })
        #expect(chart.series == ["minst 30 %", "blant de tre høyest prioriterte", "rangert lavere, med krav i kravspesifikasjonen", "krav i kravspesifikasjonen i stedet",
                                 "under 30 %, begrunnet", "under 30 %, ubegrunnet", "rangert lavere, uten krav i kravspesifikasjonen", "unntatt", "ikke registrert"])
        #expect(chart.rows.first?.values == [2, 1, 1, 1, 1, 1, 1, 1, 1])
        let places = SVGChart.legendPlaces(chart.series)
        #expect((places.last?.line ?? 0) >= 1)
        for (place, name) in zip(places, chart.series) {
            #expect(place.x + 16 + name.count * 7 <= SVGChart.width, "\(name) runs past the edge")
        }
        let svg = SVGChart.render(chart)
        for name in chart.series { #expect(svg.contains(">\(name)</text>")) }
    }
}
