/// A filled report: a template's sections with their content, ready to render. Renderers see
/// only this; they know nothing of plans, registers or templates.
public struct Report: Sendable, Equatable {
    public let templateID: String
    public let title: String
    public let organisation: String
    /// The reporting year, for the yearly forms; nil for the action plan.
    public let year: Int?
    /// The day statuses are taken on: 31 December of the year, or the action plan's date.
    public let asOf: Day
    /// The strategy period an action plan covers as a whole, when it does.
    public let period: Period?
    public var sections: [ReportSection]
    public var charts: [Chart]

    public init(templateID: String, title: String, organisation: String, year: Int?, asOf: Day, period: Period? = nil,
                sections: [ReportSection] = [], charts: [Chart] = []) {
        self.period = period
        self.templateID = templateID
        self.title = title
        self.organisation = organisation
        self.year = year
        self.asOf = asOf
        self.sections = sections
        self.charts = charts
    }

    /// Every table, in reading order, for the CSV files.
    public var tables: [ReportTable] {
        sections.flatMap { $0.blocks.flatMap(\.tables) }
    }

    /// How many answers (sections and fields) are marked "ikke utfylt".
    public var notFilledCount: Int {
        sections.reduce(0) { $0 + $1.notFilledCount }
    }

}

/// One section of the form, filled.
public struct ReportSection: Sendable, Equatable {
    public let id: String
    public let title: String
    public let level: Int
    /// Whether the form's id belongs in the heading (`2.A.2 …`).
    public let showsID: Bool
    public var source: Source
    public var blocks: [ReportBlock]

    /// Where the section's content came from, so a reviewer knows what to check.
    public enum Source: String, Sendable {
        /// A part heading.
        case heading
        /// Filled from the plan, register or journal.
        case data
        /// The year's note.
        case note
        /// Both.
        case dataAndNote = "data+note"
        /// Nothing: marked "ikke utfylt".
        case blank
        /// Deliberately left empty by the organisation (`year note --blank`): exported empty.
        case leftBlank = "left-blank"
    }

    public init(id: String, title: String, level: Int, showsID: Bool, source: Source, blocks: [ReportBlock]) {
        self.id = id
        self.title = title
        self.level = level
        self.showsID = showsID
        self.source = source
        self.blocks = blocks
    }

    /// How many of the section's answers are marked "ikke utfylt".
    public var notFilledCount: Int {
        blocks.reduce(0) { $0 + $1.notFilledCount }
    }

    /// What fills the first answer that is missing.
    public var fillHint: Fix? {
        blocks.lazy.compactMap(\.fillHint).first
    }

    /// Every answer of the section still missing, each with its label and what fills it, in order.
    public var missingAnswers: [(label: String?, fix: Fix?)] {
        blocks.flatMap(\.missingAnswers)
    }

    /// `2.A.2 Etiske/sosiale krav i anskaffelsesprosessen`, or the title alone.
    public var heading: String {
        showsID ? "\(id) \(title)" : title
    }
}

