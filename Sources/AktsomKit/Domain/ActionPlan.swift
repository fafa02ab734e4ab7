/// The action plan (handlingsplan): the organisation's strategy areas, its goals, the measures
/// that carry them out and the prioritized risks they answer. Kept in `plan.json`.
public struct ActionPlan: Sendable, Equatable {
    public var organisation: String
    public var period: Period?
    /// The strategy's vision in its own words (hovedmål): «Lillestrøm kommune skal være en
    /// ansvarlig og rettferdig forbruker …».
    public var overallGoal: String?
    /// Who owns the strategy and adopted it: `Kommunestyret`.
    public var owner: String?
    /// Who carries it out day to day: `Innkjøpsavdelingen`.
    public var operationalOwner: String?
    /// The report template the plan is written for; its numbering is what measure categories
    /// (`3.B.n`) mean, and it is what `export` uses by default.
    public var reportTemplate: ReportFamily
    /// The annual report's deadline (month and day), 30 June unless the plan says otherwise.
    public var reportDeadline: MonthDay
    /// Product categories the organisation's own risk assessment counts as high-risk, beside
    /// DFØ's list: `Kjøretøy`. Shown as «egen risikovurdering», never as DFØ's.
    public var ownHighRiskCategories: [String]
    public var areas: [Area]
    public var goals: [Goal]
    public var measures: [Measure]
    public var risks: [Risk]
    /// The documents the strategy builds on (styrende dokumenter).
    public var references: [GoverningDocument]
    /// Records removed whose traces must stay readable (see ``RemovedRecord``).
    public var removed: [RemovedRecord]

    public init(
        organisation: String, period: Period? = nil, reportTemplate: ReportFamily = .publicSector,
        reportDeadline: MonthDay = .defaultReportDeadline, areas: [Area] = Area.defaults,
        goals: [Goal] = [], measures: [Measure] = [], risks: [Risk] = [], references: [GoverningDocument] = [],
        removed: [RemovedRecord] = []
    ) {
        self.organisation = organisation
        self.period = period
        self.reportTemplate = reportTemplate
        self.reportDeadline = reportDeadline
        self.areas = areas
        self.goals = goals
        self.measures = measures
        self.risks = risks
        self.references = references
        self.removed = removed
        self.ownHighRiskCategories = []
        self.overallGoal = nil
        self.owner = nil
        self.operationalOwner = nil
    }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }
    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func risk(_ id: String) -> Risk? { risks.first { $0.id == id } }
    public func reference(_ id: String) -> GoverningDocument? { references.first { $0.id == id } }

    /// The trace of a removed record of a kind, when `id` was one.
    public func removedRecord(_ kind: RecordKind, _ id: String) -> RemovedRecord? {
        removed.first { $0.kind == kind && $0.id == id }
    }

    public func goals(in area: String) -> [Goal] { goals.filter { $0.area == area } }
    public func measures(for goal: String) -> [Measure] { measures.filter { $0.goal == goal } }

    /// The focus areas (satsingsområder) used by the area's goals, in the order first used.
    public func focusAreas(in area: String) -> [String] {
        var seen: [String] = []
        for goal in goals(in: area) {
            if let focus = goal.focus, !seen.contains(focus) { seen.append(focus) }
        }
        return seen
    }

    /// The area a measure belongs to, through its goal.
    public func areaID(of measure: Measure) -> String? { goal(measure.goal)?.area }

    /// The measures the journal may name: those in the plan and those removed from it, whose
    /// history stays. A line for any other id is a stray, reported and skipped.
    public var journalMeasureIDs: Set<String> {
        Set(measures.map(\.id)).union(removed.filter { $0.kind == .measure }.map(\.id))
    }

    /// The areas whose requirements count as the ethical and social ones the report asks about
    /// (`etikk` by default).
    public var ethicalAreaIDs: Set<String> { Set(areas.filter(\.isEthical).map(\.id)) }

    /// Every team named as an owner, in the order they first appear. Each owner is normalized
    /// once: comparing every owner with every team was most of a city's `sheet export`.
    public var teams: [String] {
        var seen: [String] = []
        var spellings: Set<String> = []
        var normalized: Set<String> = []
        for owner in measures.compactMap(\.owner) where spellings.insert(owner).inserted && normalized.insert(Team.normalized(owner)).inserted {
            seen.append(owner)
        }
        return seen
    }

    /// The ids of the measures `team` owns.
    public func measureIDs(ownedBy team: Team.Key) -> Set<String> {
        team.ids(ownedIn: measures.lazy.map { (id: $0.id, owner: $0.owner) })
    }

    /// The ids of all records of a kind, for suggestions and uniqueness.
    public func ids(of kind: RecordKind) -> [String] {
        switch kind {
        case .area: return areas.map(\.id)
        case .goal: return goals.map(\.id)
        case .measure: return measures.map(\.id)
        case .risk: return risks.map(\.id)
        case .reference: return references.map(\.id)
        case .procurement, .deviation, .followUp: return []
        }
    }
}

extension ActionPlan {
    /// The next annual report deadline on or after `today`.
    public func nextReportDeadline(after today: Day) -> Day {
        let thisYear = reportDeadline.day(in: today.year)
        return thisYear >= today ? thisYear : reportDeadline.day(in: today.year + 1)
    }

    /// The year whose report is being made on `today`: the year before, until its deadline has
    /// passed. In January a lead works on last year's report, not on the year just begun.
    public func yearBeingReported(on today: Day) -> Int {
        nextReportDeadline(after: today).year - 1
    }
}

/// A day in the year without the year, such as the 30 June report deadline.
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public init?(month: Int, day: Int) {
        // 2024 is a leap year, so 29 February is accepted.
        guard Day(year: 2024, month: month, day: day) != nil else { return nil }
        self.month = month
        self.day = day
    }

    private init(unchecked month: Int, _ day: Int) {
        self.month = month
        self.day = day
    }

    /// The Transparency Act's deadline for the published account, which Etisk handel Norge follows.
    public static let defaultReportDeadline = MonthDay(unchecked: 6, 30)

    /// Reads `06-30` or `30.06`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("-") {
            let parts = trimmed.split(separator: "-")
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
            self.init(month: month, day: day)
        } else {
            let parts = trimmed.split(separator: ".", omittingEmptySubsequences: true)
            guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            self.init(month: month, day: day)
        }
    }

    /// The day in `year`; 29 February falls back to the 28th in common years.
    public func day(in year: Int) -> Day {
        Day(year: year, month: month, day: day) ?? Day(year: year, month: month, day: day - 1) ?? Day.latest
    }

    public static let expectedForm = Localized("forventet måned og dag som MM-DD, for eksempel 06-30", en: "expected month and day as MM-DD, for example 06-30")

    /// `06-30`.
    public var description: String {
        "\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
