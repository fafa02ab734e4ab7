import Testing
@testable import AktsomKit

@Suite("DFØ's high-risk list")
struct HighRiskListTests {
    static let clothes = "Arbeidstøy, fottøy og tekstil", building = "Bygg- og anleggsmaterialer", ict = "IKT-produkter"
    static let office = "Kontorrekvisita", toys = "Leke- og idrettsutstyr", food = "Mat og drikke"
    static let medical = "Medisinsk utstyr og forbruksmateriell", furniture = "Møbler"

    @Test("the list is DFØ's: its eight categories by their names, each with DFØ's product examples and page")
    func eightCategories() {
        #expect(HighRiskList.dfo.categories.map(\.name) == [Self.clothes, Self.building, Self.ict, Self.office, Self.toys, Self.food, Self.medical, Self.furniture])
        for category in HighRiskList.dfo.categories {
            #expect(!category.examples.isEmpty && category.page?.hasPrefix("https://anskaffelser.no/") == true, "\(category.name)")
        }
        #expect(HighRiskList.dfo.categories.first { $0.name == Self.building }?.examples == ["naturstein", "tre", "metall", "solcellepanel"])
        #expect(HighRiskList.dfo.categories.first { $0.name == Self.furniture }?.examples.contains("lyskilder") == true)
        #expect(HighRiskList.dfo.categories.first { $0.name == Self.food }?.examples.contains("sjømat") == true)
    }

    /// Category names as they stand in real registers, each with DFØ's category it belongs to, or
    /// none: services, vehicles and appliances are not on DFØ's list.
    static let registerNames: [(String, String?)] = [
        ("Kontorrekvisita", office), ("Papir og kontorrekvisita", office), ("Kopipapir", office), ("Batterier", office),
        ("Skolerekvisita", office), ("Toalettpapir og tørkepapir", nil),
        ("Leker", toys), ("Idrettsutstyr", toys), ("Lekeplassutstyr", toys), ("Gymutstyr og turnmatter", toys), ("Sportsartikler", toys),
        ("Byggevarer", building), ("Trelast", building), ("Stålkonstruksjoner", building), ("Armeringsstål", building),
        ("Naturstein og brostein", building), ("Granitt til torget", building), ("Solcelleanlegg", building),
        ("Belysning", furniture), ("Gatebelysning", furniture), ("Kontormøbler", furniture), ("Skolemøbler", furniture),
        ("Kontorstoler", furniture), ("Inventar", furniture),
        ("Skolemat", food), ("Frukt og grønt", food), ("Kaffe, te og kakao", food), ("Sjømat", food), ("Meierivarer", food), ("Matvarer", food),
        ("Arbeidsklær og verneutstyr", clothes), ("Vernesko", clothes), ("Uniformer", clothes), ("Sengetøy og håndklær", clothes),
        ("Arbeidshansker", clothes),
        ("Engangshansker", medical), ("Medisinsk forbruksmateriell", medical), ("Sprøyter og kanyler", medical), ("Rullestoler", medical),
        ("PC-er og nettbrett", ict), ("Bærbare PC-er", ict), ("Mobiltelefoner", ict), ("IKT-utstyr", ict), ("Multifunksjonsmaskiner", ict),
        ("Renovasjonsbiler", nil), ("Kaffeautomater", nil), ("Elbiler", nil), ("IKT-tjenester", nil), ("Konsulenttjenester", nil),
        ("Renhold", nil), ("Snøbrøyting", nil), ("Sentralbord", nil), ("Kjøleskap", nil), ("Tannhelsetjenester", nil), ("Veivedlikehold", nil),
        ("Kantinedrift", nil), ("Tele", nil), ("Mattilsynet-rådgivning", nil), ("", nil),
    ]

    @Test("real registers' category names find DFØ's category they belong to, or none", arguments: registerNames)
    func registerName(category: String, expected: String?) {
        #expect(HighRiskList.dfo.match(category)?.name == expected)
    }

    @Test("the table holds at least forty names, and every one of DFØ's categories")
    func tableCovers() {
        #expect(Self.registerNames.count >= 40)
        #expect(Set(Self.registerNames.compactMap(\.1)) == Set(HighRiskList.dfo.categories.map(\.name)))
    }

    @Test("an organisation's own categories are its own: matched by their words, credited to its risk assessment, never to DFØ")
    func ownCategories() {
        var plan = ActionPlan(organisation: "x")
        plan.ownHighRiskCategories = ["Kjøretøy og maskiner", "Renovasjonsbiler"]
        let classifier = HighRiskClassifier(plan: plan)
        let truck = Procurement(id: "a", title: "Renovasjonsbiler", category: "Renovasjonsbiler")
        #expect(classifier.assess(truck).reason == .own("Renovasjonsbiler"))
        #expect(classifier.assess(truck).why == Localized("egen risikovurdering: Renovasjonsbiler", en: "own risk assessment: Renovasjonsbiler"))
        #expect(classifier.assess(truck).citation?.rule == "egen-risikovurdering" && classifier.assess(truck).citation?.sources.isEmpty == true)
        #expect(classifier.isHighRisk(Procurement(id: "b", title: "b", category: "Anleggsmaskiner")))
        // «og» joins the words and matches nothing on its own.
        #expect(!classifier.isHighRisk(Procurement(id: "c", title: "c", category: "Snø og is")))
        // DFØ's category is credited to DFØ even when the plan lists it too.
        plan.ownHighRiskCategories.append("Møbler")
        let furniture = HighRiskClassifier(plan: plan).assess(Procurement(id: "d", title: "d", category: "Møbler"))
        #expect(furniture.why == Localized("DFØs høyrisikoliste: Møbler", en: "DFØ's high-risk list: Møbler"))
        #expect(furniture.citation?.rule == "dfo-hoyrisikolisten")
        // Without the plan's word, the same register line is not high-risk.
        #expect(!HighRiskClassifier(plan: ActionPlan(organisation: "y")).isHighRisk(truck))
    }

