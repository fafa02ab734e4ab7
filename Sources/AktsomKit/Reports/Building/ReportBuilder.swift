/// Fills a template from a plan folder's data. Pure: the same data, template, year and day
/// always give the same report.
public struct ReportBuilder: Sendable {
    public let data: PlanData
    public let template: ReportTemplate
    /// The reporting year; for the action plan, the year of `asOf`.
    public let year: Int
    /// The day statuses are taken on.
    public let asOf: Day
    let history: StatusHistory
    let entry: ReportingYear
    let indicators: YearIndicators
    let ethicalAreas: Set<String>

    /// A builder for a yearly form made on `today`: statuses are taken on 31 December of the
    /// year, or on `today` while the year is not over, so a draft never calls a measure overdue
    /// before its deadline.
    public init(data: PlanData, template: ReportTemplate, year: Int, today: Day) {
        self.init(data: data, template: template, year: year, asOf: Day.yearEnd(year, notAfter: today))
    }

    /// A builder for a yearly form: statuses are taken on 31 December of the year.
    public init(data: PlanData, template: ReportTemplate, year: Int) {
        self.init(data: data, template: template, year: year, asOf: Day.lastDay(of: year) ?? Day.latest)
    }

    public init(data: PlanData, template: ReportTemplate, year: Int, asOf: Day) {
        self.data = data
        self.template = template
        self.year = year
        self.asOf = asOf
        self.history = StatusHistory(journal: data.journal)
        self.entry = data.year(year)
        self.indicators = YearIndicators(data: data, year: year, history: history)
        self.ethicalAreas = data.plan.ethicalAreaIDs
    }

    public func build() -> Report {
        Report(templateID: template.id, title: template.title, organisation: data.plan.organisation,
               year: template.isYearly ? year : nil, asOf: asOf,
               sections: sections(), charts: charts())
    }

    /// The filled sections alone, without the charts, for those who only read the answers.
    public func sections() -> [ReportSection] {
        template.sections.map(section)
    }

    // MARK: Sections

    func section(_ declaration: SectionDeclaration) -> ReportSection {
        let blocks: [ReportBlock]
        let source: ReportSection.Source
        switch declaration.content {
        case .heading:
            (blocks, source) = ([], .heading)
        case .note:
            if let note = note(declaration.id) {
                (blocks, source) = (paragraphs(note), .note)
            } else {
                (blocks, source) = ([.notFilled(hint: noteHint(declaration.id))], .blank)
            }
        case .fields(let fields):
            let filled = fields.map(field)
            let anyValue = filled.contains { if case .field(_, let value, _) = $0 { return value != nil } else { return false } }
            (blocks, source) = (filled, anyValue ? .data : .blank)
        case .data(let dataSource):
            let content = fill(dataSource)
            (blocks, source) = (content.blocks, content.hasData ? .data : .blank)
        case .dataAndNote(let dataSource):
            let content = fill(dataSource)
            let note = note(declaration.id)
            switch (content.hasData, note) {
            case (true, let note?): (blocks, source) = (content.blocks + paragraphs(note), .dataAndNote)
            case (true, nil): (blocks, source) = (content.blocks, .data)
            case (false, let note?): (blocks, source) = (paragraphs(note), .note)
            case (false, nil): (blocks, source) = (content.blocks + [.notFilled(hint: noteHint(declaration.id))], .blank)
            }
        }
        return ReportSection(id: declaration.id, title: declaration.title, level: declaration.level,
                             showsID: declaration.showsID, source: source, blocks: blocks)
    }

    /// What a data source produced, and whether it found anything to say.
    struct Content {
        var blocks: [ReportBlock]
        var hasData: Bool

        static func empty(_ hint: String) -> Content {
            Content(blocks: [.notFilled(hint: hint)], hasData: false)
        }
    }

