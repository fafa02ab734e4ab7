import Testing
@testable import AktsomKit

@Suite("The strategy's fields in plan.json")
struct StrategyFieldsTests {
    private func strategy() -> ActionPlan {
        var plan = ActionPlan(organisation: "Lillevik kommune", period: Period(parsing: "2025-2028"))
        plan.overallGoal = "Lillevik kommune skal være en ansvarlig forbruker."
        plan.owner = "Kommunestyret"
        plan.operationalOwner = "Innkjøpsavdelingen"
        plan.areas[0].sdgNote = "Mål 13 er kjernen."
        plan.goals = [Goal(id: "klima-1", area: "klima", title: "Halvere utslippene", focus: "Direkte og indirekte utslipp")]
        plan.references = [GoverningDocument(id: "dok-1", title: "Klimaplan", issuer: "Lillevik kommune", year: 2023,
                                             link: "https://lillevik.kommune.no/klimaplan", scope: .municipal, area: "klima")]
        plan.removed = [RemovedRecord(kind: .measure, id: "klima-1.1", title: "Gammelt tiltak", removed: Day(iso: "2025-05-02")!)]
        return plan
    }

    @Test("the new fields read back exactly as written, in a fixed order")
    func roundTrip() throws {
        let plan = strategy()
        let text = JSONWriter.pretty(PlanCodec.encode(plan))
        let decoded = try PlanCodec.decode(Array(text.utf8), file: "plan.json").plan
        #expect(decoded == plan)
        let order = ["\"period\"", "\"overallGoal\"", "\"owner\"", "\"operationalOwner\"", "\"reportTemplate\"", "\"areas\"", "\"sdgNote\"",
                     "\"focus\"", "\"risks\"", "\"references\"", "\"scope\": \"kommunal\"", "\"removed\": ["]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(text)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("a plan that does not use them is written exactly as before")
    func absentWhenUnused() {
        let text = JSONWriter.pretty(PlanCodec.encode(ActionPlan(organisation: "x")))
        for key in ["overallGoal", "owner", "operationalOwner", "sdgNote", "focus", "references", "removed"] {
            #expect(!text.contains("\"\(key)\""), "\(key)")
        }
    }

    @Test("a hand-edited reference or trace is checked where it stands", arguments: [
        ("\"scope\": \"kommunal\"", "\"scope\": \"komunal\"", "ukjent nivå «komunal»"),
        ("\"scope\": \"kommunal\",\n", "", "feltet «scope» mangler"),
        ("\"kind\": \"measure\"", "\"kind\": \"goal\"", "ukjent slag «goal»"),
        ("\"id\": \"klima-1.1\",\n      \"title\": \"Gammelt", "\"id\": \"klima-1\",\n      \"title\": \"Gammelt", ""),
        ("\"removed\": \"2025-05-02\"", "\"removed\": \"2025-02-30\"", "ugyldig dato «2025-02-30»"),
    ])
    func handEdits(original: String, replacement: String, message: String) throws {
        var plan = strategy()
        plan.measures = [Measure(id: "klima-1.2", goal: "klima-1", title: "Nytt tiltak")]
        var text = JSONWriter.pretty(PlanCodec.encode(plan))
        #expect(text.contains(original), "\(text)")
        text = text.replacingOccurrences(of: original, with: replacement)
        if message.isEmpty {
            // A trace with a goal's id is fine: traces are kept for measures only.
            #expect(throws: Never.self) { try PlanCodec.decode(Array(text.utf8), file: "plan.json") }
            return
        }
        let error = #expect(throws: Diagnostic.self) { try PlanCodec.decode(Array(text.utf8), file: "plan.json") }
        #expect(error?.message.nb.contains(message) == true, "\(String(describing: error?.message.nb))")
    }

    @Test("a measure with the id of a removed one is refused: it would take over the removed one's history")
    func liveMeasureWithRemovedID() throws {
        var plan = strategy()
        plan.measures = [Measure(id: "klima-1.1", goal: "klima-1", title: "Nytt")]
        let text = JSONWriter.pretty(PlanCodec.encode(plan))
        let error = #expect(throws: Diagnostic.self) { try PlanCodec.decode(Array(text.utf8), file: "plan.json") }
        #expect(error?.message.nb == "tiltak «klima-1.1» står både blant tiltakene og som fjernet")
    }

    @Test("a governing document for an area the plan does not have is a broken link")
    func referenceArea() {
        var plan = strategy()
        plan.references[0].area = "miljo"
        let problems = Integrity.problems(in: PlanData(plan: plan))
        #expect(problems.map(\.message.nb) == ["styrende dokument «dok-1» viser til strategiområde «miljo», som ikke finnes"])
    }

    @Test("the SDGs have FN-sambandet's Norwegian names")
    func sdgNames() {
        #expect(SustainableDevelopmentGoal.display(12) == "12 Ansvarlig forbruk og produksjon")
        #expect(SustainableDevelopmentGoal.name(16) == "Fred, rettferdighet og velfungerende institusjoner")
        #expect(SustainableDevelopmentGoal.name(1) == "Utrydde fattigdom" && SustainableDevelopmentGoal.name(17) == "Samarbeid for å nå målene")
        #expect(SustainableDevelopmentGoal.name(0) == nil && SustainableDevelopmentGoal.name(18) == nil)
    }
}
