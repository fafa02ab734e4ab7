import Foundation
import Testing
@testable import AktsomKit

/// Mutates the example plan's files thousands of times (bytes flipped, inserted, deleted,
/// duplicated, cut) and runs everything that reads them. A mutated file must either load and go
/// through the checks and views, (every second) survive being written and read again unchanged,
/// and (every eighth) go through every template and format with valid output; or be refused with
/// a message that names its file, line and column. Nothing may crash, trap or hang.
///
/// One test at a time: each has a time limit, and on two shared cores a test started beside the
/// plan files' fuzzing waited its turn for longer than its limit (a 1-second test «took» 4 minutes).
@Suite("Fuzzing the loaders and the exporter", .serialized)
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

    /// Everything a command does with loaded data, short of writing files, with what must hold
    /// of each result; `exportAll` also renders every template in every format.
    static func exercise(_ loaded: LoadedPlan, roundTrip: Bool, exportAll: Bool, word: Bool = false) throws {
        let today = Day(iso: "2026-11-21") ?? Day.latest
        #expect(!CheckReport(loaded: loaded, year: 2025, today: today).text(.nb).isEmpty)
        _ = try? StatusOverview(data: loaded.data, team: nil, asOf: today).text(.nb)
        if let listing = try? MeasureListing(data: loaded.data, filter: MeasureFilter(), asOf: today).json() {
            #expect((try? JSONParser.parse(Array(JSONWriter.pretty(listing).utf8))) != nil)
        }
        if roundTrip { try expectRoundTrip(loaded.data) }
        guard exportAll else { return }
        for template in TemplateCatalog.all {
            let report = ReportBuilder(data: loaded.data, template: template, year: 2025).build()
            // A Word document draws its charts into pictures, slow in a debug build: `wordDocuments` takes it.
            for file in ReportExport.files(for: report, formats: word ? ReportFormat.allCases : ReportFormat.standard) {
                #expect(SafeFileName.component(file.name) == file.name, "\(file.name) is not a plain file name")
                switch lastPathComponent(file.name).split(separator: ".").last {
                case "html": expectOnlyOwnMarkup(file.content, in: file.name)
                case "json": #expect((try? JSONParser.parse(Array(file.content.utf8))) != nil, "\(file.name) is not valid JSON")
                case "csv": try expectNoFormulas(file.content, in: file.name)
                case "docx": _ = try OfficePackageCheck.open(file.bytes)
                default: #expect(!file.content.isEmpty)
                }
            }
        }
    }

    /// Whatever was read is written and read back as the same data, so a change never loses or
    /// alters what it did not touch.
    static func expectRoundTrip(_ data: PlanData) throws {
        let plan = try PlanCodec.decode(Array(JSONWriter.pretty(PlanCodec.encode(data.plan)).utf8), file: "plan.json").plan
        #expect(plan == data.plan, "the plan changes when written and read again")
        let register = try RegisterCodec.decode(Array(JSONWriter.pretty(RegisterCodec.encode(data.register)).utf8), file: "procurements.json").register
        #expect(register == data.register, "the register changes when written and read again")
        for entry in data.yearsInOrder {
            let again = try YearCodec.decode(Array(JSONWriter.pretty(YearCodec.encode(entry)).utf8), file: "y", expectedYear: entry.year).year
            #expect(again == entry, "year \(entry.year) changes when written and read again")
        }
        let lines = [JournalCodec.headerLine] + data.journal.map(JournalCodec.line(for:))
        #expect(try JournalCodec.read(Array(lines.joined(separator: "\n").utf8), file: "j").updates == data.journal)
    }

    /// The tags the HTML renderer writes; any other `<` came from user text that was not escaped.
    static let ownTags: Set<String> = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span",
        "section", "figure", "figcaption", "strong", "svg", "g", "rect", "line", "text", "path", "main", "div", "ul", "li",
        "table", "thead", "tbody", "tr", "th", "td", "br", "footer", "code", "tspan", "ol",
        // A web address in the organisation's own text is a link to itself (HTML.linking).
        "a",
    ]

    static func expectOnlyOwnMarkup(_ html: String, in file: String) {
        for piece in html.split(separator: "<", omittingEmptySubsequences: false).dropFirst() {
            let name = piece.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" }
            #expect(ownTags.contains(String(name)), "\(file): markup «<\(piece.prefix(20))» that the renderer does not write")
        }
    }

    static func expectNoFormulas(_ csv: String, in file: String) throws {
        for cell in try CSVReader.records(in: String(csv.dropFirst()), separator: ";").flatMap(\.cells) {
            #expect(!CSVWriter.isFormulaLike(cell), "\(file): a cell starts a formula: \(cell.debugDescription)")
        }
    }

    @Test("thousands of mutated plan files load or are refused, never crash", .timeLimit(.minutes(3)))
    func planFiles() throws {
        let original = try Self.original()
        var random = SeededRandom(seed: 20_251_121)
        var loadedCount = 0, refusedCount = 0, exported = 0
        for iteration in 0..<PropertyRuns.count(2_400) {
            var files = original
            let name = Self.files[iteration % Self.files.count]
            files[name] = Self.mutate(original[name] ?? [], using: &random)
            let store = PlanStore(folder: "Plans/x", fileSystem: InMemoryFileSystem(bytes: files.reduce(into: [:]) { $0["Plans/x/" + $1.key] = $1.value }))
            let loaded: LoadedPlan
            do {
                loaded = try store.load()
            } catch {
                refusedCount += 1
                // Refused: with a message that names the file, its line and column.
                let location = try #require(error.location, "refused without naming a place: \(error.rendered(.en))")
                #expect(Self.files.contains { "Plans/x/" + $0 == location.file }, "\(location.file)")
                #expect(location.line >= 1 && location.column >= 1)
                #expect(!error.message.nb.isEmpty && !error.message.en.isEmpty)
                continue
            }
            loadedCount += 1
            // Every second plan that loads is written and read back; every eighth goes through
            // every template and format (more would make this the suite's slowest test by far).
            let exportAll = loadedCount % 8 == 0
            if exportAll { exported += 1 }
            try Self.exercise(loaded, roundTrip: loadedCount % 2 == 0, exportAll: exportAll)
        }
        // Both paths must be exercised, or the mutations are too weak or too strong to mean anything.
        let runs = PropertyRuns.count(2_400)
        #expect(loadedCount > runs / 12 && refusedCount > runs / 12, "loaded \(loadedCount), refused \(refusedCount) of \(runs)")
        #expect(exported >= runs / 24, "only \(exported) of \(runs) plans went through the templates and formats")
    }

    @Test("mutated plans that load are written as Word documents by every template, each a package Word opens", .timeLimit(.minutes(2)))
    func wordDocuments() throws {
        let original = try Self.original()
        var random = SeededRandom(seed: 27)
        var written = 0
        for iteration in 0..<PropertyRuns.count(400) where written < 3 {
            var files = original
            let name = Self.files[iteration % Self.files.count]
            files[name] = Self.mutate(original[name] ?? [], using: &random)
            let store = PlanStore(folder: "Plans/x", fileSystem: InMemoryFileSystem(bytes: files.reduce(into: [:]) { $0["Plans/x/" + $1.key] = $1.value }))
            guard let loaded = try? store.load() else { continue }
            written += 1
            for template in TemplateCatalog.all {
                let report = ReportBuilder(data: loaded.data, template: template, year: 2025).build()
                _ = try OfficePackageCheck.open(DocxRenderer.render(report))
            }
        }
        #expect(written == 3)
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
        for iteration in 0..<PropertyRuns.count(1_200) {
            if iteration % 2 == 0 {
                if let result = try? ProcurementImport(bytes: Self.mutate(procurements, using: &random), file: "f.csv", data: loaded.data) {
                    accepted += 1
                    #expect(result.added.allSatisfy { Identifier.problem(with: $0.procurement.id) == nil }, "an import added an invalid id")
                }
            } else {
                if let result = try? StatusSheetImport(bytes: Self.mutate(sheetBytes, using: &random), file: "s.csv", team: "Byggherre",
                                                       data: loaded.data, clock: clock) {
                    accepted += 1
                    // Only the team's own measures, and nothing recorded twice.
                    #expect(result.updates.allSatisfy { loaded.data.plan.measure($0.measure)?.isOwned(by: "Byggherre") == true })
                    #expect(Set(result.updates).count == result.updates.count)
                }
            }
        }
        #expect(accepted > 50)
    }

    @Test("random bytes and deep nesting are read or refused at a place inside the input", .timeLimit(.minutes(1)))
    func jsonReader() throws {
        var random = SeededRandom(seed: 7)
        var parsed = 0, refused = 0
        // Random bytes, and mutations of small valid documents, so that many parse too.
        let seeds = [#"{"a": [1, 2.5, -3e2, true, false, null, "x\n\u00e6"], "b": {}}"#, #"[[], {}, "", 0, -0.5]"#, #""æøå \"sitert\"""#,
                     #"{"measure": "klima-1.1", "status": "pågår", "date": "2025-02-14", "note": "Krav\ttatt inn"}"#].map { Array($0.utf8) }
        for iteration in 0..<PropertyRuns.count(3_000) {
            let bytes = iteration % 2 == 0
                ? (0..<Int.random(in: 0...64, using: &random)).map { _ in Self.interesting.randomElement(using: &random) ?? 0 }
                : Self.mutate(seeds[iteration / 2 % seeds.count], using: &random)
            do {
                let value = try JSONParser.parse(bytes)
                parsed += 1
                // What was read is written and read back the same.
                let again = try JSONParser.parse(Array(JSONWriter.pretty(value).utf8))
                #expect(RecordMerge.same(again, value), "\(bytes) changed when written and read again")
            } catch {
                refused += 1
                #expect((0...bytes.count).contains(error.offset), "an error at \(error.offset) outside \(bytes.count) bytes")
                #expect(!error.message.nb.isEmpty)
            }
            do {
                let reading = try JournalCodec.read(bytes, file: "j")
                let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
                #expect(reading.lines.allSatisfy { (1...lines).contains($0) })
                #expect(reading.warnings.allSatisfy { ($0.location?.line).map { (1...lines).contains($0) } ?? false })
            } catch {
                #expect(error.location?.file == "j")
            }
        }
        // The same shares of the 3 000 cases CI tries, whatever the number of runs.
        let runs = PropertyRuns.count(3_000)
        #expect(parsed > runs / 60 && refused > runs / 3, "parsed \(parsed), refused \(refused) of \(runs)")
        for depth in [199, 200, 201, 10_000] {
            let arrays = Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
            let objects = Array((String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)).utf8)
            for bytes in [arrays, objects] {
                if depth <= JSONParser.maximumDepth {
                    #expect((try? JSONParser.parse(bytes)) != nil, "depth \(depth) is allowed")
                } else {
                    #expect(throws: JSONError.self) { try JSONParser.parse(bytes) }
                    do {
                        _ = try JSONParser.parse(bytes)
                    } catch {
                        #expect(error.message.nb.contains("for dypt nøstet"))
                    }
                }
            }
        }
    }

    @Test("mutated workbooks (their archive, and each XML part re-packed) are read or refused with the file named, never crash",
          .timeLimit(.minutes(2)))
    func workbooks() throws {
        let original = try XLSXReaderTests.fixture(XLSXReaderTests.plan)
        let archive = try ZipArchive(bytes: original)
        let parts = try archive.entries.map { ($0.name, try archive.contents(of: $0)) }
        var random = SeededRandom(seed: 1_900_0229)
        var read = 0, refused = 0
        for iteration in 0..<PropertyRuns.count(600) {
            let bytes: [UInt8]
            if iteration % 4 == 0 {
                // The archive itself: its directory, headers, packed data and CRCs.
                bytes = Self.mutate(original, using: &random)
            } else {
                // One part's XML, packed again with a correct CRC, so the XML and cell readers meet it.
                var writer = ZipWriter()
                let target = iteration % parts.count
                for (index, part) in parts.enumerated() {
                    writer.add(part.0, index == target ? Self.mutate(part.1, using: &random) : part.1)
                }
                bytes = writer.finished()
            }
            do {
                let sheet = try Spreadsheet.read(bytes, file: "Plan (endelig).xlsx", expectedHeader: Localized(verbatim: "")) { !$0.isEmpty }
                read += 1
                #expect(sheet.rows.allSatisfy { (1...CellReference.maximumRow).contains($0.line) })
                #expect(zip(sheet.rows, sheet.rows.dropFirst()).allSatisfy { $0.line < $1.line }, "rows out of order")
            } catch {
                refused += 1
                #expect(error.diagnostic.rendered(.nb).hasPrefix("feil: Plan (endelig).xlsx: "), "\(error.diagnostic.rendered(.nb))")
                #expect(!error.problems.isEmpty)
            }
        }
        let runs = PropertyRuns.count(600)
        #expect(read > runs / 6 && refused > runs / 6, "read \(read), refused \(refused) of \(runs)")
    }
}
