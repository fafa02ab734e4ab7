/// Fills a template from a plan folder's data. Pure: the same data, template, year and day
/// always give the same report.
public struct ReportBuilder: Sendable {
    public let data: PlanData
    public let template: ReportTemplate
    /// The reporting year; for the action plan, the year of `asOf`.
    public let year: Int
    /// The day statuses are taken on.
    public let asOf: Day
    /// For the action plan of a whole strategy period: the period. Everything in force at some
    /// time in it is shown, each measure with its final status and the day it was done.
    public let period: Period?
    let history: StatusHistory
    /// What was in force when: a yearly form counts what was in force in the year, the action
    /// plan what was in force on its day.
    let timeline: Timeline
    let entry: ReportingYear
    /// The year's figures, entered ones winning over counted ones.
    let figures: YearFigures
    let ethicalAreas: Set<String>
    /// The measures the report covers: in force in the reporting year, or for the action plan on
    /// its day. Worked out once, since every section about measures starts from it.
    let measuresInForce: [Measure]
    /// The same measures by goal, in plan order, for each goal's progress.
    let measuresInForceByGoal: [String: [Measure]]

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

    public init(data: PlanData, template: ReportTemplate, year: Int, asOf: Day, period: Period? = nil) {
        self.data = data
        self.template = template
        self.year = year
        self.asOf = asOf
        self.period = template.isYearly ? nil : period
        self.history = data.statusHistory
        self.timeline = Timeline(data: data, history: history)
        self.entry = data.year(year)
        self.figures = YearFigures(data: data, year: year, history: history, timeline: timeline)
        self.ethicalAreas = data.plan.ethicalAreaIDs
        let timeline = self.timeline
        if template.isYearly {
            self.measuresInForce = timeline.measures(in: year)
        } else if let period = self.period {
            // In force in some year of the period, and begun by the day the plan is shown for.
            self.measuresInForce = data.plan.measures.filter { measure in
                (timeline.firstDay(of: measure).map { $0 <= asOf } ?? true)
                    && (period.first...min(period.last, asOf.year)).contains { timeline.isInForce(measure, in: $0) }
            }
        } else {
            self.measuresInForce = data.plan.measures.filter { timeline.isInForce($0, on: asOf) }
        }
        self.measuresInForceByGoal = Dictionary(grouping: measuresInForce, by: \.goal)
    }

    public func build() -> Report {
        Report(templateID: template.id, title: template.title, organisation: data.plan.organisation,
               year: template.isYearly ? year : nil, asOf: asOf, period: period,
               sections: sections(), charts: charts())
    }

    /// What the yearly report leaves out because it counts only from after the year, each named
    /// with why and the fix; nothing for the action plan, which shows what is in force on its day.
    public var leftOut: [LeftOutRecord] {
        template.isYearly ? timeline.leftOut(in: year) : []
    }

    /// The filled sections alone, without the charts, for those who only read the answers.
    public func sections() -> [ReportSection] {
        template.sections.map(section)
    }

    // MARK: Sections

    /// A section: what fills it, then the organisation's own words for it, if any. Every
    /// section takes a note (after the data), and every section can be left blank on purpose, so
    /// nothing saved is ever left out and nothing deliberate is called «Ikke utfylt».
    func section(_ declaration: SectionDeclaration) -> ReportSection {
        let content = self.content(of: declaration)
        let blocks: [ReportBlock]
        let source: ReportSection.Source
        switch (entry.answer(declaration.id), content.hasData) {
        case (.text(let note), true):
            (blocks, source) = (content.blocks + paragraphs(note), .dataAndNote)
        case (.text(let note), false):
            // The note answers what had no data; fields still missing stay marked.
            (blocks, source) = (content.blocks.filter { if case .notFilled = $0 { return false } else { return true } } + paragraphs(note), .note)
        case (.leftBlank, let hasData):
            (blocks, source) = (content.blocks.compactMap(\.withoutNotFilled), hasData ? .data : .leftBlank)
        case (.none, true):
            (blocks, source) = (content.blocks, .data)
        case (.none, false):
            if declaration.isHeading {
                (blocks, source) = ([], .heading)
            } else if content.blocks.contains(where: { $0.notFilledCount > 0 }) {
                (blocks, source) = (content.blocks, .blank)
            } else {
                (blocks, source) = (content.blocks + [.notFilled(fix: noteFix(declaration.id))], .blank)
            }
        }
        return ReportSection(id: declaration.id, title: declaration.title, level: declaration.level,
                             showsID: declaration.showsID, source: source, blocks: blocks)
    }

