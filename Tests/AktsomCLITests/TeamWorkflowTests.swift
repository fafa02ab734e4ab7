import AktsomKit
import Foundation
import Testing

@Suite("Team workflow: status sheets in Excel, team views, the deadline calendar")
struct TeamWorkflowTests {
    /// Opens the sheet the way Excel does, lets `fill` change cells by header, and gives the rows
    /// back as Excel saves them: the instruction line padded with separators to the table's width.
    static func excelEdit(_ data: Data, fill: (inout [String], [String: Int]) -> Void) throws -> [[String]] {
        let text = TextDecoding.decode(Array(data)).text
        var rows = try CSVReader.records(in: text, separator: ";").map(\.cells)
        let header = rows[1]
        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        for row in 2..<rows.count { fill(&rows[row], index) }
        rows[0] += Array(repeating: "", count: header.count - rows[0].count)
        return rows
    }

    @Test("a sheet exported, filled in Excel and saved with BOM, ; and CRLF becomes the team's journal updates")
    func roundTripUTF8() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("update", "klima-1.2", "--status", "pågår", "--note", "Startet")
        try cli.ok("sheet", "export", "--team", "innkjøp", "--out", "ark.csv")
        let exported = try cli.folder.bytes("ark.csv")
        #expect(exported.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: exported, as: UTF8.self)
        #expect(text.contains("\r\nID;Område;Mål;Tiltak;Frist;Forfalt;Status nå;Siste notat;Ny status;Nytt notat;Dato (valgfri)\r\n"))
        #expect(text.contains("klima-1.2;Klima og miljø;Halvere klimagassutslippene fra innkjøp;Klimabudsjett for innkjøp;31.12.2025;;pågår;Startet;;;\r\n"))
        #expect(!text.contains("klima-1.1"), "another team's measure is not on the sheet")

        let rows = try Self.excelEdit(exported) { row, column in
            if row[0] == "klima-1.2" { row[column["Ny status"]!] = "gjennomført"; row[column["Nytt notat"]!] = "Vedtatt i formannskapet; sak 41/25" }
            if row[0] == "etikk-1.1" { row[column["Nytt notat"]!] = "Fem leverandører kartlagt"; row[column["Dato (valgfri)"]!] = "28.05.2025" }
        }
        try cli.folder.write("ark.csv", ExcelFile.utf8WithBOM(rows))
        cli.now = "2025-06-03"
        let result = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
        #expect(result.stdout.contains("Importert: 2 nye statusoppdateringer, 0 rader uten endring."))
        let journal = try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n")
        #expect(journal.count == 4)
        #expect(journal[2].contains("\"measure\": \"klima-1.2\", \"status\": \"gjennomført\", \"date\": \"2025-06-03\", \"by\": \"Innkjøp\", \"note\": \"Vedtatt i formannskapet; sak 41/25\""))
        #expect(journal[3].contains("\"measure\": \"etikk-1.1\", \"status\": \"planlagt\", \"date\": \"2025-05-28\", \"by\": \"Innkjøp\", \"note\": \"Fem leverandører kartlagt\""))

