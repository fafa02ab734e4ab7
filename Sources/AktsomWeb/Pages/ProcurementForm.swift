import AktsomKit

/// New and changed procurements, `/anskaffelser/ny` and `/anskaffelser/ID/endre`: the fields of
/// `procurement add` and `edit`, with the requirements as a grid of areas and phases. Each
/// area's ticked phases are read as `--requirements AREA:phase,phase` by the same rule, so the
/// register gets exactly what the command would write.
enum ProcurementForm: SitePage {
    static let fields = ["title", "id", "year", "category", "type", "contract-kind", "suppliers", "value", "part", "high-risk",
                         "contract-start", "contract-end", "announced-on", "requirements", "measure",
                         "climate-weight", "climate-rank", "climate-reason", "climate-in-specification", "climate-exempt", "climate-documented-in"]
    static let climateFields = ["climate-weight", "climate-rank", "climate-reason", "climate-in-specification", "climate-exempt"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/anskaffelser/ny") { request in
            let data = try site.plan.load()
            return form(nil, data: data, request: request, values: request.query.setting("high-risk", "kategori"),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/anskaffelser/ny") { request in
            let form = try request.form()
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language, fields: fields)
            var draft = draft(form, plan: data.plan, editing: nil, problems: &problems)
            draft.title = form["title"] ?? ""
            draft.id = form.given("id")
            if problems.isEmpty {
                do {
                    let procurement = try site.plan.change { data, _ in try data.addProcurement(draft) }
                    return Notice.procurement.redirect(to: PathLink.to("anskaffelser", procurement.id))
                } catch {
                    problems.add(error)
                }
            }
            return ProcurementForm.form(nil, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
        router.get("/anskaffelser/:id/endre") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            return form(procurement, data: data, request: request, values: values(of: procurement, plan: data.plan),
                        problems: FormProblems(language: request.language, fields: fields))
        }
        router.post("/anskaffelser/:id/endre") { request in
            let id = try request.parameters.require("id")
            let form = try request.form()
            let data = try site.plan.load()
            guard let procurement = data.register.procurement(id) else { throw HTTPError.notFound }
            var problems = FormProblems(language: request.language, fields: fields)
            var draft = draft(form, plan: data.plan, editing: procurement, problems: &problems)
            let title = form["title"] ?? ""
            if title != procurement.title { draft.title = title }
            if problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.editProcurement(id, draft) }
                    return Notice.procurement.redirect(to: PathLink.to("anskaffelser", id))
                } catch PlanError.nothingToChange {
                    return .redirect(to: PathLink.to("anskaffelser", id))
                } catch {
                    problems.add(error)
                }
            }
            return ProcurementForm.form(procurement, data: try site.plan.load(), request: request, values: form, problems: problems, status: .unprocessableContent)
        }
    }

    /// The fields as a draft, read by the command's rules. Editing, only what differs from the
    /// procurement is set, as an option left off the command line leaves a field alone.
    static func draft(_ form: FormData, plan: ActionPlan, editing old: Procurement?, problems: inout FormProblems) -> ProcurementDraft {
        var draft = ProcurementDraft()
        let shown = old.map { values(of: $0, plan: plan) } ?? FormData()
        func given(_ name: String) -> String? {
            guard old != nil else { return form.given(name) }
            return form[name].flatMap { $0 == (shown[name] ?? "") ? nil : $0 }
        }
        draft.year = problems.read { () throws(FieldProblem) in try FieldInput.year(given("year")?.nonBlank, field: "--year") }
        draft.category = given("category")
        draft.contractType = given("type")
        draft.suppliers = problems.read { () throws(FieldProblem) in try FieldInput.count(given("suppliers")?.nonBlank, field: "--suppliers", in: 0...1_000_000) }
        draft.value = problems.read { () throws(FieldProblem) in try FieldInput.money(given("value")?.nonBlank, field: "--value") }
        draft.contractKind = problems.read { () throws(FieldProblem) in try FieldInput.wordChange(given("contract-kind"), field: "--contract-kind", as: ContractKind.self) } ?? .unchanged
        draft.regulationPart = problems.read { () throws(FieldProblem) in try FieldInput.wordChange(given("part"), field: "--part", as: RegulationPart.self) } ?? .unchanged
        draft.contractStart = problems.read { () throws(FieldProblem) in try FieldInput.dayChange(given("contract-start"), field: "--contract-start") } ?? .unchanged
        draft.contractEnd = problems.read { () throws(FieldProblem) in try FieldInput.dayChange(given("contract-end"), field: "--contract-end") } ?? .unchanged
        draft.announcedOn = problems.read { () throws(FieldProblem) in try FieldInput.dayChange(given("announced-on"), field: "--announced-on") } ?? .unchanged
        draft.climateDocumentedIn = FieldInput.textChange(given("climate-documented-in"))
        // One select for `--high-risk`, `--no-high-risk` or neither: by hand either way, or the category's.
        switch given("high-risk") {
        case "ja": draft.highRisk = .some(true)
        case "nei": draft.highRisk = .some(false)
        case "kategori": draft.highRisk = old == nil ? nil : .some(nil)
        default: break
        }
        for area in plan.areas {
            let phases = form.values("req-\(area.id)")
            let before = old?.requirements[area.id] ?? []
            if old == nil && phases.isEmpty { continue }
            if let _ = old, Set(phases) == Set(before.map(\.rawValue)) { continue }
            let text = "\(area.id):" + (phases.isEmpty ? "ingen" : phases.joined(separator: ","))
            if let spec = problems.read({ () throws(FieldProblem) in try FieldInput.requirements(text) }) { draft.requirements.append(spec) }
        }
        draft.climate = climate(form, shown: old.map { _ in shown }, problems: &problems)
        let measures = form.list("measure")
        let linked = old.map { _ in shown.list("measure") } ?? []
        draft.measures = measures.filter { !linked.contains($0) }
        draft.removeMeasures = linked.filter { !measures.contains($0) }
        return draft
    }

    /// The climate fields read by the command's rule, as if the filled ones were given as
    /// options. Editing, fields as shown change nothing, and emptying all three clears it.
    static func climate(_ form: FormData, shown: FormData?, problems: inout FormProblems) -> ClimateChange? {
        if let shown, climateFields.allSatisfy({ (form[$0] ?? "") == (shown[$0] ?? "") }) { return nil }
        func given(_ name: String) -> String? { form[name]?.nonBlank }
        if let shown, ["climate-weight", "climate-rank", "climate-in-specification", "climate-exempt"].allSatisfy({ given($0) == nil }),
           climateFields.contains(where: { shown[$0]?.nonBlank != nil }) {
            return given("climate-reason") == nil ? .cleared : problems.read { () throws(FieldProblem) in
                try FieldInput.climate(weight: nil, reason: given("climate-reason"), inSpecification: nil, exempt: nil)
            }
        }
        return problems.read { () throws(FieldProblem) in
            try FieldInput.climate(weight: given("climate-weight"), rank: given("climate-rank"), reason: given("climate-reason"),
                                   inSpecification: given("climate-in-specification"), exempt: given("climate-exempt"))
        }
    }

    static func values(of procurement: Procurement, plan: ActionPlan) -> FormData {
        var values = FormData()
        values.append("title", procurement.title)
        values.append("year", procurement.year.map(String.init) ?? "")
        values.append("category", procurement.category ?? "")
        values.append("type", procurement.contractType ?? "")
        values.append("suppliers", procurement.suppliers.map(String.init) ?? "")
        values.append("value", procurement.value?.description ?? "")
        values.append("contract-kind", procurement.contractKind?.rawValue ?? "")
        values.append("part", procurement.regulationPart?.rawValue ?? "")
        values.append("contract-start", procurement.contractStart?.iso ?? "")
        values.append("contract-end", procurement.contractEnd?.iso ?? "")
        values.append("announced-on", procurement.announcedOn?.iso ?? "")
        values.append("climate-documented-in", procurement.climateDocumentedIn ?? "")
        values.append("high-risk", procurement.highRiskOverride.map { $0 ? "ja" : "nei" } ?? "kategori")
        for (area, phases) in procurement.requirements.sorted(by: { $0.key < $1.key }) {
            for phase in phases.sorted() { values.append("req-\(area)", phase.rawValue) }
        }
        switch procurement.climate {
        case .weight(let weight, let reason, let specification)?:
            values.append("climate-weight", weight.norwegian)
            values.append("climate-reason", reason ?? "")
            values.append("climate-in-specification", specification ?? "")
        case .ranked(let rank, let specification)?:
            values.append("climate-rank", String(rank))
            values.append("climate-in-specification", specification ?? "")
        case .inSpecification(let reason)?: values.append("climate-in-specification", reason)
        case .exempt(let reason)?: values.append("climate-exempt", reason)
        case nil: break
        }
        values.append("measure", plan.measures.filter { $0.procurements.contains(procurement.id) }.map(\.id).joined(separator: ", "))
        return values
    }

    static func form(_ procurement: Procurement?, data: PlanData, request: HTTPRequest, values: FormData, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let plan = data.plan
        let language = request.language
        let title = procurement.map { request.t("Endre anskaffelse \($0.id)", "Edit procurement \($0.id)") } ?? request.t("Ny anskaffelse", "New procurement")
        return Layout.page(title, request: request, organisation: plan.organisation, section: .procurements, status: status) {
            Layout.heading(title)
            problems.summary
            Markup.postForm(action: procurement.map { PathLink.to("anskaffelser", $0.id, "endre") } ?? "/anskaffelser/ny", for: request, [.class("record-form")]) {
                Field.text("title", request.t("Hva som anskaffes", "What is procured"), values: values, problems: problems, required: true)
                if procurement == nil {
                    Field.text("id", request.t("Saksnummer eller egen id", "Case number or an id of your own"), values: values, problems: problems, placeholder: "2025/0133")
                }
                Field.text("year", request.t("År", "Year"), values: values, problems: problems, placeholder: "2025")
                Field.text("category", request.t("Kategori", "Category"), values: values, problems: problems,
                           hint: request.t("Avgjør høyrisiko etter DFØs liste (arbeidsklær, IKT-utstyr, mat og drikke, møbler …).",
                                           "Decides high risk by DFØ's list (work clothes, ICT equipment, food and drink, furniture …)."))
                Field.text("type", request.t("Type avtale", "Contract type"), values: values, problems: problems, placeholder: "rammeavtale")
                Field.select("contract-kind", request.t("Kontraktsart", "Contract kind"), options: [("", request.t("ikke registrert", "not recorded"))]
                             + ContractKind.allCases.map { ($0.rawValue, $0.label.text(language)) }, values: values, problems: problems,
                             hint: request.t("Terskelverdiene er ulike for varer og tjenester og for bygg og anlegg.", "The thresholds differ for goods and services and for works."))
                Field.text("suppliers", request.t("Antall leverandører", "Number of suppliers"), values: values, problems: problems)
                Field.text("value", request.t("Verdi i kroner ekskl. mva.", "Value in NOK excl. VAT"), values: values, problems: problems,
                           hint: request.t("Avgjør delen av anskaffelsesforskriften (del I under 1,3 millioner).", "Decides the part of the regulation (part I under 1.3 million)."), placeholder: "48 500 000")
                Field.select("part", request.t("Del av forskriften", "Part of the regulation"), options: [("", request.t("etter verdi og kontraktsart", "by value and contract kind"))]
                             + RegulationPart.allCases.map { ($0.rawValue, $0.label.text(language)) }, values: values, problems: problems)
                Field.text("contract-start", request.t("Kontraktsstart", "Contract start"), values: values, problems: problems,
                           hint: request.t("DFØs egenrapportering regnes fra kontraktsstart.", "DFØ's self-report is counted from the contract start."), placeholder: "2025-03-01")
                Field.text("contract-end", request.t("Kontraktsslutt", "Contract end"), values: values, problems: problems, placeholder: "2029-02-28")
                Field.text("announced-on", request.t("Kunngjort eller sendt til leverandører", "Announced or sent to suppliers"), values: values, problems: problems,
                           hint: request.t("§ 7-9 gjelder fra 1. januar 2024. Tom: 1. januar i året.", "§ 7-9 applies from 1 January 2024. Empty: 1 January of the year."), placeholder: "2025-01-15")
                Field.select("high-risk", request.t("Høyrisiko", "High risk"), options: [
                    ("kategori", request.t("etter kategorien", "by the category")), ("ja", request.t("ja, satt for hånd", "yes, set by hand")),
                    ("nei", request.t("nei, satt for hånd", "no, set by hand")),
                ], values: values, problems: problems)
                Markup.element(.fieldset, [.class("requirements")]) {
                    Markup.element(.legend) { request.t("Krav per område og fase", "Requirements by area and phase") }
                    Markup.element(.table) {
                        Markup.element(.thead) {
                            Markup.element(.tr) {
                                Markup.element(.th) { request.t("Område", "Area") }
                                for phase in RequirementPhase.allCases { Markup.element(.th) { phase.label.text(language) } }
                            }
                        }
                        Markup.element(.tbody) {
                            for area in plan.areas {
                                let ticked = Set(values.values("req-\(area.id)"))
                                Markup.element(.tr) {
                                    Markup.element(.td) { area.name }
                                    for phase in RequirementPhase.allCases {
                                        Markup.element(.td) {
                                            Markup.element(.label, [.class("inline")]) {
                                                Markup.void(.input, [.type("checkbox"), .name("req-\(area.id)"), .value(phase.rawValue)]
                                                            + (ticked.contains(phase.rawValue) ? [.checked] : []) + [.ariaLabel("\(area.name): \(phase.label.text(language))")])
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    for line in problems.lines(for: "requirements") { Markup.element(.p, [.class("field-error")]) { line } }
                }
                Markup.element(.fieldset, [.class("climate")]) {
                    Markup.element(.legend) { request.t("Klima og miljø (anskaffelsesforskriften § 7-9)", "Climate and environment (procurement regulation § 7-9)") }
                    Markup.element(.p, [.class("hint")]) {
                        request.t("Kunngjort fra 2024 og fra 100 000 kr: vekt eller rangering (gjerne med klimakrav i kravspesifikasjonen i tillegg), klimakrav i kravspesifikasjonen alene, eller unntak. Under 30 % trenger vekten en begrunnelse. Se Regler.",
                                  "Announced from 2024 and from NOK 100 000: a weight or a rank (with climate requirements in the specification too, if wanted), requirements in the specification alone, or an exemption. Under 30 % the weight needs a reason. See Rules.")
                    }
                    Field.text("climate-weight", request.t("Klima- og miljøvekt i tildelingen (%)", "Climate and environment weight in the award (%)"),
                               values: values, problems: problems, placeholder: "30")
                    Field.text("climate-rank", request.t("Eller: plass blant tildelingskriteriene i prioritert rekkefølge (1–10)",
                                                         "Or: place among the award criteria in order of priority (1–10)"),
                               values: values, problems: problems, hint: request.t("§ 7-9: blant de tre høyeste.", "§ 7-9: among the top three."), placeholder: "2")
                    Field.textarea("climate-reason", request.t("Begrunnelse for vekten", "Reason for the weight"), values: values, problems: problems, rows: 2)
                    Field.textarea("climate-in-specification", request.t("Klimakrav i kravspesifikasjonen, med begrunnelse (alene: i stedet for kriterier)",
                                                                         "Climate requirements in the specification, with the reason (alone: instead of criteria)"),
                                   values: values, problems: problems, rows: 2)
                    Field.textarea("climate-exempt", request.t("Unntak (uvesentlig klimaavtrykk og miljøbelastning etter sin art), med begrunnelse",
                                                               "Exemption (negligible climate footprint and environmental burden by its nature), with the reason"),
                                   values: values, problems: problems, rows: 2)
                    Field.text("climate-documented-in", request.t("Hvor begrunnelsen står i anskaffelsesdokumentene (dokument og punkt)",
                                                                  "Where the reason stands in the procurement documents (document and section)"),
                               values: values, problems: problems, placeholder: "Konkurransegrunnlaget, punkt 3.2")
                }
                Field.text("measure", request.t("Tiltak som virker på anskaffelsen (id-er, skilt med komma)", "Measures acting on the procurement (ids, separated by commas)"),
                           values: values, problems: problems)
                Field.submit(request.t("Lagre", "Save"))
                " "
                Markup.link(to: procurement.map { PathLink.to("anskaffelser", $0.id) } ?? "/anskaffelser") { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
