import Testing
@testable import AktsomKit

@Suite("JSON reading")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test("reads objects, lists and scalars with their offsets")
    func readsValues() throws {
        let value = try parse(#"{"a": [1, -2.5e3, true, null], "b": "æ\"ø\\n\u00e5"}"#)
        let object = try #require(value.objectValue)
        #expect(object["a"]?.arrayValue?.count == 4)
        #expect(object["a"]?.arrayValue?[1].kind == .number("-2.5e3"))
        #expect(object["b"]?.stringValue == "æ\"ø\\nå")
        #expect(object["a"]?.offset == 6)
        #expect(object.member("b")?.keyOffset == 31)
    }

    @Test("names a trailing comma as such")
    func trailingComma() {
        for text in ["{\"a\": 1,\n}", "[1, 2, ]"] {
            do {
                _ = try parse(text)
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.message.nb.hasPrefix("komma rett før"))
            }
        }
    }

    @Test("decodes surrogate pairs")
    func surrogatePairs() throws {
        #expect(try parse(#""\ud83d\ude00""#).stringValue == "😀")
    }

    @Test("accepts and skips a byte order mark")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).arrayValue?.count == 1)
    }

    @Test("points at the offending spot", arguments: [
        ("{\"a\": 1,}", 8), ("{\"a\" 1}", 5), ("[1 2]", 3), ("{\"a\": tru}", 6), ("{\"a\": 01}", 6),
        ("\"abc", 0), ("{\"a\": \"x\ny\"}", 8), ("[1]]", 3), ("", 0), ("{\"a\": 1, \"a\": 2}", 9),
        ("{\"a\": \"\\q\"}", 7), ("{\"a\": \"\\ud800\"}", 7), ("{", 1), ("[", 1),
    ])
    func pointsAtErrors(text: String, offset: Int) {
        #expect(throws: JSONError.self) { try parse(text) }
        do { _ = try parse(text) } catch { #expect(error.offset == offset, "\(text): \(error.message.nb)") }
    }

    @Test("finds invalid UTF-8 at the exact byte")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("{\"a\": \"ab".utf8) + [0xE6] + Array("c\"}".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.offset == 9)
            #expect(error.message.nb.contains("UTF-8"))
        }
    }

    @Test("refuses absurd nesting instead of exhausting the stack")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONError.self) { try parse(text) }
    }

    @Test("handles an object with many keys without slowing to a crawl")
    func manyKeys() throws {
        let members = (0..<20_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        #expect(try parse("{\(members)}").objectValue?.members.count == 20_000)
        #expect(throws: JSONError.self) { try parse("{\(members), \"k5\": 1}") }
    }
}

@Suite("JSON writing")
struct JSONWriterTests {
    @Test("writes keys in the given order, short lists inline, text unescaped")
    func prettyStyle() {
        let value = JSONValue.object([
            ("id", .string("klima")),
            ("sdgs", .array([.int(12), .int(13)])),
            ("empty", .array([])),
            ("name", .string("Klima og miljø \"sitat\"\n<tag> & /")),
            ("nested", .array([.object([("a", .bool(true))])])),
        ])
        #expect(JSONWriter.pretty(value) == """
            {
              "id": "klima",
              "sdgs": [12, 13],
              "empty": [],
              "name": "Klima og miljø \\"sitat\\"\\n<tag> & /",
              "nested": [
                {
                  "a": true
                }
              ]
            }

            """)
    }

    @Test("writes one line for the journal")
    func lineStyle() {
        #expect(JSONWriter.line(.object([("a", .string("x\ty")), ("b", .int(1))])) == #"{"a": "x\ty", "b": 1}"#)
    }

    @Test("reads back exactly what it writes, control characters included")
    func roundTrip() throws {
        let texts = ["plain", "æøå ÆØÅ", "tab\tnew\nline\r", "\u{01}\u{1F}", "quote\" backslash\\", "😀", ""]
        for text in texts {
            let written = JSONWriter.pretty(.object([("t", .string(text))]))
            #expect(try JSONParser.parse(Array(written.utf8)).objectValue?["t"]?.stringValue == text)
        }
    }
}
