/// The parts of the forms filled from the procurement register.
extension ReportBuilder {
    var procurementsOfYear: [Procurement] {
        data.register.procurements.filter { $0.year == year }
    }

    func yesNo(_ flag: Bool) -> String { flag ? "Ja" : "Nei" }

    func ethicalRequirements(_ style: RequirementTableStyle) -> Content {
        let ofYear = procurementsOfYear
        guard !ofYear.isEmpty else {
            return .empty(.addProcurement(year: year))
        }
        let withRequirements = ofYear.filter { !$0.phases(inAreas: ethicalAreas).isEmpty }
        let summary = [share(.withEthicalRequirements, of: .procurements, "anskaffelser i \(year) har etiske eller sosiale krav"),
                       share(.highRiskWithRequirements, of: .highRisk, "høyrisikoanskaffelser har etiske krav")].compactMap { $0 }
        let counting = countedAreasSentence
        guard !withRequirements.isEmpty else {
            return Content(blocks: [.paragraph("Ingen av årets \(ofYear.count) registrerte anskaffelser har etiske eller sosiale krav. \(counting)")], hasData: true)
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
        return Content(blocks: [.table(table), .paragraph((summary + [counting]).joined(separator: " "))], hasData: true)
    }

    /// «3 av 5 anskaffelser i 2025 har etiske eller sosiale krav.», both figures from the same
    /// source; nil when one of them is not filled in.
    func share(_ part: Indicator, of whole: Indicator, _ text: String) -> String? {
        let (partShown, wholeShown) = figures.shown(part, whole)
        guard let partValue = partShown.amount, let wholeValue = wholeShown.amount else { return nil }
        return "\(partValue.norwegian) av \(wholeValue.norwegian) \(text)."
    }

    /// Which areas' requirements the report counts as ethical and social ones, in the plan's
    /// words: a reader must know what «etiske eller sosiale krav» covers.
    var countedAreasSentence: String {
        let names = data.plan.areas.filter { ethicalAreas.contains($0.id) }.map(\.name)
        guard !names.isEmpty else { return "Ingen av planens strategiområder er satt til å telle som etiske eller sosiale krav." }
        return "Som etiske eller sosiale krav telles krav i " + (names.count == 1 ? "området " : "områdene ") + ReportText.list(names) + "."
    }

    /// Follow-ups carried out in the year, of every kind, in date order (the register's one definition).
    var followUpsOfYear: [(procurement: Procurement, followUp: FollowUp)] {
        data.register.followUps(in: year)
    }

    /// 4.A.2: how many suppliers on how many agreements were followed up, in one sentence when
    /// both figures come from the same source, else each as its own answer; then every follow-up
    /// the register holds for the year.
    func suppliersFollowedUp() -> Content {
        let (suppliers, agreements) = figures.shown(.followedUpSuppliers, .followedUpProcurements)
        var blocks: [ReportBlock]
        if let supplierCount = suppliers.amount.map({ Int($0.hundredths / 100) }), let agreementCount = agreements.amount.map({ Int($0.hundredths / 100) }) {
            blocks = [.paragraph(
                "\(supplierCount.norwegian) \(supplierCount == 1 ? "leverandør" : "leverandører") på \(agreementCount.norwegian) \(agreementCount == 1 ? "avtale" : "avtaler") har vært gjenstand for kontraktsoppfølging knyttet til bærekraft i \(year).")]
        } else {
            blocks = [
                .field(label: "Antall leverandører fulgt opp", value: suppliers.amount?.norwegian, fix: .setYearFigure(year: year, .suppliersFollowedUp)),
                .field(label: "Antall avtaler fulgt opp", value: agreements.amount?.norwegian, fix: .setYearFigure(year: year, .agreementsFollowedUp)),
            ]
        }
        let followed = followUpsOfYear
        if !followed.isEmpty {
            blocks.append(.paragraph("Kontraktsoppfølging registrert i \(year):"))
            blocks.append(.table(ReportTable(id: "4.A.2", columns: ["Avtale", "Leverandør", "Oppfølging", "Dato"], rows: followed.map { item in
                [item.procurement.title, item.followUp.supplier ?? "Alle på avtalen", item.followUp.kind.rawValue, item.followUp.day.norwegian]
            }, rowIDs: followed.map(\.procurement.id))))
        }
        return Content(blocks: blocks, hasData: suppliers.amount != nil || agreements.amount != nil || !followed.isEmpty)
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
        guard let found = figures.deviationsFound else { return .empty(deviationsFix) }
        guard found else { return Content(blocks: [.paragraph("Nei")], hasData: true) }
        let deviations = deviationsOfYear
        guard !deviations.isEmpty else { return Content(blocks: [.paragraph("Ja")], hasData: true) }
        return Content(blocks: [.paragraph("Ja"), .table(deviationTable(deviations, id: "4.A.3", typeColumn: "Type avvik"))], hasData: true)
    }

    var deviationsFix: Fix {
        .setYearFigure(year: year, .deviationsFound)
    }

    /// The 2020 form's 2.3. With nothing in the register for the year and nothing entered, its
    /// answers are not filled in: an empty register is no answer of «Ingen».
    func followUpWithDeviations() -> Content {
        guard figures.countsAreBacked || figures.entry.enteredIndicators[.followedUpSuppliers] != nil
                || figures.entry.keyFigures.deviationsFound != nil else {
            return .empty(.setYearFigure(year: year, .suppliersFollowedUp))
        }
        let followed = followUpsOfYear
        var products: [String] = []
        for item in followed where !products.contains(item.procurement.title) { products.append(item.procurement.title) }
        var blocks: [ReportBlock] = [
            .field(label: "Hvilke produkter/avtaler er fulgt opp", value: products.isEmpty ? (figures.countsAreBacked ? "Ingen" : nil) : products.joined(separator: ", "),
                   fix: .addFollowUp),
            .field(label: "Antall leverandører fulgt opp", value: figures.value(.followedUpSuppliers)?.norwegian,
                   fix: .setYearFigure(year: year, .suppliersFollowedUp)),
        ]
        let deviations = deviationsOfYear
        if deviations.isEmpty {
            let answer = figures.deviationsFound.map { $0 ? "Ja" : "Ingen avvik registrert i \(year)" }
            blocks.append(.field(label: "Avvik", value: answer, fix: answer == nil ? deviationsFix : nil))
        } else {
            blocks.append(.table(deviationTable(deviations, id: "2.3", typeColumn: "Type avvik (barnearbeid, HMS, lønn, arbeidstid, etc)")))
        }
        return Content(blocks: blocks, hasData: true)
    }
}
