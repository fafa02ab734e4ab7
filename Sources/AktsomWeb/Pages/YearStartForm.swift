import AktsomKit

/// Starting a reporting year from an earlier one, on the year's page: `aktsom year start ÅR
/// --from ÅR` as `POST /ar/ÅR/start`, through the same rule (`startYear`). It copies the
/// free-text answers, left-blank marks and contact details as a draft, never figures or status
/// texts; the year's page then marks each copied answer «uendret fra ÅR» until it is changed or
/// confirmed (the answer's form has «bekreft», `--keep`). On a refusal the year's page comes
/// back with the message by the field.
enum YearStartForm: SitePage {
    static let fields = ["from"]

    static func register(in router: inout Router, site: AktsomSite) {
        router.post("/ar/:year/start") { request in
            let year = try YearPage.year(request)
            let form = try request.form()
            var problems = FormProblems(language: request.language, fields: fields)
            let source = problems.read { () throws(FieldProblem) in try FieldInput.year(form.given("from"), field: "--from") }
            if source == nil && problems.isEmpty {
                problems.add(field: "from", Localized("mangler --from", en: "missing --from"))
            }
            if let source, problems.isEmpty {
                do {
                    try site.plan.change { data, _ in _ = try data.startYear(year, from: source) }
                    return Notice.yearStarted.redirect(to: PathLink.to("ar", String(year)), fragment: "svar")
                } catch {
                    problems.add(error)
                }
            }
            let data = try site.plan.load()
            return YearPage.page(YearPage.view(data, year: year, site: site), data: data, request: request, values: form, problems: problems,
                                 status: .unprocessableContent)
        }
    }

    /// The form, folded away until it is wanted or came back with a message.
    static func form(year: Int, request: HTTPRequest, values: FormData, problems: FormProblems) -> Markup {
        Markup.element(.details, [.id("start")] + (problems.isEmpty ? [] : [.open])) {
            Markup.element(.summary) { request.t("Start \(year) fra et tidligere år", "Start \(year) from an earlier year") }
            problems.summary
            Markup.postForm(action: PathLink.to("ar", String(year), "start"), for: request, [.class("record-form")]) {
                Field.text("from", request.t("Kopier fra året", "Copy from the year"), values: values, problems: problems,
                           hint: request.t("Fritekstsvar, «tom med vilje» og kontaktinformasjon kopieres som utkast, merket «uendret fra …»; aldri nøkkeltall eller statustekster. Svar som alt er skrevet for \(year), beholdes.",
                                           "Free-text answers, left-blank marks and contact details are copied as a draft, marked «unchanged from …»; never figures or status texts. Answers already written for \(year) stay."),
                           required: true)
                Field.submit(request.t("Start året", "Start the year"))
            }
        }
    }
}
