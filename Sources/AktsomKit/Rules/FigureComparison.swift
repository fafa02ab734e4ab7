/// The figures a template derives, each with what was entered beside what the register counts,
/// in the template's own words, for `year show`, the year page and the check. An entered figure
/// is set against the count, and flagged when they differ, only where the lead has said the
/// register is complete for the year: against a register that holds five of 380 procurements a
/// difference says nothing.
extension YearFigures {
    /// One figure: entered beside counted.
    public struct Difference: Sendable, Equatable {
        /// The indicator id, `avvik-funnet` for the Ja/Nei answer, `omfattes-av-rapporten` for
        /// the 2020 form's procurements covered.
        public let id: String
        /// The form's words for it, with its section; Aktsom's own label for a figure no section shows.
        public let label: Localized
        /// «–» when nothing is entered.
        public let entered: String
        /// «–» when the register can back no count for the year.
        public let derived: String
        /// Whether an entered figure replaces the counted one in the report.
        public let replacesCount: Bool
        /// Whether the two differ where the register is complete: a notice for the lead.
        public let differs: Bool
    }

    /// The figures `template` derives from the register, in the form's order, then any other
    /// figure entered for the year.
    public func comparisons(in template: ReportTemplate) -> [Difference] {
        var rows: [Difference] = []
        func add(_ row: Difference) {
            if !rows.contains(where: { $0.id == row.id }) { rows.append(row) }
        }
        for section in template.sections {
            switch section.content {
            case .fields(let fields):
                for field in fields {
                    switch field.value {
                    case .followedUpAgreements: add(row(.followedUpProcurements, label: field.label))
                    case .procurementsInYear: add(procurementsCoveredRow(label: field.label))
                    default: break
                    }
                }
            case .data(let source), .dataAndNote(let source):
                switch source {
                case .suppliersFollowedUp:
                    add(row(.followedUpSuppliers, label: "\(section.id) Leverandører fulgt opp"))
                    add(row(.followedUpProcurements, label: "\(section.id) Avtaler fulgt opp"))
                case .deviations:
                    add(deviationsRow(label: "\(section.id) Identifisert avvik i rapporteringsåret"))
                case .followUpWithDeviations:
                    add(row(.followedUpSuppliers, label: "\(section.id) Antall leverandører fulgt opp"))
                    add(deviationsRow(label: "\(section.id) Avvik"))
                default: break
                }
            case .heading, .note: break
            }
        }
        for indicator in Indicator.allCases where entry.enteredIndicators[indicator] != nil {
            add(row(indicator, label: nil))
        }
        return rows
    }

    /// The entered figures that differ from the counted ones in a complete register.
    public func differences(in template: ReportTemplate) -> [Difference] {
        comparisons(in: template).filter(\.differs)
    }

    private func counted(_ indicator: Indicator) -> Amount? {
        guard !indicator.isCountedFromRegister || countsAreBacked else { return nil }
        return derived.value(indicator)
    }

    private func comparison(id: String, label: Localized, entered: String?, derived: String?) -> Difference {
        Difference(id: id, label: label, entered: entered ?? "–", derived: derived ?? "–", replacesCount: entered != nil,
                   differs: isRegisterComplete && entered != nil && entered != derived)
    }

    private func row(_ indicator: Indicator, label: String?) -> Difference {
        let unit = indicator.isShare ? " %" : ""
        return comparison(id: indicator.rawValue, label: label.map { Localized($0, en: $0) } ?? indicator.label,
                          entered: entry.enteredIndicators[indicator].map { $0.norwegian + unit },
                          derived: counted(indicator).map { $0.norwegian + unit })
    }

    private func procurementsCoveredRow(label: String) -> Difference {
        let entered = entry.keyFigures.announced.map(\.norwegian) ?? entry.enteredIndicators[.procurements]?.norwegian
        return comparison(id: "omfattes-av-rapporten", label: Localized(label, en: label), entered: entered,
                          derived: counted(.procurements)?.norwegian)
    }

    private func deviationsRow(label: String) -> Difference {
        comparison(id: "avvik-funnet", label: Localized(label, en: label),
                   entered: entry.keyFigures.deviationsFound.map { $0 ? "Ja" : "Nei" },
                   derived: countsAreBacked ? (derived.deviationsOpened > 0 ? "Ja" : "Nei") : nil)
    }
}
