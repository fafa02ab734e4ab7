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
            {
                var procurement = Procurement(id: "e", title: "Møbler", year: 2025, value: Amount(whole: 2_800_000),
                                              climate: .ranked(4, specification: "Svanemerket eller tilsvarende"))
                procurement.contractStart = Day(iso: "2025-03-01")
                procurement.contractEnd = Day(iso: "2029-02-28")
                procurement.announcedOn = Day(iso: "2024-11-15")
                procurement.contractKind = .goodsAndServices
                procurement.regulationPart = .partIII
                procurement.climateDocumentedIn = "Konkurransegrunnlaget, punkt 4.1"
                return procurement
            }(),
            Procurement(id: "f", title: "Transport", year: 2025, climate: .weight(Amount(parsing: "30")!, reason: nil, specification: "Euro VI")),
        ])
    }

    @Test("they read back exactly as written")
    func roundTrip() throws {
        let text = JSONWriter.pretty(RegisterCodec.encode(register()))
        let decoded = try RegisterCodec.decode(Array(text.utf8), file: "procurements.json").register
        #expect(decoded == register())
        #expect(JSONWriter.pretty(RegisterCodec.encode(decoded)) == text)
        #expect(text.contains("\"climateWeight\": 20") && text.contains("\"climateExempt\"") && text.contains("\"planned\": \"2025-09-30\""))
        for field in ["\"contractStart\": \"2025-03-01\"", "\"contractEnd\": \"2029-02-28\"", "\"announcedOn\": \"2024-11-15\"",
                      "\"contractKind\": \"vare-og-tjeneste\"", "\"regulationPart\": \"III\"", "\"climateRank\": 4",
                      "\"climateInSpecification\": \"Svanemerket eller tilsvarende\"", "\"climateDocumentedIn\": \"Konkurransegrunnlaget, punkt 4.1\"",
                      "\"climateInSpecification\": \"Euro VI\""] {
            #expect(text.contains(field), "\(field)")
        }
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
        ("\"contractEnd\": \"2029-02-28\"", "\"contractEnd\": \"2024-02-28\"", "2024-02-28 er før kontraktsstarten 2025-03-01"),
        ("\"climateRank\": 4", "\"climateRank\": 12", "«climateRank»"),
        ("\"climateRank\": 4", "\"climateRank\": 4, \"climateWeight\": 30", "kan ikke stå sammen med «climateWeight»"),
        ("\"contractKind\": \"vare-og-tjeneste\"", "\"contractKind\": \"leie\"", "ukjent kontraktsart «leie»"),
        ("\"regulationPart\": \"III\"", "\"regulationPart\": \"IV\"", "ukjent del av forskriften «IV»"),
        ("\"announcedOn\": \"2024-11-15\"", "\"announcedOn\": \"15.11.2024\"", "ugyldig dato «15.11.2024»"),
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
