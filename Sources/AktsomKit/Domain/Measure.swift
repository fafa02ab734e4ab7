/// A measure (tiltak) in the action plan: something a team will do for a goal, by a deadline.
public struct Measure: Hashable, Sendable {
    public var id: String
    public var goal: String
    public var title: String
    /// What the measure is and why, for report section 3.A.1's "beskriv tiltak og begrunnelse".
    public var description: String?
    /// The team responsible (ansvarlig), as the plan names it: `Innkjøpsavdelingen`, `Byggherre`.
    public var owner: String?
    public var due: DueDate?
    /// The report section 3.B category, as a code in the plan's report template (`3.B.2`).
    public var category: String?
    /// Who the measure is aimed at (målgruppe), for the 2020 template's section 3.1.
    public var audience: String?
    /// Ids of the prioritized risks the measure addresses.
    public var risks: [String]
    /// Ids of the procurements the measure acts on. The link is stored here only; the
    /// procurement's side is derived, so the two can never disagree.
    public var procurements: [String]
    /// When the measure is in force (see ``ActivePeriod``).
    public var active: ActivePeriod

    public init(
        id: String, goal: String, title: String, description: String? = nil, owner: String? = nil,
        due: DueDate? = nil, category: String? = nil, audience: String? = nil,
        risks: [String] = [], procurements: [String] = [], active: ActivePeriod = ActivePeriod()
    ) {
        self.id = id
        self.goal = goal
        self.title = title
        self.description = description
        self.owner = owner
        self.due = due
        self.category = category
        self.audience = audience
        self.risks = risks
        self.procurements = procurements
        self.active = active
    }

    /// Whether `team` owns this measure. Team names are compared without regard to case or
    /// surrounding spaces, since they are typed by hand in several places.
    public func isOwned(by team: String) -> Bool {
        isOwned(by: Team.Key(team))
    }

    /// The same, with the team normalized once for a whole list of measures.
    public func isOwned(by team: Team.Key) -> Bool {
        guard let owner else { return false }
        return team.matches(owner)
    }
}

/// Teams are plain names in the plan; this is where they are compared.
public enum Team {
    public static func matches(_ lhs: String, _ rhs: String) -> Bool {
        Key(rhs).matches(lhs)
    }

    /// A team as typed, normalized once: a city's plan compares it with thousands of owners, and
    /// a name such as «Økonomi» takes the slow way through ``normalized(_:)``.
    public struct Key: Sendable {
        let name: String
        let normalized: String

        public init(_ name: String) {
            self.name = name
            normalized = Team.normalized(name)
        }

        /// Whether `owner` names this team: written the same, or the same when trimmed and lowercased.
        public func matches(_ owner: String) -> Bool {
            owner == name || Team.normalized(owner) == normalized
        }

        /// The ids of the measures this team owns, from (id, owner) pairs in plan order. Each
        /// distinct spelling of an owner is compared once: a city's plan has thousands of measures
        /// and a few dozen teams.
        func ids(ownedIn measures: some Sequence<(id: String, owner: String?)>) -> Set<String> {
            var answers: [String: Bool] = [:]
            var owned: Set<String> = []
            for measure in measures {
                guard let owner = measure.owner else { continue }
                let matches: Bool
                if let known = answers[owner] {
                    matches = known
                } else {
                    matches = self.matches(owner)
                    answers[owner] = matches
                }
                if matches { owned.insert(measure.id) }
            }
            return owned
        }
    }

    /// Trimmed and lowercased. Team names are short and nearly always plain ASCII, so that case
    /// is done on bytes; Foundation's trimming and lowercasing was a hot spot in big plans.
    static func normalized(_ name: String) -> String {
        let utf8 = name.utf8
        if utf8.allSatisfy({ $0 < 0x80 }), utf8.first != UInt8(ascii: " "), utf8.last != UInt8(ascii: " "),
           !utf8.contains(UInt8(ascii: "\t")) {
            guard utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
            return String(decoding: utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return name.trimmingSpaces.lowercased()
    }
}
