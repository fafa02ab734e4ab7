import Testing
@testable import AktsomKit

@Suite("Plan files")
struct CodecTests {
    private func samplePlan() -> ActionPlan {
        var plan = ActionPlan(organisation: "Fjordvik kommune", period: Period(parsing: "2025-2028"))
        plan.goals = [
            Goal(id: "klima-1", area: "klima", title: "Halvere utslippene"),
            Goal(id: "etikk-1", area: "etikk", title: "Etiske krav", year: 2025,
                 target: Target(value: Amount(parsing: "100")!, unit: "%", indicator: .shareHighRiskWithRequirements)),
        ]
        plan.measures = [Measure(id: "klima-1.1", goal: "klima-1", title: "Krav «æøå» \"x\"\n<y>", owner: "Byggherre",
                                 due: DueDate(parsing: "2025-Q2"), category: "3.B.2", risks: ["risiko-1"])]
        plan.risks = [Risk(id: "risiko-1", title: "Tvangsarbeid", theme: "Tvangsarbeid", geography: "Kina", area: "etikk")]
        return plan
    }

    @Test("a plan reads back exactly as written")
    func planRoundTrip() throws {
        let plan = samplePlan()
        let text = JSONWriter.pretty(PlanCodec.encode(plan))
        let decoded = try PlanCodec.decode(Array(text.utf8), file: "plan.json").plan
        #expect(decoded == plan)
        #expect(JSONWriter.pretty(PlanCodec.encode(decoded)) == text)
    }

    @Test("a year reads back exactly as written, sorted by id")
    func yearRoundTrip() throws {
        let year = ReportingYear(year: 2025, keyFigures: KeyFigures(spend: Amount(parsing: "2000000000"), activeContracts: 145),
                                 contact: Contact(name: "Kari Nordmann"), notes: ["1.A.10": "b", "1.A.2": "a"],
                                 goalReports: ["klima-10": "x", "klima-2": "y"], riskReports: ["risiko-1": RiskReport(status: "Pågår")])
        let text = JSONWriter.pretty(YearCodec.encode(year))
        #expect(try YearCodec.decode(Array(text.utf8), file: "2025.json", expectedYear: 2025).year == year)
        #expect(text.range(of: "1.A.2")!.lowerBound < text.range(of: "1.A.10")!.lowerBound)
        #expect(throws: Diagnostic.self) { try YearCodec.decode(Array(text.utf8), file: "2026.json", expectedYear: 2026) }
    }

    @Test("a bad value in a hand-edited file is shown at its line and column", arguments: [
        (#""due": "2025-Q2""#, #""due": "2025-Q9""#, "ugyldig frist «2025-Q9»"),
        (#""category": "3.B.2""#, #""category": "3.B.9""#, "ukjent kategori «3.B.9»"),
        (#""owner": "Byggherre""#, #""titel": "x""#, "ukjent felt «titel»"),
        (#""year": 2025"#, #""year": "2025""#, "skal være et heltall"),
    ])
    func locatesBadValues(original: String, replacement: String, message: String) throws {
        var text = JSONWriter.pretty(PlanCodec.encode(samplePlan()))
        #expect(text.contains(original))
        text = text.replacingOccurrences(of: original, with: replacement)
        do {
            _ = try PlanCodec.decode(Array(text.utf8), file: "plan.json")
            Issue.record("accepted \(replacement)")
        } catch {
            #expect(error.message.nb.contains(message), "\(error.message.nb)")
            #expect(error.location?.lineText.contains(replacement) == true)
        }
    }

    @Test("a file from a newer Aktsom is refused with advice to upgrade")
    func newerVersion() {
        let text = #"{"format": "aktsom-plan", "version": 4, "organisation": "x"}"#
        do {
            _ = try PlanCodec.decode(Array(text.utf8), file: "plan.json")
            Issue.record("accepted a newer version")
        } catch {
            #expect(error.message.nb.contains("formatversjon 4"))
            #expect(error.notes.contains { $0.nb.contains("oppgrader Aktsom") })
        }
    }

    @Test("a file of another kind is refused")
    func wrongKind() {
        #expect(throws: Diagnostic.self) {
            try PlanCodec.decode(Array(#"{"format": "aktsom-year", "version": 1}"#.utf8), file: "plan.json")
        }
    }
}

@Suite("The status journal file")
struct JournalCodecTests {
    private let header = "{\"format\": \"aktsom-journal\", \"version\": 1}\n"
    private let good = #"{"measure": "m", "status": "pågår", "date": "2025-03-01"}"#

    @Test("reads every good line and says which it skipped")
    func skipsBadLines() throws {
        let text = header + good + "\n" + "not json\n" + #"{"measure": "m", "status": "ferdig", "date": "2025-03-02"}"# + "\n"
            + #"{"measure": "m", "status": "done", "date": "2025-02-30"}"# + "\n\n" + good + "\n"
        let reading = try JournalCodec.read(Array(text.utf8), file: "journal.jsonl")
        #expect(reading.updates.count == 2)
        #expect(reading.lines == [2, 7])
        #expect(reading.warnings.map { $0.location?.line } == [3, 4, 5])
        #expect(reading.warnings[1].message.nb.contains("ukjent status «ferdig»"))
    }

    @Test("a torn last line is reported by line number and the rest is read")
    func tornLastLine() throws {
        let text = header + good + "\n" + #"{"measure": "m", "sta"#
        let reading = try JournalCodec.read(Array(text.utf8), file: "journal.jsonl")
        #expect(reading.updates.count == 1)
        #expect(reading.warnings.first?.location?.line == 3)
        #expect(reading.warnings.first?.message.nb.contains("siste linje") == true)
    }

    @Test("accepts CRLF line endings and a missing final newline on a good line")
    func lineEndings() throws {
        let text = header.replacingOccurrences(of: "\n", with: "\r\n") + good + "\r\n" + good
        let reading = try JournalCodec.read(Array(text.utf8), file: "journal.jsonl")
        #expect(reading.updates.count == 2)
        #expect(reading.warnings.isEmpty)
    }

    @Test("a journal from a newer Aktsom is refused")
    func newerVersion() {
        #expect(throws: Diagnostic.self) {
            try JournalCodec.read(Array("{\"format\": \"aktsom-journal\", \"version\": 9}\n".utf8), file: "journal.jsonl")
        }
    }

    @Test("an update for a measure the plan lacks is left out with a warning")
    func unknownMeasure() throws {
        let reading = try JournalCodec.read(Array((header + good + "\n").utf8), file: "journal.jsonl", knownMeasures: ["n"])
        #expect(reading.updates.isEmpty)
        #expect(reading.warnings.first?.message.nb.contains("ukjent tiltak «m»") == true)
    }

    @Test("a written line reads back as the same update")
    func roundTrip() throws {
        let update = StatusUpdate(measure: "klima-1.1", status: .done, date: Day(iso: "2025-03-01")!, by: "Byggherre",
                                  note: "Ferdig «æøå»\nlinje 2", recorded: "2025-03-01T10:00:00Z")
        let reading = try JournalCodec.read(Array((header + JournalCodec.line(for: update) + "\n").utf8), file: "j")
        #expect(reading.updates == [update])
    }
}
