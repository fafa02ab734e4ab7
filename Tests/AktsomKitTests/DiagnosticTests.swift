import Testing
@testable import AktsomKit

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("shows file, line and column, the line and a caret under the spot")
    func rendersLocation() {
        let bytes = Array("{\n  \"a\": 1,\n  \"status\": \"ferdig\"\n}".utf8)
        let location = SourceLocation(file: "Plans/x/plan.json", bytes: bytes, offset: 24)
        let diagnostic = Diagnostic(location: location, message: Localized("ukjent status «ferdig»", en: "unknown status «ferdig»"),
                                    notes: [Status.validValues])
        #expect(diagnostic.rendered(.nb) == """
            Plans/x/plan.json:3:13: ukjent status «ferdig»
             3 |   "status": "ferdig"
               |             ^
            gyldige verdier: planlagt, pågår, gjennomført, forsinket, avbrutt
            """)
    }

    @Test("counts columns in characters, not bytes")
    func columnsInCharacters() {
        let bytes = Array("{\"tittel\": \"æøå\", x}".utf8)
        let offset = Array("{\"tittel\": \"æøå\", ".utf8).count
        let location = SourceLocation(file: "f", bytes: bytes, offset: offset)
        #expect(location.column == 19)
    }

    @Test("says error and warning in the chosen language")
    func prefixes() {
        let message = Localized("noe gikk galt", en: "something went wrong")
        #expect(Diagnostic(message: message).rendered(.nb) == "feil: noe gikk galt")
        #expect(Diagnostic(message: message).rendered(.en) == "error: something went wrong")
        #expect(Diagnostic(severity: .warning, message: message).rendered(.nb) == "advarsel: noe gikk galt")
    }
}