/// The pieces a section is made of.
public indirect enum ReportBlock: Sendable, Equatable {
    case paragraph(String)
    /// A labelled answer; a nil value is "ikke utfylt", with what fills it.
    case field(label: String, value: String?, fix: Fix?)
    case list([String])
    /// A numbered list as the organisation typed it, from the first item's number.
    case numberedList(start: Int, items: [String])
    case table(ReportTable)
    /// A titled group of blocks, such as one prioritized risk in 3.A.1.
    case group(title: String, blocks: [ReportBlock])
    /// Nothing to show: "ikke utfylt", with what fills it.
    case notFilled(fix: Fix?)

    var tables: [ReportTable] {
        switch self {
        case .table(let table): return [table]
        case .group(_, let blocks): return blocks.flatMap(\.tables)
        default: return []
        }
    }

    var missingAnswers: [(label: String?, fix: Fix?)] {
        switch self {
        case .notFilled(let fix): return [(nil, fix)]
        case .field(let label, nil, let fix): return [(label, fix)]
        case .group(_, let blocks): return blocks.flatMap(\.missingAnswers)
        default: return []
        }
    }

    var fillHint: Fix? {
        switch self {
        case .notFilled(let fix): return fix
        case .field(_, nil, let fix): return fix
        case .group(_, let blocks): return blocks.lazy.compactMap(\.fillHint).first
        default: return nil
        }
    }

    /// The block as it stands in a section the organisation left blank on purpose, or answered
    /// with a note: no «Ikke utfylt» marker, and an unanswered field left empty.
    var withoutNotFilled: ReportBlock? {
        switch self {
        case .notFilled: return nil
        case .field(let label, nil, _): return .field(label: label, value: "", fix: nil)
        case .group(let title, let blocks): return .group(title: title, blocks: blocks.compactMap(\.withoutNotFilled))
        default: return self
        }
    }

    var notFilledCount: Int {
        switch self {
        case .notFilled: return 1
        case .field(_, let value, _): return value == nil ? 1 : 0
        case .group(_, let blocks): return blocks.reduce(0) { $0 + $1.notFilledCount }
        default: return 0
        }
    }
}

/// A table of the report, also written as its own CSV file.
public struct ReportTable: Sendable, Equatable {
    /// Names the CSV file: `2.A.2`, `4.A.3`, `tiltak`.
    public let id: String
    public let columns: [String]
    public let rows: [[String]]
    /// The record each row is about (a procurement, a measure), one per row, when the rows name
    /// one. The text shows what the organisation calls it; JSON and CSV keep the id beside it.
    public let rowIDs: [String]?
    /// Rows that need attention (an overdue measure), marked in print.
    public let markedRows: Set<Int>

    public init(id: String, columns: [String], rows: [[String]], rowIDs: [String]? = nil, markedRows: Set<Int> = []) {
        self.id = id
        self.columns = columns
        self.rows = rows
        self.rowIDs = rowIDs
        self.markedRows = markedRows
    }
}

/// A chart, as numbers; the HTML renderer draws it as inline SVG.
public struct Chart: Sendable, Equatable {
    public enum Style: String, Sendable {
        /// Each row's values stacked into one bar (status counts per area).
        case stacked
        /// Each row's first value as a bar, with its target drawn as a mark (goals).
        case target
    }

    public struct Row: Sendable, Equatable {
        public let label: String
        public let values: [Double]
        /// The target, for `.target` charts.
        public let target: Double?
        /// What to write at the end of the bar instead of the bare number: `faktisk 71 % · mål 100 %`.
        public let valueLabel: String?

        public init(label: String, values: [Double], target: Double? = nil, valueLabel: String? = nil) {
            self.label = label
            self.values = values
            self.target = target
            self.valueLabel = valueLabel
        }
    }

    /// What a series means, so a renderer can colour it without knowing the chart.
    /// A series' colour. The deep ones and `earth` tell apart series that share a meaning
    /// (two ways of meeting a rule, two gaps), since a reader must not need the legend's order.
    public enum Tone: String, Sendable {
        case neutral, active, good, warning, muted, bad
        case goodDeep, activeDeep, badDeep, earth
    }

    public let id: String
    public let title: String
    public let style: Style
    /// The names of the values in each row, in order: statuses, or "med krav" / "uten krav".
    public let series: [String]
    /// One tone per series.
    public let tones: [Tone]
    public let rows: [Row]
    /// `%` for shares; empty for counts.
    public let unit: String
    /// A sentence under the chart saying what it shows.
    public let caption: String
    /// A value marked across every row, such as a network's median.
    public let marker: Double?

    public init(id: String, title: String, style: Style, series: [String], tones: [Tone], rows: [Row], unit: String = "", caption: String,
                marker: Double? = nil) {
        self.id = id
        self.title = title
        self.style = style
        self.series = series
        self.tones = tones
        self.rows = rows
        self.unit = unit
        self.caption = caption
        self.marker = marker
    }
}
