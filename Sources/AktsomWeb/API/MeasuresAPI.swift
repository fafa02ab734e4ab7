import AktsomKit

/// The measures for scripts and dashboards, in the shapes of the commands' `--json`:
///
/// - `GET /api/measures`: `measure list --json`, with its filters as query parameters
///   (`owner`, `status`, `overdue`, `due-within`, `area`, `goal`, `as-of`).
/// - `GET /api/measures/ID`: `measure show --json` (`?as-of=`).
/// - `POST /api/measures/ID/updates` with `{"status", "note"?, "date"?, "by"?}`: records an
///   update as `aktsom update` does and answers 201 with what `update --json` prints.
///
/// A value the command would refuse is a 400, an unknown record a 404, with the command's
/// message (bokmål unless the person chose English) as `{"status", "error"}`.
enum MeasuresAPI: SitePage {
    static func register(in router: inout Router, site: AktsomSite) {
        router.get("/api/measures") { request in
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language)
            let query = MeasureQuery(request.query, problems: &problems)
            if let first = problems.firstMessage { throw HTTPError.badRequest(first) }
            do throws(PlanError) {
                return .json(try MeasureListing(data: data, filter: query.filter, asOf: query.asOf ?? site.today).json())
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
        }
        router.get("/api/measures/:id") { request in
            let id = try request.parameters.require("id")
            let data = try site.plan.load()
            var problems = FormProblems(language: request.language)
            let asOf = problems.read { () throws(FieldProblem) in try FieldInput.day(request.query.given("as-of"), field: "--as-of") }
            if let first = problems.firstMessage { throw HTTPError.badRequest(first) }
            do throws(PlanError) {
                return .json(try MeasureDetail(data: data, measure: id, asOf: asOf ?? site.today).json())
            } catch {
                throw HTTPError(.notFound, error.diagnostic.message)
            }
        }
        router.post("/api/measures/:id/updates") { request in
            let id = try request.parameters.require("id")
            let body = try UpdateBody(request)
            var problems = FormProblems(language: request.language)
            let status = problems.read { () throws(FieldProblem) in try FieldInput.status(body.status, field: "--status") }
            let date = problems.read { () throws(FieldProblem) in try FieldInput.day(body.date, field: "--date") }
            if let first = problems.firstMessage { throw HTTPError.badRequest(first) }
            guard let status else {
                throw HTTPError.badRequest(Localized("mangler \"status\"; \(Status.validValues.nb)", en: "missing \"status\"; \(Status.validValues.en)"))
            }
            let update: StatusUpdate
            do {
                update = try site.plan.store.recordStatusUpdate(measure: id, status: status, date: date, by: body.by, note: body.note, clock: site.clock)
            } catch let error as PlanError {
                if case .unknownRecord = error { throw HTTPError(.notFound, error.diagnostic.message) }
                throw HTTPError.badRequest(error.diagnostic.message)
            }
            return .json(.object([("update", RecordJSON.update(update))]), status: .created)
        }
    }

    /// The JSON a script sends: `status` required, `note`, `date` and `by` optional, all text.
    struct UpdateBody {
        var status: String?
        var note: String?
        var date: String?
        var by: String?

        init(_ request: HTTPRequest) throws(HTTPError) {
            guard request.contentType?.value == "application/json" else {
                throw HTTPError(.unsupportedMediaType, Localized("send JSON med Content-Type: application/json", en: "send JSON with Content-Type: application/json"))
            }
            let value: JSONValue
            do throws(JSONError) {
                value = try JSONParser.parse(request.body)
            } catch {
                throw HTTPError.badRequest(Localized("kroppen er ikke gyldig JSON: \(error.message.nb)", en: "the body is not valid JSON: \(error.message.en)"))
            }
            guard case .object(let object) = value.kind else {
                throw HTTPError.badRequest(Localized("forventet et JSON-objekt som {\"status\": \"pågår\"}", en: "expected a JSON object such as {\"status\": \"pågår\"}"))
            }
            let known = ["status", "note", "date", "by"]
            for member in object.members {
                guard known.contains(member.key) else {
                    throw HTTPError.badRequest(Localized("ukjent felt \(quoted(member.key)); gyldige felt: status, note, date, by",
                                                         en: "unknown field \(quoted(member.key)); valid fields: status, note, date, by"))
                }
                switch member.value.kind {
                case .string(let text):
                    switch member.key {
                    case "status": status = text
                    case "note": note = text
                    case "date": date = text
                    default: by = text
                    }
                case .null: continue
                default:
                    throw HTTPError.badRequest(Localized("feltet \(quoted(member.key)) må være tekst", en: "the field \(quoted(member.key)) must be text"))
                }
            }
        }
    }
}
