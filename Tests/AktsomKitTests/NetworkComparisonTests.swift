import Testing
@testable import AktsomKit

@Suite("A network's members side by side")
struct NetworkComparisonTests {
    private func member(_ name: String, _ values: [YearFigure: Int], folder: String? = nil) -> NetworkMember {
        NetworkMember(folder: folder ?? "Plans/\(name)", organisation: name, template: "ehn-offentlig",
                      figures: YearFigureValues(year: 2025, values: values.compactMapValues { Amount(whole: $0) }), problem: nil)
    }

    @Test("the median is the middle member's value, or halfway between the two middle ones")
    func median() {
        let odd = NetworkComparison(members: [member("A", [.followedUpProcurements: 1]), member("B", [.followedUpProcurements: 5]),
                                              member("C", [.followedUpProcurements: 3])], year: 2025, anonymize: false)
        #expect(odd.column(.followedUpProcurements).median == Amount(whole: 3))
        let even = NetworkComparison(members: [member("A", [.shareMeasuresOnTime: 80]), member("B", [.shareMeasuresOnTime: 87])],
                                     year: 2025, anonymize: false)
        #expect(even.column(.shareMeasuresOnTime).median == Amount(hundredths: 8350))
        #expect(YearFigure.shareMeasuresOnTime.display(Amount(hundredths: 8350)) == "83,5 %")
    }

    @Test("places count from the highest, equal values share a place, and a member without a value has none")
    func places() {
        let comparison = NetworkComparison(members: [member("A", [.followedUpSuppliers: 4]), member("B", [.followedUpSuppliers: 9]),
                                                     member("C", [.followedUpSuppliers: 4]), member("D", [:])], year: 2025, anonymize: false)
        let column = comparison.column(.followedUpSuppliers)
        #expect(column.places == ["B": 1, "A": 2, "C": 2])
        #expect(column.withValue == 3)
        #expect(column.median == Amount(whole: 4))
    }

    @Test("a member with no value shows «mangler», never 0")
    func missing() {
        let comparison = NetworkComparison(members: [member("A", [:])], year: 2025, anonymize: false)
        #expect(comparison.table[1].contains("mangler"))
        #expect(!comparison.table[1].dropFirst(3).contains("0"))
    }

    @Test("anonymised members get letters that do not follow the name order, always the same ones")
    func anonymized() {
        let members = ["Arendal kommune", "Bergen kommune", "Drammen kommune", "Fredrikstad kommune"].map { member($0, [:]) }
        let first = NetworkComparison(members: members, year: 2025, anonymize: true)
        let again = NetworkComparison(members: members.reversed(), year: 2025, anonymize: true)
        #expect(first.members.map(\.name) == ["Medlem A", "Medlem B", "Medlem C", "Medlem D"])
        #expect(first.members.map(\.member.organisation) == again.members.map(\.member.organisation))
        #expect(first.members.map(\.member.organisation) != members.map(\.organisation), "the letters do not reveal the alphabetical order")
        #expect(first.key.contains("Medlem A = "))
        let report = MarkdownRenderer.render(first.report(network: "n", asOf: Day(iso: "2025-12-31")!))
        for name in members.map(\.organisation) { #expect(!report.contains(name)) }
        #expect(NetworkComparison.letters(25) == "Z" && NetworkComparison.letters(26) == "AA" && NetworkComparison.letters(27) == "AB")
    }

    @Test("each chart marks the network's median")
    func medianMarked() {
        let comparison = NetworkComparison(members: [member("A", [.followedUpProcurements: 2]), member("B", [.followedUpProcurements: 6])],
                                           year: 2025, anonymize: false)
        let chart = comparison.report(network: "n", asOf: Day(iso: "2025-12-31")!).charts.first { $0.id == "sammenligning-avtaler-fulgt-opp" }
        #expect(chart?.marker == 4)
        #expect(SVGChart.render(chart!).contains("stroke-dasharray=\"4 3\"") && SVGChart.render(chart!).contains(">median<"))
    }

    @Test("a figure is missing where nothing lies behind it: no key figure entered, no register for the year")
    func figureValues() {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.editYear(2025) { $0.keyFigures.spend = Amount(whole: 1_000) }
        var values = YearFigureValues(data: data, year: 2025)
        #expect(values[.spend] == Amount(whole: 1_000))
        #expect(values[.activeContracts] == nil && values[.followedUpProcurements] == nil && values[.shareHighRiskWithRequirements] == nil)
        data.register.procurements = [Procurement(id: "p", title: "p", year: 2025, category: "kaffe")]
        values = YearFigureValues(data: data, year: 2025)
        #expect(values[.followedUpProcurements] == .zero, "with the year in the register, no follow-up is a real 0")
        #expect(values[.shareHighRiskWithRequirements] == .zero)
        data.editYear(2025) { $0.enteredIndicators[.followedUpProcurements] = Amount(whole: 3) }
        #expect(YearFigureValues(data: data, year: 2025)[.followedUpProcurements] == Amount(whole: 3), "entered wins")
    }

    @Test("measures done on time count those done by their deadline, of those due in the year")
    func onTime() {
        var data = PlanData(plan: ActionPlan(organisation: "x", goals: [Goal(id: "g", area: "klima", title: "g")]))
        data.plan.measures = ["a", "b", "c"].map { Measure(id: $0, goal: "g", title: $0, due: DueDate(parsing: "2025-06-30")) }
        data.journal = [
            StatusUpdate(measure: "a", status: .done, date: Day(iso: "2025-06-01")!),
            StatusUpdate(measure: "b", status: .done, date: Day(iso: "2025-09-01")!),
            StatusUpdate(measure: "c", status: .cancelled, date: Day(iso: "2025-03-01")!),
        ]
        #expect(YearFigureValues(data: data, year: 2025)[.shareMeasuresOnTime] == Amount(whole: 50))
    }
}
