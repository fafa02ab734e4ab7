/// The parts of the forms about prioritized risks.
extension ReportBuilder {

    /// The prioritized risks in force in the reporting year, in plan order.
    var risksInYear: [Risk] {
        timeline.risks(in: year)
    }

    func riskList() -> Content {
        let risks = risksInYear
        guard !risks.isEmpty else { return .empty(.addRisk) }
        return Content(blocks: [.list(risks.map { risk in risk.geography.map { "\(risk.title) – \($0)" } ?? risk.title })], hasData: true)
    }

    func riskTable() -> Content {
        let risks = risksInYear
        guard !risks.isEmpty else { return .empty(.addRisk) }
        let rows = risks.map { [$0.title, $0.theme ?? "", $0.geography ?? ""] }
        return Content(blocks: [.table(ReportTable(id: "2.A.1", columns: ["Prioritert negativ påvirkning / skade", "Relatert tema", "Geografi"],
                                                   rows: rows, rowIDs: risks.map(\.id)))],
                       hasData: true)
    }

    func riskRationales() -> Content {
        let risks = risksInYear.filter { $0.rationale != nil }
        guard !risks.isEmpty else { return Content(blocks: [], hasData: false) }
        return Content(blocks: risks.map { risk in .group(title: risk.title, blocks: paragraphs(risk.rationale ?? "")) }, hasData: true)
    }

    /// 3.A.1: a block with the form's six fields for each prioritized risk the organisation
    /// reports on this year (those with a `risk report` for the year). Only when it reports on
    /// none is every risk listed, each marked «Ikke utfylt», so the lead sees what to write.
    func riskBlocks() -> Content {
        let inForce = risksInYear
        guard !inForce.isEmpty else { return .empty(.addRisk) }
        let reported = inForce.filter { entry.riskReports[$0.id] != nil }
        let blocks = (reported.isEmpty ? inForce : reported).map { risk -> ReportBlock in
            let report = entry.riskReports[risk.id] ?? RiskReport()
            let measures = measuresInForce.filter { $0.risks.contains(risk.id) }
            var status = report.status
            if status == nil && !measures.isEmpty {
                let counts = Status.allCases.compactMap { state -> String? in
                    let count = measures.filter { history.status(of: $0.id, asOf: asOf) == state }.count
                    return count > 0 ? "\(count) \(state.rawValue)" : nil
                }
                status = "Tiltak per \(asOf.norwegian): " + counts.joined(separator: ", ") + "."
            }
            // One measure is a sentence; several are a list.
            let lines = measures.map { measureLine($0, includeDescription: true) }
            let measureText = lines.isEmpty ? nil : lines.count == 1 ? lines[0] : lines.map { "– " + $0 }.joined(separator: "\n")
            return .group(title: risk.title, blocks: [
                .field(label: "Prioritert negativ påvirkning/skade", value: risk.title, fix: nil),
                .field(label: "Overordnet mål", value: risk.overarchingGoal, fix: .setRiskGoal(risk: risk.id)),
                .field(label: "Status", value: status, fix: .writeRiskReport(year: year, risk: risk.id, .status)),
                .field(label: "Mål i rapporteringsåret", value: report.yearGoal, fix: .writeRiskReport(year: year, risk: risk.id, .yearGoal)),
                .field(label: "Beskriv iverksatte eller planlagte tiltak for å stanse eller begrense negative konsekvenser og begrunnelse for tiltaket/tiltakene",
                       value: measureText, fix: .linkMeasure(risk: risk.id)),
                .field(label: "Beskriv faktiske eller forventede resultater av tiltaket beskrevet over, samt mål og aktiviteter for kommende rapporteringsår",
                       value: report.results, fix: .writeRiskReport(year: year, risk: risk.id, .results)),
            ])
        }
        return Content(blocks: blocks, hasData: true)
    }
}
