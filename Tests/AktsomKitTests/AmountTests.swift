import Testing
@testable import AktsomKit

@Suite("Amounts in NOK and targets")
struct AmountTests {
    @Test("reads numbers as Norwegians write them", arguments: [
        ("48 500 000,00", "48500000"), ("1.234.567", "1234567"), ("kr 3 000", "3000"), ("3 000,-", "3000"),
        ("12,5", "12.5"), ("12.5", "12.5"), ("-4", "-4"), ("1.234,56", "1234.56"), ("NOK 2 000 000 000", "2000000000"),
        ("0,05", "0.05"), ("100", "100"), ("1\u{00A0}000", "1000"),
    ])
    func readsNorwegianNumbers(text: String, expected: String) {
        #expect(Amount(parsing: text)?.description == expected)
    }

    @Test("refuses what is not a number or has three decimals", arguments: ["", "abc", "12,345", "1,234,567", "1.2.3", "1e5", "12,5,0", "--5"])
    func refusesNonsense(text: String) {
        #expect(Amount(parsing: text) == nil)
    }

    @Test("refuses absurdly large numbers instead of overflowing")
    func refusesHugeNumbers() {
        #expect(Amount(parsing: "99999999999999999999999") == nil)
        #expect(Amount(parsing: "10000000000000000") == nil)
        #expect(Amount(parsing: "9999999999999") != nil)
    }

    @Test("writes Norwegian thousands spacing and decimal comma")
    func norwegianForm() {
        #expect(Amount(parsing: "2000000000")?.norwegian == "2 000 000 000")
        #expect(Amount(parsing: "1234.5")?.norwegian == "1 234,50")
        #expect(Amount(parsing: "999")?.norwegian == "999")
        #expect(2_000_000_000.norwegian == "2 000 000 000")
        #expect((-1500).norwegian == "−1 500")
    }
}

@Suite("JSON number literals as amounts")
struct AmountLiteralTests {
    @Test("reads what the plain parser reads, and refuses the rest", arguments: [
        "0", "7", "-4", "48500000", "1234.5", "1234.56", "-0.05", "12.50", "9999999999999", "99999999999999999999",
        "1e5", "12.", ".5", "--1", "1-2", "", "-", "1.2.3", "0012",
    ])
    func agreesWithPlainParser(literal: String) {
        let plain = literal.contains("e") || literal.hasSuffix(".") || literal.hasPrefix(".") ? nil : Amount(parsing: literal)
        #expect(Amount(jsonLiteral: literal) == plain, "\(literal)")
    }

    @Test("a point in JSON is always the decimal sign, never a thousands separator")
    func pointIsDecimal() {
        #expect(Amount(jsonLiteral: "1.234") == nil, "three decimals are refused, not read as 1234")
        #expect(Amount(jsonLiteral: "1.23")?.description == "1.23")
    }
}
