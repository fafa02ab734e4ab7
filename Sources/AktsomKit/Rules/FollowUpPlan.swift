/// Which agreements to follow up in a year, and how: a risk-based plan after DFØ's guidance,
/// for `aktsom followup plan` and its page.
///
/// **Active agreements.** An agreement is active in a year when its year (the procurement's, or
/// the agreement's start) is that year or one of the three before it: framework agreements run
/// at most four years (anskaffelsesforskriften § 26-2), so older ones have ended. A procurement
/// without a year cannot be placed and is left out, and counted.
///
/// **Ranking.** Each agreement gets points, every one with its reason in words:
/// high-risk category (DFØ's list, the plan's own, or set by hand) 40; an open deviation 30, or else an earlier
/// deviation 15; ethical contract terms to follow up 15; value from 50 million NOK 20, from 10
/// million 15, from 1 million 10, from 100 000 5; never followed up 20, last followed up two or
/// more years before the plan's year 15, the year before 5, in the year itself 0. Higher points
/// rank first; equal points by value (higher first), then by the register's order.
///
/// **Method.** One step of DFØ's ladder (``FollowUpMethod``): an open deviation, an on-site
/// audit; a high-risk agreement with an earlier deviation, or one that has answered a self-report
/// before, a sample check; any other high-risk agreement, a self-report with document review;
/// requirements of any area in the agreement, a status meeting; otherwise the labels and certificates.
///
/// **Capacity.** How many agreements the unit can follow up in the year: given, or the target of
/// the year's annual goal bound to `avtaler-fulgt-opp`. Agreements with a follow-up already
/// planned for the year take their places first; the highest ranked of the rest fill the others.
public struct FollowUpPlan: Sendable {
    /// A framework agreement's longest term, in years.
    public static let agreementYears = 4

    /// One reason an agreement ranks where it does.
    public struct Factor: Sendable, Equatable {
        /// `hoyrisiko`, `apent-avvik`, `tidligere-avvik`, `etiske-kontraktsvilkar`, `verdi`, `sist-fulgt-opp`.
        public let id: String
        public let points: Int
        public let reason: Localized
    }

    public struct Candidate: Sendable {
        public let rank: Int
        public let procurement: Procurement
        public let factors: [Factor]
        public let method: FollowUpMethod
        public let methodReason: Localized
        /// The latest follow-up carried out on or before the plan's day.
        public let lastFollowUp: FollowUp?
        /// A follow-up already planned for the year, done or not.
        public let inPlan: FollowUp?
        /// In the year's plan: already planned, or among the highest ranked within the capacity.
        public let proposed: Bool
        /// High-risk by the plan's rule (DFØ's list, its own categories, or by hand).
        public let isHighRisk: Bool

        public var score: Int { factors.reduce(0) { $0 + $1.points } }
    }

    /// Where the capacity came from.
    public enum CapacitySource: Sendable, Equatable {
        case given
        /// The target of this annual goal, bound to `avtaler-fulgt-opp`.
        case goal(String)
    }

    public let year: Int
    /// The day follow-ups and deviations are counted to: today, or the year's last day if earlier.
    public let asOf: Day
    public let capacity: Int?
    public let capacitySource: CapacitySource?
    public let candidates: [Candidate]
    /// Procurements left out because they have no year.
    public let withoutYear: Int

    public var firstAgreementYear: Int { year - FollowUpPlan.agreementYears + 1 }

