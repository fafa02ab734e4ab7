/// What `area add` asks for.
public struct AreaDraft: Sendable {
    public var id: String?
    public var name: String
    public var overarchingGoal: String?
    public var sdgs: [Int] = []
    public var sdgNote: String?
    public var isEthical = false

    public init(name: String, id: String? = nil) {
        self.name = name
        self.id = id
    }
}

/// What `area edit` can change; the id stays, so goals, risks and requirements stay attached.
public struct AreaChanges: Sendable {
    public var name: String?
    public var overarchingGoal: FieldChange<String> = .unchanged
    /// The new list; empty clears it.
    public var sdgs: [Int]?
    public var sdgNote: FieldChange<String> = .unchanged
    public var isEthical: Bool?

    public init() {}

    var isEmpty: Bool {
        name == nil && overarchingGoal.isUnchanged && sdgs == nil && sdgNote.isUnchanged && isEthical == nil
    }
}

extension PlanData {
    /// Adds a strategy area after the others. Without an id it gets one from the first word of
    /// its name (`Klima og miljø` → `klima`), as the default areas have, since goal ids are made
    /// from it (`klima-1`) and should read as the area.
    @discardableResult
    public mutating func addArea(_ draft: AreaDraft) throws(PlanError) -> Area {
        let name = try PlanData.requiredText(draft.name, field: "--name")
        let id: String
        if let given = draft.id {
            try checkNewID(given, kind: .area, existing: plan.ids(of: .area))
            id = given
        } else {
            id = PlanData.areaID(forName: name, existing: plan.ids(of: .area))
        }
        let area = Area(id: id, name: name, overarchingGoal: PlanData.optionalText(draft.overarchingGoal), sdgs: draft.sdgs,
                        sdgNote: PlanData.optionalText(draft.sdgNote), isEthical: draft.isEthical)
        plan.areas.append(area)
        return area
    }

    /// Changes an area's name, overarching goal, SDGs, note on the SDGs, or whether it counts
    /// as ethical in the report.
    @discardableResult
    public mutating func editArea(_ id: String, _ changes: AreaChanges) throws(PlanError) -> Area {
        guard let index = plan.areas.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.area, id: id, candidates: plan.ids(of: .area))
        }
        guard !changes.isEmpty else {
            throw .nothingToChange(hint: Localized("oppgi minst ett felt: --name, --goal, --sdgs, --sdg-note, --ethical eller --not-ethical",
                                                   en: "give at least one field: --name, --goal, --sdgs, --sdg-note, --ethical or --not-ethical"))
        }
        var area = plan.areas[index]
        if let name = changes.name { area.name = try PlanData.requiredText(name, field: "--name") }
        area.overarchingGoal = PlanData.optionalText(changes.overarchingGoal.applied(to: area.overarchingGoal))
        if let sdgs = changes.sdgs { area.sdgs = sdgs }
        area.sdgNote = PlanData.optionalText(changes.sdgNote.applied(to: area.sdgNote))
        if let ethical = changes.isEthical { area.isEthical = ethical }
        plan.areas[index] = area
        return area
    }

    /// Reads `12,13,15` (spaces or semicolons also separate); an empty text is no SDGs. A number
    /// given twice counts once, in the order first given.
    public static func sdgList(_ text: String) throws(PlanError) -> [Int] {
        var result: [Int] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            guard let number = Int(part), SustainableDevelopmentGoal.numbers.contains(number) else { throw .invalidSDG(String(part)) }
            if !result.contains(number) { result.append(number) }
        }
        return result
    }

    /// `Seriøsitet, korrupsjon og …` → `seriositet`: the first word, lower case, in plain letters;
    /// a number is added when the id is taken.
    static func areaID(forName name: String, existing: [String]) -> String {
        let firstWord = name.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).first.map(String.init) ?? ""
        var base = ""
        for character in firstWord.lowercased() {
            switch character {
            case "æ": base += "ae"
            case "ø", "ö": base += "o"
            case "å", "ä", "á", "à": base += "a"
            case "é", "è", "ê": base += "e"
            default: if character.isASCII && (character.isLetter || character.isNumber) { base.append(character) }
            }
        }
        if base.isEmpty { base = "omrade" }
        base = String(base.prefix(40))
        guard existing.contains(base) else { return base }
        var number = 2
        while existing.contains("\(base)\(number)") { number += 1 }
        return "\(base)\(number)"
    }
}
