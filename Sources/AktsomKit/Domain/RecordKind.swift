/// The kinds of record in a plan that carry an id, with the words messages need for each.
public enum RecordKind: String, Sendable, CaseIterable {
    case area
    case goal
    case measure
    case risk
    case procurement
    case deviation
    /// A governing document (styrende dokument).
    case reference
    case followUp

    /// `tiltak`, `measure`: the indefinite form, for "ugyldig id for tiltak".
    public var name: Localized {
        switch self {
        case .area: return Localized("strategiområde", en: "area")
        case .goal: return Localized("mål", en: "goal")
        case .measure: return Localized("tiltak", en: "measure")
        case .risk: return Localized("risiko", en: "risk")
        case .procurement: return Localized("anskaffelse", en: "procurement")
        case .deviation: return Localized("avvik", en: "deviation")
        case .reference: return Localized("styrende dokument", en: "governing document")
        case .followUp: return Localized("oppfølging", en: "follow-up")
        }
    }

    /// `tiltaket`, `the measure`: the definite form, for "tiltaket «x» finnes ikke".
    public var definite: Localized {
        switch self {
        case .area: return Localized("strategiområdet", en: "the area")
        case .goal: return Localized("målet", en: "the goal")
        case .measure: return Localized("tiltaket", en: "the measure")
        case .risk: return Localized("risikoen", en: "the risk")
        case .procurement: return Localized("anskaffelsen", en: "the procurement")
        case .deviation: return Localized("avviket", en: "the deviation")
        case .reference: return Localized("det styrende dokumentet", en: "the governing document")
        case .followUp: return Localized("oppfølgingen", en: "the follow-up")
        }
    }

    /// The command that lists records of this kind, for "see all with …" hints.
    public var listCommand: String {
        switch self {
        case .area: return "aktsom area list"
        case .goal: return "aktsom goal list"
        case .measure: return "aktsom measure list"
        case .risk: return "aktsom risk list"
        case .procurement: return "aktsom procurement list"
        case .deviation, .followUp: return "aktsom procurement show PROC"
        case .reference: return "aktsom plan reference list"
        }
    }

    /// `tiltak «klima-1.1»`: how a record is named in a message.
    public func named(_ id: String) -> Localized {
        Localized("\(name.nb) \(quoted(id))", en: "\(name.en) \(quoted(id))")
    }
}
