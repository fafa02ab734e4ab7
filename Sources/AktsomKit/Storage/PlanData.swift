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
    public var journal: [StatusUpdate]
    /// The mark of the git clone this plan is changed in, put on every id Aktsom makes here so
    /// two clones never make the same id. Not part of any file; nil outside git.
    public var cloneMark: String?

    public init(plan: ActionPlan, register: ProcurementRegister = ProcurementRegister(),
                years: [Int: ReportingYear] = [:], journal: [StatusUpdate] = []) {
        self.plan = plan
        self.register = register
        self.years = years
        self.journal = journal
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
