import AktsomKit

/// The year's key figures, entered figures and contact, `/ar/ÅR/nokkeltall`: every option of
/// `aktsom year set`. As on the command line only what is changed is set; an entered figure
/// wins over the counted one in the report, and emptying it goes back to the count.
enum YearFiguresForm: SitePage {
    static let fields = ["spend", "active-contracts", "announced", "employees", "revenue", "suppliers", "transparency-act",
                         "agreements-followed-up", "suppliers-followed-up", "deviations-found", "register-complete", "indicator",
                         "address", "contact-name", "contact-title", "contact-phone", "contact-email", "keep-contact"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/ar/:year/nokkeltall") { request in
            let year = try YearPage.year(request)
            let data = try site.plan.load()
            return form(year: year, data: data, request: request, values: values(of: data.year(year)),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/ar/:year/nokkeltall") { request in
            let year = try YearPage.year(request)
            let form = try request.form()
            let data = try site.plan.load()
            let shown = values(of: data.year(year))
            func changed(_ name: String) -> String? { form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 } }
            var problems = FormProblems(language: request.language, fields: fields)
            var changes = YearChanges()
            changes.spend = problems.read { () throws(FieldProblem) in try FieldInput.money(changed("spend"), field: "--spend") }
            changes.activeContracts = problems.read { () throws(FieldProblem) in try FieldInput.count(changed("active-contracts"), field: "--active-contracts") }
            changes.announced = problems.read { () throws(FieldProblem) in try FieldInput.count(changed("announced"), field: "--announced") }
            changes.employees = problems.read { () throws(FieldProblem) in try FieldInput.count(changed("employees"), field: "--employees") }
            changes.revenue = problems.read { () throws(FieldProblem) in try FieldInput.money(changed("revenue"), field: "--revenue") }
            changes.suppliers = problems.read { () throws(FieldProblem) in try FieldInput.count(changed("suppliers"), field: "--suppliers") }
            changes.transparencyAct = problems.read { () throws(FieldProblem) in try FieldInput.optionalYesNo(changed("transparency-act"), field: "--transparency-act") }
            changes.deviationsFound = problems.read { () throws(FieldProblem) in try FieldInput.yesNoChange(changed("deviations-found"), field: "--deviations-found") } ?? .unchanged
            changes.registerComplete = problems.read { () throws(FieldProblem) in try FieldInput.yesNoChange(changed("register-complete"), field: "--register-complete") } ?? .unchanged
            for (name, indicator) in [("agreements-followed-up", Indicator.followedUpProcurements), ("suppliers-followed-up", .followedUpSuppliers)] {
                if let change = problems.read({ () throws(FieldProblem) in try FieldInput.enteredCount(changed(name), field: "--\(name)") }) {
                    changes.indicators[indicator] = change
                }
            }
            changes.address = changed("address")
            changes.contactName = changed("contact-name")
            changes.contactTitle = changed("contact-title")
            changes.contactPhone = changed("contact-phone")
            changes.contactEmail = changed("contact-email")
            changes.keepContact = form.ticked("keep-contact")
            var assignments: [String] = []
            if changed("indicator") != nil {
                assignments = (form["indicator"] ?? "").split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isBlank }
                // A line taken away goes back to the counted figure, as `--indicator ID=` does.
                let kept = Set(assignments.compactMap { $0.split(separator: "=").first.map { $0.trimmingCharacters(in: .whitespaces) } })
                for line in (shown["indicator"] ?? "").split(whereSeparator: \.isNewline) {
                    if let id = line.split(separator: "=").first.map({ $0.trimmingCharacters(in: .whitespaces) }), !kept.contains(id) { assignments.append("\(id)=") }
                }
            }
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in
                        var changes = changes
                        for assignment in assignments {
                            let (indicator, change) = try Indicator.assignment(assignment)
                            changes.indicators[indicator] = change
                        }
                        try data.setYear(year, changes)
                    }
                    return Notice.year.redirect(to: PathLink.to("ar", String(year)), fragment: "nokkeltall")
                } catch {
                    problems.add(error)
                }
            }
            return YearFiguresForm.form(year: year, data: data, request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    static func values(of entry: ReportingYear) -> FormData {
        let figures = entry.keyFigures, contact = entry.contact
        var values = FormData()
        values.append("spend", figures.spend?.description ?? "")
        values.append("active-contracts", figures.activeContracts.map(String.init) ?? "")
        values.append("announced", figures.announced.map(String.init) ?? "")
        values.append("employees", figures.employees.map(String.init) ?? "")
        values.append("revenue", figures.revenue?.description ?? "")
        values.append("suppliers", figures.suppliers.map(String.init) ?? "")
        values.append("transparency-act", figures.transparencyAct.map { $0 ? "ja" : "nei" } ?? "")
        values.append("deviations-found", figures.deviationsFound.map { $0 ? "ja" : "nei" } ?? "")
        values.append("register-complete", figures.registerComplete.map { $0 ? "ja" : "nei" } ?? "")
        values.append("agreements-followed-up", entry.enteredIndicators[.followedUpProcurements]?.description ?? "")
        values.append("suppliers-followed-up", entry.enteredIndicators[.followedUpSuppliers]?.description ?? "")
        let others = Indicator.allCases.filter { ![.followedUpProcurements, .followedUpSuppliers].contains($0) }
        values.append("indicator", others.compactMap { indicator in entry.enteredIndicators[indicator].map { "\(indicator.rawValue)=\($0.description)" } }.joined(separator: "\n"))
        values.append("address", contact.address ?? "")
        values.append("contact-name", contact.name ?? "")
        values.append("contact-title", contact.title ?? "")
        values.append("contact-phone", contact.phone ?? "")
        values.append("contact-email", contact.email ?? "")
        return values
    }

    static func form(year: Int, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems, status: HTTPStatus = .ok) -> HTTPResponse {
        let title = request.t("Nøkkeltall \(year)", "Key figures \(year)")
        let yesNo: [(value: String, label: String)] = [("", "–"), ("ja", "Ja"), ("nei", "Nei")]
        let copied = data.year(year).contactCopiedFrom
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: .year, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: PathLink.to("ar", String(year))) { request.t("Årsrapport \(year)", "Annual report \(year)") } }
            Layout.heading(title, subtitle: request.t("Et tall du oppgir her, vinner over det Aktsom teller.", "A figure entered here wins over the one Aktsom counts."))
            problems.summary
            Markup.postForm(action: PathLink.to("ar", String(year), "nokkeltall"), for: request, [.class("record-form")]) {
                Markup.element(.fieldset) {
                    Markup.element(.legend) { request.t("Nøkkeltall", "Key figures") }
                    Field.text("spend", request.t("Samlet verdi av innkjøp (kr)", "Total purchases (NOK)"), values: values, problems: problems)
                    Field.text("active-contracts", request.t("Aktive anskaffelser/avtaler", "Active procurements/agreements"), values: values, problems: problems)
                    Field.text("announced", request.t("Kunngjorte anskaffelser", "Announced procurements"), values: values, problems: problems)
                    Field.text("employees", request.t("Ansatte", "Employees"), values: values, problems: problems)
                    Field.text("revenue", request.t("Omsetning (virksomheter)", "Revenue (companies)"), values: values, problems: problems)
                    Field.text("suppliers", request.t("Leverandører (virksomheter)", "Suppliers (companies)"), values: values, problems: problems)
                    Field.select("transparency-act", request.t("Omfattet av åpenhetsloven", "Covered by the Transparency Act"), options: yesNo, values: values, problems: problems)
                }
                Markup.element(.fieldset) {
                    Markup.element(.legend) { request.t("Tall dere rapporterer (vinner over det tellte)", "Figures you report (win over the count)") }
                    Field.text("agreements-followed-up", request.t("Avtaler med kontraktsoppfølging", "Agreements followed up"), values: values, problems: problems,
                               hint: request.t("Tom: tallet fra registeret.", "Empty: the register's count."))
                    Field.text("suppliers-followed-up", request.t("Leverandører fulgt opp", "Suppliers followed up"), values: values, problems: problems)
                    Field.select("deviations-found", request.t("4.A.3: Er det identifisert avvik i året?", "4.A.3: Were deviations found in the year?"), options: yesNo, values: values, problems: problems)
                    Field.select("register-complete", request.t("Har registeret alle årets anskaffelser?", "Does the register hold every procurement of the year?"),
                                 options: yesNo, values: values, problems: problems,
                                 hint: request.t("Bare da settes tallene dere oppgir opp mot det registeret teller, og et tomt register betyr 0.",
                                                 "Only then are the figures you enter set against the register's count, and an empty register means 0."))
                    Field.textarea("indicator", request.t("Andre tall, ett per linje (ID=N)", "Other figures, one per line (ID=N)"), values: values, problems: problems,
                                   hint: Indicator.validValues.text(request.language))
                }
                Markup.element(.fieldset) {
                    Markup.element(.legend) { request.t("Kontaktperson for rapporten", "Contact for the report") }
                    Field.text("address", request.t("Adresse hovedkontor", "Head office address"), values: values, problems: problems)
                    Field.text("contact-name", request.t("Navn", "Name"), values: values, problems: problems)
                    Field.text("contact-title", request.t("Tittel", "Title"), values: values, problems: problems)
                    Field.text("contact-phone", request.t("Telefon", "Phone"), values: values, problems: problems)
                    Field.text("contact-email", request.t("E-post", "E-mail"), values: values, problems: problems)
                    if let copied {
                        Field.checkbox("keep-contact", request.t("Bekreft kontaktinformasjonen kopiert fra \(copied)", "Confirm the contact details copied from \(copied)"), values: values, problems: problems)
                    }
                }
                Field.submit(request.t("Lagre", "Save"))
            }
        }
    }
}
