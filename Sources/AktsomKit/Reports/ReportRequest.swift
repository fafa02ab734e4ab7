/// Which report is asked for, chosen by one rule for both doors: `aktsom export` and the export
/// page give what the person chose, and this picks the template, the year, the day and the builder.
///
/// - The template: the one chosen, else the plan's own.
/// - A yearly form: the year chosen, else the year being reported (last year until its deadline);
///   statuses on 31 December, or today while the year is not over.
/// - The action plan: as of the day chosen, else the end of the year chosen (today if sooner),
///   else today; or, for the whole strategy period, everything in force in the period, as of its
///   last day or today if sooner.
public struct ReportRequest: Sendable {
    public let template: ReportTemplate
    /// The reporting year; for the action plan, the year of its day.
    public let year: Int
    public let asOf: Day
    /// For the action plan of a whole strategy period.
    public let period: Period?

    /// A choice that cannot make a report: a day for a yearly form, a period for one, a period
    /// asked for a plan without one.
    public enum Problem: Error, Sendable, Equatable {
        case dayForYearlyForm(template: String, year: Int)
        case periodForYearlyForm(template: String)
        case noPeriod

        /// What is wrong, after the name of the field (each door names it its own way).
        public var message: Localized {
            switch self {
            case .dayForYearlyForm(_, let year):
                return Localized("gjelder bare malen handlingsplan; årsrapporten viser status per 31.12.\(year), eller per i dag før året er omme",
                                 en: "applies only to the handlingsplan template; the annual report shows status as of 31.12.\(year), or as of today before the year is over")
            case .periodForYearlyForm(let template):
                return Localized("gjelder bare malen handlingsplan, ikke \(template)", en: "applies only to the handlingsplan template, not \(template)")
            case .noPeriod:
                return Localized("krever en strategiperiode, og planen har ingen", en: "needs a strategy period, and the plan has none")
            }
        }

        /// The field of the choice that is wrong.
        public var field: ReportChoiceField {
            switch self {
            case .dayForYearlyForm: return .asOf
            case .periodForYearlyForm, .noPeriod: return .period
            }
        }
    }

    public init(template chosen: ReportTemplate?, year: Int?, asOf day: Day?, wholePeriod: Bool, plan: ActionPlan, today: Day) throws(Problem) {
        let template = chosen ?? TemplateCatalog.defaultTemplate(for: plan)
        self.template = template
        if template.isYearly {
            let year = year ?? plan.yearBeingReported(on: today)
            if day != nil { throw .dayForYearlyForm(template: template.id, year: year) }
            if wholePeriod { throw .periodForYearlyForm(template: template.id) }
            self.year = year
            self.asOf = Day.yearEnd(year, notAfter: today)
            self.period = nil
        } else if wholePeriod {
            guard let period = plan.period, let last = Day.lastDay(of: period.last) else { throw .noPeriod }
            self.asOf = day ?? min(last, today)
            self.year = asOf.year
            self.period = period
        } else {
            self.asOf = day ?? year.map { Day.yearEnd($0, notAfter: today) } ?? today
            self.year = asOf.year
            self.period = nil
        }
    }

    public func builder(_ data: PlanData) -> ReportBuilder {
        ReportBuilder(data: data, template: template, year: year, asOf: asOf, period: period)
    }

    /// `2025`, or `2022-2025` for a whole period: the folder under `Exports/<plan>/`.
    public var folderName: String {
        period?.description ?? String(year)
    }
}

/// The choices of a report: the options of `export` and the fields of the export page.
public enum ReportChoiceField: String, Sendable {
    case template, year, asOf = "as-of", period
}
