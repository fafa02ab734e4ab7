import Foundation

/// Everything in one plan folder, decoded: the action plan, the procurement register, the
/// reporting years and the status journal. This is what the rules, views, checks and reports
/// work on; none of them ever touches a file.
public struct PlanData: Sendable, Equatable {
    public var plan: ActionPlan
    public var register: ProcurementRegister
    /// Reporting years by year. Read it through ``year(_:)`` or ``yearsInOrder``, never by
    /// iterating the dictionary, so output never depends on hashing order.
    public var years: [Int: ReportingYear]
    /// The status journal in file order.
    public var journal: [StatusUpdate] {
        didSet { arranged = ArrangedJournal() }
    }
    /// The mark of the git clone this plan is changed in, put on every id Aktsom makes here so
    /// two clones never make the same id. Not part of any file; nil outside git.
    public var cloneMark: String?
    /// The journal arranged per measure, made the first time a view asks and shared by every
    /// copy of this value until the journal changes: a long-lived process (`aktsom serve`) keeps
    /// one ``PlanData`` per state of the folder, so each page reuses it instead of sorting
    /// 200 000 updates again, and a command that builds several views builds it once.
    private var arranged = ArrangedJournal()

    public init(plan: ActionPlan, register: ProcurementRegister = ProcurementRegister(),
                years: [Int: ReportingYear] = [:], journal: [StatusUpdate] = []) {
        self.plan = plan
        self.register = register
        self.years = years
        self.journal = journal
    }

    /// The status journal arranged per measure (see ``StatusHistory``), for this journal.
    public var statusHistory: StatusHistory {
        arranged.history(of: journal)
    }

    /// Equal field by field; the arranged journal is left out, being made from the journal.
    public static func == (lhs: PlanData, rhs: PlanData) -> Bool {
        lhs.plan == rhs.plan && lhs.register == rhs.register && lhs.years == rhs.years && lhs.journal == rhs.journal && lhs.cloneMark == rhs.cloneMark
    }

    /// The year's entries, empty when nothing has been recorded for it.
    public func year(_ year: Int) -> ReportingYear {
        years[year] ?? ReportingYear(year: year)
    }

    public var yearsInOrder: [ReportingYear] {
        years.keys.sorted().compactMap { years[$0] }
    }

    /// Changes one year's entries, creating them if needed.
    public mutating func editYear(_ year: Int, _ change: (inout ReportingYear) throws -> Void) rethrows {
        var entry = self.year(year)
        try change(&entry)
        years[year] = entry
    }
}

/// A plan folder as loaded: the data, plus what the loader noticed.
public struct LoadedPlan: Sendable {
    public var data: PlanData
    /// Problems that do not stop the work, such as a torn journal line that was skipped.
    public var warnings: [Diagnostic]
    /// Problems that make the data untrustworthy, such as a link to a goal that does not exist.
    /// Commands refuse to run with any; `aktsom check` lists them all.
    public var problems: [Diagnostic]
    /// Where each record stood in its file.
    public var sources: PlanSources
}

/// The one ``StatusHistory`` of a journal, built at most once and shared by the copies of a
/// ``PlanData`` (a value, passed around freely; the box is only ever filled in, and replaced
/// whenever the journal changes).
final class ArrangedJournal: @unchecked Sendable {
    private let lock = NSLock()
    private var history: StatusHistory?

    func history(of journal: [StatusUpdate]) -> StatusHistory {
        lock.lock()
        defer { lock.unlock() }
        if let history { return history }
        let made = StatusHistory(journal: journal)
        history = made
        return made
    }
}
