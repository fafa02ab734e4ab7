/// Where a procurement falls in anskaffelsesforskriften by its value, kind and the thresholds
/// in force on its announcement: below the lower limit outside it, then part I, II or III. Where
/// the data cannot tell (no value; a value between the central and the other buyers' EEA
/// threshold, or a kind not recorded), it says so instead of guessing.
public struct RegulationPlacement: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        /// Below the lower limit: outside the regulation.
        case outside
        case part(RegulationPart)
        /// Above the national threshold, but II or III depends on what is not recorded.
        case partIIOrIII
        /// No value recorded, and no part set by hand.
        case unknown
    }

    public let place: Place
    /// Why, in words: `verdi 1 800 000 kr: del II (under EØS-terskelverdien 2 300 000 kr)`.
    public let reason: Localized

    public init(procurement: Procurement, thresholds: RegulationThresholds) {
        if let part = procurement.regulationPart {
            place = .part(part)
            reason = part.label + Localized(" (satt for hånd)", en: " (set by hand)")
            return
        }
        guard let value = procurement.value else {
            place = .unknown
            reason = Localized("verdien er ikke registrert, så delen av forskriften kan ikke avgjøres", en: "the value is not recorded, so the part of the regulation cannot be told")
            return
        }
        let kr = Localized("verdi \(value.norwegian) kr", en: "value NOK \(value.norwegian)")
        func because(_ text: Localized) -> Localized { kr + Localized(": \(text.nb)", en: ": \(text.en)") }
        if value < thresholds.lowerLimit {
            place = .outside
            reason = because(Localized("under \(thresholds.lowerLimit.norwegian) kr, utenfor forskriften", en: "under NOK \(thresholds.lowerLimit.norwegian), outside the regulation"))
            return
        }
        if value < thresholds.national {
            place = .part(.partI)
            reason = because(Localized("del I (under nasjonal terskelverdi \(thresholds.national.norwegian) kr)", en: "part I (under the national threshold NOK \(thresholds.national.norwegian))"))
            return
        }
        let (certainlyBelow, certainlyAbove): (Amount, Amount) = {
            switch procurement.contractKind {
            case .works?: return (thresholds.eeaWorks, thresholds.eeaWorks)
            case .goodsAndServices?: return (thresholds.eeaGoodsAndServicesCentral, thresholds.eeaGoodsAndServicesOther)
            case nil: return (thresholds.eeaGoodsAndServicesCentral, thresholds.eeaWorks)
            }
        }()
        if value < certainlyBelow {
            place = .part(.partII)
            reason = because(Localized("del II (under EØS-terskelverdien \(certainlyBelow.norwegian) kr)", en: "part II (under the EEA threshold NOK \(certainlyBelow.norwegian))"))
        } else if value >= certainlyAbove {
            place = .part(.partIII)
            reason = because(Localized("del III (over EØS-terskelverdien \(certainlyAbove.norwegian) kr)", en: "part III (over the EEA threshold NOK \(certainlyAbove.norwegian))"))
        } else {
            place = .partIIOrIII
            let missing = procurement.contractKind == nil
                ? Localized("kontraktsarten (--contract-kind) er ikke registrert", en: "the contract kind (--contract-kind) is not recorded")
                : Localized("EØS-terskelverdien er \(thresholds.eeaGoodsAndServicesCentral.norwegian) kr for statlige myndigheter og \(thresholds.eeaGoodsAndServicesOther.norwegian) kr for andre",
                            en: "the EEA threshold is NOK \(thresholds.eeaGoodsAndServicesCentral.norwegian) for central government and NOK \(thresholds.eeaGoodsAndServicesOther.norwegian) for others")
            reason = because(Localized("del II eller III (\(missing.nb); sett --part for å avgjøre)", en: "part II or III (\(missing.en); set --part to decide)"))
        }
    }

    /// `del II`, `del II eller III`, `utenfor forskriften`, `ikke avgjort`.
    public var label: Localized {
        switch place {
        case .outside: return Localized("utenfor forskriften", en: "outside the regulation")
        case .part(let part): return part.label
        case .partIIOrIII: return Localized("del II eller III", en: "part II or III")
        case .unknown: return Localized("ikke avgjort", en: "not decided")
        }
    }

    /// `"I"`, `"II"`, `"III"`, `"II-or-III"`, `"outside"`, or null when unknown.
    public var json: JSONValue {
        switch place {
        case .outside: return .string("outside")
        case .part(let part): return .string(part.rawValue)
        case .partIIOrIII: return .string("II-or-III")
        case .unknown: return .null
        }
    }
}
