import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

/// The back button and «Send again», or a double click, send a form a second time from the same
/// page. The first send is saved; the second is refused and saves nothing.
@Suite("A form sent twice from the same page")
struct SiteResubmissionTests {
    /// The stamp the page's forms carry.
    static func stamp(_ page: HTTPResponse) throws -> String {
        try #require(page.text.firstMatch(of: /name="_side" value="([0-9a-f]+)"/).map { String($0.output.1) })
    }

    @Test("a new measure sent twice from the same page is made once; the second send says the first was saved")
    func newMeasureOnce() throws {
        let harness = try SiteHarness()
        let stamp = try Self.stamp(harness.get("/tiltak/ny"))
        let fields = [("goal", "klima-1"), ("title", "Sendt to ganger"), ("owner", "Byggherre"), (ResubmissionGuard.fieldName, stamp)]
        #expect(harness.post("/tiltak/ny", fields).status == .seeOther)
        let files = try harness.files()
        let again = harness.post("/tiltak/ny", fields)
        #expect(again.status == .conflict)
        #expect(again.text.contains("allerede sendt fra denne siden"))
        #expect(try harness.files() == files, "nothing saved a second time")
        #expect(try harness.text("plan.json").components(separatedBy: "Sendt to ganger").count == 2)
    }

    @Test("a status update sent twice is recorded once, while another form of the same page still goes through")
    func statusOnce() throws {
        let harness = try SiteHarness()
        let page = harness.get("/tiltak/klima-1.3")
        let stamp = try Self.stamp(page)
        let fields = [("status", "pågår"), ("note", "Bare én gang"), (ResubmissionGuard.fieldName, stamp)]
        #expect(harness.post("/tiltak/klima-1.3/status", fields).status == .seeOther)
        #expect(harness.post("/tiltak/klima-1.3/status", fields).status == .conflict)
        #expect(try harness.journal().components(separatedBy: "Bare én gang").count == 2)
        // Each page load has its own stamp: the next page's form is a new send.
        let next = try Self.stamp(harness.get("/tiltak/klima-1.3"))
        #expect(next != stamp)
        #expect(harness.post("/tiltak/klima-1.3/status", [("status", "pågår"), ("note", "Bare én gang"), (ResubmissionGuard.fieldName, next)]).status == .seeOther)
    }

    @Test("a send that was refused for a mistake can be corrected and sent again from the same page")
    func refusedSendCounts() throws {
        let harness = try SiteHarness()
        let stamp = try Self.stamp(harness.get("/tiltak/klima-1.3"))
        #expect(harness.post("/tiltak/klima-1.3/status", [("status", "ferdig"), (ResubmissionGuard.fieldName, stamp)]).status == .unprocessableContent)
        #expect(harness.post("/tiltak/klima-1.3/status", [("status", "gjennomført"), (ResubmissionGuard.fieldName, stamp)]).status == .seeOther)
    }

    @Test("the record of sent forms forgets the oldest first and never grows past its capacity")
    func boundedMemory() {
        let sent = SentForms(capacity: 3)
        for key in ["a", "b", "c", "d"] { #expect(sent.reserve(key)) }
        #expect(!sent.reserve("d"))
        #expect(sent.reserve("a"), "the oldest was forgotten")
        sent.release("d")
        #expect(sent.reserve("d"))
    }
}
