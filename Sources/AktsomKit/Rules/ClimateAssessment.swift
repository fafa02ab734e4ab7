/// How one procurement stands under anskaffelsesforskriften § 7-9, by the version in force on
/// its announcement (or 1 January of its year), its value and its part of the regulation:
///
/// - Announced before the rule, or valued under its lower limit: not under the rule.
/// - Part I (up to the national threshold): no duty to set award criteria at all (DFØ's guide,
///   3.2), so nothing recorded is no gap; where weighted or ranked criteria are used, the
///   weighting rules bite as below.
/// - Parts II and III, and a value not recorded: a weight of at least 30 %; or climate among the
///   three highest ranked criteria; ranked lower, only with requirements in the specification
///   (fourth paragraph, second sentence); requirements in the specification instead; or the
///   exemption. A weight under 30 % needs its reason; nothing recorded is a gap.
///
/// The reasons for the specification instead of criteria, the exemption and a lower weight must
/// stand in the procurement documents at announcement; where the register does not say where,
/// the check notes it (KOFA 2025/0726 found a breach where the reason was missing then).
public struct ClimateAssessment: Sendable {
    public enum Standing: Sendable, Equatable {
        /// Not under the rule, and why.
        case notUnderRule(Localized)
        case atLeastMinimum
        case belowMinimumJustified
        case belowMinimumUnjustified
        case rankedTop
        case rankedLowWithSpecification
        case rankedLowWithoutSpecification
        case inSpecification
        case exempt
        /// Nothing recorded where the rule asks for something: a gap.
        case missing
        /// Nothing recorded in part I, where no award criteria need be set.
        case missingPartI
    }

    public let duty: DatedRule<ClimateDuty>?
    public let placement: RegulationPlacement?
    public let standing: Standing
    /// The day looked at, and whether it was recorded or taken from the year.
    public let announcement: (day: Day, recorded: Bool)?
    let citation: RuleCitation?
    /// The decisions on how the rule is read (KOFA), for the findings they bear on.
    public let decisions: [RuleSource]

    public init(_ procurement: Procurement, rules: RuleBook = .standard) {
        announcement = procurement.announcementDay
        guard let day = announcement?.day else {
            (duty, placement, citation, decisions) = (nil, nil, nil, [])
            standing = .notUnderRule(Localized("verken år eller kunngjøringsdato er registrert", en: "neither a year nor an announcement date is recorded"))
            return
        }
        duty = rules.climateDuty.inForce(on: day)
        citation = duty.map { RuleCitation(rules.climateDuty, $0) }
        decisions = rules.decisions[rules.climateDuty.id] ?? []
        placement = rules.regulationParts.inForce(on: day).map { RegulationPlacement(procurement: procurement, thresholds: $0.content) }
        guard let duty = duty?.content else {
            standing = .notUnderRule(Localized("kunngjort \(day.norwegian), før § 7-9 gjaldt", en: "announced \(day.norwegian), before § 7-9 applied"))
            return
        }
        if let value = procurement.value, value < duty.lowerValueLimit {
            standing = .notUnderRule(Localized("verdien \(value.norwegian) kr er under \(duty.lowerValueLimit.norwegian) kr ekskl. mva.",
                                               en: "the value NOK \(value.norwegian) is under NOK \(duty.lowerValueLimit.norwegian) excl. VAT"))
            return
        }
        if placement?.place == .outside {
            standing = .notUnderRule(placement?.reason ?? Localized(verbatim: ""))
            return
        }
        let partI = placement?.place == .part(.partI)
        switch procurement.climate {
        case nil: standing = partI ? .missingPartI : .missing
        case .weight(let weight, let reason, _)?:
            standing = weight >= duty.minimumWeight ? .atLeastMinimum : (reason?.isBlank ?? true) ? .belowMinimumUnjustified : .belowMinimumJustified
        case .ranked(let rank, let specification)?:
            standing = rank <= duty.topRanks ? .rankedTop : (specification?.isBlank ?? true) ? .rankedLowWithoutSpecification : .rankedLowWithSpecification
        case .inSpecification?: standing = .inSpecification
        case .exempt?: standing = .exempt
        }
    }

