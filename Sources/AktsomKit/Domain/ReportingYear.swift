/// What a unit records for one reporting year (rapporteringsår), beside the plan: key figures,
/// contact details for the report, free-text answers per report section, and the year's status
/// text for goals and prioritized risks. Kept in `years/<year>.json`.
public struct ReportingYear: Sendable, Equatable {
    public var year: Int
    public var keyFigures: KeyFigures
    public var contact: Contact
    /// Free-text answers by report section id (`1.A.1`, `1.E.1`, `struktur`, `forord`).
    public var notes: [String: String]
    /// Sections the organisation leaves empty on purpose: exported empty, never «Ikke utfylt».
    public var blankSections: Set<String>
    /// Answers copied from an earlier year by `year start`, by section id: the year they came
    /// from, until the answer is changed or confirmed.
    public var copiedNotes: [String: Int]
    /// The year the contact details were copied from, until they are changed or confirmed.
    public var contactCopiedFrom: Int?
    /// Figures the organisation entered for the year, which win over the ones Aktsom counts.
    public var enteredIndicators: [Indicator: Amount]
    /// Each goal's status text for the year ("Status:" under the goal in the report), by goal id.
    public var goalReports: [String: String]
    /// Each prioritized risk's fields for section 3.A.1 in the year, by risk id.
    public var riskReports: [String: RiskReport]
    /// Findings of the year's check the lead accepts, with the reason, by ``FindingAcknowledgement/key``.
    public var acknowledgements: [String: FindingAcknowledgement] = [:]

    public init(
        year: Int, keyFigures: KeyFigures = KeyFigures(), contact: Contact = Contact(),
        notes: [String: String] = [:], goalReports: [String: String] = [:], riskReports: [String: RiskReport] = [:],
        blankSections: Set<String> = [], copiedNotes: [String: Int] = [:], contactCopiedFrom: Int? = nil,
        enteredIndicators: [Indicator: Amount] = [:]
    ) {
        self.year = year
        self.keyFigures = keyFigures
        self.contact = contact
        self.notes = notes
        self.blankSections = blankSections
        self.copiedNotes = copiedNotes
        self.contactCopiedFrom = contactCopiedFrom
        self.enteredIndicators = enteredIndicators
        self.goalReports = goalReports
        self.riskReports = riskReports
    }

    public var isEmpty: Bool {
        keyFigures == KeyFigures() && contact == Contact() && notes.isEmpty && goalReports.isEmpty && riskReports.isEmpty
            && blankSections.isEmpty && enteredIndicators.isEmpty && acknowledgements.isEmpty
    }

    /// What the year says about a section: its text, a blank mark, or nothing.
    public func answer(_ section: String) -> SectionAnswer {
        if let text = notes[section] { return .text(text) }
        return blankSections.contains(section) ? .leftBlank : .none
    }
}

/// The organisation's answer to one section of the form.
public enum SectionAnswer: Sendable, Equatable {
    /// Nothing written yet: the export marks it «Ikke utfylt».
    case none
    /// The organisation's own words.
    case text(String)
    /// Deliberately left empty: exported empty.
    case leftBlank

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// The year's numbers that the report asks for and that are not in the register.
public struct KeyFigures: Sendable, Equatable {
    /// Samlet verdi innkjøp av varer og tjenester i rapporteringsåret (NOK).
    public var spend: Amount?
    /// Totalt antall aktive anskaffelser/avtaler i rapporteringsåret.
    public var activeContracts: Int?
    /// Antall kunngjorte anskaffelser i året.
    public var announced: Int?
    /// Antall ansatte.
    public var employees: Int?
    /// Omsetning (NOK), for companies.
    public var revenue: Amount?
    /// Antall leverandører, for companies.
    public var suppliers: Int?
    /// Whether the organisation is covered by the Transparency Act (åpenhetsloven), for companies.
    public var transparencyAct: Bool?
    /// The answer to «Er det identifisert avvik …?» when the organisation gives it itself.
    public var deviationsFound: Bool?
    /// Whether the register holds every procurement of the year, as the lead says: only then are
    /// entered figures set against the counted ones, and a count of 0 backed by an empty register.
    public var registerComplete: Bool?

    public init(
        spend: Amount? = nil, activeContracts: Int? = nil, announced: Int? = nil, employees: Int? = nil,
        revenue: Amount? = nil, suppliers: Int? = nil, transparencyAct: Bool? = nil, deviationsFound: Bool? = nil,
        registerComplete: Bool? = nil
    ) {
        self.registerComplete = registerComplete
        self.deviationsFound = deviationsFound
        self.spend = spend
        self.activeContracts = activeContracts
        self.announced = announced
        self.employees = employees
        self.revenue = revenue
        self.suppliers = suppliers
        self.transparencyAct = transparencyAct
    }
}

/// The report's contact details, which may change from year to year.
public struct Contact: Sendable, Equatable {
    public var address: String?
    public var name: String?
    public var title: String?
    public var phone: String?
    public var email: String?

    public init(address: String? = nil, name: String? = nil, title: String? = nil, phone: String? = nil, email: String? = nil) {
        self.address = address
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }
}

/// A prioritized risk's answers in section 3.A.1 for one year.
public struct RiskReport: Sendable, Equatable {
    /// Status: how far the work on the risk has come.
    public var status: String?
    /// Mål i rapporteringsåret.
    public var yearGoal: String?
    /// Faktiske eller forventede resultater, og mål og aktiviteter for kommende år.
    public var results: String?

    public init(status: String? = nil, yearGoal: String? = nil, results: String? = nil) {
        self.status = status
        self.yearGoal = yearGoal
        self.results = results
    }
}
