/// The parts of the forms filled from the procurement register.
extension ReportBuilder {
    var procurementsOfYear: [Procurement] {
        data.register.procurements.filter { $0.year == year }
    }

    func yesNo(_ flag: Bool) -> String { flag ? "Ja" : "Nei" }

    func ethicalRequirements(_ style: RequirementTableStyle) -> Content {
        let ofYear = procurementsOfYear
        guard !ofYear.isEmpty else {
            return .empty("aktsom procurement add --year \(year) … eller aktsom procurement import FIL.csv")
        }
        let withRequirements = ofYear.filter { !$0.phases(inAreas: ethicalAreas).isEmpty }
        let summary = "\(figures.count(.withEthicalRequirements)) av \(figures.count(.procurements)) anskaffelser i \(year) har etiske eller sosiale krav; "
            + "\(figures.count(.highRiskWithRequirements)) av \(figures.count(.highRisk)) høyrisikoanskaffelser."
        guard !withRequirements.isEmpty else {
            return Content(blocks: [.paragraph("Ingen av årets \(ofYear.count) registrerte anskaffelser har etiske eller sosiale krav.")], hasData: true)
        }
        let table: ReportTable
        switch style {
        case .publicSector:
            table = ReportTable(id: "2.A.2", columns: ["Anskaffelse", "Kvalifikasjonskrav", "Tildelingskriterier", "Kontraktsvilkår"],
                                rows: withRequirements.map { procurement in
                                    let phases = procurement.phases(inAreas: ethicalAreas)
                                    return [procurement.title] + RequirementPhase.allCases.map { yesNo(phases.contains($0)) }
                                }, rowIDs: withRequirements.map(\.id))
        case .legacy2020:
            table = ReportTable(id: "2.2", columns: ["I hvilke anskaffelser", "Type avtale", "Antall leverandører på avtalen",
                                                     "Som kvalifikasjonskrav", "Ved tildeling av kontrakt", "Som kontraktsvilkår"],
                                rows: withRequirements.map { procurement in
                                    let phases = procurement.phases(inAreas: ethicalAreas)
                                    return [procurement.title, procurement.contractType ?? "", procurement.suppliers.map(String.init) ?? ""]
                                        + RequirementPhase.allCases.map { yesNo(phases.contains($0)) }
                                }, rowIDs: withRequirements.map(\.id))
        }
        return Content(blocks: [.table(table), .paragraph(summary)], hasData: true)
    }

    /// Follow-ups carried out in the year, with their procurement, in date order; planned ones
    /// are not follow-up yet.
    var followUpsOfYear: [(procurement: Procurement, followUp: FollowUp)] {
        data.register.procurements.flatMap { procurement in
            procurement.followUps.filter { $0.date?.year == year }.map { (procurement, $0) }
        }.enumerated().sorted { lhs, rhs in
            lhs.element.followUp.day != rhs.element.followUp.day ? lhs.element.followUp.day < rhs.element.followUp.day : lhs.offset < rhs.offset
        }.map(\.element)
    }

    func suppliersFollowedUp() -> Content {
        let suppliers = figures.count(.followedUpSuppliers), agreements = figures.count(.followedUpProcurements)
        var blocks: [ReportBlock] = [.paragraph(
            "\(suppliers.norwegian) \(suppliers == 1 ? "leverandør" : "leverandører") på \(agreements.norwegian) \(agreements == 1 ? "avtale" : "avtaler") har vært gjenstand for kontraktsoppfølging knyttet til bærekraft i \(year).")]
        let extended = followUpsOfYear.filter { $0.followUp.kind.isExtended }
        if !extended.isEmpty {
            blocks.append(.paragraph("Avtaler med utvidet oppfølging:"))
            blocks.append(.table(ReportTable(id: "4.A.2", columns: ["Avtale", "Leverandør", "Oppfølging", "Dato"], rows: extended.map { item in
                [item.procurement.title, item.followUp.supplier ?? "Alle på avtalen", item.followUp.kind.rawValue, item.followUp.day.norwegian]
            }, rowIDs: extended.map(\.procurement.id))))
        }
        return Content(blocks: blocks, hasData: true)
    }

    var deviationsOfYear: [(procurement: Procurement, deviation: Deviation)] {
        data.register.deviations.filter { $0.deviation.date?.year == year }
    }

    func deviationTable(_ deviations: [(procurement: Procurement, deviation: Deviation)], id: String, typeColumn: String) -> ReportTable {
        ReportTable(id: id, columns: [typeColumn, "Hvor i leverandørkjeden", "Tiltak iverksatt for å rette avvik", "Status"],
                    rows: deviations.map { item in
                        [item.deviation.type, item.deviation.location, item.deviation.action.nonBlank ?? "Ikke fastsatt ennå", item.deviation.status]
                    }, rowIDs: deviations.map(\.deviation.id))
    }

    func deviationsFound() -> Content {
        // The organisation's own Ja/Nei wins; the table lists what the register holds for the year.
        guard figures.deviationsFound else { return Content(blocks: [.paragraph("Nei")], hasData: true) }
        let deviations = deviationsOfYear
        guard !deviations.isEmpty else { return Content(blocks: [.paragraph("Ja")], hasData: true) }
        return Content(blocks: [.paragraph("Ja"), .table(deviationTable(deviations, id: "4.A.3", typeColumn: "Type avvik"))], hasData: true)
    }

    func followUpWithDeviations() -> Content {
        let followed = followUpsOfYear
        var products: [String] = []
        for item in followed where !products.contains(item.procurement.title) { products.append(item.procurement.title) }
        var blocks: [ReportBlock] = [
            .field(label: "Hvilke produkter/avtaler er fulgt opp", value: products.isEmpty ? "Ingen" : products.joined(separator: ", "), hint: nil),
            .field(label: "Antall leverandører fulgt opp", value: figures.count(.followedUpSuppliers).norwegian, hint: nil),
        ]
        let deviations = deviationsOfYear
        if deviations.isEmpty {
            blocks.append(.field(label: "Avvik", value: "Ingen avvik registrert i \(year)", hint: nil))
        } else {
            blocks.append(.table(deviationTable(deviations, id: "2.3", typeColumn: "Type avvik (barnearbeid, HMS, lønn, arbeidstid, etc)")))
        }
        return Content(blocks: blocks, hasData: true)
    }
}
