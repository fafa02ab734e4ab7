import Testing
@testable import AktsomKit

@Suite("A deviation's status in the report's own words")
struct DeviationStateTests {
    @Test("the state is read from the first words of the status as written", arguments: [
        ("Pågående. Handlingsplan levert av leverandør", DeviationState.inProgress),
        ("under arbeid", .inProgress),
        ("Under arbeid – leverandøren har fått frist", .inProgress),
        ("Lukket etter ny revisjon i november", .closed),
        ("Avsluttet", .closed),
        ("ferdig", .closed),
        ("Åpen", .open),
        ("open, waiting for the supplier", .open),
        ("closed", .closed),
        ("Tiltaksplan mottatt, venter på dokumentasjon", .inProgress),
        ("Venter på svar fra leverandøren", .inProgress),
        ("Følges opp i neste kontraktsmøte", .inProgress),
    ])
    func reads(status: String, state: DeviationState) {
        #expect(DeviationState(readingStatus: status) == state)
    }

    @Test("a status whose first words say nothing known is not guessed", arguments: [
        "Ikke avklart", "Leverandøren har levert plan", "", "3 av 4 punkter rettet",
    ])
    func unreadable(status: String) {
        #expect(DeviationState(readingStatus: status) == nil)
    }

    @Test("the text is kept as written; a given state wins over the words")
    func textAndState() throws {
        var data = PlanData(plan: ActionPlan(organisation: "x"), register: ProcurementRegister(procurements: [Procurement(id: "p", title: "p")]))
        let today = Day(iso: "2025-06-01")!
        let written = try data.addDeviation(to: "p", type: "Lønn", location: "Fabrikk", action: nil,
                                            status: "Pågående. Handlingsplan levert av leverandør", state: nil, date: today, today: today)
        #expect(written.status == "Pågående. Handlingsplan levert av leverandør" && written.state == .inProgress)
        let given = try data.updateDeviation(written.id, status: "Leverandøren har levert plan", state: .open, action: nil, date: today, today: today)
        #expect(given.status == "Leverandøren har levert plan" && given.state == .open)
        #expect(throws: PlanError.unreadableDeviationStatus("Ikke avklart")) {
            try data.updateDeviation(written.id, status: "Ikke avklart", state: nil, action: nil, date: today, today: today)
        }
    }
}
