import Testing
@testable import AktsomKit

@Suite("Ids")
struct IdentifierTests {
    @Test("accepts short human ids and case numbers", arguments: ["klima-1", "klima-1.2", "risiko-3", "2019/0412", "K1", "særavtale_7", "ØK-2"])
    func acceptsGoodIDs(id: String) {
        #expect(Identifier.problem(with: id) == nil)
    }

    @Test("refuses ids that are empty, spaced, path-like or odd", arguments: ["", " a", "a b", "../plan", "a/../b", "/etc", "a/", "a.", "-a", "a;b", "a\nb", "a//b", String(repeating: "x", count: 65)])
    func refusesBadIDs(id: String) {
        #expect(Identifier.problem(with: id) != nil)
    }

    @Test("makes the next free number after the highest one used")
    func nextID() {
        #expect(Identifier.next(prefix: "klima-", existing: []) == "klima-1")
        #expect(Identifier.next(prefix: "klima-", existing: ["klima-1", "klima-7", "etikk-9", "klima-x"]) == "klima-8")
        #expect(Identifier.next(prefix: "klima-1.", existing: ["klima-1.1", "klima-1.2", "klima-10.5"]) == "klima-1.3")
    }

    @Test("continues past the highest ordinary number, whatever huge number an id holds")
    func nextAfterHugeNumbers() {
        let existing = ["anskaffelse-9223372036854775807", "anskaffelse-99999999999999999999", "anskaffelse-4", "anskaffelse-x"]
        #expect(Identifier.next(prefix: "anskaffelse-", existing: existing) == "anskaffelse-5")
        #expect(Identifier.next(prefix: "avvik-", existing: ["avvik-999999999"]) == "avvik-1000000000")
        // Past the bound the count is not continued, but an id in use is never handed out again.
        #expect(Identifier.next(prefix: "avvik-", existing: ["avvik-999999999", "avvik-1000000000"]) == "avvik-1000000001")
    }

    @Test("orders ids the way people read them")
    func naturalOrder() {
        let ids = ["klima-10", "klima-2", "1.A.10", "1.A.2", "klima-1"]
        #expect(ids.sorted(by: Identifier.naturalOrder) == ["1.A.2", "1.A.10", "klima-1", "klima-2", "klima-10"])
    }
}

@Suite("Suggestions")
struct SuggestionTests {
    @Test("suggests the closest known value for a typo")
    func closest() {
        #expect(Suggestion.closest(to: "klma", among: ["klima", "etikk"]) == "klima")
        #expect(Suggestion.closest(to: "klima-1.9", among: ["klima-1.1", "klima-1.2", "etikk-1.1"]) == "klima-1.1")
        #expect(Suggestion.closest(to: "--titel", among: ["--title", "--id"]) == "--title")
        #expect(Suggestion.closest(to: "titel", among: ["id", "goal", "title", "owner"]) == "title")
        #expect(Suggestion.editDistance(Array("titel"), Array("title")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test("suggests nothing when nothing is close")
    func nothingClose() {
        #expect(Suggestion.closest(to: "dyrevelferd", among: ["klima", "etikk"]) == nil)
    }
}

@Suite("Ids, fast and full rules agree")
struct IdentifierFastPathTests {
    @Test("every id the byte check accepts, the character rules accept too", arguments: [
        "klima-1", "a/b", "a.b_c-d", "2019/0412", "A", "9", "a..b", "a//b", "a/", "a.", "-a", ".a", "a b", "æ-1", "klima/../x",
    ])
    func agree(id: String) {
        // The character rules, written out independently of the byte check.
        let characters = Array(id)
        let expected = !id.isEmpty && id.count <= 64 && (characters.first.map { $0.isLetter || $0.isNumber } ?? false)
            && characters.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
            && !id.contains("..") && !id.contains("//") && !id.hasSuffix("/") && !id.hasSuffix(".")
        #expect((Identifier.problem(with: id) == nil) == expected, "\(id)")
    }
}
