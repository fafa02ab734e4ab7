/// What brings something right, as a value: a blank answer in the report, a record left out of
/// a year. The library says which record and which field; each door words it its own way: the
/// command line as a command to run (``command``), the browser as a link to the form that does it
/// (``page``, a path of `aktsom serve`, with the field to go to), JSON as both.
public enum Fix: Sendable, Hashable {
    /// Give a goal, measure or risk a start: `aktsom measure edit K2 --start 2023`, or the field
    /// «Gjelder fra» on its form.
    case setStart(RecordKind, id: String, start: DueDate)
    /// Write the year's answer to a section (or a field answered by a note, such as `struktur`).
    case writeAnswer(year: Int, section: String)
    /// Set one of the year's key figures or contact details.
    case setYearFigure(year: Int, YearField)
    /// Write a goal's status text for the year.
    case writeGoalStatus(year: Int, goal: String)
    /// Write one field of a prioritized risk's 3.A.1 report for the year.
    case writeRiskReport(year: Int, risk: String, RiskReportField)
    /// Give a prioritized risk its overarching goal.
    case setRiskGoal(risk: String)
    /// Add a goal, annual for `year` when one is given.
    case addGoal(year: Int?)
    /// Add a measure, under a goal or against a risk when one is given.
    case addMeasure(goal: String?, risk: String?)
    /// Link a measure to a prioritized risk.
    case linkMeasure(risk: String)
    case addRisk
    /// Register the year's procurements, one by one or from the procurement system's export.
    case addProcurement(year: Int)
    /// Record contract follow-up carried out.
    case addFollowUp
    /// Add a governing document.
    case addReference
    /// Change one of the strategy's own fields (`plan edit`).
    case editPlan(PlanField)

    /// The command that makes the fix, as the command line shows it. Ids need no quoting: they
    /// are made of letters, digits and `-._/` (``Identifier``).
    public var command: String {
        switch self {
        case .setStart(let kind, let id, let start):
            return "aktsom \(kind.commandNoun) edit \(id) --start \(start)"
        case .writeAnswer(let year, let section):
            return "aktsom year note \(year) --section \(section) --text \"…\""
        case .setYearFigure(let year, let field):
            return "aktsom year set \(year) \(field.example)"
        case .writeGoalStatus(let year, let goal):
            return "aktsom goal report \(goal) --year \(year) --text \"…\""
        case .writeRiskReport(let year, let risk, let field):
            return "aktsom risk report \(risk) --year \(year) --\(field.rawValue) \"…\""
        case .setRiskGoal(let risk):
            return "aktsom risk edit \(risk) --goal \"…\""
        case .addGoal(let year):
            return "aktsom goal add --area OMRÅDE" + (year.map { " --year \($0)" } ?? "") + " --title \"…\""
        case .addMeasure(let goal, let risk):
            return "aktsom measure add --goal \(goal ?? "MÅL") --title \"…\"" + (risk.map { " --risk \($0)" } ?? "")
        case .linkMeasure(let risk):
            return "aktsom measure edit TILTAK --risk \(risk)"
        case .addRisk:
            return "aktsom risk add --title \"…\" --theme \"…\" --geography \"…\""
        case .addProcurement(let year):
            return "aktsom procurement add --year \(year) --title \"…\" (eller aktsom procurement import FIL.csv)"
        case .addFollowUp:
            return "aktsom followup add PROC --kind KIND --date YYYY-MM-DD"
        case .addReference:
            return "aktsom plan reference add --title \"…\" --scope kommunal|nasjonal|internasjonal"
        case .editPlan(let field):
            return "aktsom plan edit --\(field.rawValue) " + (field == .period ? "2025-2028" : "\"…\"")
        }
    }

