/// A strategy area (strategiområde, satsingsområde), such as Klima og miljø.
public struct Area: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The area's overarching goal (overordnet mål) in the strategy's own words.
    public var overarchingGoal: String?
    /// The UN Sustainable Development Goals the area serves, 1–17.
    public var sdgs: [Int]
    /// Why these SDGs, or why none: the strategy's own words on the choice.
    public var sdgNote: String?
    /// Whether requirements in this area count as ethical or social requirements in the report
    /// (section 2.A.2). True for `etikk` by default.
    public var isEthical: Bool

    public init(id: String, name: String, overarchingGoal: String? = nil, sdgs: [Int] = [], sdgNote: String? = nil, isEthical: Bool = false) {
        self.id = id
        self.name = name
        self.overarchingGoal = overarchingGoal
        self.sdgs = sdgs
        self.sdgNote = sdgNote
        self.isEthical = isEthical
    }

    /// The four areas of a municipal strategy for sustainable procurement, with the SDGs a real
    /// 2025 strategy names for each. A plan can rename, add or drop areas afterwards.
    public static let defaults: [Area] = [
        Area(id: "klima", name: "Klima og miljø", sdgs: [12, 13, 15]),
        Area(id: "etikk", name: "Etikk og menneskerettigheter", sdgs: [8, 10, 12, 16], isEthical: true),
        Area(id: "dyrevelferd", name: "Dyrevelferd", sdgs: [2, 12, 15]),
        Area(id: "seriositet", name: "Seriøsitet, korrupsjon og arbeidstakerrettigheter", sdgs: [8, 10, 16]),
    ]
}
