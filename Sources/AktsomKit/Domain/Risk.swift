/// A prioritized risk of negative impact (prioritert negativ påvirkning/skade) on people,
/// animals, society or the environment, as identified in the due-diligence work.
public struct Risk: Hashable, Sendable {
    public var id: String
    /// `Brudd på arbeidstakerrettigheter i produksjon av arbeidsklær`.
    public var title: String
    /// The related theme (relatert tema): `Tvangsarbeid`, `Klimagassutslipp`.
    public var theme: String?
    /// Where in the world or the supply chain: `Kina`, `Sørøst-Asia`, `Norge (byggeplass)`.
    public var geography: String?
    /// The strategy area the risk belongs to.
    public var area: String?
    /// The overarching goal (overordnet mål) for handling the risk.
    public var overarchingGoal: String?
    /// Why it is prioritized (bakgrunn for prioriteringen): severity, likelihood, leverage.
    public var rationale: String?
    /// When the risk is prioritized (see ``ActivePeriod``).
    public var active: ActivePeriod

    public init(
        id: String, title: String, theme: String? = nil, geography: String? = nil, area: String? = nil,
        overarchingGoal: String? = nil, rationale: String? = nil, active: ActivePeriod = ActivePeriod()
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.geography = geography
        self.area = area
        self.overarchingGoal = overarchingGoal
        self.rationale = rationale
        self.active = active
    }
}