    /// The page of `aktsom serve` that makes the fix, with the field to go to as its fragment.
    public var page: String {
        switch self {
        case .setStart(let kind, let id, let start):
            return Fix.path(kind.pageSegments(id) + ["endre"], query: [("start", start.description)]) + "#f-start"
        case .writeAnswer(let year, let section):
            return Fix.path(["ar", String(year), "svar", section]) + "#f-text"
        case .setYearFigure(let year, let field):
            return Fix.path(["ar", String(year), "nokkeltall"]) + "#f-\(field.rawValue)"
        case .writeGoalStatus(let year, let goal):
            return Fix.path(["ar", String(year), "mal", goal]) + "#f-text"
        case .writeRiskReport(let year, let risk, let field):
            return Fix.path(["ar", String(year), "risiko", risk]) + "#f-\(field.rawValue)"
        case .setRiskGoal(let risk):
            return Fix.path(["risikoer", risk, "endre"]) + "#f-goal"
        case .addGoal(let year):
            return Fix.path(["mal", "ny"], query: year.map { [("year", String($0))] } ?? [])
        case .addMeasure(let goal, let risk):
            return Fix.path(["tiltak", "ny"], query: [goal.map { ("goal", $0) }, risk.map { ("risk", $0) }].compactMap { $0 })
        case .linkMeasure(let risk):
            return Fix.path(["tiltak", "ny"], query: [("risk", risk)])
        case .addRisk:
            return "/risikoer/ny"
        case .addProcurement(let year):
            return Fix.path(["anskaffelser", "ny"], query: [("year", String(year))])
        case .addFollowUp:
            return "/anskaffelser"
        case .addReference:
            return "/dokumenter/ny"
        case .editPlan(let field):
            return "/strategi/endre#f-\(field.rawValue)"
        }
    }

    /// What the browser's link says.
    public var label: Localized {
        switch self {
        case .setStart(_, _, let start):
            return Localized("Sett «Gjelder fra» til \(start.display(.nb))", en: "Set «In force from» to \(start.display(.en))")
        case .writeAnswer: return Localized("Skriv svaret", en: "Write the answer")
        case .setYearFigure(_, let field): return Localized("Fyll inn \(field.label.nb.lowercased())", en: "Fill in \(field.label.en.lowercased())")
        case .writeGoalStatus: return Localized("Skriv statustekst", en: "Write a status text")
        case .writeRiskReport(_, _, let field): return Localized("Skriv \(field.label.nb.lowercased())", en: "Write \(field.label.en.lowercased())")
        case .setRiskGoal: return Localized("Skriv risikoens overordnede mål", en: "Write the risk's overarching goal")
        case .addGoal: return Localized("Nytt mål", en: "New goal")
        case .addMeasure: return Localized("Nytt tiltak", en: "New measure")
        case .linkMeasure: return Localized("Nytt tiltak mot risikoen", en: "New measure against the risk")
        case .addRisk: return Localized("Ny prioritert risiko", en: "New prioritized risk")
        case .addProcurement: return Localized("Registrer anskaffelser", en: "Register procurements")
        case .addFollowUp: return Localized("Registrer oppfølging i registeret", en: "Record follow-up in the register")
        case .addReference: return Localized("Nytt styrende dokument", en: "New governing document")
        case .editPlan: return Localized("Endre strategien", en: "Edit the strategy")
        }
    }

    /// `/ar/2025/svar/1.E.1`: each segment percent-encoded, so an id with `/` stays one segment.
    static func path(_ segments: [String], query: [(String, String)] = []) -> String {
        var path = "/" + segments.map(PercentEncoding.encode).joined(separator: "/")
        if !query.isEmpty {
            path += "?" + query.map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
        }
        return path
    }
}

/// The year's key figures and contact details as fields: the option of `year set` and the field
/// of the key figures form share the name (`employees`, `--employees`).
public enum YearField: String, Sendable, Hashable, CaseIterable {
    case spend
    case activeContracts = "active-contracts"
    case announced
    case employees
    case revenue
    case suppliers
    case transparencyAct = "transparency-act"
    case agreementsFollowedUp = "agreements-followed-up"
    case suppliersFollowedUp = "suppliers-followed-up"
    case deviationsFound = "deviations-found"
    case registerComplete = "register-complete"
    case address
    case contactName = "contact-name"
    case contactTitle = "contact-title"
    case contactPhone = "contact-phone"
    case contactEmail = "contact-email"

