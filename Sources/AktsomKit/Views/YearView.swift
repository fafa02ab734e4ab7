/// A reporting year's entries at a glance, and what the report still lacks. `aktsom year show`.
public struct YearView: Sendable {
    public let entry: ReportingYear
    public let plan: ActionPlan
    public let template: ReportTemplate
    /// The year's report sections as `export` would write them today, so what is listed as
    /// missing here is exactly what the export marks "ikke utfylt".
    public let sections: [ReportSection]
    /// Entered figures beside the counted ones.
    public let figures: YearFigures
    /// Each goal's status text beside what the data says.
    public let goals: [GoalReview]
    /// The year before's entries, to mark what is new.
    public let previous: ReportingYear?
    /// Saved goals, measures and risks the report leaves out because they count from after the year.
    public let leftOut: [LeftOutRecord]
    /// The day the view was made on.
    public let today: Day
    /// Figures that moved by more than ``YearView/notableChange`` from the year before.
    public let movedFigures: [(figure: YearFigure, before: Amount, now: Amount)]

    /// A figure that moved by more than this share (20 %) is pointed out for review.
    public static let notableChange = 0.2

    public init(data: PlanData, year: Int, template: ReportTemplate, today: Day) {
        let builder = ReportBuilder(data: data, template: template, year: year, today: today)
        self.entry = data.year(year)
        self.plan = data.plan
        self.template = template
        self.sections = builder.sections()
        self.figures = builder.figures
        self.goals = builder.goalReviews()
        self.leftOut = builder.leftOut
        self.today = today
        self.previous = data.years[year - 1]
        let history = data.statusHistory
        let timeline = Timeline(data: data, history: history)
        let now = YearFigureValues(data: data, year: year, history: history, timeline: timeline)
        let before = YearFigureValues(data: data, year: year - 1, history: history, timeline: timeline)
        self.movedFigures = YearFigure.allCases.compactMap { figure in
            guard let old = before[figure], let new = now[figure], old != new else { return nil }
            let base = max(abs(old.doubleValue), 1)
            return abs(new.doubleValue - old.doubleValue) / base > YearView.notableChange ? (figure, old, new) : nil
        }
    }

    /// How an answer stands against the year before: new, changed, or the same.
    public func change(of section: String) -> Localized? {
        guard let previous, entry.copiedNotes[section] == nil else { return nil }
        let year = entry.year - 1
        switch (previous.answer(section), entry.answer(section)) {
        case (_, .none): return nil
        case (.none, _): return Localized("ny i år", en: "new this year")
        case (let old, let new) where old == new: return Localized("som i \(year)", en: "as in \(year)")
        default: return Localized("endret fra \(year)", en: "changed from \(year)")
        }
    }

    /// The sections with answers marked "ikke utfylt", in the form's order.
    public var unfilledSections: [ReportSection] {
        sections.filter { $0.notFilledCount > 0 }
    }

    /// The template's note sections with no answer yet; a section left blank on purpose has one.
    public var missingNotes: [(id: String, title: String)] {
        template.noteSections.filter { entry.answer($0.id) == .none }
    }

