import AktsomKit

/// The line at the top of a page after a form was saved. The form's handler redirects with
/// `?lagret=CODE`; the code names one of a fixed set of sentences, so no text from a link is ever
/// shown as if Aktsom said it.
enum Notice: String {
    case status, measure, goal, risk, procurement, followup, deviation, year, note, goalText = "maltekst", riskText = "risikotekst"
    case sheet = "statusark", procurements = "anskaffelser", followUpPlan = "oppfolgingsplan"
    case strategy = "strategi", renumbered = "omnummerert", startsKept = "start-beholdt", area = "omrade", reference = "dokument", removed = "fjernet", yearStarted = "startet"
    case acknowledged = "kvittert", reopened = "gjenapnet"

    var message: Localized {
        switch self {
        case .status: return Localized("Statusen er registrert.", en: "The status is recorded.")
        case .measure: return Localized("Tiltaket er lagret.", en: "The measure is saved.")
        case .goal: return Localized("Målet er lagret.", en: "The goal is saved.")
        case .risk: return Localized("Risikoen er lagret.", en: "The risk is saved.")
        case .procurement: return Localized("Anskaffelsen er lagret.", en: "The procurement is saved.")
        case .followup: return Localized("Oppfølgingen er registrert.", en: "The follow-up is recorded.")
        case .deviation: return Localized("Avviket er lagret.", en: "The deviation is saved.")
        case .year: return Localized("Nøkkeltallene er lagret.", en: "The key figures are saved.")
        case .note: return Localized("Svaret er lagret.", en: "The answer is saved.")
        case .goalText: return Localized("Statusteksten for målet er lagret.", en: "The goal's status text is saved.")
        case .riskText: return Localized("Rapporten for risikoen er lagret.", en: "The risk's report is saved.")
        case .sheet: return Localized("Statusarket er importert.", en: "The status sheet is imported.")
        case .procurements: return Localized("Anskaffelsene er importert.", en: "The procurements are imported.")
        case .followUpPlan: return Localized("Forslaget er lagt inn som planlagt oppfølging.", en: "The proposal is recorded as planned follow-up.")
        case .strategy: return Localized("Strategien er lagret.", en: "The strategy is saved.")
        case .renumbered: return Localized("Strategien er lagret. Tiltakenes kategorikoder i del 3.B følger nå den nye malens nummerering.",
                                           en: "The strategy is saved. The measures' category codes in section 3.B now follow the new template's numbering.")
        case .startsKept: return Localized("Strategien er lagret. Mål og risikoer uten egen start fulgte den gamle perioden; de har fått periodens første år som start, så rapportene for årene før blir som de var.",
                                           en: "The strategy is saved. Goals and risks without a start of their own followed the old period; they now start in its first year, so the reports of the years before stay as they were.")
        case .area: return Localized("Strategiområdet er lagret.", en: "The strategy area is saved.")
        case .reference: return Localized("Det styrende dokumentet er lagret.", en: "The governing document is saved.")
        case .removed: return Localized("Det er fjernet.", en: "It is removed.")
        case .acknowledged: return Localized("Funnet er kvittert ut med begrunnelsen, og teller ikke lenger.", en: "The finding is acknowledged with the reason, and no longer counts.")
        case .reopened: return Localized("Funnet teller igjen.", en: "The finding counts again.")
        case .yearStarted: return Localized("Året er startet. De kopierte svarene er merket «uendret fra …» til du endrer eller bekrefter dem.",
                                            en: "The year is started. The copied answers are marked «unchanged from …» until you change or confirm them.")
        }
    }

    /// `path?lagret=code`, keeping a fragment to scroll to: the one given, or one the path
    /// ends with (`/strategi#omrader`), which must stay last for the browser to scroll.
    func redirect(to path: String, fragment: String? = nil) -> HTTPResponse {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        let fragment = fragment ?? parts.dropFirst().first.map(String.init)
        return .redirect(to: base + (base.contains("?") ? "&" : "?") + "lagret=\(rawValue)" + (fragment.map { "#\($0)" } ?? ""))
    }

    static func banner(for request: HTTPRequest) -> Markup {
        guard let code = request.query["lagret"], let notice = Notice(rawValue: code) else { return .empty }
        return Markup.element(.p, [.class("saved"), .id("lagret")]) { notice.message.text(for: request) }
    }
}
