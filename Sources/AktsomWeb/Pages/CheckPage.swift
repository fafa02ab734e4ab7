import AktsomKit

/// Kontroll, `/kontroll`: `aktsom check`'s findings, rule by rule, each with a link to the page
/// that fixes it: the procurement's form for missing requirements, a new measure under the goal
/// or against the risk, the measure's status form, the deviation's form, the year's figures and
/// answers. The command line's fix is shown only where no page makes it. Problems in the files
/// come first.
enum CheckPage: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.post("/kontroll/kvitter") { request in
            let form = try request.form()
            guard let year = (try? FieldInput.year(form.given("year"), field: "--year")) ?? nil else { throw HTTPError.badRequest(Localized("mangler år", en: "missing year")) }
            let check = form["check"] ?? "", subject = form["subject"] ?? ""
            let current = CheckReport(loaded: try site.plan.loadedAllowingProblems().loaded, year: year, today: site.today)
            do {
                try site.plan.change { data, _ in
                    try data.acknowledgeFinding(check: check, subject: subject, year: year, reason: form["reason"] ?? "", today: site.today, current: current)
                }
            } catch let error as PlanError {
                throw HTTPError(.unprocessableContent, error.diagnostic.message)
            }
            return Notice.acknowledged.redirect(to: PathLink.to("kontroll", query: [("year", String(year))]), fragment: "sjekk-\(check)")
        }
        router.post("/kontroll/gjenapne") { request in
            let form = try request.form()
            guard let year = (try? FieldInput.year(form.given("year"), field: "--year")) ?? nil else { throw HTTPError.badRequest(Localized("mangler år", en: "missing year")) }
            let check = form["check"] ?? ""
            do {
                try site.plan.change { data, _ in try data.reopenFinding(check: check, subject: form["subject"] ?? "", year: year) }
            } catch let error as PlanError {
                throw HTTPError(.unprocessableContent, error.diagnostic.message)
            }
            return Notice.reopened.redirect(to: PathLink.to("kontroll", query: [("year", String(year))]), fragment: "sjekk-\(check)")
        }
        router.get("/kontroll") { request in
            let snapshot = try site.plan.loadedAllowingProblems()
            var problems = FormProblems(language: request.language, fields: ["year"])
            let year = problems.read { () throws(FieldProblem) in try FieldInput.year(request.query.given("year"), field: "--year") }
            let report = CheckPage.report(snapshot, year: year, site: site)
            let language = request.language
            let title = request.t("Kontroll", "Check")
            return Layout.page(title, request: request, organisation: report.organisation, section: .check, status: problems.isEmpty ? .ok : .badRequest) {
                Layout.heading(title, subtitle: request.t("\(report.year), per \(report.asOf.norwegian): \(report.findingCount) funn, \(report.noticeCount) merknader",
                                                          "\(report.year), as of \(report.asOf.norwegian): \(report.findingCount) findings, \(report.noticeCount) notices"))
                if problems.isEmpty {
                    YearPicker.form(action: "/kontroll", chosen: report.year, data: snapshot.data, today: site.today, request: request)
                } else {
                    Markup.element(.form, [.method("get"), .action("/kontroll"), .class("filters inline-form")]) {
                        Field.text("year", request.t("År", "Year"), values: request.query, problems: problems)
                        Field.submit(request.t("Kontroller", "Check"))
                    }
                }
                Markup.element(.p) {
                    Markup.link(to: PathLink.to("regler", query: [("year", String(report.year))])) {
                        request.t("Reglene kontrollen bygger på, med kildene", "The rules the check rests on, with their sources")
                    }
                }
                if report.isClean && report.noticeCount == 0 {
                    Markup.element(.p, [.class("saved")]) { request.t("Ingen funn. Planen er klar for rapporten.", "Nothing found. The plan is ready for the report.") }
                }
                if !report.fileProblems.isEmpty {
                    Markup.element(.section, [.id("filer")]) {
                        Markup.element(.h2) { request.t("Feil i filene", "Problems in the files") }
                        Markup.element(.ul) {
                            for problem in report.fileProblems {
                                Markup.element(.li) { Markup.element(.pre) { problem.rendered(language) } }
                            }
                        }
                        Markup.element(.p, [.class("muted")]) {
                            request.t("Rett filene for hånd eller med «aktsom repair» (se README); sidene leser dem på nytt ved neste lasting.",
                                      "Fix the files by hand or with «aktsom repair» (see the README); the pages read them again on the next load.")
                        }
                    }
                }
                for group in report.groups where !group.findings.isEmpty {
                    Markup.element(.section, [.id("sjekk-\(group.id)")]) {
                        Markup.element(.h2) { group.title.text(language) + " (\(group.findings.count))" }
                        Markup.element(.ul, [.class("findings")]) {
                            for finding in group.findings {
                                Markup.element(.li, [.class(finding.acknowledgement != nil ? "acknowledged" : finding.severity == .gap ? "gap" : "notice")]) {
                                    Markup.element(.strong) { finding.subject }
                                    " " + finding.message.text(language)
                                    if let source = finding.source { CheckPage.source(source, language: language) }
                                    if let acknowledgement = finding.acknowledgement {
                                        acknowledged(acknowledgement, year: report.year, request: request)
                                    } else {
                                        // The page that fixes it; the command line's fix only where no
                                        // page does, since a lead in the browser types no commands.
                                        Markup.element(.div, [.class("fix")]) {
                                            if let link = fixLink(finding, year: report.year) {
                                                Markup.link(to: link.path, [.class("button small")]) { link.label.text(language) }
                                            } else {
                                                Markup.element(.span, [.class("muted")]) { finding.fix.text(language) }
                                            }
                                        }
                                        acknowledgeForm(finding, year: report.year, request: request)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// «Kvitter ut …»: a reason, and the finding stops counting (`aktsom finding acknowledge`).
    static func acknowledgeForm(_ finding: Finding, year: Int, request: HTTPRequest) -> Markup {
        Markup.element(.details, [.class("acknowledge")]) {
            Markup.element(.summary) { request.t("Kvitter ut med begrunnelse", "Acknowledge with a reason") }
            Markup.postForm(action: "/kontroll/kvitter", for: request, [.class("inline-form")]) {
                Markup.void(.input, [.type("hidden"), .name("check"), .value(finding.check)])
                Markup.void(.input, [.type("hidden"), .name("subject"), .value(finding.subject)])
                Markup.void(.input, [.type("hidden"), .name("year"), .value(String(year))])
                Field.textarea("reason", request.t("Hvorfor godtas funnet?", "Why is the finding accepted?"), values: FormData(),
                               problems: FormProblems(language: request.language), rows: 2, required: true)
                Field.submit(request.t("Kvitter ut", "Acknowledge"))
            }
        }
    }

    /// An acknowledged finding: the reason and the day, and the button that takes it back.
    static func acknowledged(_ acknowledgement: FindingAcknowledgement, year: Int, request: HTTPRequest) -> Markup {
        Markup.element(.div, [.class("fix")]) {
            Markup.element(.span, [.class("tag")]) { request.t("kvittert ut \(acknowledgement.date.norwegian)", "acknowledged \(acknowledgement.date.norwegian)") }
            " " + acknowledgement.reason + " "
            Markup.postForm(action: "/kontroll/gjenapne", for: request, [.class("inline-form")]) {
                Markup.void(.input, [.type("hidden"), .name("check"), .value(acknowledgement.check)])
                Markup.void(.input, [.type("hidden"), .name("subject"), .value(acknowledgement.subject)])
                Markup.void(.input, [.type("hidden"), .name("year"), .value(String(year))])
                Field.submit(request.t("Gjenåpne", "Reopen"))
            }
        }
    }

    /// `aktsom check`'s findings for the year (the latest by default), kept until the plan changes.
    static func report(_ snapshot: PlanSnapshot, year: Int?, site: AktsomSite) -> CheckReport {
        site.plan.derived("check \(year.map(String.init) ?? "-") \(site.today.iso)", from: snapshot) {
            CheckReport(loaded: snapshot.loaded, year: year, today: site.today)
        }
    }

    /// «Kilde: …», each source linked where it has an address.
    static func source(_ citation: RuleCitation, language: Language) -> Markup {
        Markup.element(.p, [.class("source")]) {
            Localized("Kilde: ", en: "Source: ").text(language)
            if citation.sources.isEmpty { (citation.note ?? citation.title).text(language) }
            for (index, source) in citation.sources.enumerated() {
                if index > 0 { "; " }
                if let url = source.url {
                    Markup.element(.a, [.href(url)]) { source.citation.text(language) }
                } else {
                    source.citation.text(language)
                }
            }
        }
    }

    /// The page that fixes a finding, by the rule that made it.
    static func fixLink(_ finding: Finding, year: Int) -> (path: String, label: Localized)? {
        if let action = finding.action { return (FixLink.path(action), FixLink.label(action)) }
        let subject = finding.subject
        switch finding.check {
        case "high-risk-without-requirements":
            return (PathLink.to("anskaffelser", subject, "endre"), Localized("Legg inn krav", en: "Add requirements"))
        case "risk-without-measure":
            return (PathLink.to("tiltak", "ny", query: [("risk", subject)]), Localized("Nytt tiltak mot risikoen", en: "New measure against the risk"))
        case "goal-without-measure":
            return (PathLink.to("tiltak", "ny", query: [("goal", subject)]), Localized("Nytt tiltak under målet", en: "New measure under the goal"))
        case "overdue-measure", "measure-without-status":
            return (PathLink.to("tiltak", subject) + "#status", Localized("Registrer status", en: "Record status"))
        case "climate-weighting-missing", "climate-weight-without-reason", "climate-ranked-low-without-specification":
            return (PathLink.to("anskaffelser", subject, "endre") + "#f-climate-weight", Localized("Registrer klima og miljø", en: "Record climate and environment"))
        case "climate-reason-not-located":
            return (PathLink.to("anskaffelser", subject, "endre") + "#f-climate-documented-in", Localized("Registrer hvor begrunnelsen står", en: "Record where the reason stands"))
        case "contract-start-assumed":
            return ("/anskaffelser", Localized("Registrer kontraktsstart på avtalene", en: "Record the agreements' contract start"))
        case "high-risk-without-follow-up":
            return (PathLink.to("anskaffelser", subject, "oppfolging"), Localized("Registrer oppfølging", en: "Record follow-up"))
        case "high-risk-without-self-report":
            return (PathLink.to("anskaffelser", subject, "oppfolging", query: [("kind", FollowUpKind.selfReporting.rawValue)]),
                    Localized("Registrer egenrapportering", en: "Record a self-report"))
        case "self-report-overdue":
            return (PathLink.to("oppfolging", subject), Localized("Registrer svar", en: "Record the answer"))
        case "planned-follow-up-overdue":
            return (PathLink.to("oppfolging", subject), Localized("Registrer at den er gjort", en: "Record it as done"))
        case "open-deviation-without-action", "self-report-deviation-without-action":
            return (PathLink.to("avvik", subject), Localized("Skriv tiltak", en: "Write the action"))
        case "entered-differs-from-derived":
            return (PathLink.to("ar", String(year)) + "#nokkeltall", Localized("Se nøkkeltallene", en: "See the key figures"))
        case "copied-answer-unreviewed":
            return (PathLink.to("ar", String(year)) + "#svar", Localized("Se svarene", en: "See the answers"))
        default:
            return nil
        }
    }
}
