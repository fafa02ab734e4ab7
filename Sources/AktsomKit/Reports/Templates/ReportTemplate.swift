/// A report template as data: the form's sections in order, each with its id, its label as the
/// form writes it, and what fills it. Renderers never see templates, only the filled
/// ``Report``; so a new template is a new declaration and nothing else.
public struct ReportTemplate: Sendable {
    /// `ehn-offentlig`: what `--template` takes and what export files are named after.
    public let id: String
    public let title: String
    public let summary: Localized
    /// The family whose 3.B numbering the template's "other measures" follow.
    public let family: ReportFamily?
    /// Whether the template reports on one year (the EHN forms) or on the plan as of a day.
    public let isYearly: Bool
    public let sections: [SectionDeclaration]

    /// Every id a note can be written for: each section (data sections too: the note follows the
    /// data) and each field answered by a note (`struktur`).
    public var answerableSections: Set<String> {
        var ids = Set(sections.map(\.id))
        for field in sections.flatMap(\.fields) {
            if case .note(let id) = field.value { ids.insert(id) }
        }
        return ids
    }

    /// The section ids that take a free-text note, for `year note --section`.
    public var noteSections: [(id: String, title: String)] {
        var result: [(String, String)] = []
        for section in sections {
            switch section.content {
            case .note, .dataAndNote: result.append((section.id, section.title))
            case .fields(let fields):
                for field in fields {
                    if case .note(let id) = field.value { result.append((id, field.label)) }
                }
            case .heading, .data: break
            }
        }
        return result
    }
}

/// One section of a form.
public struct SectionDeclaration: Sendable {
    /// The form's id (`2.A.2`), or a short name for parts without one (`mal-kommende-ar`).
    public let id: String
    public let title: String
    /// 1 for a part ("2 Kartlegging"), 2 for a question, 3 for a sub-question.
    public let level: Int
    public let content: SectionContent

    public init(_ id: String, _ title: String, level: Int = 2, _ content: SectionContent) {
        self.id = id
        self.title = title
        self.level = level
        self.content = content
    }

    /// A part heading with nothing of its own unless the organisation writes a note for it.
    var isHeading: Bool {
        if case .heading = content { return true }
        return false
    }

    /// The fields of a `.fields` section; none for any other.
    var fields: [FieldDeclaration] {
        guard case .fields(let fields) = content else { return [] }
        return fields
    }

    /// Whether the id is the form's own (`2.A.2`) and so belongs in the heading.
    public var showsID: Bool {
        id.first?.isNumber == true
    }
}

/// What fills a section.
public enum SectionContent: Sendable {
    /// A part heading with nothing of its own.
    case heading
    /// The year's free-text note for the section's id.
    case note
    /// Labelled values, such as the front page's key information.
    case fields([FieldDeclaration])
    /// Filled from the plan, the register or the journal.
    case data(DataSource)
    /// Filled from data, followed by the year's note for the section, when there is one.
    case dataAndNote(DataSource)
}

public struct FieldDeclaration: Sendable {
    public let label: String
    public let value: FieldValue

    public init(_ label: String, _ value: FieldValue) {
        self.label = label
        self.value = value
    }
}

/// Where a field's value comes from.
public enum FieldValue: Sendable {
    case organisation
    case address
    case employees
    /// Name, title and phone of the report's contact person, on one line.
    case contactPerson
    case contactEmail
    case spend
    case activeContracts
    /// Counted from the register: agreements with follow-up dated in the year.
    case followedUpAgreements
    /// Counted from the register: procurements of the year.
    case procurementsInYear
    case revenue
    case supplierCount
    case transparencyAct
    /// The year's note under this id.
    case note(String)
}

/// The data-filled parts of the forms.
public enum DataSource: Sendable {
    /// Each goal in force in the year, followed by "Status:" and its text for the year.
    case goalsOfYear
    /// Each annual goal set for the year after.
    case goalsOfNextYear
    /// The 2020 form's table: goal | status / progress.
    case goalTable
    /// The 2020 form's table of next year's goals.
    case nextYearGoalTable
    /// One row per procurement of the year with ethical or social requirements, Ja/Nei per phase.
    case ethicalRequirements(RequirementTableStyle)
    /// The prioritized risks as a list.
    case riskList
    /// The prioritized risks as a table: risk | theme | geography.
    case riskTable
    /// Each prioritized risk with the rationale for prioritizing it.
    case riskRationales
    /// One block per prioritized risk: goal, status, the year's goal, measures, results.
    case riskBlocks
    /// The measures tagged with a 3.B category, with their status.
    case measures(MeasureCategory)
    /// How many suppliers were followed up, and the agreements with extended follow-up.
    case suppliersFollowedUp
    /// Ja/Nei, then the deviations found in the year; an explicit "Nei" when there were none.
    case deviations
    /// The 2020 form's follow-up: what was followed up, how many suppliers, and the deviations.
    case followUpWithDeviations
    /// The 2020 form's "Øke oppslutning": measure type | purpose | target group.
    case supportMeasures
    /// The whole action plan, area by area, as of a day.
    case actionPlan
    /// Counts of measures by status, overdue ones, and the share done.
    case planSummary
    /// Each key figure and indicator per year, up to the report's year.
    case trend
}

public enum RequirementTableStyle: Sendable {
    /// Anskaffelse | Kvalifikasjonskrav | Tildelingskriterier | Kontraktsvilkår.
    case publicSector
    /// The 2020 form: I hvilke anskaffelser | Type avtale | Antall leverandører | three phases.
    case legacy2020
}