    /// Whether the year lies outside the plan's strategy period: allowed, and worth a word.
    public var isOutsidePeriod: Bool {
        plan.period.map { !$0.contains(entry.year) } ?? false
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        let keyFigures = entry.keyFigures, contact = entry.contact
        var rows: [(String, String?)] = [
            (nb ? "Samlet innkjøp (NOK)" : "Total spend (NOK)", keyFigures.spend?.norwegian),
            (nb ? "Aktive avtaler" : "Active contracts", keyFigures.activeContracts.map(\.norwegian)),
            (nb ? "Kunngjorte anskaffelser" : "Announced procurements", keyFigures.announced.map(\.norwegian)),
            (nb ? "Ansatte" : "Employees", keyFigures.employees.map(\.norwegian)),
            (nb ? "Adresse" : "Address", contact.address),
            (nb ? "Kontaktperson" : "Contact", [contact.name, contact.title, contact.phone].compactMap { $0 }.joined(separator: ", ")),
            (nb ? "E-post" : "E-mail", contact.email),
        ]
        if template.family == .enterprise {
            rows += [(nb ? "Omsetning (NOK)" : "Revenue (NOK)", keyFigures.revenue?.norwegian),
                     (nb ? "Leverandører" : "Suppliers", keyFigures.suppliers.map(\.norwegian)),
                     (nb ? "Omfattet av åpenhetsloven" : "Covered by the Transparency Act", keyFigures.transparencyAct.map { $0 ? "Ja" : "Nei" })]
        }
        let width = rows.map(\.0.count).max() ?? 0
        var lines = [nb ? "Rapporteringsår \(entry.year) – \(plan.organisation)" : "Reporting year \(entry.year) – \(plan.organisation)"]
        if isOutsidePeriod, let period = plan.period {
            lines.append(nb ? "Merk: \(entry.year) er utenfor strategiperioden \(period.display); rapporten tar med det som gjaldt i \(entry.year)."
                            : "Note: \(entry.year) is outside the strategy period \(period.display); the report covers what was in force in \(entry.year).")
        }
        lines.append("")
        for (label, value) in rows {
            let shown = value.flatMap { $0.isEmpty ? nil : $0 } ?? (nb ? "– (ikke satt)" : "– (not set)")
            lines.append("\(label):\(String(repeating: " ", count: width - label.count + 1))\(shown)")
        }
        if let source = entry.contactCopiedFrom {
            lines.append(nb ? "  (kontaktinformasjonen er uendret fra \(source); bekreft med --keep-contact eller rett den)"
                            : "  (the contact details are unchanged from \(source); confirm with --keep-contact or correct them)")
        }
        let leftOutLines = LeftOutRecord.lines(leftOut, year: entry.year, language)
        if !leftOutLines.isEmpty { lines += [""] + leftOutLines }
        lines += figureLines(language)
        lines += movedLines(language)
        lines += goalLines(language)
        lines += noteLines(language)
        lines += unfilledLines(language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Entered figures beside the counted ones; the report shows the entered.
    func figureLines(_ language: Language) -> [String] {
        let nb = language == .nb
        let comparisons = figures.comparisons(in: template)
        var table = TextTable(columns: [.init(nb ? "TALL I RAPPORTEN" : "FIGURE IN THE REPORT", maximumWidth: 96), .init(nb ? "OPPGITT" : "ENTERED"),
                                        .init(nb ? "REGISTRERT" : "COUNTED"), .init("")])
        for row in comparisons {
            let differs = row.differs
            table.append([row.label.text(language), row.entered, row.derived, differs ? (nb ? "ulikt" : "differs") : ""])
        }
        var lines = ["", nb ? "Tall i rapporten (et oppgitt tall vinner over det registrerte):" : "Figures in the report (an entered figure wins over the counted one):",
                     TextTable.indented(table.rendered())]
        if !figures.isRegisterComplete {
            let year = entry.year
            lines.append(nb ? "  Registeret er ikke oppgitt som komplett for \(year), så oppgitte tall settes ikke opp mot de tellte; er det komplett: aktsom year set \(year) --register-complete ja"
                            : "  The register is not given as complete for \(year), so entered figures are not set against the counted ones; if it is: aktsom year set \(year) --register-complete ja")
        }
        return lines
    }

    /// Figures that moved notably since the year before, for the lead to check before filing.
    func movedLines(_ language: Language) -> [String] {
        let nb = language == .nb
        guard !movedFigures.isEmpty else { return [] }
        let percent = Int(YearView.notableChange * 100)
        var lines = ["", nb ? "Endret mer enn \(percent) % fra \(entry.year - 1):" : "Moved more than \(percent) % from \(entry.year - 1):"]
        for moved in movedFigures {
            let difference = moved.now.doubleValue - moved.before.doubleValue
            let change: String
            if moved.figure.isShare {
                let points = Int(difference.rounded())
                change = "\(points > 0 ? "+" : "")\(points) " + (nb ? "prosentpoeng" : "percentage points")
            } else if moved.before.hundredths == 0 {
                change = nb ? "fra 0" : "from 0"
            } else {
                let percent = Int((difference / abs(moved.before.doubleValue) * 100).rounded())
                change = "\(percent > 0 ? "+" : "")\(percent) %"
            }
            lines.append("  \(moved.figure.label.text(language)): \(moved.figure.display(moved.before, language)) → \(moved.figure.display(moved.now, language)) (\(change))")
        }
        return lines
    }

    /// Each goal's status text, and what the data says beside it as a review aid.
    func goalLines(_ language: Language) -> [String] {
        let nb = language == .nb
        guard !goals.isEmpty else { return [] }
        var lines = ["", nb ? "Mål i \(entry.year) (\(goals.count)):" : "Goals in \(entry.year) (\(goals.count)):"]
        for review in goals {
            lines.append("  \(review.goal.id)  \(TextTable.shorten(review.goal.title, to: 70))")
            let text = review.text.map { TextTable.shorten(TextTable.singleLine($0), to: 90) } ?? (nb ? "– (ingen statustekst; rapporten viser det dataene sier)" : "– (no status text; the report shows what the data says)")
            lines.append("      \(nb ? "Status" : "Status"):      \(text)")
            if let derived = review.derived {
                lines.append("      \(nb ? "Fra dataene" : "From the data"): \(derived)")
            }
        }
        return lines
    }

    /// The answers written, blank marks and copied drafts, by section id.
    func noteLines(_ language: Language) -> [String] {
        let nb = language == .nb
        let ids = Set(entry.notes.keys).union(entry.blankSections).sorted(by: Identifier.naturalOrder)
        let width = (ids + unfilledSections.map(\.id)).map(\.count).max() ?? 0
        var lines = ["", nb ? "Statustekster for risikoer: \(entry.riskReports.count)" : "Risk status texts: \(entry.riskReports.count)",
                     nb ? "Svar (\(ids.count)):" : "Answers (\(ids.count)):"]
        for id in ids {
            let padded = id + String(repeating: " ", count: width - id.count)
            var shown = entry.notes[id].map { TextTable.shorten(TextTable.singleLine($0), to: 70) } ?? (nb ? "(tom med vilje)" : "(left empty on purpose)")
            if let source = entry.copiedNotes[id] { shown += nb ? "  «uendret fra \(source)»" : "  «unchanged from \(source)»" }
            if let change = change(of: id) { shown += "  (\(change.text(language)))" }
            lines.append("  \(padded)  \(shown)")
        }
        return lines
    }

    func unfilledLines(_ language: Language) -> [String] {
        let nb = language == .nb
        let unfilled = unfilledSections
        guard !unfilled.isEmpty else { return [] }
        let width = unfilled.map(\.id).map(\.count).max() ?? 0
        let count = unfilled.reduce(0) { $0 + $1.notFilledCount }
        var lines = ["", nb ? "Ikke utfylt i \(template.id) (\(count.counted("svar", "svar"))):" : "Not filled in \(template.id) (\(count.counted("answer", "answers"))):"]
        for section in unfilled {
            lines.append("  \(section.id + String(repeating: " ", count: width - section.id.count))  \(TextTable.shorten(section.title, to: 70))")
            // Each answer missing in the section, with the command that fills exactly it.
            for missing in section.missingAnswers {
                let label = missing.label.map { TextTable.shorten($0, to: 60) + ": " } ?? ""
                if let fix = missing.fix {
                    lines.append("  \(String(repeating: " ", count: width))    \(label)\(fix.command)")
                } else if !label.isEmpty {
                    lines.append("  \(String(repeating: " ", count: width))    \(label.dropLast(2))")
                }
            }
        }
        lines.append(nb ? "  En seksjon som skal stå tom: aktsom year note \(entry.year) --section ID --blank"
                        : "  A section to leave empty: aktsom year note \(entry.year) --section ID --blank")
        return lines
    }

    public func json() -> JSONValue {
        var value = YearCodec.encode(entry)
        if case .object(var object) = value.kind {
            object.members.removeAll { $0.key == "format" || $0.key == "version" }
            func add(_ key: String, _ member: JSONValue) { object.members.append(JSONObject.Member(key: key, value: member)) }
            add("outsidePeriod", .bool(isOutsidePeriod))
            add("leftOut", .array(leftOut.map(\.json)))
            add("missingNotes", .strings(missingNotes.map(\.id)))
            add("notFilled", .array(unfilledSections.map { section in
                .object([("section", .string(section.id)), ("title", .string(section.title)), ("answers", .int(section.notFilledCount)),
                         ("hint", section.fillHint.map { .string($0.command) } ?? .null),
                         ("missing", .array(section.missingAnswers.map { missing in
                             .object([("label", missing.label.map(JSONValue.string) ?? .null), ("hint", missing.fix.map { .string($0.command) } ?? .null),
                                      ("page", missing.fix.map { .string($0.page) } ?? .null)])
                         }))])
            }))
            add("registerComplete", figures.entry.keyFigures.registerComplete.map(JSONValue.bool) ?? .null)
            add("figures", .array(figures.comparisons(in: template).map { row in
                .object([("id", .string(row.id)), ("label", .string(row.label.nb)), ("entered", .string(row.entered)),
                         ("derived", .string(row.derived)), ("differs", .bool(row.differs))])
            }))
            add("changes", .array(Set(entry.notes.keys).union(entry.blankSections).sorted(by: Identifier.naturalOrder).compactMap { section in
                change(of: section).map { .object([("section", .string(section)), ("change", .string($0.nb))]) }
            }))
            add("moved", .array(movedFigures.map { moved in
                .object([("figure", .string(moved.figure.rawValue)), ("before", .number(literal: moved.before.description)),
                         ("now", .number(literal: moved.now.description))])
            }))
            add("goalReview", .array(goals.map { review in
                .object([("goal", .string(review.goal.id)), ("title", .string(review.goal.title)),
                         ("status", review.text.map(JSONValue.string) ?? .null), ("derived", review.derived.map(JSONValue.string) ?? .null)])
            }))
            value = JSONValue(.object(object))
        }
        return value
    }
}
