import AktsomKit

extension Commands {
    static let yearSet = Command(
        path: ["year", "set"],
        abstract: Localized("sett årets nøkkeltall og kontaktinformasjon til rapporten", en: "set the year's key figures and contact details for the report"),
        discussion: Localized("Bare feltene som oppgis, endres.", en: "Only the fields given are changed."),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("rapporteringsåret", en: "the reporting year"))],
        options: [
            .value("--spend", "NOK", Localized("samlet verdi av innkjøp i året", en: "total purchases in the year")),
            .value("--active-contracts", "N", Localized("antall aktive anskaffelser/avtaler", en: "number of active procurements/agreements")),
            .value("--announced", "N", Localized("antall kunngjorte anskaffelser", en: "number of announced procurements")),
            .value("--employees", "N", Localized("antall ansatte", en: "number of employees")),
            .value("--revenue", "NOK", Localized("omsetning (virksomheter)", en: "revenue (companies)")),
            .value("--suppliers", "N", Localized("antall leverandører (virksomheter)", en: "number of suppliers (companies)")),
            .value("--transparency-act", "ja|nei", Localized("om virksomheten er omfattet av åpenhetsloven", en: "whether the Transparency Act applies")),
            .value("--address", "TEXT", Localized("adresse hovedkontor", en: "head office address")),
            .value("--contact-name", "TEXT", Localized("kontaktperson for rapporten", en: "contact person for the report")),
            .value("--contact-title", "TEXT", Localized("kontaktpersonens tittel", en: "the contact's title")),
            .value("--contact-phone", "TEXT", Localized("kontaktpersonens telefon", en: "the contact's phone")),
            .value("--contact-email", "TEXT", Localized("kontaktpersonens e-post", en: "the contact's e-mail")),
        ],
        examples: [
            Example("aktsom year set 2025 --spend \"2 150 000 000\" --active-contracts 148 --announced 96 --employees 3850"),
            Example("aktsom year set 2025 --contact-name \"Kari Nordmann\" --contact-title Innkjøpssjef --contact-email kari.nordmann@fjordvik.kommune.no"),
        ]
    ) { invocation in
        let year = try invocation.yearArgument()
        var changes = YearChanges()
        changes.spend = try invocation.money("--spend")
        changes.activeContracts = try invocation.count("--active-contracts")
        changes.announced = try invocation.count("--announced")
        changes.employees = try invocation.count("--employees")
        changes.revenue = try invocation.money("--revenue")
        changes.suppliers = try invocation.count("--suppliers")
        changes.transparencyAct = try invocation.parse("--transparency-act", expected: YesNo.expected) { text in
            text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : YesNo.parse(text)
        }
        changes.address = invocation.text("--address")
        changes.contactName = invocation.text("--contact-name")
        changes.contactTitle = invocation.text("--contact-title")
        changes.contactPhone = invocation.text("--contact-phone")
        changes.contactEmail = invocation.text("--contact-email")
        let entry = try invocation.change { data, _ in
            try data.setYear(year, changes)
            return data.year(year)
        }
        invocation.confirm(Localized("Lagret nøkkeltall for \(year).", en: "Saved the key figures for \(year)."), json: YearCodec.encode(entry))
        return .success
    }

    static let yearNote = Command(
        path: ["year", "note"],
        abstract: Localized("skriv årets svar på en fritekstdel av rapporten, for eksempel 1.E.1", en: "write the year's answer to a free-text section of the report, for example 1.E.1"),
        discussion: Localized("Se gyldige seksjoner med «aktsom year show ÅR». Tom --text fjerner notatet.",
                              en: "See valid sections with «aktsom year show YEAR». An empty --text removes the note."),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("rapporteringsåret", en: "the reporting year"))],
        options: [
            .value("--section", "ID", Localized("seksjonens id i skjemaet: 1.A.1, 1.E.1, 2.A.1, 4.A.1, struktur …", en: "the section's id in the form: 1.A.1, 1.E.1, 2.A.1, 4.A.1, struktur …"), required: true),
            .value("--text", "TEXT", Localized("svaret; erstatter et tidligere svar", en: "the answer; replaces an earlier one"), required: true),
        ],
        examples: [Example("aktsom year note 2025 --section 1.E.1 --text \"Vi har innført etiske krav i alle rammeavtaler for arbeidsklær.\"")]
    ) { invocation in
        let year = try invocation.yearArgument()
        let section = try invocation.required("--section")
        let known = TemplateCatalog.noteSections
        guard known.contains(where: { $0.id == section }) else {
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: section, among: known.map(\.id)) { notes.append(hint) }
            notes.append(Localized("gyldige seksjoner: " + known.map(\.id).joined(separator: ", "), en: "valid sections: " + known.map(\.id).joined(separator: ", ")))
            throw invocation.usageError(Localized("ukjent seksjon \(quoted(section))", en: "unknown section \(quoted(section))"), notes: notes)
        }
        let text = try invocation.required("--text")
        let removing = text.isBlank
        try invocation.change { data, _ in try data.setNote(year, section: section, text: removing ? nil : text) }
        invocation.confirm(removing ? Localized("Fjernet notatet for \(section) i \(year).", en: "Removed the note for \(section) in \(year).")
                                    : Localized("Lagret notatet for \(section) i \(year).", en: "Saved the note for \(section) in \(year)."),
                           json: .object([("year", .int(year)), ("section", .string(section)), ("text", removing ? .null : .string(text))]))
        return .success
    }

    static let yearShow = Command(
        path: ["year", "show"],
        abstract: Localized("vis årets nøkkeltall og notater, og hva rapporten mangler", en: "show the year's key figures and notes, and what the report lacks"),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("rapporteringsåret", en: "the reporting year"))],
        options: [.value("--template", "T", Localized("malen som avgjør hvilke notater som mangler", en: "the template that decides which notes are missing"))],
        examples: [Example("aktsom year show 2025")]
    ) { invocation in
        let year = try invocation.yearArgument()
        let data = try invocation.load()
        let view = YearView(data: data, year: year, template: try invocation.template(for: data.plan), today: invocation.today)
        invocation.show(text: view.text(invocation.language), json: view.json())
        return .success
    }
}

extension Invocation {
    /// The `YYYY` positional.
    func yearArgument() throws -> Int {
        try required("YYYY", year)
    }

    /// `--template`, or the plan's own.
    func template(for plan: ActionPlan) throws -> ReportTemplate {
        guard let id = text("--template") else { return TemplateCatalog.defaultTemplate(for: plan) }
        guard let template = TemplateCatalog.template(id) else {
            var notes: [Localized] = []
            if let hint = Suggestion.note(for: id, among: TemplateCatalog.all.map(\.id)) { notes.append(hint) }
            notes.append(TemplateCatalog.validTemplates)
            throw usageError(Localized("ukjent mal \(quoted(id))", en: "unknown template \(quoted(id))"), notes: notes)
        }
        return template
    }
}
