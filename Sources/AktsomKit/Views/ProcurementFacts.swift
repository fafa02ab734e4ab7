/// The facts of one procurement, said once for `procurement show` and its page in the browser:
/// its fields, whether it is high-risk and on whose word, its dates, its part of the regulation,
/// and how it stands under § 7-9. Each door lays them out its own way.
public struct ProcurementFacts: Sendable {
    public struct Fact: Sendable {
        public let label: Localized
        public let value: Localized
    }

    public let facts: [Fact]

    public init(_ procurement: Procurement, plan: ActionPlan, rules: RuleBook = .standard) {
        let p = procurement
        let none = Localized(verbatim: "–")
        func text(_ value: String?) -> Localized { value.map(Localized.init(verbatim:)) ?? none }
        func day(_ value: Day?) -> Localized { value.map { Localized(verbatim: $0.norwegian) } ?? none }
        let climate = ClimateAssessment(p, rules: rules)
        var facts = [
            Fact(label: Localized("År", en: "Year"), value: text(p.year.map(String.init))),
            Fact(label: Localized("Kategori", en: "Category"), value: text(p.category)),
            Fact(label: Localized("Type avtale", en: "Contract type"), value: text(p.contractType)),
            Fact(label: Localized("Kontraktsart", en: "Contract kind"), value: p.contractKind?.label ?? none),
            Fact(label: Localized("Leverandører", en: "Suppliers"), value: text(p.suppliers.map(String.init))),
            Fact(label: Localized("Verdi", en: "Value"), value: p.value.map { Localized("\($0.norwegian) kr", en: "NOK \($0.norwegian)") } ?? none),
            Fact(label: Localized("Høyrisiko", en: "High risk"), value: HighRiskClassifier(plan: plan, rules: rules).assess(p).described),
            Fact(label: Localized("Kontraktsstart", en: "Contract start"), value: day(p.contractStart)),
            Fact(label: Localized("Kontraktsslutt", en: "Contract end"), value: day(p.contractEnd)),
            Fact(label: Localized("Kunngjort", en: "Announced"), value: p.announcedOn.map { Localized(verbatim: $0.norwegian) }
                 ?? p.year.map { Localized("ikke registrert (regnes som 01.01.\($0))", en: "not recorded (counted as 01.01.\($0))") } ?? none),
        ]
        if let placement = climate.placement {
            facts.append(Fact(label: Localized("Del av forskriften", en: "Part of the regulation"), value: placement.reason))
        }
        if let weighting = p.climate {
            facts.append(Fact(label: Localized("Klima og miljø", en: "Climate and environment"),
                              value: Localized(weighting.described(.nb), en: weighting.described(.en))))
        }
        facts.append(Fact(label: Localized("§ 7-9", en: "§ 7-9"), value: climate.described))
        if let documented = p.climateDocumentedIn {
            facts.append(Fact(label: Localized("Begrunnelsen står i", en: "The reason stands in"), value: Localized(verbatim: documented)))
        } else if climate.needsReasonInDocuments {
            facts.append(Fact(label: Localized("Begrunnelsen står i", en: "The reason stands in"),
                              value: Localized("ikke registrert (--climate-documented-in \"dokument, punkt\")", en: "not recorded (--climate-documented-in \"document, section\")")))
        }
        self.facts = facts
    }
}
