import Testing
@testable import AktsomKit

@Suite("The rules as data: each with its source and the dates it is in force")
struct RuleBookTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    @Test("every rule has a source with its title, the day it was read, and an address or a note of why not")
    func sources() {
        let book = RuleBook.standard
        var all: [RuleSource] = book.highRiskList.versions.flatMap(\.sources)
        all += book.climateDuty.versions.flatMap(\.sources)
        all += book.regulationParts.versions.flatMap(\.sources)
        all += book.selfReport.versions.flatMap(\.sources)
        all += book.followUpLadder.versions.flatMap(\.sources)
        all += book.reportDeadline.versions.flatMap(\.sources)
        all += book.proposals.flatMap(\.sources)
        all += book.decisions.values.flatMap { $0 }
        let read: Day? = Day(iso: "2026-12-08")
        #expect(all.count >= 12)
        for source in all {
            #expect(!source.title.isEmpty && source.read == read, "\(source.title)")
            #expect(source.url != nil || source.caveat != nil, "\(source.title) has neither an address nor a note of why")
        }
        // What could not be found is said, never filled in.
        #expect(book.reportDeadline.versions.first?.sources.first?.caveat?.nb.hasPrefix("ikke funnet:") == true)
        #expect(book.decisions["klima-og-miljo-7-9"]?.first?.caveat?.nb.contains("avgjørelsen selv ble ikke funnet") == true)
    }

    @Test("DFØ's self-report rule has its older version as an earlier dated one, and the current from 20 September 2021")
    func selfReportVersions() {
        let history = RuleBook.standard.selfReport
        #expect(history.versions.map(\.content.monthsAfterStart) == [1, 6])
        #expect(history.inForce(on: day("2021-09-19"))?.content.monthsAfterStart == 1)
        #expect(history.inForce(on: day("2021-09-20"))?.content.monthsAfterStart == 6)
        #expect(history.versions.last?.quote?.nb.contains("ved kontraktsstart eller senest innen 6 måneder etter kontraktsstart") == true)
        #expect(!(history.versions.flatMap { [$0.quote?.nb, $0.note?.nb] }.compactMap { $0 }.contains { $0.contains("seks uker") }))
    }

    @Test("§ 7-9 is in force from 1 January 2024, from NOK 100 000, with Prop. 147 L listed as a proposal that no check uses")
    func climateDuty() {
        let book = RuleBook.standard
        #expect(book.climateDuty.inForce(on: day("2023-12-31")) == nil)
        #expect(book.climateDuty.inForce(on: day("2024-01-01"))?.content == ClimateDuty(lowerValueLimit: Amount(whole: 100_000)!, minimumWeight: Amount(whole: 30)!, topRanks: 3))
        #expect(book.proposals.map(\.id) == ["prop-147-l-2024-2025"])
        #expect(book.climateDuty.versions.count == 1)
    }

    /// Prop. 147 L (2024–2025) proposes raising the value limit to NOK 300 000. Not in force as far
    /// as anyone here could find; on the day it is, it is this: a version from its date, nothing else.
    static func withProposal(from start: String) -> RuleBook {
        var book = RuleBook.standard
        book.climateDuty = book.climateDuty.adding(DatedRule(
            from: Day(iso: start), content: ClimateDuty(lowerValueLimit: Amount(whole: 300_000)!, minimumWeight: Amount(whole: 30)!, topRanks: 3),
            sources: [.prop147L], note: Localized("test: Prop. 147 L som om den trådte i kraft", en: "test: Prop. 147 L as if it came into force")))
        return book
    }

    @Test("a new version of a rule from a date is a declaration and nothing else: procurements on each side of it are checked by their own version")
    func newVersionFromADate() {
        let book = Self.withProposal(from: "2027-07-01")
        #expect(book.climateDuty.versions.count == 2)
        #expect(book.climateDuty.versions.first?.until == day("2027-06-30"))
        func procurement(_ id: String, announced: String) -> Procurement {
            var procurement = Procurement(id: id, title: id, year: 2027, value: Amount(whole: 200_000))
            procurement.announcedOn = day(announced)
            return procurement
        }
        let before = procurement("før", announced: "2027-06-30"), after = procurement("etter", announced: "2027-07-01")
        #expect(ClimateAssessment(before, rules: book).standing == .missingPartI)
        #expect(ClimateAssessment(after, rules: book).standing == .notUnderRule(Localized("verdien 200 000 kr er under 300 000 kr ekskl. mva.",
                                                                                          en: "the value NOK 200 000 is under NOK 300 000 excl. VAT")))
        // Through the check, with the version's source on the finding.
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        var low = [before, after]
        for index in low.indices { low[index].climate = .weight(Amount(whole: 10)!, reason: nil) }
        data.register.procurements = low
        let loaded = LoadedPlan(data: data, warnings: [], problems: [], sources: PlanSources())
        let report = CheckReport(loaded: loaded, year: 2027, today: day("2027-12-31"), ruleBook: book)
        let findings = report.groups.first { $0.id == "climate-weight-without-reason" }?.findings ?? []
        #expect(findings.map(\.subject) == ["før"])
        #expect(findings.first?.source?.period == Localized("01.01.2024–30.06.2027", en: "01.01.2024–30.06.2027"))
        // And the standard rules, without the new version, still find both.
        #expect(CheckReport(loaded: loaded, year: 2027, today: day("2027-12-31")).groups.first { $0.id == "climate-weight-without-reason" }?.findings.count == 2)
        // The listing of the year shows both versions.
        let listing = RuleListing(plan: data.plan, year: 2027, rules: book)
        #expect(listing.entries.first { $0.id == "klima-og-miljo-7-9" }?.versions.map(\.period.nb) == ["01.01.2024–30.06.2027", "fra 01.07.2027"])
    }

    @Test("rules lists the rules in force for a year with their sources; a year before § 7-9 has none of it")
    func listing() {
        var plan = ActionPlan(organisation: "x")
        plan.ownHighRiskCategories = ["Kjøretøy"]
        let text = RuleListing(plan: plan, year: 2025).text(.nb)
        for expected in ["Regler i kraft i 2025, med kildene", "DFØs høyrisikoliste  [dfo-hoyrisikolisten]",
                         "Bygg- og anleggsmaterialer: naturstein, tre, metall, solcellepanel", "Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)",
                         "fra 01.01.2024", "https://anskaffelser.no/verktoy/maler/egenrapportering-sosialt-ansvar", "lest 08.12.2026",
                         "Egen risikovurdering (planens egne høyrisikokategorier, ikke DFØs)", "  Kjøretøy", "Foreslått, ikke i kraft:",
                         "Prop. 147 L (2024–2025)", "KOFA: «Klagenemnda for offentlige anskaffelser, sak 2025/0726"] {
            #expect(text.contains(expected), "\(expected)")
        }
        let before = RuleListing(plan: plan, year: 2023)
        #expect(before.entries.first { $0.id == "klima-og-miljo-7-9" }?.versions.isEmpty == true)
        #expect(before.text(.nb).contains("Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)  [klima-og-miljo-7-9]\n  ikke i kraft i 2023"))
        let json = JSONWriter.pretty(RuleListing(plan: plan, year: 2024).json(.en))
        #expect(json.contains("\"id\": \"terskelverdier\"") && json.contains("\"until\": \"2024-03-13\"") && json.contains("\"from\": \"2024-03-14\""))
        #expect(json.contains("\"ownHighRiskCategories\": [\"Kjøretøy\"]"))
    }
}