        let again = try cli.ok("sheet", "import", "ark.csv", "--team", "Innkjøp")
        #expect(again.stdout.contains("Importert: 0 nye statusoppdateringer, 2 rader uten endring."))
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl").split(separator: "\n").count == 4)
    }

    @Test("a sheet saved as Windows-1252 keeps æøå")
    func roundTripWindows1252() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("sheet", "export", "--team", "Byggherre", "--out", "ark.csv")
        let rows = try Self.excelEdit(try cli.folder.bytes("ark.csv")) { row, column in
            row[column["Ny status"]!] = "forsinket"
            row[column["Nytt notat"]!] = "Venter på tilbud fra entreprenør – søknad om dispensasjon sendt"
        }
        try cli.folder.write("ark.csv", ExcelFile.windows1252(rows))
        let dryRun = try cli.ok("sheet", "import", "ark.csv", "--team", "Byggherre", "--dry-run")
        #expect(dryRun.stdout.contains("(Windows-1252)"))
        #expect(dryRun.stdout.contains("klima-1.1  forsinket 01.06.2025: Venter på tilbud fra entreprenør – søknad om dispensasjon sendt"))
        #expect(!(try cli.folder.read("Plans/fjordvik/journal.jsonl")).contains("Venter"))
        try cli.ok("sheet", "import", "ark.csv", "--team", "Byggherre")
        #expect(try cli.folder.read("Plans/fjordvik/journal.jsonl").contains("\"note\": \"Venter på tilbud fra entreprenør – søknad om dispensasjon sendt\""))
    }

    @Test("another team's row, an unknown id or a bad status rejects the whole sheet and lists every row")
    func refusesWholeSheet() throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        var rows = try Self.excelEdit(try cli.folder.bytes("ark.csv")) { row, column in
            row[column["Ny status"]!] = row[0] == "klima-1.2" ? "ferdig" : "pågår"
        }
        rows.append(["klima-1.1", "", "", "", "", "", "", "", "gjennomført", "Ikke vårt", ""])
        rows.append(["klima-9.9", "", "", "", "", "", "", "", "pågår", "", ""])
        rows.append(["etikk-1.1", "", "", "", "", "", "", "", "pågår", "", "31.02.2025"])
        try cli.folder.write("ark.csv", ExcelFile.utf8WithBOM(rows))
        let result = try cli.fails(["sheet", "import", "ark.csv", "--team", "Innkjøp"], exitCode: 1)
        #expect(result.stderr.contains("ark.csv: importen er avvist og ingenting er lagret (4 feil)"))
        #expect(result.stderr.contains("linje 3, kolonne «Ny status»: ukjent status «ferdig»"))
        #expect(result.stderr.contains("linje 5, kolonne «ID»: tiltaket «klima-1.1» er ikke Innkjøp sitt; ansvarlig er «Byggherre»"))
        #expect(result.stderr.contains("linje 6, kolonne «ID»: tiltaket «klima-9.9» finnes ikke"))
        #expect(result.stderr.contains("linje 7, kolonne «Dato (valgfri)»: ugyldig dato «31.02.2025»"))
    }

    @Test("a sheet for an unknown team, or not a sheet at all, is refused", arguments: [
        (["sheet", "export", "--team", "Byggher"], "mente du «Byggherre»?"),
        (["sheet", "import", "plan-kopi.csv", "--team", "Innkjøp"], "fant ikke overskriftsraden"),
    ])
    func refusesWrongInput(arguments: [String], message: String) throws {
        let cli = try CLI.withSmallPlan()
        try cli.folder.write("plan-kopi.csv", "ID;Tittel\nklima-1.1;x\n")
        let result = try cli.fails(arguments, exitCode: 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("the team and deadline views mark overdue measures")
    func views() throws {
        let cli = try CLI.withSmallPlan()
        let status = try cli.ok("status", "--team", "Byggherre").stdout
        #expect(status.contains("1 forfalt") && status.contains("Forfalte tiltak:"))
        let soon = try cli.ok("measure", "list", "--due-within", "30", "--owner", "Byggherre").stdout
        #expect(soon.contains("klima-1.1  planlagt (forfalt)"))
        try cli.ok("sheet", "export", "--team", "Byggherre", "--out", "b.csv")
        #expect(try cli.folder.read("b.csv").contains(";FORFALT;"))
    }

    @Test("the calendar has an all-day event per open measure and the report deadline, valid by RFC 5545")
    func calendar() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Krav; komma, og \\ skråstrek\nny linje – æøå " + String(repeating: "lang tekst ", count: 8),
                   "--owner", "Byggherre", "--due", "2025-Q3")
        cli.now = "2025-07-01"
        try cli.ok("update", "klima-1.2", "--status", "gjennomført")
        try cli.ok("calendar", "--out", "frister.ics")
        let data = try cli.folder.bytes("frister.ics")
        let text = String(decoding: data, as: UTF8.self)
        let physical = text.components(separatedBy: "\r\n")
        #expect(physical.last == "")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        for line in physical { #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)") }
        let lines = ICalendarValidation.unfold(text)
        try ICalendarValidation.validate(lines)
        let events = ICalendarValidation.events(lines)
        #expect(events.count == 4, "klima-1.1, klima-1.3, klima-1.2 (done, so cancelled) and the report; etikk-1.1 has no due date")
        #expect(events.filter { $0["STATUS"] == "CANCELLED" }.map { $0["SUMMARY"] ?? "" } == ["klima-1.2 Klimabudsjett for innkjøp"])
        #expect(events.contains { $0["SUMMARY"] == "klima-1.1 Krav om utslippsfrie byggeplasser" && $0["DTSTART;VALUE=DATE"] == "20250331" })
        #expect(events.contains { $0["SUMMARY"] == "Frist: årsrapport til Etisk handel Norge (2025)" && $0["DTSTART;VALUE=DATE"] == "20260630" })
        let klima11 = events.first { $0["SUMMARY"]?.hasPrefix("klima-1.1") == true }?["DESCRIPTION"] ?? ""
        #expect(klima11.contains("Oppdater i teamets statusark"), "a team member is pointed to the sheet first: \(klima11)")
        let escaped = try #require(events.first { $0["SUMMARY"]?.hasPrefix("klima-1.3") == true }?["SUMMARY"])
        #expect(escaped.hasPrefix("klima-1.3 Krav\\; komma\\, og \\\\ skråstrek\\nny linje – æøå lang tekst"))
        let team = try cli.ok("calendar", "--team", "Byggherre").stdout
        let teamEvents = ICalendarValidation.events(ICalendarValidation.unfold(team))
        #expect(teamEvents.count == 3 && teamEvents.allSatisfy { $0["SUMMARY"]?.hasPrefix("etikk") != true })
        let innkjøp = try cli.ok("calendar", "--team", "Innkjøp").stdout
        #expect(ICalendarValidation.events(ICalendarValidation.unfold(innkjøp)).count == 2, "the cancelled klima-1.2 and the report deadline")
    }
}

