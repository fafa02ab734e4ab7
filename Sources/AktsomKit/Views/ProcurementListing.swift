/// Which procurements `procurement list` shows.
public struct ProcurementFilter: Sendable {
    public var year: Int?
    /// Part of the category, any case: `klær` finds `Arbeidsklær og verneutstyr`.
    public var category: String?
    public var highRiskOnly = false
    /// Only procurements without ethical or social requirements in any phase.
    public var missingRequirementsOnly = false

    public init() {}
}

/// The register filtered, with the year's indicators when a year is chosen.
public struct ProcurementListing: Sendable {
    public let procurements: [Procurement]
    public let indicators: YearIndicators?
    public let ethicalAreas: Set<String>
    let plan: ActionPlan
    /// The high-risk rule the listing was made with.
    public let highRisk: HighRiskClassifier

    public init(data: PlanData, filter: ProcurementFilter) {
        let ethical = data.plan.ethicalAreaIDs
        ethicalAreas = ethical
        plan = data.plan
        let highRisk = data.highRiskClassifier()
        self.highRisk = highRisk
        procurements = data.register.procurements.filter { procurement in
            if let year = filter.year, procurement.year != year { return false }
            if let category = filter.category, !(procurement.category ?? "").lowercased().contains(category.lowercased()) { return false }
            if filter.highRiskOnly && !highRisk.isHighRisk(procurement) { return false }
            if filter.missingRequirementsOnly && !procurement.phases(inAreas: ethical).isEmpty { return false }
            return true
        }
        indicators = filter.year.map { YearIndicators(data: data, year: $0) }
    }

    /// `K T V`, `– – V`: which phases have ethical requirements.
    static func phaseMarks(_ phases: Set<RequirementPhase>, _ language: Language) -> String {
        let letters: [RequirementPhase: String] = language == .nb
            ? [.qualification: "K", .award: "T", .contract: "V"] : [.qualification: "Q", .award: "A", .contract: "C"]
        return RequirementPhase.allCases.map { phases.contains($0) ? letters[$0] ?? "?" : "–" }.joined(separator: " ")
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var text = ""
        if procurements.isEmpty {
            text = nb ? "Ingen anskaffelser passer filteret.\n" : "No procurements match the filter.\n"
        } else {
            var table = TextTable(columns: [
                .init("ID"), .init(nb ? "ÅR" : "YEAR"), .init(nb ? "KATEGORI" : "CATEGORY", maximumWidth: 28),
                .init(nb ? "LEV." : "SUPP.", alignRight: true), .init(nb ? "VERDI" : "VALUE", alignRight: true),
                .init(nb ? "HØYRISIKO" : "HIGH RISK"), .init(nb ? "ETISKE KRAV" : "ETHICAL REQ."), .init(nb ? "KLIMA" : "CLIMATE"),
                .init(nb ? "TITTEL" : "TITLE", maximumWidth: 50),
            ])
            for procurement in procurements {
                table.append([
                    procurement.id, procurement.year.map(String.init) ?? "–", procurement.category ?? "–",
                    procurement.suppliers.map(String.init) ?? "–", procurement.value?.norwegian ?? "–",
                    highRisk.isHighRisk(procurement) ? (nb ? "ja" : "yes") : "",
                    ProcurementListing.phaseMarks(procurement.phases(inAreas: ethicalAreas), language),
                    ProcurementListing.climateMark(procurement, language), procurement.title,
                ])
            }
            text = table.rendered()
            text += nb ? "\n\(procurements.count.counted("anskaffelse", "anskaffelser")). ETISKE KRAV: K kvalifikasjonskrav, T tildelingskriterier, V kontraktsvilkår.\n"
                       : "\n\(procurements.count.counted("procurement", "procurements")). ETHICAL REQ.: Q qualification, A award, C contract terms.\n"
        }
        if let indicators {
            text += "\n" + ProcurementListing.indicatorText(indicators, language)
        }
        return text
    }

    /// `30 %`, `nr. 2`, `mangler` (a gap under § 7-9), or nothing: the register's climate column.
    public static func climateMark(_ procurement: Procurement, _ language: Language) -> String {
        if let climate = procurement.climate { return climate.short(language) }
        return ClimateAssessment(procurement).standing == .missing ? (language == .nb ? "mangler" : "missing") : ""
    }

    /// The year's indicators as a short block.
    public static func indicatorText(_ indicators: YearIndicators, _ language: Language) -> String {
        var table = TextTable(columns: [.init(language == .nb ? "INDIKATOR \(indicators.year)" : "INDICATOR \(indicators.year)"),
                                        .init(language == .nb ? "VERDI" : "VALUE", alignRight: true), .init("ID")])
        for indicator in Indicator.allCases {
            let value = indicators.value(indicator).map { indicator.isShare ? "\($0.norwegian) %" : $0.norwegian } ?? "–"
            table.append([indicator.label.text(language), value, indicator.rawValue])
        }
        return table.rendered()
    }

