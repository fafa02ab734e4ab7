import Testing
@testable import AktsomKit

@Suite("The register's climate, self-report and planned follow-up fields")
struct RegisterDutyFieldsTests {
    private func register() -> ProcurementRegister {
        ProcurementRegister(procurements: [
            Procurement(id: "a", title: "Arbeidsklær", year: 2025, climate: .weight(Amount(parsing: "20")!, reason: "Få leverandører med dokumentasjon"),
                        followUps: [
                            FollowUp(kind: .selfReporting, date: Day(iso: "2025-03-01"), id: "oppfolging-1", due: Day(iso: "2025-05-01"),
                                     answered: Day(iso: "2025-04-20"), outcome: .deviation),
                            FollowUp(kind: .spotCheck, date: nil, id: "oppfolging-2", planned: Day(iso: "2025-09-30")),
                        ],
                        deviations: [Deviation(id: "avvik-1", type: "Lønn", location: "Fabrikk", action: "", status: "åpen", state: .open,
                                               date: Day(iso: "2025-04-20"), followUp: "oppfolging-1")]),
            Procurement(id: "b", title: "Advokat", year: 2025, climate: .exempt(reason: "Ubetydelig klimabelastning")),
            Procurement(id: "c", title: "Asfalt", year: 2025, climate: .inSpecification(reason: "Krav til lavkarbonasfalt gir større effekt")),
            Procurement(id: "d", title: "Kaffe", year: 2025, climate: .weight(Amount(parsing: "30")!, reason: nil)),
        ])
    }

    @Test("they read back exactly as written")
    func roundTrip() throws {
        let text = JSONWriter.pretty(RegisterCodec.encode(register()))
        let decoded = try RegisterCodec.decode(Array(text.utf8), file: "procurements.json").register
        #expect(decoded == register())
        #expect(JSONWriter.pretty(RegisterCodec.encode(decoded)) == text)
        #expect(text.contains("\"climateWeight\": 20") && text.contains("\"climateExempt\"") && text.contains("\"planned\": \"2025-09-30\""))
    }

    @Test("a hand edit that breaks them is shown at its line and column", arguments: [
        ("\"climateExempt\": \"Ubetydelig klimabelastning\"", "\"climateExempt\": \"Ubetydelig\", \"climateWeight\": 30", "kan ikke stå sammen med «climateWeight»"),
        ("\"climateWeight\": 30", "\"climateWeight\": 130", "vekten er over 100 %"),
        ("\"climateWeight\": 30", "\"climateReason\": \"x\"", "hører til climateWeight"),
        ("\"planned\": \"2025-09-30\"", "\"planned\": \"2025-09-31\"", "ugyldig dato «2025-09-31»"),
        ("\"outcome\": \"avvik\"", "\"outcome\": \"kanskje\"", "ukjent utfall «kanskje»"),
        ("\"answered\": \"2025-04-20\"", "\"answered\": \"2025-02-20\"", "er før egenrapporteringen ble sendt"),
        ("\"followUp\": \"oppfolging-1\"", "\"followUp\": \"oppfolging-7\"", "oppfølgingen «oppfolging-7» finnes ikke i «a»"),
        ("\"kind\": \"stikkprøve\",\n          \"planned\": \"2025-09-30\"", "\"kind\": \"stikkprøve\"", "har verken \"date\" eller \"planned\""),
        ("\"kind\": \"stikkprøve\",\n          \"planned\": \"2025-09-30\"", "\"kind\": \"stikkprøve\", \"planned\": \"2025-09-30\", \"due\": \"2025-10-01\"", "gjelder bare egenrapportering"),
    ])
    func locatesBadValues(original: String, replacement: String, message: String) throws {
        var text = JSONWriter.pretty(RegisterCodec.encode(register()))
        #expect(text.contains(original), "fixture lacks \(original)")
        text = text.replacingOccurrences(of: original, with: replacement)
        do {
            _ = try RegisterCodec.decode(Array(text.utf8), file: "procurements.json")
            Issue.record("accepted \(replacement)")
        } catch {
            #expect(error.message.nb.contains(message), "\(error.message.nb)")
            #expect(error.location != nil)
        }
    }
}
