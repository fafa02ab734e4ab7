/// The first day a goal, measure or risk counts, and why: what the lead set, or what Aktsom
/// took from where the record was put. A lead entering last year today must be able to see why
/// a record is, or is not, in that year's report, so every inferred start carries its reason.
public struct InForceSince: Sendable, Hashable {
    /// The first day in force; nil means it has always been (a version 1 plan without a period).
    public let day: Day?
    public let reason: Reason

    public enum Reason: Sendable, Hashable {
        /// The lead set a start (`--start`, «Gjelder fra»).
        case start(DueDate)
        /// An annual goal counts from 1 January of its year.
        case annualGoal(year: Int)
        /// A goal or risk of the strategy counts from the start of the plan's period.
        case strategyPeriod(Period)
        /// A measure counts from the start of its goal.
        case goal(id: String)
        /// The earliest status update recorded for the measure.
        case statusUpdate(Day)
        /// A risk counts from the first day of its earliest measure.
        case measure(id: String)
        /// The day the record was entered, when nothing else says more.
        case added(Day)
        /// Nothing says when: it has always been in force.
        case always
    }

    public init(day: Day?, reason: Reason) {
        self.day = day
        self.reason = reason
    }

    /// Whether the lead set the start, directly or by the year of an annual goal.
    public var isSetByLead: Bool {
        switch reason {
        case .start, .annualGoal: return true
        default: return false
        }
    }

    /// «fra 01.01.2023 fordi målet er et årsmål for 2023»: the day and the reason in one phrase.
    public var explanation: Localized {
        let because = reason.because
        guard let day else { return Localized("alltid, \(because.nb)", en: "always, \(because.en)") }
        return Localized("fra \(day.norwegian), \(because.nb)", en: "from \(day.norwegian), \(because.en)")
    }
}

extension InForceSince.Reason {
    /// «fordi strategiperioden er 2022–2025».
    public var because: Localized {
        switch self {
        case .start(let start):
            return Localized("fordi start er satt til \(start.display(.nb))", en: "because its start is set to \(start.display(.en))")
        case .annualGoal(let year):
            return Localized("fordi det er et årsmål for \(year)", en: "because it is an annual goal for \(year)")
        case .strategyPeriod(let period):
            return Localized("fordi strategiperioden er \(period.display)", en: "because the strategy period is \(period.display)")
        case .goal(let id):
            return Localized("fordi målet \(id) gjelder fra da", en: "because its goal \(id) is in force from then")
        case .statusUpdate(let day):
            return Localized("fordi første statusoppdatering er datert \(day.norwegian)", en: "because its first status update is dated \(day.norwegian)")
        case .measure(let id):
            return Localized("fordi tiltaket \(id) gjelder fra da", en: "because the measure \(id) is in force from then")
        case .added(let day):
            return Localized("fordi det ble lagt inn \(day.norwegian) og ingen start er satt", en: "because it was entered on \(day.norwegian) and no start is set")
        case .always:
            return Localized("fordi ingenting sier når det begynte", en: "because nothing says when it began")
        }
    }
}

extension InForceSince {
    /// «fra 01.01.2023, fordi det er et årsmål for 2023, til og med 2025»: when a record counts,
    /// and why, as the pages and `show` commands say it.
    public func display(until end: DueDate?, _ language: Language) -> String {
        var text = explanation.text(language)
        if let end { text += (language == .nb ? ", til og med " : ", until ") + end.display(language) }
        return text
    }

    /// `{"day": "2023-01-01", "reason": "fordi …", "setByLead": false}`, for `--json`.
    public var json: JSONValue {
        .object([("day", day.map { .string($0.iso) } ?? .null), ("reason", .string(reason.because.nb)), ("setByLead", .bool(isSetByLead))])
    }

    /// The earliest of the candidates; among equal days the first given wins, so the reason
    /// shown is the one the lead can most easily see (the goal before the day it was typed).
    static func earliest(_ candidates: [InForceSince]) -> InForceSince? {
        var best: InForceSince?
        for candidate in candidates {
            guard let current = best else { best = candidate; continue }
            switch (current.day, candidate.day) {
            case (nil, _): continue
            case (_, nil): best = candidate
            case (let known?, let day?): if day < known { best = candidate }
            }
        }
        return best
    }
}
