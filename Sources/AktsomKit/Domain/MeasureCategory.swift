/// The two families of the Etisk handel Norge report that number section 3.B ("Andre tiltak")
/// differently. A plan's measure categories are codes in its own family's numbering.
public enum ReportFamily: String, Sendable, CaseIterable, ClosedVocabulary {
    /// Public-sector members (`ehn-offentlig`): 3.B.1–3.B.7.
    case publicSector = "ehn-offentlig"
    /// Companies and organisations (`ehn-virksomhet`): 3.B.1–3.B.8.
    case enterprise = "ehn-virksomhet"
    /// Member reporting 2020 and earlier (`ehn-2020`). The 2020 form has no section 3.B, so its
    /// plans keep the public-sector numbering: an export with `ehn-offentlig` places the measures.
    case legacy2020 = "ehn-2020"

    public init?(parsing text: String) {
        guard let family = ReportFamily(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        self = family
    }

    public static var validValues: Localized {
        let values = allCases.map(\.rawValue).joined(separator: ", ")
        return Localized("gyldige verdier: \(values)", en: "valid values: \(values)")
    }

    public static let vocabularyName = Localized("rapportmal", en: "report template")

    /// The family whose 3.B numbering the plan's categories follow.
    public var numbering: ReportFamily {
        self == .enterprise ? .enterprise : .publicSector
    }
}

/// What kind of "other measure" (section 3.B) a measure is. Kept as a meaning rather than a
/// number so a plan numbered for one report family can be exported with the other.
public enum MeasureCategory: String, Sendable, CaseIterable {
    case nature
    case climate
    case sourcing
    case products
    case unions
    case development
    case corruption
    case other

    /// `3.B.2`; nil when the family has no such section (development in the public form).
    public func code(in family: ReportFamily) -> String? {
        switch (self, family.numbering) {
        case (.nature, _): return "3.B.1"
        case (.climate, _): return "3.B.2"
        case (.sourcing, _): return "3.B.3"
        case (.products, _): return "3.B.4"
        case (.unions, _): return "3.B.5"
        case (.development, .publicSector): return nil
        case (.development, .enterprise): return "3.B.6"
        case (.corruption, .publicSector): return "3.B.6"
        case (.corruption, .enterprise): return "3.B.7"
        case (.other, .publicSector): return "3.B.7"
        case (.other, .enterprise): return "3.B.8"
        case (_, .legacy2020): return nil
        }
    }

    /// The category a code means in a family, or nil for a code the family does not have.
    public init?(code: String, family: ReportFamily) {
        let normalized = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let match = MeasureCategory.allCases.first(where: { $0.code(in: family)?.uppercased() == normalized }) else { return nil }
        self = match
    }

    /// The form's own label for the section.
    public func label(in family: ReportFamily) -> String {
        switch self {
        case .nature: return "Reduksjon av natur- og miljøpåvirkning"
        case .climate: return "Reduksjon av klimagassutslipp"
        case .sourcing: return "Tilpasning av egen innkjøpspraksis (sourcing)"
        case .products: return "Valg av produkter og sertifiseringer"
        case .unions: return "Støtte aktivt opp om fri fagorganisering og kollektive forhandlinger"
        case .development: return "Bidrag til utvikling, kompetanseheving og opplæring"
        case .corruption:
            return family.numbering == .publicSector
                ? "Bekjempelse av korrupsjon og bestikkelser i egen virksomhet og leverandørkjeden"
                : "Bekjempelse av korrupsjon og bestikkelser"
        case .other: return "Annen relevant informasjon"
        }
    }

    /// All valid codes of a family, with their labels, for "ukjent kategori" messages.
    public static func validValues(in family: ReportFamily) -> Localized {
        let codes = allCases.compactMap { category in category.code(in: family).map { "\($0) \(category.label(in: family))" } }
        return Localized("gyldige kategorier i \(family.rawValue):\n  " + codes.joined(separator: "\n  "),
                         en: "valid categories in \(family.rawValue):\n  " + codes.joined(separator: "\n  "))
    }
}
