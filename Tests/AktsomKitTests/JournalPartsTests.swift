import Foundation
import Testing
@testable import AktsomKit

/// Reading a journal file in parts side by side and in chunks must give exactly what reading it
/// in one piece gives, wherever the part and chunk boundaries fall.
@Suite("The journal read in parts and chunks agrees with the journal read whole")
struct JournalPartsTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plans/eksempel-kommune/journal.jsonl")

    static func expectSame(_ bytes: [UInt8], known: Set<String>?, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fileSystem = InMemoryFileSystem(bytes: ["j": bytes])
        let whole: Result<JournalCodec.Reading, Diagnostic>
        do { whole = .success(try JournalCodec.read(bytes, file: "j", knownMeasures: known)) } catch { whole = .failure(error) }
        for parts in [1, 2, 3, 5] {
            for chunkSize in [16, 97, 4096] {
                let split: Result<JournalCodec.Reading, Diagnostic>
                do {
                    split = .success(try JournalCodec.read(from: fileSystem, path: "j", knownMeasures: known, parts: parts, chunkSize: chunkSize, smallestSplit: 0))
                } catch {
                    split = .failure(error)
                }
                switch (whole, split) {
                case (.success(let whole), .success(let split)):
                    #expect(split.updates == whole.updates, "\(parts) parts, chunks of \(chunkSize)", sourceLocation: sourceLocation)
                    #expect(split.lines == whole.lines, "\(parts) parts, chunks of \(chunkSize)", sourceLocation: sourceLocation)
                    #expect(split.warnings.map { $0.rendered(.nb) } == whole.warnings.map { $0.rendered(.nb) }, "\(parts) parts, chunks of \(chunkSize)",
                            sourceLocation: sourceLocation)
                case (.failure(let whole), .failure(let split)):
                    #expect(split.rendered(.nb) == whole.rendered(.nb), sourceLocation: sourceLocation)
                default:
                    Issue.record("one way failed and the other did not (\(parts) parts, chunks of \(chunkSize))", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("on the example journal, with and without a plan to check measures against")
    func example() throws {
        let bytes = Array(try Data(contentsOf: Self.example))
        try Self.expectSame(bytes, known: nil)
        try Self.expectSame(bytes, known: ["klima-1.1", "etikk-3.1"])
    }

    @Test("on damaged journals: torn last lines, bad lines anywhere, CRLF, a newer header")
    func damaged() throws {
        let original = Array(try Data(contentsOf: Self.example))
        var random = SeededRandom(seed: 5)
        for round in 0..<40 {
            var bytes = original
            for _ in 0..<3 {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                bytes[position] = Array("{\"x\n\r".utf8).randomElement(using: &random) ?? 0
            }
            if round % 4 == 0 { bytes.removeLast(Int.random(in: 1...40, using: &random)) }
            if round % 5 == 0 { bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8) }
            try Self.expectSame(bytes, known: round % 2 == 0 ? nil : ["klima-1.1"])
        }
        let newer = Array("{\"format\": \"aktsom-journal\", \"version\": 7}\n".utf8) + original.drop { $0 != UInt8(ascii: "\n") }.dropFirst()
        try Self.expectSame(newer, known: nil)
    }

    @Test("on an empty file and a file of one line")
    func tiny() throws {
        try Self.expectSame([], known: nil)
        try Self.expectSame(Array("{\"measure\": \"a\", \"status\": \"pågår\", \"date\": \"2025-01-01\"}".utf8), known: nil)
    }
}