    public init(data: PlanData, year: Int, capacity given: Int?, today: Day, rules: RuleBook = .standard) {
        self.year = year
        let asOf = Day.yearEnd(year, notAfter: today)
        self.asOf = asOf
        if let given {
            (capacity, capacitySource) = (given, .given)
        } else if let goal = data.plan.goals.first(where: { $0.year == year && $0.target?.indicator == .followedUpProcurements }),
                  let value = goal.target?.value {
            (capacity, capacitySource) = (Int(value.hundredths / 100), .goal(goal.id))
        } else {
            (capacity, capacitySource) = (nil, nil)
        }
        withoutYear = data.register.procurements.filter { $0.year == nil }.count
        let ethical = data.plan.ethicalAreaIDs
        let highRisk = data.highRiskClassifier(rules: rules)
        let first = year - FollowUpPlan.agreementYears + 1
        let active = data.register.procurements.enumerated().filter { _, procurement in
            guard let agreementYear = procurement.year else { return false }
            return (first...year).contains(agreementYear)
        }
        let assessed = active.map { position, procurement in
            Assessment(procurement: procurement, position: position, year: year, asOf: asOf, ethicalAreas: ethical, risk: highRisk.assess(procurement))
        }.sorted(by: Assessment.ranksBefore)
        let planned = assessed.filter { $0.inPlan != nil }.count
        let capacity = self.capacity
        var free = max(0, (capacity ?? 0) - planned)
        var candidates: [Candidate] = []
        for (index, assessment) in assessed.enumerated() {
            var proposed = assessment.inPlan != nil
            if !proposed && capacity != nil && free > 0 {
                proposed = true
                free -= 1
            }
            candidates.append(Candidate(rank: index + 1, procurement: assessment.procurement, factors: assessment.factors, method: assessment.method,
                                        methodReason: assessment.methodReason, lastFollowUp: assessment.lastFollowUp, inPlan: assessment.inPlan,
                                        proposed: proposed, isHighRisk: assessment.isHighRisk))
        }
        self.candidates = candidates
    }

    /// The agreements proposed that have no follow-up planned for the year yet: what `--accept`
    /// records.
    public var toAccept: [Candidate] {
        candidates.filter { $0.proposed && $0.inPlan == nil }
    }
}

/// One agreement weighed: its factors and the method they call for.
private struct Assessment {
    let procurement: Procurement
    let position: Int
    let factors: [FollowUpPlan.Factor]
    let method: FollowUpMethod
    let methodReason: Localized
    let lastFollowUp: FollowUp?
    let inPlan: FollowUp?
    let value: Amount?
    let isHighRisk: Bool

