/// Requirements as typed on the command line: `qualification,award,contract` for the ethical
/// area, or `klima:award,contract` for another area. `klima:ingen` removes an area's requirements.
public struct RequirementSpec: Sendable, Equatable {
    /// The area id, or nil for "the plan's ethical area".
    public var area: String?
    public var phases: Set<RequirementPhase>

    public init(area: String?, phases: Set<RequirementPhase>) {
        self.area = area
        self.phases = phases
    }

    /// Reads `[AREA:]phase,phase`; the first unknown phase is refused.
    public static func parse(_ text: String) -> Result<RequirementSpec, UnknownWord> {
        var area: String?
        var list = Substring(text)
        if let colon = text.firstIndex(of: ":") {
            area = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
            list = text[text.index(after: colon)...]
        }
        let words = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if words.count == 1, ["ingen", "none", "-"].contains(words[0].lowercased()) {
            return .success(RequirementSpec(area: area, phases: []))
        }
        guard !words.isEmpty else { return .failure(RequirementPhase.unknown(text)) }
        var phases: Set<RequirementPhase> = []
        for word in words {
            switch RequirementPhase.read(word) {
            case .success(let phase): phases.insert(phase)
            case .failure(let unknown): return .failure(unknown)
            }
        }
        return .success(RequirementSpec(area: area, phases: phases))
    }
}

/// What `procurement add` asks for; `procurement edit` uses the same fields, where nil means
/// "leave as it is".
public struct ProcurementDraft: Sendable {
    public var id: String?
    public var title: String?
    public var year: Int?
    public var category: String?
    public var contractType: String?
    public var suppliers: Int?
    public var value: Amount?
    /// `true`/`false` set by hand; `.some(nil)` returns to following the category.
    public var highRisk: Bool??
    public var requirements: [RequirementSpec] = []
    public var contractStart: FieldChange<Day> = .unchanged
    public var contractEnd: FieldChange<Day> = .unchanged
    public var announcedOn: FieldChange<Day> = .unchanged
    public var contractKind: FieldChange<ContractKind> = .unchanged
    public var regulationPart: FieldChange<RegulationPart> = .unchanged
    /// How the climate rule was met; nil leaves it as it is.
    public var climate: ClimateChange?
    /// Where the reason stands in the procurement documents.
    public var climateDocumentedIn: FieldChange<String> = .unchanged
    public var measures: [String] = []
    public var removeMeasures: [String] = []

    public init() {}
}

extension PlanData {
    /// The area that requirements without an `AREA:` prefix belong to.
    public func ethicalAreaID() throws(PlanError) -> String {
        guard let area = plan.areas.first(where: \.isEthical) else {
            throw .noEthicalArea
        }
        return area.id
    }

    /// The procurement's requirements after applying specs: each named area's phases replaced.
    func applying(_ specs: [RequirementSpec], to requirements: [String: Set<RequirementPhase>]) throws(PlanError) -> [String: Set<RequirementPhase>] {
        var result = requirements
        for spec in specs {
            let area: String
            if let given = spec.area { area = given } else { area = try ethicalAreaID() }
            guard plan.area(area) != nil else { throw .unknownRecord(.area, id: area, candidates: plan.ids(of: .area)) }
            result[area] = spec.phases.isEmpty ? nil : spec.phases
        }
        return result
    }

    /// Adds a procurement to the register and links it to measures. Without an id it gets
    /// `anskaffelse-<n>`; with one (a case number such as `2019/0412`) that id is checked.
    @discardableResult
    public mutating func addProcurement(_ draft: ProcurementDraft) throws(PlanError) -> Procurement {
        let title = try PlanData.requiredText(draft.title ?? "", field: "--title")
        let id = try newID(draft.id, kind: .procurement, prefix: "anskaffelse-", existing: register.ids)
        var procurement = Procurement(
            id: id, title: title, year: draft.year, category: PlanData.optionalText(draft.category),
            contractType: PlanData.optionalText(draft.contractType), suppliers: draft.suppliers, value: draft.value,
            highRiskOverride: draft.highRisk ?? nil, requirements: try applying(draft.requirements, to: [:]),
            climate: try ClimateWeighting.applying(draft.climate, to: nil))
        try PlanData.apply(draft, to: &procurement)
        register.procurements.append(procurement)
        try linkMeasures(draft.measures, unlink: [], to: id)
        return procurement
    }

