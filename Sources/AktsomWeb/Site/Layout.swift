import AktsomKit

/// The frame every page shares: the organisation's name, the menu with the page marked, the
/// language switch, a notice after a saved form, and the page's own content.
enum Layout {
    /// The menu's entries, in the order a lead works through the year.
    enum Section: CaseIterable {
        case overview, strategy, plan, procurements, risks, year, check, imports, export

        var path: String {
            switch self {
            case .overview: return "/"
            case .strategy: return "/strategi"
            case .plan: return "/handlingsplan"
            case .procurements: return "/anskaffelser"
            case .risks: return "/risikoer"
            case .year: return "/ar"
            case .check: return "/kontroll"
            case .imports: return "/import"
            case .export: return "/eksport"
            }
        }

        /// Whether the entry's page is about a year, and so takes the one chosen.
        var carriesYear: Bool { self == .year || self == .check || self == .export }

        var label: Localized {
            switch self {
            case .overview: return Localized("Oversikt", en: "Overview")
            case .strategy: return Localized("Strategi", en: "Strategy")
            case .plan: return Localized("Handlingsplan", en: "Action plan")
            case .procurements: return Localized("Anskaffelser", en: "Procurements")
            case .risks: return Localized("Risikoer", en: "Risks")
            case .year: return Localized("Årsrapport", en: "Annual report")
            case .check: return Localized("Kontroll", en: "Check")
            case .imports: return Localized("Import", en: "Import")
            case .export: return Localized("Eksport", en: "Export")
            }
        }
    }

    /// A whole page as a response.
    static func page(_ title: String, request: HTTPRequest, organisation: String, section: Section?, status: HTTPStatus = .ok,
                     @MarkupBuilder content: () -> Markup) -> HTTPResponse {
        let language = request.context.language
        let other: Language = language == .nb ? .en : .nb
        // The year the page is about goes along to the year's pages, the check and the export.
        let year = YearPicker.workingYear(of: request)
        let body = Markup.element(.header, [.class("site")]) {
            Markup.element(.div, [.class("brand")]) {
                Markup.link(to: "/") { "Aktsom" }
                Markup.element(.span, [.class("organisation")]) { organisation }
            }
            Markup.element(.nav, [.class("site"), .ariaLabel(request.t("Hovedmeny", "Main menu"))]) {
                Markup.element(.ul) {
                    for entry in Section.allCases {
                        Markup.element(.li) {
                            Markup.link(to: entry.carriesYear ? entry.path + (year.map { "?year=\($0)" } ?? "") : entry.path,
                                        entry == section ? [.ariaCurrent("page")] : []) { entry.label.text(language) }
                        }
                    }
                    Markup.element(.li, [.class("language")]) {
                        Markup.link(to: LanguageSwitch.link(to: other, from: request), [.lang(other.rawValue)]) { other == .en ? "English" : "Norsk" }
                    }
                }
            }
        } + Markup.element(.main) {
            Notice.banner(for: request)
            content()
        }
        return .page(HTMLDocument(title: "\(title) – \(organisation) – Aktsom", language: language, body: body), status: status)
    }

    /// `<h1>` with an optional line under it.
    static func heading(_ title: String, subtitle: String? = nil) -> Markup {
        Markup.element(.h1) { title } + (subtitle.map { text in Markup.element(.p, [.class("muted")]) { text } } ?? .empty)
    }

    /// A status as a coloured tag; overdue wins over what the status says.
    static func statusTag(_ status: Status, overdue: Bool, language: Language) -> Markup {
        let text = status.label(language) + (overdue ? (language == .nb ? " · forfalt" : " · overdue") : "")
        return Markup.element(.span, [.class("tag status-\(status.cssName)\(overdue ? " overdue" : "")")]) { text }
    }
}

extension Status {
    /// A class name without non-ASCII letters.
    var cssName: String {
        switch self {
        case .planned: return "planned"
        case .inProgress: return "in-progress"
        case .done: return "done"
        case .delayed: return "delayed"
        case .cancelled: return "cancelled"
        }
    }
}

extension HTTPRequest {
    /// The text in the request's language: `request.t("Lagre", "Save")`.
    func t(_ nb: String, _ en: String) -> String {
        context.language == .nb ? nb : en
    }

    var language: Language { context.language }
}

extension Localized {
    func text(for request: HTTPRequest) -> String { text(request.language) }
}