    /// The standing's id in `--json`: `missing`, `ranked-top`, `not-under-rule` …
    public var standingID: String {
        switch standing {
        case .notUnderRule: return "not-under-rule"
        case .atLeastMinimum: return "weight-at-least-minimum"
        case .belowMinimumJustified: return "weight-below-minimum-justified"
        case .belowMinimumUnjustified: return "weight-below-minimum-unjustified"
        case .rankedTop: return "ranked-top"
        case .rankedLowWithSpecification: return "ranked-low-with-specification"
        case .rankedLowWithoutSpecification: return "ranked-low-without-specification"
        case .inSpecification: return "in-specification"
        case .exempt: return "exempt"
        case .missing: return "missing"
        case .missingPartI: return "missing-part-i"
        }
    }

    /// The standing in words, for the procurement's page and `procurement show`.
    public var described: Localized {
        switch standing {
        case .notUnderRule(let why): return Localized("ikke under § 7-9: ", en: "not under § 7-9: ") + why
        case .atLeastMinimum: return Localized("oppfyller § 7-9 (vekt minst 30 %)", en: "meets § 7-9 (weight at least 30 %)")
        case .belowMinimumJustified: return Localized("vekt under 30 %, begrunnet", en: "weight under 30 %, with a reason")
        case .belowMinimumUnjustified: return Localized("vekt under 30 % uten begrunnelse", en: "weight under 30 % without a reason")
        case .rankedTop: return Localized("oppfyller § 7-9 (blant de tre høyest prioriterte)", en: "meets § 7-9 (among the three highest ranked)")
        case .rankedLowWithSpecification: return Localized("oppfyller § 7-9 (rangert lavere, med klimakrav i kravspesifikasjonen)", en: "meets § 7-9 (ranked lower, with climate requirements in the specification)")
        case .rankedLowWithoutSpecification: return Localized("rangert under de tre høyeste uten klimakrav i kravspesifikasjonen", en: "ranked below the top three without climate requirements in the specification")
        case .inSpecification: return Localized("oppfyller § 7-9 (klimakrav i kravspesifikasjonen i stedet)", en: "meets § 7-9 (climate requirements in the specification instead)")
        case .exempt: return Localized("unntatt etter § 7-9 femte ledd", en: "exempt under § 7-9 fifth paragraph")
        case .missing: return Localized("ikke registrert: § 7-9 krever vekt, rangering, klimakrav i kravspesifikasjonen eller unntak",
                                        en: "not recorded: § 7-9 asks for a weight, a rank, requirements in the specification or an exemption")
        case .missingPartI: return Localized("ikke registrert; i del I er det ingen plikt til å sette tildelingskriterier",
                                             en: "not recorded; in part I there is no duty to set award criteria")
        }
    }

    public var isUnderRule: Bool {
        if case .notUnderRule = standing { return false }
        return true
    }

    /// A gap `check` fails on.
    public var isGap: Bool {
        [.missing, .belowMinimumUnjustified, .rankedLowWithoutSpecification].contains(standing)
    }

    /// Meets the rule by one of its ways: what the indicator `andel-klimavekt-minst-30` counts.
    public var isCompliant: Bool {
        [.atLeastMinimum, .rankedTop, .rankedLowWithSpecification, .inSpecification].contains(standing)
    }

    /// A reason the rule asks to stand in the procurement documents: requirements instead of
    /// criteria, the exemption, a lower weight, a lower rank.
    public var needsReasonInDocuments: Bool {
        [.inSpecification, .exempt, .belowMinimumJustified, .rankedLowWithSpecification].contains(standing)
    }

    /// The rule and version it was judged by, with its sources and the KOFA decision.
    public var rule: RuleCitation? { citation }
}