    /// Changes the fields given in the draft; the id never changes.
    @discardableResult
    public mutating func editProcurement(_ id: String, _ draft: ProcurementDraft) throws(PlanError) -> Procurement {
        guard let index = register.procurements.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.procurement, id: id, candidates: register.ids)
        }
        var procurement = register.procurements[index]
        if let title = draft.title { procurement.title = try PlanData.requiredText(title, field: "--title") }
        if let year = draft.year { procurement.year = year }
        if let category = draft.category { procurement.category = PlanData.optionalText(category) }
        if let contractType = draft.contractType { procurement.contractType = PlanData.optionalText(contractType) }
        if let suppliers = draft.suppliers { procurement.suppliers = suppliers }
        if let value = draft.value { procurement.value = value }
        if let highRisk = draft.highRisk { procurement.highRiskOverride = highRisk }
        procurement.requirements = try applying(draft.requirements, to: procurement.requirements)
        procurement.climate = try ClimateWeighting.applying(draft.climate, to: procurement.climate)
        try PlanData.apply(draft, to: &procurement)
        register.procurements[index] = procurement
        try linkMeasures(draft.measures, unlink: draft.removeMeasures, to: id)
        return procurement
    }

    /// The dates, kind, part and the reason's place of a draft. A contract that ends before it
    /// starts is refused, naming the option given, or the end when both were.
    static func apply(_ draft: ProcurementDraft, to procurement: inout Procurement) throws(PlanError) {
        procurement.contractStart = draft.contractStart.applied(to: procurement.contractStart)
        procurement.contractEnd = draft.contractEnd.applied(to: procurement.contractEnd)
        procurement.announcedOn = draft.announcedOn.applied(to: procurement.announcedOn)
        procurement.contractKind = draft.contractKind.applied(to: procurement.contractKind)
        procurement.regulationPart = draft.regulationPart.applied(to: procurement.regulationPart)
        procurement.climateDocumentedIn = PlanData.optionalText(draft.climateDocumentedIn.applied(to: procurement.climateDocumentedIn))
        if let start = procurement.contractStart, let end = procurement.contractEnd, end < start {
            let field = draft.contractEnd.isUnchanged ? "--contract-start" : "--contract-end"
            throw .invalidField(FieldProblem(field: field, message: Localized("\(field): kontrakten slutter \(end.norwegian), før den starter \(start.norwegian)",
                                                                              en: "\(field): the contract ends \(end.norwegian), before it starts \(start.norwegian)"),
                                             notes: [Localized("--contract-start er dagen kontrakten starter, --contract-end dagen den slutter",
                                                               en: "--contract-start is the day the contract starts, --contract-end the day it ends")]))
        }
    }

    /// Links measures to a procurement. The link is kept on the measure only, so the two sides
    /// can never disagree.
    mutating func linkMeasures(_ link: [String], unlink: [String], to procurement: String) throws(PlanError) {
        for measureID in link + unlink {
            guard plan.measure(measureID) != nil else { throw missingMeasure(measureID) }
        }
        for index in plan.measures.indices {
            let id = plan.measures[index].id
            if link.contains(id) && !plan.measures[index].procurements.contains(procurement) {
                plan.measures[index].procurements.append(procurement)
            }
            if unlink.contains(id) {
                guard let position = plan.measures[index].procurements.firstIndex(of: procurement) else {
                    throw .notLinked(.procurement, id: procurement, to: id)
                }
                plan.measures[index].procurements.remove(at: position)
            }
        }
    }

    /// Records a deviation found in a procurement's supply chain; it gets the id `avvik-<n>`.
    /// The action may come later: a deviation is often found before anyone knows what to do, and
    /// `aktsom check` reminds of open ones without an action.
    @discardableResult
    public mutating func addDeviation(
        to id: String, type: String, location: String, action: String?, status: String?, state: DeviationState?, date: Day, today: Day,
        followUp: String? = nil
    ) throws(PlanError) -> Deviation {
        guard let index = register.procurements.firstIndex(where: { $0.id == id }) else {
            throw .unknownRecord(.procurement, id: id, candidates: register.ids)
        }
        if let followUp { try checkFollowUpLink(followUp, in: register.procurements[index]) }
        if date > today { throw .dateInFuture(date, today: today) }
        let (text, state) = try PlanData.deviationStatus(status, state: state)
        // The report says what was done about a closed deviation; only an open one may wait.
        if state == .closed && PlanData.optionalText(action) == nil { throw .closedWithoutAction(deviation: nil) }
        let deviation = Deviation(
            id: try newID(nil, kind: .deviation, prefix: "avvik-", existing: register.deviations.map(\.deviation.id)),
            type: try PlanData.requiredText(type, field: "--type"), location: try PlanData.requiredText(location, field: "--where"),
            action: PlanData.optionalText(action) ?? "", status: text, state: state, date: date,
            closed: state == .closed ? date : nil, followUp: followUp)
        register.procurements[index].deviations.append(deviation)
        return deviation
    }

    /// Sets a deviation's status, in the report's words, and its state. Closing it records the
    /// day; reopening clears that day.
    @discardableResult
    public mutating func updateDeviation(_ id: String, status: String?, state: DeviationState?, action: String?, date: Day, today: Day) throws(PlanError) -> Deviation {
        for procurementIndex in register.procurements.indices {
            guard let index = register.procurements[procurementIndex].deviations.firstIndex(where: { $0.id == id }) else { continue }
            if date > today { throw .dateInFuture(date, today: today) }
            var deviation = register.procurements[procurementIndex].deviations[index]
            (deviation.status, deviation.state) = try PlanData.deviationStatus(status, state: state)
            deviation.closed = deviation.state == .closed ? (deviation.closed ?? date) : nil
            if let action = PlanData.optionalText(action) { deviation.action = action }
            if deviation.state == .closed && deviation.action.isBlank { throw .closedWithoutAction(deviation: id) }
            register.procurements[procurementIndex].deviations[index] = deviation
            return deviation
        }
        throw .unknownRecord(.deviation, id: id, candidates: register.deviations.map(\.deviation.id))
    }
}

extension PlanData {
    /// A deviation can be linked only to a follow-up of its own procurement: the one that found it.
    func checkFollowUpLink(_ followUp: String, in procurement: Procurement) throws(PlanError) {
        guard procurement.followUps.contains(where: { $0.id == followUp }) else {
            throw .unknownRecord(.followUp, id: followUp, candidates: procurement.followUps.map(\.id))
        }
    }

    /// A deviation's status text and state from what was typed: the text as written, its state
    /// read from its first words unless given; a state alone is also its text.
    static func deviationStatus(_ text: String?, state: DeviationState?) throws(PlanError) -> (String, DeviationState) {
        switch (PlanData.optionalText(text), state) {
        case (let text?, let state?): return (text, state)
        case (let text?, nil):
            guard let read = DeviationState(readingStatus: text) else { throw .unreadableDeviationStatus(text) }
            return (text, read)
        case (nil, let state?): return (state.rawValue, state)
        case (nil, nil): throw .emptyText(field: "--status")
        }
    }
}
