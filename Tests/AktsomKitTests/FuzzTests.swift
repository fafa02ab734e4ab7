import Foundation
import Testing
@testable import AktsomKit

/// Mutates the example plan's files thousands of times (bytes flipped, inserted, deleted,
/// duplicated, cut) and runs everything that reads them. The test passes when nothing crashes,
/// traps or hangs: a mutated file must either load or be refused with a diagnostic.
@Suite("Fuzzing the loaders and the exporter")
struct FuzzTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plans/eksempel-kommune")
    static let files = ["plan.json", "procurements.json", "journal.jsonl", "years/2025.json"]

    static func original() throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in files {
            result[name] = Array(try Data(contentsOf: example.appendingPathComponent(name)))
        }
        return result
    }

    /// Bytes that make mutations interesting: JSON structure, quotes, escapes, digits, control
    /// characters, invalid UTF-8 and the start of a multi-byte character.
    static let interesting: [UInt8] = Array("{}[]\":,\\-0123456789eE.tfn \n\r\t<>&;".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]

    static func mutate(_ bytes: [UInt8], using random: inout SeededRandom) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !result.isEmpty else { result = [interesting.randomElement(using: &random) ?? 0]; continue }
            let position = Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: result[position] ^= UInt8.random(in: 1...255, using: &random)
            case 1: result.insert(interesting.randomElement(using: &random) ?? 0, at: position)
            case 2: result.removeSubrange(position..<min(result.count, position + Int.random(in: 1...8, using: &random)))
            case 3:
                let end = min(result.count, position + Int.random(in: 1...40, using: &random))
                result.insert(contentsOf: result[position..<end], at: Int.random(in: 0...result.count, using: &random))
            case 4: result.removeSubrange(position..<result.count)
            default: result[position] = interesting.randomElement(using: &random) ?? 0
            }
        }
        return result
    }

    /// Everything a command does with loaded data, short of writing files.
    static func exercise(_ loaded: LoadedPlan, exportAll: Bool) {
        let today = Day(iso: "2026-11-21") ?? Day.latest
        _ = CheckReport(loaded: loaded, year: 2025, today: today).text(.nb)
        _ = try? StatusOverview(data: loaded.data, team: nil, asOf: today).text(.nb)
        _ = try? MeasureListing(data: loaded.data, filter: MeasureFilter(), asOf: today).json()
        guard exportAll else { return }
        for template in TemplateCatalog.all {
            let report = ReportBuilder(data: loaded.data, template: template, year: 2025).build()
            _ = ReportExport.files(for: report, formats: ReportFormat.allCases)
        }
    }

    @Test("thousands of mutated plan files load or are refused, never crash", .timeLimit(.minutes(3)))
    func planFiles() throws {
        let original = try Self.original()
        var random = SeededRandom(seed: 20_251_121)
        var loadedCount = 0, refusedCount = 0
        for iteration in 0..<2_400 {
            var files = original
            let name = Self.files[iteration % Self.files.count]
            files[name] = Self.mutate(original[name] ?? [], using: &random)
            let store = PlanStore(folder: "Plans/x", fileSystem: InMemoryFileSystem(bytes: files.reduce(into: [:]) { $0["Plans/x/" + $1.key] = $1.value }))
            do {
                let loaded = try store.load()
                loadedCount += 1
                Self.exercise(loaded, exportAll: loadedCount % 25 == 0)
            } catch {
                refusedCount += 1
                #expect(!error.rendered(.nb).isEmpty)
            }
        }
        // Both paths must be exercised, or the mutations are too weak or too strong to mean anything.
        #expect(loadedCount > 200 && refusedCount > 200, "loaded \(loadedCount), refused \(refusedCount)")
    }

    @Test("mutated spreadsheets are imported or refused, never crash", .timeLimit(.minutes(2)))
    func spreadsheets() throws {
        let loaded = try PlanStore(folder: Self.example.path, fileSystem: LocalFileSystem()).load()
        let clock = WallClock.fixed(parsing: "2026-11-21") ?? .system
        let procurements = Array(("ID;Tittel;År;Kategori;Type avtale;Antall leverandører;Verdi (NOK);Høyrisiko;Kvalifikasjonskrav;Tildelingskriterier;Kontraktsvilkår\r\n"
            + "2019/0412;\"Arbeidsklær; sko\";2024;Arbeidsklær;rammeavtale;3;\"48 500 000,00\";;Ja;Nei;x\r\n"
            + "2025/0001;Kaffe;2025;Mat og drikke;;1;kr 3 000;Ja;;;\r\n").utf8)
        let sheet = try StatusSheet.export(data: loaded.data, team: "Byggherre", today: clock.today(), language: .nb)
        let sheetBytes = Array(sheet.text.utf8)
        var random = SeededRandom(seed: 42)
        var accepted = 0
        for iteration in 0..<1_200 {
            if iteration % 2 == 0 {
                if (try? ProcurementImport(bytes: Self.mutate(procurements, using: &random), file: "f.csv", data: loaded.data)) != nil { accepted += 1 }
            } else {
                if (try? StatusSheetImport(bytes: Self.mutate(sheetBytes, using: &random), file: "s.csv", team: "Byggherre", data: loaded.data, clock: clock)) != nil {
                    accepted += 1
                }
            }
        }
        #expect(accepted > 50)
    }

    @Test("random bytes and deep nesting never crash the JSON reader", .timeLimit(.minutes(1)))
    func jsonReader() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in Self.interesting.randomElement(using: &random) ?? 0 }
            _ = try? JSONParser.parse(bytes)
            _ = try? JournalCodec.read(bytes, file: "j")
        }
        for depth in [199, 200, 201, 10_000] {
            _ = try? JSONParser.parse(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))
            _ = try? JSONParser.parse(Array((String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)).utf8))
        }
    }
}
