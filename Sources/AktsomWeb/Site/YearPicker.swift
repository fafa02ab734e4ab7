import AktsomKit

/// The year a lead works on, picked from a list and carried from page to page: the year pages,
/// the check and the export each offer the plan's years, and the menu's links to them keep the
/// year chosen on the page they are on.
enum YearPicker {
    /// A GET form with the plan's years; `hidden` keeps the page's other choices (the template).
    static func form(action: String, chosen: Int, data: PlanData, today: Day, request: HTTPRequest,
                     hidden: [(String, String)] = [], @MarkupBuilder extra: () -> Markup = { .empty }) -> Markup {
        Markup.element(.form, [.method("get"), .action(action), .class("filters inline-form year-picker")]) {
            for (name, value) in hidden { Markup.void(.input, [.type("hidden"), .name(name), .value(value)]) }
            Field.select("year", request.t("År", "Year"), options: data.yearsToPick(today: today).map { (String($0), String($0)) },
                         values: FormData().setting("year", String(chosen)), problems: FormProblems(language: request.language))
            extra()
            Field.submit(request.t("Vis", "Show"))
        }
    }

    /// The year the page is about: `/ar/2023/…` or `?year=2023`.
    static func workingYear(of request: HTTPRequest) -> Int? {
        let segments = request.path.split(separator: "/")
        if segments.count >= 2, segments[0] == "ar", segments[1].count == 4, let year = Int(segments[1]) { return year }
        if let text = request.query["year"], text.count == 4, let year = Int(text) { return year }
        return nil
    }
}