    func fill(_ source: DataSource) -> Content {
        switch source {
        case .goalsOfYear: return goalsOfYear()
        case .goalsOfNextYear: return goalsOfNextYear()
        case .goalTable: return goalTable()
        case .nextYearGoalTable: return nextYearGoalTable()
        case .ethicalRequirements(let style): return ethicalRequirements(style)
        case .riskList: return riskList()
        case .riskTable: return riskTable()
        case .riskRationales: return riskRationales()
        case .riskBlocks: return riskBlocks()
        case .measures(let category): return measures(in: category)
        case .suppliersFollowedUp: return suppliersFollowedUp()
        case .deviations: return deviationsFound()
        case .followUpWithDeviations: return followUpWithDeviations()
        case .supportMeasures: return supportMeasures()
        case .actionPlan: return actionPlan()
        case .planSummary: return planSummary()
        }
    }

    // MARK: Fields and notes

    func field(_ declaration: FieldDeclaration) -> ReportBlock {
        let figures = entry.keyFigures, contact = entry.contact
        let value: String?
        let hint: String
        switch declaration.value {
        case .organisation:
            value = data.plan.organisation
            hint = ""
        case .address:
            value = contact.address
            hint = "aktsom year set \(year) --address \"…\""
        case .employees:
            value = figures.employees.map(\.norwegian)
            hint = "aktsom year set \(year) --employees N"
        case .contactPerson:
            let parts = [contact.name, contact.title, contact.phone].compactMap { $0 }
            value = parts.isEmpty ? nil : parts.joined(separator: ", ")
            hint = "aktsom year set \(year) --contact-name \"…\" --contact-title \"…\" --contact-phone \"…\""
        case .contactEmail:
            value = contact.email
            hint = "aktsom year set \(year) --contact-email \"…\""
        case .spend:
            value = figures.spend?.norwegian
            hint = "aktsom year set \(year) --spend NOK"
        case .activeContracts:
            value = figures.activeContracts.map(\.norwegian)
            hint = "aktsom year set \(year) --active-contracts N"
        case .followedUpAgreements:
            value = indicators.followedUpProcurements.norwegian
            hint = ""
        case .procurementsInYear:
            value = indicators.procurements.norwegian
            hint = ""
        case .revenue:
            value = figures.revenue?.norwegian
            hint = "aktsom year set \(year) --revenue NOK"
        case .supplierCount:
            value = figures.suppliers.map(\.norwegian)
            hint = "aktsom year set \(year) --suppliers N"
        case .transparencyAct:
            value = figures.transparencyAct.map { $0 ? "Ja" : "Nei" }
            hint = "aktsom year set \(year) --transparency-act ja|nei"
        case .note(let id):
            value = note(id)
            hint = noteHint(id)
        }
        return .field(label: declaration.label, value: value, hint: value == nil ? hint : nil)
    }

    func note(_ id: String) -> String? {
        entry.notes[id]
    }

    func noteHint(_ id: String) -> String {
        "aktsom year note \(year) --section \(id) --text \"…\""
    }

    /// A note as paragraphs: blank lines separate them, single line breaks stay inside.
    func paragraphs(_ text: String) -> [ReportBlock] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalized.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.map(ReportBlock.paragraph)
    }

    // MARK: Shared wording

    /// `pågår`, `gjennomført`, `forsinket (forfalt)`: a measure's status on the report's day.
    func statusText(_ measure: Measure) -> String {
        MeasureState(measure: measure, history: history, asOf: asOf).statusText(.nb)
    }

    /// Measures still open when the year began, and so part of the year's work.
    func isActiveInYear(_ measure: Measure) -> Bool {
        guard let before = Day.lastDay(of: year - 1) else { return true }
        return !history.status(of: measure.id, asOf: before).isClosed
    }

    /// `Krav om utslippsfrie byggeplasser – pågår, frist 2. kvartal 2025, ansvarlig Byggherre`.
    func measureLine(_ measure: Measure, includeDescription: Bool = false) -> String {
        var parts = ["\(measure.title) – \(statusText(measure))"]
        if let due = measure.due { parts.append("frist \(due.display(.nb))") }
        if let owner = measure.owner { parts.append("ansvarlig \(owner)") }
        var line = parts.joined(separator: ", ")
        if includeDescription, let description = measure.description { line += ". " + description }
        return line
    }
}
