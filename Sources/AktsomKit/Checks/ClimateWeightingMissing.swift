/// A procurement from 2024 on with nothing recorded for the climate rule
/// (anskaffelsesforskriften § 7-9): neither a weight, nor requirements in the specification, nor
/// an exemption. A reviewer asks for one of them, with its reason.
struct ClimateWeightingMissing: CheckRule {
    let id = "climate-weighting-missing"
    let title = Localized("Anskaffelse uten klima- og miljøvekt", en: "Procurement without climate and environment weighting")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            guard procurement.lacksClimateWeighting, let year = procurement.year else { return nil }
            if context.yearGiven, year != context.year { return nil }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) (\(year)) har ingen klima- og miljøvekt, klimakrav i kravspesifikasjonen eller unntak registrert (§ 7-9)",
                                   en: "\(quoted(procurement.title)) (\(year)) has no climate and environment weight, climate requirements in the specification or exemption recorded (§ 7-9)"),
                fix: Localized("aktsom procurement edit \(procurement.id) --climate-weight 30  (eller --climate-in-specification \"begrunnelse\" eller --climate-exempt \"begrunnelse\")",
                               en: "aktsom procurement edit \(procurement.id) --climate-weight 30  (or --climate-in-specification \"reason\" or --climate-exempt \"reason\")"),
                location: context.registerLocation(.procurement, procurement.id))
        }
    }
}
