/// A procurement under § 7-9 weighted below 30 % with no reason written down: the rule allows
/// less only when the procurement documents say why.
struct ClimateWeightWithoutReason: CheckRule {
    let id = "climate-weight-without-reason"
    let title = Localized("Klima- og miljøvekt under 30 % uten begrunnelse", en: "Climate and environment weight under 30 % without a reason")

    func findings(in context: CheckContext) -> [Finding] {
        context.data.register.procurements.compactMap { procurement in
            let climate = ClimateAssessment(procurement, rules: context.rules)
            guard climate.standing == .belowMinimumUnjustified, case .weight(let weight, _, _)? = procurement.climate,
                  let minimum = climate.duty?.content.minimumWeight else { return nil }
            if context.yearGiven, procurement.year != context.year { return nil }
            return Finding(
                check: id, subject: procurement.id,
                message: Localized("\(quoted(procurement.title)) vekter klima og miljø \(weight.norwegian) %, under \(minimum.norwegian) %, uten begrunnelse",
                                   en: "\(quoted(procurement.title)) weighs climate and environment \(weight.norwegian) %, under \(minimum.norwegian) %, without a reason"),
                fix: Localized("aktsom procurement edit \(procurement.id) --climate-reason \"hvorfor vekten er lavere\"",
                               en: "aktsom procurement edit \(procurement.id) --climate-reason \"why the weight is lower\""),
                location: context.registerLocation(.procurement, procurement.id), source: climate.rule, procurement: procurement)
        }
    }
}
