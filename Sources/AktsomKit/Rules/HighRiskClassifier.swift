/// Which procurements are high-risk, and on whose word: set by hand (`--high-risk`,
/// `--no-high-risk`), which always wins; else a category on DFØ's high-risk list, credited to
/// DFØ; else a category of the organisation's own risk assessment, credited to it and never to
/// DFØ. Every count, check and page asks this one rule.
public struct HighRiskClassifier: Sendable {
    public let dfo: DatedRule<HighRiskList>?
    public let own: HighRiskList
    private let history: RuleHistory<HighRiskList>

    /// The classifier for a plan; DFØ's list as it stands on `day` (its latest when nil).
    public init(plan: ActionPlan, rules: RuleBook = .standard, on day: Day? = nil) {
        history = rules.highRiskList
        dfo = rules.highRiskList(on: day ?? .latest)
        own = HighRiskList(ownCategories: plan.ownHighRiskCategories)
    }

    public func assess(_ procurement: Procurement) -> HighRiskAssessment {
        if let override = procurement.highRiskOverride {
            return HighRiskAssessment(isHighRisk: override, reason: override ? .setByHand : .setToNoByHand, citation: nil)
        }
        if let dfo, let category = dfo.content.match(procurement.category) {
            return HighRiskAssessment(isHighRisk: true, reason: .dfo(category), citation: RuleCitation(history, dfo))
        }
        if let category = own.match(procurement.category) {
            return HighRiskAssessment(isHighRisk: true, reason: .own(category.name), citation: HighRiskAssessment.ownCitation)
        }
        return HighRiskAssessment(isHighRisk: false, reason: .none, citation: nil)
    }

    public func isHighRisk(_ procurement: Procurement) -> Bool {
        assess(procurement).isHighRisk
    }
}

/// Whether one procurement is high-risk, and why.
public struct HighRiskAssessment: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case setByHand
        case setToNoByHand
        /// A category on DFØ's list.
        case dfo(HighRiskList.Category)
        /// A category of the plan's own risk assessment, by its name.
        case own(String)
        case none
    }

    public let isHighRisk: Bool
    public let reason: Reason
    /// The rule it rests on: DFØ's list, or the plan's own risk assessment.
    public let citation: RuleCitation?

    /// The citation of the plan's own categories: no source but the plan.
    static let ownCitation = RuleCitation(
        rule: "egen-risikovurdering", title: Localized("Egen risikovurdering", en: "Own risk assessment"), period: nil, sources: [],
        note: Localized("egen risikovurdering: planens egne høyrisikokategorier (aktsom plan edit --own-high-risk)",
                        en: "own risk assessment: the plan's own high-risk categories (aktsom plan edit --own-high-risk)"))

    /// `DFØs høyrisikoliste: Møbler`, `egen risikovurdering: Kjøretøy`, `satt for hånd`; nil when
    /// not high-risk by any rule.
    public var why: Localized? {
        switch reason {
        case .setByHand: return Localized("satt for hånd", en: "set by hand")
        case .setToNoByHand: return Localized("satt til nei for hånd", en: "set to no by hand")
        case .dfo(let category): return Localized("DFØs høyrisikoliste: \(category.name)", en: "DFØ's high-risk list: \(category.name)")
        case .own(let name): return Localized("egen risikovurdering: \(name)", en: "own risk assessment: \(name)")
        case .none: return nil
        }
    }

    /// `ja (DFØs høyrisikoliste: Møbler)`, `nei`, `nei (satt til nei for hånd)`.
    public var described: Localized {
        let answer = isHighRisk ? Localized("ja", en: "yes") : Localized("nei", en: "no")
        return why.map { answer + Localized(" (\($0.nb))", en: " (\($0.en))") } ?? answer
    }

    /// `{"highRisk", "reason": "set-by-hand"|"set-to-no-by-hand"|"dfo"|"own"|null, "category"}`.
    public var json: [(String, JSONValue?)] {
        let (reason, category): (JSONValue, JSONValue) = {
            switch self.reason {
            case .setByHand: return (.string("set-by-hand"), .null)
            case .setToNoByHand: return (.string("set-to-no-by-hand"), .null)
            case .dfo(let category): return (.string("dfo"), .string(category.name))
            case .own(let name): return (.string("own"), .string(name))
            case .none: return (.null, .null)
            }
        }()
        return [("highRisk", .bool(isHighRisk)), ("highRiskReason", reason), ("highRiskCategory", category)]
    }
}

extension PlanData {
    /// The high-risk rule for this plan: DFØ's list and the plan's own categories.
    public func highRiskClassifier(rules: RuleBook = .standard) -> HighRiskClassifier {
        HighRiskClassifier(plan: plan, rules: rules)
    }
}
