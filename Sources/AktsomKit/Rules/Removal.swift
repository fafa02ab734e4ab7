/// A record `remove` is asked to remove.
public enum RemovalTarget: Sendable, Equatable {
    case area(String)
    case goal(String)
    case measure(String)
    case risk(String)
    case procurement(String)
    case deviation(String)
    case followUp(String)
    case reference(String)

    public var kind: RecordKind {
        switch self {
        case .area: return .area
        case .goal: return .goal
        case .measure: return .measure
        case .risk: return .risk
        case .procurement: return .procurement
        case .deviation: return .deviation
        case .followUp: return .followUp
        case .reference: return .reference
        }
    }

    public var id: String {
        switch self {
        case .area(let id), .goal(let id), .measure(let id), .risk(let id), .procurement(let id), .deviation(let id), .followUp(let id),
             .reference(let id):
            return id
        }
    }
}

/// What a removal took, or would take, with it: the record asked for, and everything that
/// referred to it. Without `--cascade` a non-empty ``dependents`` refuses the removal; with it,
/// every dependent goes too and the command lists them, so nothing disappears unannounced.
public struct Removal: Sendable, Equatable {
    public let kind: RecordKind
    public let id: String
    public let title: String
    public var dependents: [Dependent]

    /// Status updates that stay in the journal for the measures removed (see ``RemovedRecord``).
    public var updatesKept: Int {
        dependents.reduce(kind == .measure ? ownUpdates : 0) { total, dependent in
            if case .measure(_, _, let updates) = dependent { return total + updates }
            return total
        }
    }

    /// For a measure asked for itself: its own status updates, kept in the journal.
    public var ownUpdates = 0
}

/// Something that refers to a record being removed, and goes with it under `--cascade`: a
/// record of its own, a year's text about it, or a link or field that names it.
public enum Dependent: Sendable, Equatable {
    case goal(id: String, title: String)
    /// A measure goes with its goal; its updates stay in the journal.
    case measure(id: String, title: String, updates: Int)
    case goalStatus(goal: String, year: Int)
    case riskReport(risk: String, year: Int)
    case followUp(procurement: String, kind: FollowUpKind, date: Day)
    case deviation(id: String, procurement: String)
    /// A measure's link to the risk being removed; the measure stays.
    case riskLink(measure: String, risk: String)
    /// A measure's link to the procurement being removed; the measure stays.
    case procurementLink(measure: String, procurement: String)
    /// A risk's area, cleared when the area goes; the risk stays.
    case riskArea(risk: String, area: String)
    /// A governing document's area, cleared when the area goes; the document stays.
    case referenceArea(reference: String, area: String)
    /// A procurement's requirements in the area being removed.
    case requirements(procurement: String, area: String)
    /// A deviation's link to the follow-up that found it; the deviation stays.
    case followUpLink(deviation: String, followUp: String)

    /// How a person reads it, in a refusal ("these refer to it") and after a cascade ("these
    /// went too") alike.
    public var description: Localized {
        switch self {
        case .goal(let id, let title):
            return Localized("mål \(quoted(id)) \(title)", en: "goal \(quoted(id)) \(title)")
        case .measure(let id, let title, let updates):
            let kept = updates == 0 ? Localized(verbatim: "")
                : Localized(" (\(updates.counted("statusoppdatering", "statusoppdateringer")) blir stående i journalen)",
                            en: " (\(updates.counted("status update", "status updates")) stay in the journal)")
            return Localized("tiltak \(quoted(id)) \(title)", en: "measure \(quoted(id)) \(title)") + kept
        case .goalStatus(let goal, let year):
            return Localized("statusteksten for mål \(quoted(goal)) i \(year)", en: "the status text of goal \(quoted(goal)) for \(year)")
        case .riskReport(let risk, let year):
            return Localized("rapporten for risiko \(quoted(risk)) i \(year)", en: "the report of risk \(quoted(risk)) for \(year)")
        case .followUp(let procurement, let kind, let date):
            return Localized("oppfølgingen (\(kind.rawValue) \(date.norwegian)) av anskaffelse \(quoted(procurement))",
                             en: "the follow-up (\(kind.label(.en)) \(date.norwegian)) of procurement \(quoted(procurement))")
        case .deviation(let id, let procurement):
            return Localized("avvik \(quoted(id)) i anskaffelse \(quoted(procurement))", en: "deviation \(quoted(id)) in procurement \(quoted(procurement))")
        case .riskLink(let measure, let risk):
            return Localized("koblingen fra tiltak \(quoted(measure)) til risiko \(quoted(risk))",
                             en: "the link from measure \(quoted(measure)) to risk \(quoted(risk))")
        case .procurementLink(let measure, let procurement):
            return Localized("koblingen fra tiltak \(quoted(measure)) til anskaffelse \(quoted(procurement))",
                             en: "the link from measure \(quoted(measure)) to procurement \(quoted(procurement))")
        case .riskArea(let risk, _):
            return Localized("strategiområdet til risiko \(quoted(risk))", en: "the strategy area of risk \(quoted(risk))")
        case .referenceArea(let reference, _):
            return Localized("strategiområdet til styrende dokument \(quoted(reference))", en: "the strategy area of governing document \(quoted(reference))")
        case .followUpLink(let deviation, let followUp):
            return Localized("koblingen fra avvik \(quoted(deviation)) til oppfølgingen \(quoted(followUp)) som fant det",
                             en: "the link from deviation \(quoted(deviation)) to the follow-up \(quoted(followUp)) that found it")
        case .requirements(let procurement, let area):
            return Localized("kravene i område \(quoted(area)) i anskaffelse \(quoted(procurement))",
                             en: "the requirements in area \(quoted(area)) of procurement \(quoted(procurement))")
        }
    }
}