/// Checks iCalendar text against RFC 5545's required properties.
enum ICalendarValidation {
    struct Invalid: Error, CustomStringConvertible { let description: String }

    /// Joins folded lines (a CRLF followed by a space continues the line).
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    static func validate(_ lines: [String]) throws {
        guard lines.first == "BEGIN:VCALENDAR", lines.last == "END:VCALENDAR" else { throw Invalid(description: "not wrapped in VCALENDAR") }
        let calendarProperties = lines.prefix { $0 != "BEGIN:VEVENT" }
        guard calendarProperties.contains("VERSION:2.0") else { throw Invalid(description: "VERSION:2.0 missing") }
        guard calendarProperties.contains(where: { $0.hasPrefix("PRODID:") }) else { throw Invalid(description: "PRODID missing") }
        guard lines.filter({ $0 == "BEGIN:VEVENT" }).count == lines.filter({ $0 == "END:VEVENT" }).count else { throw Invalid(description: "unbalanced VEVENT") }
        for event in events(lines) {
            for required in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE"] where event[required] == nil {
                throw Invalid(description: "\(required) missing in \(event)")
            }
            guard let stamp = event["DTSTAMP"], stamp.count == 16, stamp.hasSuffix("Z") else { throw Invalid(description: "DTSTAMP not UTC date-time") }
            guard let start = event["DTSTART;VALUE=DATE"], start.count == 8, start.allSatisfy(\.isNumber) else { throw Invalid(description: "DTSTART not a DATE") }
            // An all-day event lasts at least a day: DTEND after DTSTART, or a duration.
            if let end = event["DTEND;VALUE=DATE"] {
                guard end.count == 8, end > start else { throw Invalid(description: "DTEND \(end) not after DTSTART \(start)") }
            } else if event["DURATION"] != "P1D" {
                throw Invalid(description: "neither DTEND nor DURATION in \(event)")
            }
            guard let sequence = event["SEQUENCE"], Int(sequence).map({ $0 >= 0 }) == true else { throw Invalid(description: "SEQUENCE missing in \(event)") }
            guard ["CONFIRMED", "CANCELLED"].contains(event["STATUS"] ?? "") else { throw Invalid(description: "STATUS missing in \(event)") }
        }
    }

    static func events(_ lines: [String]) -> [[String: String]] {
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            if current != nil, let colon = line.firstIndex(of: ":") {
                current?[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        return events
    }
}
