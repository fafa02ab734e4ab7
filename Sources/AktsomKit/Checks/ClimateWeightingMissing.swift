/// A procurement under § 7-9 in part II or III (or with no value to place it) with nothing
/// recorded: neither a weight, nor a rank, nor requirements in the specification, nor an
/// exemption. A reviewer asks for one of them, with its reason. In part I, where no award
/// criteria need be set, nothing recorded is no finding.
struct ClimateWeightingMissing: CheckRule {
    let id = "climate-weighting-missing"
    let title = Localized("Anskaffelse uten klima- og miljøvekt", en: "Procurement without climate and environment weighting")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            let climate = ClimateAssessment(procurement, rules: context.rules)
            guard climate.standing == .missing, let announced = climate.announcement else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            let when = announced.recorded ? Localized("kunngjort \(announced.day.norwegian)", en: "announced \(announced.day.norwegian)")
                                          : Localized(verbatim: String(announced.day.year))
            let value = procurement.value.map { Localized("verdi \($0.norwegian) kr", en: "value NOK \($0.norwegian)") }
                ?? Localized("verdi ikke registrert", en: "value not recorded")
            let place = climate.placement.map { $0.place == .unknown ? Localized(verbatim: "") : Localized(", \($0.label.nb)", en: ", \($0.label.en)") }
                ?? Localized(verbatim: "")
            let part = value + place
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) (\(when.nb), \(part.nb)) har ingen klima- og miljøvekt, rangering, klimakrav i kravspesifikasjonen eller unntak registrert (§ 7-9)",
                                   en: "\(quoted(procurement.title)) (\(when.en), \(part.en)) has no climate and environment weight, rank, climate requirements in the specification or exemption recorded (§ 7-9)"),
                fix: Localized("aktsom procurement edit \(procurement.id) --climate-weight 30  (eller --climate-rank N, --climate-in-specification \"begrunnelse\" eller --climate-exempt \"begrunnelse\"; under 100 000 kr: --value)",
                               en: "aktsom procurement edit \(procurement.id) --climate-weight 30  (or --climate-rank N, --climate-in-specification \"reason\" or --climate-exempt \"reason\"; under NOK 100 000: --value)"),
                location: context.registerLocation(.procurement, procurement.id), source: climate.rule, procurement: procurement)
        }
    }
}