    /// What fills a section before the organisation's note for it.
    func content(of declaration: SectionDeclaration) -> Content {
        switch declaration.content {
        case .heading, .note:
            return Content(blocks: [], hasData: false)
        case .fields(let fields):
            let filled = fields.map(field)
            let anyValue = filled.contains { if case .field(_, let value, _) = $0 { return value != nil } else { return false } }
            return Content(blocks: filled, hasData: anyValue)
        case .data(let dataSource), .dataAndNote(let dataSource):
            return fill(dataSource)
        }
    }

    /// What a data source produced, and whether it found anything to say.
    struct Content {
        var blocks: [ReportBlock]
        var hasData: Bool

        static func empty(_ fix: Fix) -> Content {
            Content(blocks: [.notFilled(fix: fix)], hasData: false)
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
        case .trend: return trend()
        case .strategy: return strategy()
        case .governingDocuments: return governingDocuments()
        }
    }

    // MARK: Fields and notes

    func field(_ declaration: FieldDeclaration) -> ReportBlock {
        let keyFigures = entry.keyFigures, contact = entry.contact
        let value: String?
        let fix: Fix?
        func figure(_ field: YearField) -> Fix { .setYearFigure(year: year, field) }
        switch declaration.value {
        case .organisation:
            value = data.plan.organisation
            fix = nil
        case .address:
            (value, fix) = (contact.address, figure(.address))
        case .employees:
            (value, fix) = (keyFigures.employees.map(\.norwegian), figure(.employees))
        case .contactPerson:
            let parts = [contact.name, contact.title, contact.phone].compactMap { $0 }
            (value, fix) = (parts.isEmpty ? nil : parts.joined(separator: ", "), figure(.contactName))
        case .contactEmail:
            (value, fix) = (contact.email, figure(.contactEmail))
        case .spend:
            (value, fix) = (keyFigures.spend?.norwegian, figure(.spend))
        case .activeContracts:
            (value, fix) = (keyFigures.activeContracts.map(\.norwegian), figure(.activeContracts))
        case .followedUpAgreements:
            (value, fix) = (figures.value(.followedUpProcurements)?.norwegian, figure(.agreementsFollowedUp))
        case .procurementsInYear:
            (value, fix) = (figures.procurementsCovered.amount?.norwegian, figure(.announced))
        case .revenue:
            (value, fix) = (keyFigures.revenue?.norwegian, figure(.revenue))
        case .supplierCount:
            (value, fix) = (keyFigures.suppliers.map(\.norwegian), figure(.suppliers))
        case .transparencyAct:
            (value, fix) = (keyFigures.transparencyAct.map { $0 ? "Ja" : "Nei" }, figure(.transparencyAct))
        case .note(let id):
            switch entry.answer(id) {
            case .text(let text): value = text
            case .leftBlank: value = ""
            case .none: value = nil
            }
            fix = noteFix(id)
        }
        return .field(label: declaration.label, value: value, fix: value == nil ? fix : nil)
    }

    /// Writing the year's answer for a section.
    func noteFix(_ id: String) -> Fix {
        .writeAnswer(year: year, section: id)
    }

    /// A note as the organisation typed it: paragraphs (blank lines separate them, single line
    /// breaks stay inside) and its lists as lists.
    func paragraphs(_ text: String) -> [ReportBlock] {
        TextBlocks.parse(text).map { block in
            switch block {
            case .paragraph(let text): return .paragraph(text)
            case .bullets(let items): return .list(items)
            case .numbered(let start, let items): return .numberedList(start: start, items: items)
            }
        }
    }

    // MARK: Shared wording

    /// `pågår`, `gjennomført`, `forsinket (forfalt)`: a measure's status on the report's day.
    func statusText(_ measure: Measure) -> String {
        MeasureState(measure: measure, history: history, asOf: asOf).statusText(.nb)
    }


    /// The states of those measures on the report's day.
    var statesInForce: [MeasureState] {
        measuresInForce.map { MeasureState(measure: $0, history: history, asOf: asOf) }
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