    /// `--employees N`, as an example value for the command.
    var example: String {
        switch self {
        case .spend, .revenue: return "--\(rawValue) NOK"
        case .activeContracts, .announced, .employees, .suppliers, .agreementsFollowedUp, .suppliersFollowedUp: return "--\(rawValue) N"
        case .transparencyAct, .deviationsFound, .registerComplete: return "--\(rawValue) ja|nei"
        case .contactName: return "--contact-name \"…\" --contact-title \"…\" --contact-phone \"…\""
        case .address, .contactTitle, .contactPhone, .contactEmail: return "--\(rawValue) \"…\""
        }
    }

    public var label: Localized {
        switch self {
        case .spend: return Localized("Samlet verdi av innkjøp", en: "Total purchases")
        case .activeContracts: return Localized("Aktive anskaffelser/avtaler", en: "Active procurements/agreements")
        case .announced: return Localized("Kunngjorte anskaffelser", en: "Announced procurements")
        case .employees: return Localized("Ansatte", en: "Employees")
        case .revenue: return Localized("Omsetning", en: "Revenue")
        case .suppliers: return Localized("Leverandører", en: "Suppliers")
        case .transparencyAct: return Localized("Omfattet av åpenhetsloven", en: "Covered by the Transparency Act")
        case .agreementsFollowedUp: return Localized("Avtaler med kontraktsoppfølging", en: "Agreements followed up")
        case .suppliersFollowedUp: return Localized("Leverandører fulgt opp", en: "Suppliers followed up")
        case .deviationsFound: return Localized("Identifisert avvik", en: "Deviations found")
        case .registerComplete: return Localized("Om registeret er komplett", en: "Whether the register is complete")
        case .address: return Localized("Adresse hovedkontor", en: "Head office address")
        case .contactName: return Localized("Kontaktperson", en: "Contact person")
        case .contactTitle: return Localized("Kontaktpersonens tittel", en: "The contact's title")
        case .contactPhone: return Localized("Kontaktpersonens telefon", en: "The contact's phone")
        case .contactEmail: return Localized("E-post for kontaktperson", en: "The contact's e-mail")
        }
    }
}

/// One of the strategy's own fields: the option of `plan edit` and the field of its form.
public enum PlanField: String, Sendable, Hashable, CaseIterable {
    case overallGoal = "overall-goal"
    case period
    case owner
    case operationalOwner = "operational-owner"
}

/// A field of a risk's 3.A.1 report: the option of `risk report` and the field of its form.
public enum RiskReportField: String, Sendable, Hashable, CaseIterable {
    case status
    case yearGoal = "year-goal"
    case results

    public var label: Localized {
        switch self {
        case .status: return Localized("Status", en: "Status")
        case .yearGoal: return Localized("Mål i rapporteringsåret", en: "Goal for the reporting year")
        case .results: return Localized("Resultater", en: "Results")
        }
    }
}

extension RecordKind {
    /// `measure`, as in `aktsom measure edit`.
    public var commandNoun: String {
        switch self {
        case .area: return "area"
        case .goal: return "goal"
        case .measure: return "measure"
        case .risk: return "risk"
        case .procurement: return "procurement"
        case .deviation: return "deviation"
        case .reference: return "plan reference"
        case .followUp: return "followup"
        }
    }

    /// The segments of the record's page on `aktsom serve`: `tiltak/klima-1.1`.
    public func pageSegments(_ id: String) -> [String] {
        switch self {
        case .goal: return ["mal", id]
        case .measure: return ["tiltak", id]
        case .risk: return ["risikoer", id]
        case .procurement: return ["anskaffelser", id]
        case .area: return ["omrader", id]
        case .reference: return ["dokumenter", id]
        case .deviation: return ["avvik", id]
        case .followUp: return ["oppfolging", id]
        }
    }
}