    @Test("a procurement's --high-risk or --no-high-risk wins over both lists")
    func setByHand() {
        var plan = ActionPlan(organisation: "x")
        plan.ownHighRiskCategories = ["Renovasjonsbiler"]
        let classifier = HighRiskClassifier(plan: plan)
        #expect(!classifier.isHighRisk(Procurement(id: "a", title: "a", category: "Møbler", highRiskOverride: false)))
        #expect(!classifier.isHighRisk(Procurement(id: "b", title: "b", category: "Renovasjonsbiler", highRiskOverride: false)))
        #expect(classifier.assess(Procurement(id: "c", title: "c", category: "Renhold", highRiskOverride: true)).reason == .setByHand)
    }
}

@Suite("Requirements as typed")
struct RequirementSpecTests {
    @Test("reads phases with or without an area, in English or bokmål")
    func parses() throws {
        #expect(try RequirementSpec.parse("qualification,award,contract").get() == RequirementSpec(area: nil, phases: [.qualification, .award, .contract]))
        #expect(try RequirementSpec.parse("klima:award, kontraktsvilkår").get() == RequirementSpec(area: "klima", phases: [.award, .contract]))
        #expect(try RequirementSpec.parse("etikk:ingen").get() == RequirementSpec(area: "etikk", phases: []))
    }

    @Test("names the word it does not know")
    func refuses() {
        #expect(throws: RequirementPhase.unknown("kvali")) { try RequirementSpec.parse("kvali,contract").get() }
        #expect(throws: UnknownWord.self) { try RequirementSpec.parse("klima:").get() }
    }
}

@Suite("Year indicators")
struct YearIndicatorTests {
    private func data() -> PlanData {
        var data = PlanData(plan: ActionPlan(organisation: "x"))
        data.register.procurements = [
            Procurement(id: "a", title: "Arbeidsklær", year: 2025, category: "arbeidsklær", suppliers: 3,
                        requirements: ["etikk": [.contract]],
                        followUps: [FollowUp(kind: .audit, date: Day(iso: "2025-03-01")!, supplier: "A AS"),
                                    FollowUp(kind: .dialogue, date: Day(iso: "2025-04-01")!, supplier: "a as")],
                        deviations: [Deviation(id: "avvik-1", type: "Lønn", location: "x", action: "y", status: "lukket", state: .closed,
                                               date: Day(iso: "2024-11-01"), closed: Day(iso: "2025-02-01"))]),
            Procurement(id: "b", title: "Kaffe", year: 2025, category: "kaffe", suppliers: 2, requirements: ["klima": [.award]],
                        followUps: [FollowUp(kind: .selfReporting, date: Day(iso: "2025-05-01")!)]),
            Procurement(id: "c", title: "Renhold", year: 2025, category: "renhold"),
            Procurement(id: "d", title: "Gammel", year: 2024, category: "møbler", followUps: [FollowUp(kind: .audit, date: Day(iso: "2025-06-01")!, supplier: "B AS")]),
        ]
        data.plan.goals = [Goal(id: "g", area: "klima", title: "g")]
        data.plan.measures = [
            Measure(id: "m1", goal: "g", title: "1", due: DueDate(parsing: "2025-Q2")),
            Measure(id: "m2", goal: "g", title: "2", due: DueDate(parsing: "2025-Q4")),
            Measure(id: "m3", goal: "g", title: "3", due: DueDate(parsing: "2025")),
            Measure(id: "m4", goal: "g", title: "4", due: DueDate(parsing: "2026")),
        ]
        data.journal = [
            StatusUpdate(measure: "m1", status: .done, date: Day(iso: "2025-06-01")!),
            StatusUpdate(measure: "m3", status: .cancelled, date: Day(iso: "2025-06-01")!),
            StatusUpdate(measure: "m4", status: .done, date: Day(iso: "2025-06-01")!),
        ]
        return data
    }

    @Test("counts the year's procurements, requirements, follow-ups and deviations")
    func counts() {
        let indicators = YearIndicators(data: data(), year: 2025)
        #expect(indicators.procurements == 3)
        #expect(indicators.withEthicalRequirements == 1)
        #expect(indicators.highRisk == 2)
        #expect(indicators.highRiskWithRequirements == 1)
        #expect(indicators.followedUpProcurements == 3)
        // "A AS" once (case ignored), "B AS", and procurement b's two suppliers for an unnamed follow-up.
        #expect(indicators.followedUpSuppliers == 4)
        #expect(indicators.deviationsOpened == 0)
        #expect(indicators.deviationsClosed == 1)
        #expect(indicators.value(.shareWithEthicalRequirements)?.description == "33")
        #expect(indicators.value(.shareHighRiskWithRequirements)?.description == "50")
        // m1 done, m2 open, m3 cancelled (left out), m4 due another year.
        #expect(indicators.value(.shareMeasuresDone)?.description == "50")
    }

    @Test("a share of nothing has no value, and shares round half up")
    func shares() {
        #expect(YearIndicators(data: data(), year: 2030).value(.shareWithEthicalRequirements) == nil)
        #expect(YearIndicators.percent(1, of: 8)?.description == "13")
        #expect(YearIndicators.percent(2, of: 3)?.description == "67")
    }
}
