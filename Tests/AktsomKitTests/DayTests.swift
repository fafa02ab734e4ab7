import Testing
@testable import AktsomKit

@Suite("Calendar days")
struct DayTests {
    @Test("reads ISO and Norwegian dates")
    func readsBothForms() {
        #expect(Day(iso: "2025-03-14") == Day(year: 2025, month: 3, day: 14))
        #expect(Day(norwegian: "14.03.2025") == Day(year: 2025, month: 3, day: 14))
        #expect(Day(norwegian: "4.3.2025") == Day(year: 2025, month: 3, day: 4))
        #expect(Day(parsing: "31.12.2024")?.iso == "2024-12-31")
    }

    @Test("refuses impossible days", arguments: ["2025-13-45", "2025-02-30", "2025-02-29", "2025-00-10", "2025-04-31", "25-01-01", "2025-1-1", "2025-01-01x", "", "abcd-ef-gh"])
    func refusesImpossibleDays(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("knows leap years")
    func leapYears() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
    }

    @Test("counts and adds days across months and years")
    func arithmetic() throws {
        let start = try #require(Day(iso: "2024-12-30"))
        #expect(start.adding(days: 3).iso == "2025-01-02")
        #expect(start.days(until: try #require(Day(iso: "2025-03-01"))) == 61)
        #expect(Day(ordinal: 0)?.iso == "1970-01-01")
        #expect(try #require(Day(iso: "2025-06-01")).weekday == 7)
    }

    @Test("round-trips every day of a leap year through its ordinal")
    func ordinalRoundTrip() throws {
        var day = try #require(Day(iso: "2024-01-01"))
        for _ in 0..<366 {
            #expect(Day(ordinal: day.ordinal) == day)
            day = day.adding(days: 1)
        }
        #expect(day.iso == "2025-01-01")
    }

    @Test("writes Norwegian form with leading zeros")
    func norwegianForm() {
        #expect(Day(year: 2024, month: 12, day: 31)?.norwegian == "31.12.2024")
        #expect(Day(year: 2025, month: 1, day: 5)?.norwegian == "05.01.2025")
    }
}

@Suite("Due dates")
struct DueDateTests {
    @Test("a quarter is due on its last day")
    func quarterEnds() {
        #expect(DueDate(parsing: "2025-Q1")?.lastDay.iso == "2025-03-31")
        #expect(DueDate(parsing: "2025-q2")?.lastDay.iso == "2025-06-30")
        #expect(DueDate(parsing: "Q3 2025")?.lastDay.iso == "2025-09-30")
        #expect(DueDate(parsing: "2024-Q4")?.lastDay.iso == "2024-12-31")
    }

    @Test("a quarter as pages and reports show it reads back as that quarter", arguments: Language.allCases)
    func quarterAsShown(language: Language) {
        let due = DueDate.quarter(year: 2026, quarter: 2)
        #expect(DueDate(parsing: due.display(language)) == due)
        #expect(DueDate(parsing: "2 kvartal 2026") == due)
        #expect(DueDate(parsing: "5. kvartal 2026") == nil)
        #expect(DueDate(parsing: "2. kvartal 26") == nil)
    }

    @Test("a year is due on 31 December and a date on itself")
    func yearsAndDates() {
        #expect(DueDate(parsing: "2026")?.lastDay.iso == "2026-12-31")
        #expect(DueDate(parsing: "2025-06-15") == .day(Day(year: 2025, month: 6, day: 15)!))
        #expect(DueDate(parsing: "15.06.2025")?.description == "2025-06-15")
    }

    @Test("refuses what is not a date, quarter or year", arguments: ["2025-Q5", "2025-Q0", "2025-13-01", "neste år", "Q2", "2025-Q"])
    func refusesNonsense(text: String) {
        #expect(DueDate(parsing: text) == nil)
    }

    @Test("shows quarters in words")
    func display() {
        #expect(DueDate(parsing: "2025-Q2")?.display(.nb) == "2. kvartal 2025")
        #expect(DueDate(parsing: "2025-Q2")?.display(.en) == "Q2 2025")
    }
}
