import Foundation
import Testing
@testable import AktsomKit

/// The journal's fast line reader must give exactly what the general JSON reader gives:
/// the same updates, from the same lines, with the same warnings.
@Suite("The journal's fast path agrees with the plain path")
struct JournalFastPathTests {
    static let header = "{\"format\": \"aktsom-journal\", \"version\": 1}\n"
    static let known: Set<String> = ["klima-1.1", "etikk-2.10", "seriositet-12.3"]

    static func expectSamePaths(_ text: String, known: Set<String>? = known, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expectSamePaths(Array(text.utf8), known: known, sourceLocation: sourceLocation)
    }

    static func expectSamePaths(_ bytes: [UInt8], known: Set<String>? = known, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fast: Result<JournalCodec.Reading, Diagnostic>, plain: Result<JournalCodec.Reading, Diagnostic>
        do { fast = .success(try JournalCodec.read(bytes, file: "j", knownMeasures: known, fastPath: true)) } catch { fast = .failure(error) }
        do { plain = .success(try JournalCodec.read(bytes, file: "j", knownMeasures: known, fastPath: false)) } catch { plain = .failure(error) }
        switch (fast, plain) {
        case (.success(let fast), .success(let plain)):
            #expect(fast.updates == plain.updates, sourceLocation: sourceLocation)
            #expect(fast.lines == plain.lines, sourceLocation: sourceLocation)
            #expect(fast.warnings.map { $0.rendered(.nb) } == plain.warnings.map { $0.rendered(.nb) }, sourceLocation: sourceLocation)
        case (.failure(let fast), .failure(let plain)):
            #expect(fast.rendered(.nb) == plain.rendered(.nb), sourceLocation: sourceLocation)
        default:
            Issue.record("one path failed and the other did not", sourceLocation: sourceLocation)
        }
    }

    @Test("on lines written by Aktsom, and on every odd line a hand or a merge makes", arguments: [
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "by": "Byggherre", "note": "Startet «æøå»", "recorded": "2025-03-01T09:00:00Z"}"#,
        #"{"measure": "klima-1.1", "status": "gjennomført", "date": "2025-03-01"}"#,
        #"{"date": "2025-03-01", "status": "avbrutt", "measure": "etikk-2.10", "note": "nøkler i annen rekkefølge"}"#,
        #"  {"measure":"seriositet-12.3","status":"forsinket","date":"2025-12-31","by":"Økonomi"}  "#,
        #"{"measure": "klima-1.1", "status": "done", "date": "2025-03-01"}"#,
        #"{"measure": "klima-1.1", "status": "Pågår", "date": "2025-03-01"}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "note": "linje 1\nlinje 2 \"sitat\""}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "note": ""}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "note": "   "}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "by": null}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-02-30"}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-3-1"}"#,
        #"{"measure": "klima-1.1", "status": "ferdig", "date": "2025-03-01"}"#,
        #"{"measure": "klima-9.9", "status": "pågår", "date": "2025-03-01"}"#,
        #"{"measure": "klima-1.1", "measure": "klima-1.1", "status": "pågår", "date": "2025-03-01"}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "extra": "x"}"#,
        #"{"measure": "klima-1.1", "status": "pågår"}"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01"} søppel"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01",}"#,
        #"{"measure": 7, "status": "pågår", "date": "2025-03-01"}"#,
        #"{"measure": "", "status": "pågår", "date": "2025-03-01"}"#,
        #"[1, 2]"#,
        #"<<<<<<< HEAD"#,
        #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "note": "\u00e6\ud83d\ude00"}"#,
        #"{"format": "aktsom-journal", "version": 1}"#,
    ])
    func oddLines(line: String) throws {
        try Self.expectSamePaths(Self.header + line + "\n")
        try Self.expectSamePaths(Self.header + line + "\r\n")
        try Self.expectSamePaths(Self.header + line, known: Set<String>?.none)
    }

    @Test("on invalid UTF-8 inside a value")
    func invalidUTF8() throws {
        let line = Array(#"{"measure": "klima-1.1", "status": "pågår", "date": "2025-03-01", "note": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        try Self.expectSamePaths(Array(Self.header.utf8) + line + [0x0A])
    }

    @Test("on thousands of mutated journals", .timeLimit(.minutes(1)))
    func fuzzed() throws {
        var lines = [Self.header]
        var random = SeededRandom(seed: 99)
        let statuses = ["planlagt", "pågår", "gjennomført", "forsinket", "avbrutt"]
        for index in 0..<60 {
            let measure = Self.known.sorted()[index % 3]
            lines.append(JournalCodec.line(for: StatusUpdate(measure: measure, status: Status(rawValue: statuses[index % 5]) ?? .planned,
                                                             date: Day(year: 2025, month: 1 + index % 12, day: 1 + index % 28) ?? Day.earliest,
                                                             by: index % 2 == 0 ? "Byggherre" : "Økonomi", note: "Notat \(index) «æ»",
                                                             recorded: RecordedTime("2025-01-0\(1 + index % 9)T10:00:00Z"))) + "\n")
        }
        let original = Array(lines.joined().utf8)
        let interesting = Array("{}[]\":,\\0123456789 \n\rnt".utf8) + [0xC3, 0xFF, 0x80]
        for _ in 0..<PropertyRuns.count(1_500) {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[position] = interesting.randomElement(using: &random) ?? 0
                case 1: bytes.insert(interesting.randomElement(using: &random) ?? 0, at: position)
                default: bytes.remove(at: position)
                }
            }
            try Self.expectSamePaths(bytes)
        }
    }
}
