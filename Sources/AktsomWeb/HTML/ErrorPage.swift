import AktsomKit

/// The short answer to a request that cannot be served: a small page for a browser, JSON under
/// `/api/`, in the request's language (bokmål unless the person chose English).
public enum ErrorPage {
    /// The message for an error the person cannot do anything about; the details go to the log.
    public static let unexpected = Localized("Noe gikk galt på serveren. Se terminalen der aktsom serve kjører.",
                                             en: "Something went wrong on the server. See the terminal where aktsom serve runs.")

    public static func response(for error: HTTPError, to request: HTTPRequest) -> HTTPResponse {
        response(for: error, language: request.context.language, json: request.isAPI)
    }

    /// `{"status": 404, "error": "…"}` or a page with the status as heading and the message.
    public static func response(for error: HTTPError, language: Language, json: Bool) -> HTTPResponse {
        var response: HTTPResponse
        if json {
            response = .json(.object([("status", .int(error.status.code)), ("error", .string(error.message.text(language)))]), status: error.status)
        } else {
            let heading = title(error.status).text(language)
            response = .page(HTMLDocument(title: "\(heading) – Aktsom", language: language) {
                Markup.element(.main, [.class("error")]) {
                    Markup.element(.h1) { heading }
                    Markup.element(.p) { error.message.text(language) }
                    Markup.element(.p, [.class("status")]) { "HTTP \(error.status.code)" }
                }
            }, status: error.status)
        }
        for field in error.headers { response.headers.set(field.name, field.value) }
        return response
    }

    static func title(_ status: HTTPStatus) -> Localized {
        switch status.code {
        case 400: return Localized("Ugyldig forespørsel", en: "Bad request")
        case 401: return Localized("Åpne lenken fra aktsom serve", en: "Open the link from aktsom serve")
        case 403: return Localized("Ikke tillatt", en: "Not allowed")
        case 404: return Localized("Fant ikke siden", en: "Page not found")
        case 405: return Localized("Metoden er ikke tillatt", en: "Method not allowed")
        case 408: return Localized("Forespørselen tok for lang tid", en: "The request took too long")
        case 413: return Localized("For mye innhold", en: "Content too large")
        case 414: return Localized("Adressen er for lang", en: "Address too long")
        case 415: return Localized("Ukjent innholdstype", en: "Unsupported content type")
        case 421: return Localized("Feil adresse", en: "Wrong address")
        case 431: return Localized("For store overskrifter", en: "Headers too large")
        case 501: return Localized("Ikke støttet", en: "Not supported")
        case 503: return Localized("Serveren er opptatt", en: "The server is busy")
        case 500..<600: return Localized("Noe gikk galt", en: "Something went wrong")
        default: return Localized(verbatim: status.reason)
        }
    }
}
