import AktsomKit

/// Why a request could not be read. Each case has the status the server answers with before it
/// closes the connection: after a malformed request the framing of anything that follows is
/// unknown, so the connection is never reused.
public enum HTTPParseError: Error, Sendable, Equatable {
    case requestLineTooLong
    case malformedRequestLine
    /// `GET /` with no version: HTTP/0.9, which has no headers and cannot be answered safely.
    case http09
    case unsupportedVersion(String)
    case invalidTarget
    case invalidQuery
    /// A CR not followed by LF, or a LF without CR, in the request line or headers.
    case badLineEnding
    case headersTooLarge
    case tooManyHeaderFields
    case malformedHeader
    /// A header line starting with a space or tab, the obsolete line folding.
    case obsoleteLineFolding
    case missingHost
    case duplicateHost
    case invalidContentLength
    case duplicateContentLength
    case bodyTooLarge(limit: Int)
    case transferEncodingNotSupported
    case unsupportedExpectation

    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: return .uriTooLong
        case .headersTooLarge, .tooManyHeaderFields: return .requestHeaderFieldsTooLarge
        case .bodyTooLarge: return .contentTooLarge
        case .unsupportedVersion: return .httpVersionNotSupported
        case .transferEncodingNotSupported: return .notImplemented
        case .unsupportedExpectation: return .expectationFailed
        default: return .badRequest
        }
    }

    public var message: Localized {
        switch self {
        case .requestLineTooLong: return Localized("Adressen er for lang.", en: "The address is too long.")
        case .malformedRequestLine: return Localized("Forespørselslinjen kan ikke leses.", en: "The request line cannot be read.")
        case .http09: return Localized("HTTP/0.9 støttes ikke.", en: "HTTP/0.9 is not supported.")
        case .unsupportedVersion(let version): return Localized("\(version) støttes ikke; bruk HTTP/1.1.", en: "\(version) is not supported; use HTTP/1.1.")
        case .invalidTarget: return Localized("Adressen i forespørselen er ugyldig.", en: "The request's address is invalid.")
        case .invalidQuery: return Localized("Spørrestrengen kan ikke leses (ugyldig %-koding eller ikke UTF-8).",
                                             en: "The query string cannot be read (invalid %-encoding or not UTF-8).")
        case .badLineEnding: return Localized("Linjene i forespørselen må slutte med CRLF.", en: "The request's lines must end in CRLF.")
        case .headersTooLarge: return Localized("Overskriftene er for store.", en: "The headers are too large.")
        case .tooManyHeaderFields: return Localized("Forespørselen har for mange overskrifter.", en: "The request has too many headers.")
        case .malformedHeader: return Localized("En overskrift kan ikke leses.", en: "A header cannot be read.")
        case .obsoleteLineFolding: return Localized("Overskrifter over flere linjer støttes ikke.", en: "Headers folded over several lines are not supported.")
        case .missingHost: return Localized("Forespørselen mangler Host.", en: "The request has no Host.")
        case .duplicateHost: return Localized("Forespørselen har Host mer enn én gang.", en: "The request has Host more than once.")
        case .invalidContentLength: return Localized("Content-Length er ugyldig.", en: "Content-Length is invalid.")
        case .duplicateContentLength: return Localized("Content-Length er oppgitt mer enn én gang.", en: "Content-Length is given more than once.")
        case .bodyTooLarge(let limit):
            return Localized("Innholdet er for stort; grensen er \(limit.norwegian) byte.", en: "The content is too large; the limit is \(limit.norwegian) bytes.")
        case .transferEncodingNotSupported:
            return Localized("Transfer-Encoding støttes ikke; send Content-Length.", en: "Transfer-Encoding is not supported; send Content-Length.")
        case .unsupportedExpectation: return Localized("Expect støttes bare som 100-continue.", en: "Expect is only supported as 100-continue.")
        }
    }
}
