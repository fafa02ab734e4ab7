import Testing
@testable import AktsomKit

@Suite("Closed vocabularies")
struct VocabularyTests {
    /// A misspelt word of each vocabulary, and the word it should be taken for.
    static let typos: [(String, @Sendable (String) -> UnknownWord?, String)] = [
        ("gjennomfrt", { unknown(Status.read($0)) }, "gjennomført"),
        ("statusmøde", { unknown(FollowUpKind.read($0)) }, "statusmøte"),
        ("lukke", { unknown(DeviationState.read($0)) }, "lukket"),
        ("qualifcation", { unknown(RequirementPhase.read($0)) }, "qualification"),
        ("ehn-offentli", { unknown(ReportFamily.read($0)) }, "ehn-offentlig"),
        ("andel-med-etiske-kra", { unknown(Indicator.read($0)) }, "andel-med-etiske-krav"),
        ("komunal", { unknown(ReferenceScope.read($0)) }, "kommunal"),
        ("htm", { unknown(ReportFormat.read($0)) }, "html"),
        ("handlingsplann", { unknown(TemplateCatalog.read($0)) }, "handlingsplan"),
    ]

    static func unknown<Value>(_ result: Result<Value, UnknownWord>) -> UnknownWord? {
        if case .failure(let unknown) = result { return unknown }
        return nil
    }

    @Test("each refuses a word it does not know with the closest one and the valid values", arguments: 0..<typos.count)
    func refusesWithSuggestion(index: Int) throws {
        let (typed, read, expected) = Self.typos[index]
        let unknown = try #require(read(typed), "\(typed) was accepted")
        #expect(unknown.message.nb.hasPrefix("ukjent ") && unknown.message.nb.hasSuffix("«\(typed)»"))
        #expect(unknown.suggestion == expected)
        #expect(unknown.notes.first?.nb == "mente du «\(expected)»?")
        #expect(unknown.notes.last == unknown.validValues)
    }

    @Test("a typo of an English synonym is suggested as the word files store")
    func synonymTypo() throws {
        let unknown = try #require(Self.unknown(Status.read("delayd")))
        #expect(unknown.suggestion == "forsinket")
        #expect(try #require(Self.unknown(FollowUpKind.read("audt"))).suggestion == "revisjon")
    }

    @Test("a word nothing is close to gets the valid values alone, and a spreadsheet gets it all on one line")
    func nothingClose() throws {
        let unknown = try #require(Self.unknown(Status.read("xyzzy")))
        #expect(unknown.suggestion == nil && unknown.notes == [Status.validValues])
        let typo = try #require(Self.unknown(Status.read("pågårr")))
        #expect(typo.oneLine.nb == "ukjent status «pågårr»; mente du «pågår»?; gyldige verdier: planlagt, pågår, gjennomført, forsinket, avbrutt")
    }

    @Test("the words people type are still read, as before")
    func aliasesStillRead() {
        #expect(FollowUpKind(parsing: "statusmote") == .statusMeeting)
        #expect(ReferenceScope(parsing: "National") == .national && ReferenceScope(parsing: "lokal") == .municipal)
        #expect(Indicator(parsing: "Avtaler fulgt opp") == .followedUpProcurements)
        #expect(ReportFamily(parsing: " EHN-Virksomhet ") == .enterprise)
    }

    @Test("a hand-edited register with a misspelt follow-up kind names the spot, the closest kind and the valid ones")
    func registerFile() throws {
        let text = """
            {"format": "aktsom-procurements", "version": 2, "procurements": [
              {"id": "2025/1", "title": "Arbeidsklær", "followUps": [{"kind": "statusmøde", "date": "2025-03-01"}]}
            ]}
            """
        do {
            _ = try RegisterCodec.decode(Array(text.utf8), file: "procurements.json")
            Issue.record("accepted a misspelt kind")
        } catch {
            #expect(error.message.nb.contains("ukjent oppfølgingstype «statusmøde»"))
            #expect(error.notes.map(\.nb).contains("mente du «statusmøte»?"))
            #expect(error.location?.line == 2)
        }
    }
}
