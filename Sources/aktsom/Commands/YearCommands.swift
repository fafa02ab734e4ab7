import AktsomKit

extension Commands {
    static let yearSet = Command(
        path: ["year", "set"],
        abstract: Localized("sett årets nøkkeltall og kontaktinformasjon til rapporten", en: "set the year's key figures and contact details for the report"),
        discussion: Localized(
            "Bare feltene som oppgis, endres. Et tall som oppgis her, vinner over det Aktsom teller i registeret;\n«aktsom year show» viser begge, og «aktsom check» sier fra når de er ulike. Tom verdi (\"\") går tilbake\ntil det tellte tallet.",
            en: "Only the fields given are changed. A figure entered here wins over the one Aktsom counts in the register;\n«aktsom year show» shows both, and «aktsom check» says when they differ. An empty value (\"\") goes back\nto the counted one."),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("rapporteringsåret", en: "the reporting year"))],
        options: [
            .value("--spend", "NOK", Localized("samlet verdi av innkjøp i året", en: "total purchases in the year")),
            .value("--active-contracts", "N", Localized("antall aktive anskaffelser/avtaler", en: "number of active procurements/agreements")),
            .value("--announced", "N", Localized("antall kunngjorte anskaffelser; vises som «Antall anskaffelser som omfattes av rapporten» i ehn-2020",
                                                 en: "number of announced procurements; shown as «Antall anskaffelser som omfattes av rapporten» in ehn-2020")),
            .value("--agreements-followed-up", "N", Localized("antall avtaler med kontraktsoppfølging i året, slik virksomheten rapporterer det",
                                                              en: "number of agreements followed up in the year, as the organisation reports it")),
            .value("--suppliers-followed-up", "N", Localized("antall leverandører fulgt opp i året, slik virksomheten rapporterer det",
                                                             en: "number of suppliers followed up in the year, as the organisation reports it")),
            .value("--deviations-found", "ja|nei", Localized("svaret på 4.A.3: er det identifisert avvik i året?", en: "the answer to 4.A.3: were deviations found in the year?")),
            .value("--register-complete", "ja|nei", Localized("om registeret har alle årets anskaffelser; bare da settes oppgitte tall opp mot de tellte, og et tomt register teller 0",
                                                         en: "whether the register holds every procurement of the year; only then are entered figures set against the counted ones, and an empty register counts 0")),
            .value("--indicator", "ID=N", Localized("et annet tall som vinner over det tellte, for eksempel andel-med-etiske-krav=55",
                                                    en: "another figure that wins over the counted one, for example andel-med-etiske-krav=55"), repeatable: true),
            .flag("--keep-contact", Localized("bekreft kontaktinformasjon kopiert fra i fjor", en: "confirm contact details copied from last year")),
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
            Example("aktsom year set 2023 --agreements-followed-up 3 --suppliers-followed-up 5",
                    Localized("tallene virksomheten rapporterer, selv om registeret teller annerledes", en: "the figures the organisation reports, even if the register counts otherwise")),
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
        changes.transparencyAct = try invocation.reading { () throws(FieldProblem) in
            try FieldInput.optionalYesNo(invocation.text("--transparency-act"), field: "--transparency-act")
        }
        changes.address = invocation.text("--address")
        changes.contactName = invocation.text("--contact-name")
        changes.contactTitle = invocation.text("--contact-title")
        changes.contactPhone = invocation.text("--contact-phone")
        changes.contactEmail = invocation.text("--contact-email")
        changes.keepContact = invocation.flag("--keep-contact")
        changes.deviationsFound = try invocation.reading { () throws(FieldProblem) in
            try FieldInput.yesNoChange(invocation.text("--deviations-found"), field: "--deviations-found")
        }
        changes.registerComplete = try invocation.reading { () throws(FieldProblem) in
            try FieldInput.yesNoChange(invocation.text("--register-complete"), field: "--register-complete")
        }
        for (option, indicator) in [("--agreements-followed-up", Indicator.followedUpProcurements), ("--suppliers-followed-up", .followedUpSuppliers)] {
            if let change = try invocation.reading({ () throws(FieldProblem) in try FieldInput.enteredCount(invocation.text(option), field: option) }) {
                changes.indicators[indicator] = change
            }
        }
        for assignment in invocation.arguments.values("--indicator") {
            let (indicator, change) = try Indicator.assignment(assignment)
            changes.indicators[indicator] = change
        }
        let entry = try invocation.change { data, _ in
            try data.setYear(year, changes)
            return data.year(year)
        }
        invocation.confirm(Localized("Lagret nøkkeltall for \(year).", en: "Saved the key figures for \(year)."), json: YearCodec.encode(entry))
        return .success
    }

    static let yearNote = Command(
        path: ["year", "note"],
        abstract: Localized("skriv årets svar på en del av rapporten, for eksempel 1.E.1 eller forord", en: "write the year's answer to a section of the report, for example 1.E.1 or forord"),
        discussion: Localized(
            "Alle seksjoner i malene tar et svar, også de som fylles fra data (svaret kommer etter dataene).\n--blank merker en seksjon som tom med vilje: den eksporteres tom, uten «Ikke utfylt». --keep bekrefter\net svar som «aktsom year start» kopierte fra i fjor. --remove (eller tom --text) fjerner svaret. Se seksjonene med\n«aktsom year show ÅR».",
            en: "Every section of the templates takes an answer, also those filled from data (the answer follows the\ndata). --blank marks a section as empty on purpose: it is exported empty, without «Ikke utfylt». --keep\nconfirms an answer «aktsom year start» copied from last year. --remove (or an empty --text) removes the answer. See\nthe sections with «aktsom year show YEAR»."),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("rapporteringsåret", en: "the reporting year"))],
        options: [
            .value("--section", "ID", Localized("seksjonens id i skjemaet: forord, 1.A.1, 1.E.1, 2.A.1, 4.A.2, struktur …", en: "the section's id in the form: forord, 1.A.1, 1.E.1, 2.A.1, 4.A.2, struktur …"), required: true),
            .value("--text", "TEXT", Localized("svaret; erstatter et tidligere svar eller en merking", en: "the answer; replaces an earlier answer or mark")),
            .flag("--blank", Localized("la seksjonen stå tom med vilje", en: "leave the section empty on purpose")),
            .flag("--keep", Localized("bekreft svaret som ble kopiert fra et tidligere år", en: "confirm the answer copied from an earlier year")),
            .flag("--remove", Localized("fjern svaret, så seksjonen er «Ikke utfylt» igjen", en: "remove the answer, so the section is «Ikke utfylt» again")),
        ],
        examples: [
            Example("aktsom year note 2025 --section 1.E.1 --text \"Vi har innført etiske krav i alle rammeavtaler for arbeidsklær.\""),
            Example("aktsom year note 2025 --section 4.A.2 --text \"I tillegg fulgte vi opp to avtaler sammen med nabokommunene.\"",
                    Localized("tekst etter dataene i en datadel", en: "text after the data in a data section")),
            Example("aktsom year note 2025 --section 3.B.7 --blank", Localized("ingenting å melde, med vilje", en: "nothing to report, on purpose")),
            Example("aktsom year note 2026 --section 1.A.1 --keep", Localized("fjorårets svar gjelder fortsatt", en: "last year's answer still holds")),
            Example("aktsom year note 2025 --section 1.E.1 --remove", Localized("svaret var skrevet i feil år", en: "the answer was written in the wrong year")),
        ]
    ) { invocation in
        let year = try invocation.yearArgument()
        let section = try invocation.required("--section")
        let change = try invocation.reading { () throws(FieldProblem) in
            try FieldInput.noteChange(text: invocation.text("--text"), blank: invocation.flag("--blank"), keep: invocation.flag("--keep"),
                                      remove: invocation.flag("--remove"))
        }
        let reach = try invocation.change(journal: .skip) { data, _ -> SectionReach in
            let reach = try TemplateCatalog.reach(of: section, plan: data.plan)
            try data.changeNote(year, section: section, change)
            return reach
        }
        if case .otherTemplates(let templates) = reach {
            invocation.warn([Diagnostic(.usage, message: Localized("\(section) finnes ikke i planens mal; lagret, og vises i \(templates.joined(separator: ", "))",
                                                                    en: "\(section) is not in the plan's template; saved, and shown in \(templates.joined(separator: ", "))"),
                                        notes: [Localized("eksporter med --template \(templates[0]) for å se det", en: "export with --template \(templates[0]) to see it")]).asWarning()])
        }
        let message: Localized
        switch change {
        case .text: message = Localized("Lagret svaret på \(section) i \(year).", en: "Saved the answer to \(section) in \(year).")
        case .blank: message = Localized("\(section) i \(year) står tom med vilje.", en: "\(section) in \(year) is left empty on purpose.")
        case .keep: message = Localized("Bekreftet svaret på \(section) i \(year).", en: "Confirmed the answer to \(section) in \(year).")
        case .remove: message = Localized("Fjernet svaret på \(section) i \(year).", en: "Removed the answer to \(section) in \(year).")
        }
        invocation.confirm(message, json: .object([
            ("year", .int(year)), ("section", .string(section)),
            ("text", { if case .text(let text) = change { return .string(text) } else { return .null } }()),
            ("blank", .bool(change == .blank)),
        ]))
        return .success
    }

    static let yearStart = Command(
        path: ["year", "start"],
        abstract: Localized("start et nytt rapporteringsår fra et tidligere", en: "start a new reporting year from an earlier one"),
        discussion: Localized(
            "Kopierer fritekstsvar, tomme-med-vilje-merkinger og kontaktinformasjon som utkast, aldri nøkkeltall\neller statustekster. «aktsom year show» merker hvert kopierte svar «uendret fra ÅR» til det er endret\neller bekreftet med «aktsom year note ÅR --section ID --keep». Svar som alt er skrevet for året, beholdes.",
            en: "Copies free-text answers, left-blank marks and contact details as a draft, never key figures or\nstatus texts. «aktsom year show» marks each copied answer «uendret fra YEAR» until it is changed or\nconfirmed with «aktsom year note YEAR --section ID --keep». Answers already written for the year stay."),
        positionals: [PositionalSpec(name: "YYYY", help: Localized("det nye rapporteringsåret", en: "the new reporting year"))],
        options: [.value("--from", "YYYY", Localized("året det kopieres fra", en: "the year to copy from"), required: true)],
        examples: [Example("aktsom year start 2026 --from 2025")]
    ) { invocation in
        let year = try invocation.yearArgument()
        let source = try invocation.required("--from", invocation.year)
        let copied = try invocation.change(journal: .skip) { data, _ in try data.startYear(year, from: source) }
        invocation.confirm(Localized("Startet \(year) fra \(source): \(copied.count.counted("svar", "svar")) kopiert som utkast. Se «aktsom year show \(year)».",
                                     en: "Started \(year) from \(source): \(copied.count.counted("answer", "answers")) copied as a draft. See «aktsom year show \(year)»."),
                           json: .object([("year", .int(year)), ("from", .int(source)), ("copied", .strings(copied))]))
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
        switch TemplateCatalog.read(id) {
        case .success(let template): return template
        case .failure(let unknown): throw refused(unknown, option: "--template")
        }
    }
}