    init(procurement: Procurement, position: Int, year: Int, asOf: Day, ethicalAreas: Set<String>, risk: HighRiskAssessment) {
        self.procurement = procurement
        self.position = position
        value = procurement.value
        let done = procurement.followUps.filter { ($0.date ?? .latest) <= asOf }
        lastFollowUp = done.max { ($0.date ?? .latest) < ($1.date ?? .latest) }
        inPlan = procurement.followUps.first { $0.planned?.year == year }
        var factors: [FollowUpPlan.Factor] = []
        func add(_ id: String, _ points: Int, _ reason: Localized) { factors.append(FollowUpPlan.Factor(id: id, points: points, reason: reason)) }

        let isHighRisk = risk.isHighRisk
        self.isHighRisk = isHighRisk
        if isHighRisk {
            let why: Localized
            switch risk.reason {
            case .dfo(let category): why = Localized("høyrisikokategori (DFØ: \(category.name))", en: "high-risk category (DFØ: \(category.name))")
            case .own(let name): why = Localized("høyrisikokategori (egen risikovurdering: \(name))", en: "high-risk category (own risk assessment: \(name))")
            default: why = Localized("merket som høyrisiko", en: "marked as high-risk")
            }
            add("hoyrisiko", 40, why)
        }
        // The deviations known on the plan's day, and open then: one closed later was still open.
        let known = procurement.deviations.filter { ($0.date ?? asOf) <= asOf }
        let open = known.filter { deviation in
            if let closed = deviation.closed { return closed > asOf }
            return deviation.state.isOpen
        }
        if !open.isEmpty {
            let ids = open.map(\.id).joined(separator: ", ")
            add("apent-avvik", 30, Localized("åpent avvik (\(ids))", en: "open deviation (\(ids))"))
        } else if !known.isEmpty {
            let ids = known.map(\.id).joined(separator: ", ")
            add("tidligere-avvik", 15, Localized("avvik tidligere (\(ids))", en: "earlier deviation (\(ids))"))
        }
        let phases = procurement.phases(inAreas: ethicalAreas)
        if phases.contains(.contract) {
            add("etiske-kontraktsvilkar", 15, Localized("etiske kontraktsvilkår å følge opp", en: "ethical contract terms to follow up"))
        } else if isHighRisk && phases.isEmpty {
            add("etiske-kontraktsvilkar", 0, Localized("ingen etiske krav i avtalen å vise til", en: "no ethical requirements in the agreement to refer to"))
        }
        if let value = procurement.value {
            let points = value >= Amount(whole: 50_000_000)! ? 20 : value >= Amount(whole: 10_000_000)! ? 15
                : value >= Amount(whole: 1_000_000)! ? 10 : value >= Amount(whole: 100_000)! ? 5 : 0
            add("verdi", points, Localized("verdi \(value.norwegian) kr", en: "value NOK \(value.norwegian)"))
        }
        if let last = lastFollowUp?.date {
            switch year - last.year {
            case ...0: add("sist-fulgt-opp", 0, Localized("alt fulgt opp i \(year) (\(last.norwegian))", en: "already followed up in \(year) (\(last.norwegian))"))
            case 1: add("sist-fulgt-opp", 5, Localized("fulgt opp året før (\(last.norwegian))", en: "followed up the year before (\(last.norwegian))"))
            default: add("sist-fulgt-opp", 15, Localized("sist fulgt opp \(last.norwegian)", en: "last followed up \(last.norwegian)"))
            }
        } else {
            add("sist-fulgt-opp", 20, Localized("aldri fulgt opp", en: "never followed up"))
        }
        self.factors = factors

        let answered = procurement.followUps.filter { $0.kind == .selfReporting && $0.answered.map { $0 <= asOf } == true }
        if let deviation = open.first {
            (method, methodReason) = (.onSiteAudit, Localized("åpent avvik (\(deviation.id)): kontroller på stedet at det blir rettet",
                                                              en: "open deviation (\(deviation.id)): check on site that it is corrected"))
        } else if isHighRisk && !known.isEmpty {
            (method, methodReason) = (.sampleCheck, Localized("høyrisiko med avvik før: stikkprøve av dokumentasjonen for å se at rettingen holder",
                                                              en: "high-risk with an earlier deviation: a sample check of the documents to see that the correction holds"))
        } else if isHighRisk, let earlier = answered.compactMap(\.answered).max() {
            (method, methodReason) = (.sampleCheck, Localized("høyrisiko, egenrapportering besvart \(earlier.norwegian): neste trinn er stikkprøve",
                                                              en: "high-risk, self-report answered \(earlier.norwegian): the next step is a sample check"))
        } else if isHighRisk {
            (method, methodReason) = (.selfReportWithDocumentReview, Localized("høyrisiko: egenrapportering med gjennomgang av dokumentasjonen",
                                                                               en: "high-risk: a self-report with a review of the documents"))
        } else if !procurement.requirements.isEmpty {
            let named = procurement.requirements.keys.sorted().joined(separator: ", ")
            (method, methodReason) = (.statusMeeting, Localized("krav i avtalen (\(named)): gå gjennom dem i et statusmøte",
                                                                en: "requirements in the agreement (\(named)): go through them in a status meeting"))
        } else {
            (method, methodReason) = (.labelsAndCertificates, Localized("lav risiko: kontroller merker og sertifikater",
                                                                        en: "low risk: check the labels and certificates"))
        }
    }

    var score: Int { factors.reduce(0) { $0 + $1.points } }

    /// Higher points first; then higher value; then the register's order.
    static func ranksBefore(_ lhs: Assessment, _ rhs: Assessment) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let (left, right) = (lhs.value?.hundredths ?? -1, rhs.value?.hundredths ?? -1)
        if left != right { return left > right }
        return lhs.position < rhs.position
    }
}