    public func json() -> JSONValue {
        .object([
            ("count", .int(procurements.count)),
            ("procurements", .array(procurements.map { RecordJSON.procurement($0, plan: plan, measures: nil, highRisk: highRisk) })),
            ("indicators", indicators.map(RecordJSON.indicators)),
        ])
    }
}

/// Everything about one procurement, with the measures that act on it. `procurement show`.
public struct ProcurementDetail: Sendable {
    public let procurement: Procurement
    public let measures: [Measure]
    public let plan: ActionPlan

    public init(data: PlanData, procurement id: String) throws(PlanError) {
        guard let procurement = data.register.procurement(id) else {
            throw .unknownRecord(.procurement, id: id, candidates: data.register.ids)
        }
        self.procurement = procurement
        self.measures = data.plan.measures.filter { $0.procurements.contains(id) }
        self.plan = data.plan
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let p = procurement
        let rows = ProcurementFacts(p, plan: plan).facts.map { ($0.label.text(language), $0.value.text(language)) }
        let width = rows.map(\.0.count).max() ?? 0
        var lines = ["\(p.id)  \(p.title)", ""]
        lines += rows.map { "\($0.0):\(String(repeating: " ", count: width - $0.0.count + 1))\($0.1)" }

        lines.append("")
        lines.append(nb ? "Krav per område:" : "Requirements by area:")
        if p.requirements.isEmpty {
            lines.append(nb ? "  ingen" : "  none")
        } else {
            var table = TextTable(columns: [.init(nb ? "OMRÅDE" : "AREA")] + RequirementPhase.allCases.map { .init($0.label.text(language).uppercased()) })
            for area in plan.areas.map(\.id) + p.requirements.keys.sorted() where p.requirements[area] != nil {
                let phases = p.requirements[area] ?? []
                if table.rows.contains(where: { $0.first == area }) { continue }
                table.append([area] + RequirementPhase.allCases.map { phases.contains($0) ? (nb ? "Ja" : "Yes") : (nb ? "Nei" : "No") })
            }
            lines.append(TextTable.indented(table.rendered()))
        }
        lines.append("")
        lines.append(nb ? "Tiltak som virker på anskaffelsen:" : "Measures acting on the procurement:")
        lines += measures.isEmpty ? [nb ? "  ingen" : "  none"] : measures.map { "  \($0.id)  \($0.title)" }
        lines.append("")
        lines.append(nb ? "Kontraktsoppfølging:" : "Contract follow-up:")
        if p.followUps.isEmpty {
            lines.append(nb ? "  ingen" : "  none")
        } else {
            var table = TextTable(columns: [.init("ID"), .init(nb ? "DATO" : "DATE"), .init("TYPE"), .init(nb ? "LEVERANDØR" : "SUPPLIER"),
                                            .init(nb ? "SVAR" : "ANSWER"), .init(nb ? "UTFALL" : "OUTCOME"), .init(nb ? "NOTAT" : "NOTE")])
            for followUp in p.followUps.sorted(by: { $0.day < $1.day }) {
                let day = followUp.date?.norwegian ?? (nb ? "planlagt \(followUp.day.norwegian)" : "planned \(followUp.day.norwegian)")
                table.append([followUp.id, day, followUp.kind.label(language), followUp.supplier ?? (nb ? "alle" : "all"),
                              ProcurementDetail.answerText(followUp, language), followUp.outcome?.label(language) ?? "", followUp.note ?? ""])
            }
            lines.append(TextTable.indented(table.rendered()))
        }
        lines.append("")
        lines.append(nb ? "Avvik:" : "Deviations:")
        if p.deviations.isEmpty {
            lines.append(nb ? "  ingen" : "  none")
        } else {
            var table = TextTable(columns: [.init("ID"), .init(nb ? "FUNNET" : "FOUND"), .init("STATUS"), .init("TYPE"),
                                            .init(nb ? "HVOR" : "WHERE", maximumWidth: 40), .init(nb ? "TILTAK" : "ACTION")])
            for deviation in p.deviations {
                table.append([deviation.id, deviation.date?.norwegian ?? "–", deviation.status, deviation.type, deviation.location, deviation.action.nonBlank ?? "–"])
            }
            lines.append(TextTable.indented(table.rendered()))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `svar 12.03.2026`, `frist 26.03.2026`: where a self-report's answer stands.
    public static func answerText(_ followUp: FollowUp, _ language: Language) -> String {
        let nb = language == .nb
        if let answered = followUp.answered { return nb ? "svar \(answered.norwegian)" : "answered \(answered.norwegian)" }
        if let due = followUp.answerDue { return nb ? "frist \(due.norwegian)" : "due \(due.norwegian)" }
        if followUp.awaitsAnswer { return nb ? "ingen svarfrist satt" : "no deadline set" }
        return ""
    }

    public func json() -> JSONValue {
        .object([("procurement", RecordJSON.procurement(procurement, plan: plan, measures: measures.map(\.id)))])
    }
}
