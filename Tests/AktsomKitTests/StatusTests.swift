import Testing
@testable import AktsomKit

@Suite("Status values")
struct StatusTests {
    @Test("accepts bokmål, ASCII and English spellings", arguments: [
        ("planlagt", Status.planned), ("pågår", .inProgress), ("pagar", .inProgress), ("gjennomført", .done),
        ("gjennomfort", .done), ("forsinket", .delayed), ("avbrutt", .cancelled), ("planned", .planned),
        ("in-progress", .inProgress), ("In Progress", .inProgress), ("done", .done), ("delayed", .delayed),
        ("cancelled", .cancelled), ("canceled", .cancelled), ("PÅGÅR", .inProgress),
    ])
    func acceptsAliases(text: String, status: Status) {
        #expect(Status(parsing: text) == status)
    }

    @Test("refuses unknown words")
    func refusesUnknown() {
        #expect(Status(parsing: "ferdig") == nil)
        #expect(Status(parsing: "") == nil)
    }

    @Test("lists the valid values in the product's order")
    func validValuesInOrder() {
        #expect(Status.validValues.nb == "gyldige verdier: planlagt, pågår, gjennomført, forsinket, avbrutt")
        #expect(Status.allCases.map(\.rawValue) == ["planlagt", "pågår", "gjennomført", "forsinket", "avbrutt"])
    }
}
