import AktsomKit
import Testing
@testable import AktsomWeb

@Suite("Routing requests to handlers")
struct RouterTests {
    static var router: Router {
        var router = Router()
        router.get("/") { _ in .text("hjem") }
        router.get("/tiltak/:id") { request in .text("tiltak " + (try request.parameters.require("id"))) }
        router.get("/tiltak/ny") { _ in .text("nytt tiltak") }
        router.post("/tiltak/:id/oppdateringer") { request in .text("oppdater " + (request.parameters["id"] ?? "?")) }
        router.get("/område/:område/mål/:mål") { request in .text("\(request.parameters["område"] ?? "")|\(request.parameters["mål"] ?? "")") }
        router.get("/feil") { _ in throw HTTPError(.conflict, Localized("konflikt", en: "conflict")) }
        router.get("/krasj") { _ in throw CancellationLikeError() }
        router.get("/api/krasj") { _ in throw CancellationLikeError() }
        return router
    }

    struct CancellationLikeError: Error {}

    @Test("matches literal and named segments and passes the decoded values")
    func parameters() {
        #expect(RouterTests.router.respond(to: .make(.get, "/")).text == "hjem")
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/klima-1.1")).text == "tiltak klima-1.1")
        #expect(RouterTests.router.respond(to: .make(.post, "/tiltak/etikk-2.1/oppdateringer")).text == "oppdater etikk-2.1")
        #expect(RouterTests.router.respond(to: .make(.get, "/omr%C3%A5de/klima/m%C3%A5l/klima-1")).text == "klima|klima-1")
    }

    @Test("splits on / before decoding, so an id with %2F stays one segment")
    func encodedSlash() {
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/2019%2F0412")).text == "tiltak 2019/0412")
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/2019/0412")).status.code == 404)
        #expect(RouterTests.router.respond(to: .make(.post, "/tiltak/2019%2F0412/oppdateringer")).text == "oppdater 2019/0412")
    }

    @Test("builds links whose segments the router decodes back")
    func links() {
        #expect(PathLink.to("tiltak", "2019/0412") == "/tiltak/2019%2F0412")
        #expect(PathLink.to("tiltak", query: [("status", "pågår"), ("team", "Bygg og eiendom")]) == "/tiltak?status=p%C3%A5g%C3%A5r&team=Bygg%20og%20eiendom")
        for id in ["2019/0412", "a b", "æøå", "%41", "x?y#z"] {
            #expect(RouterTests.router.respond(to: .make(.get, PathLink.to("tiltak", id))).text == "tiltak " + id)
        }
    }

    @Test("prefers a literal segment over a parameter")
    func specificity() {
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/ny")).text == "nytt tiltak")
    }

    @Test("answers 404 for an unknown path, trailing slash and dot segments included")
    func notFound() {
        for path in ["/ukjent", "/tiltak/", "/tiltak", "//", "/tiltak/../", "/tiltak/a/b"] {
            let response = RouterTests.router.respond(to: .make(.get, path))
            #expect(response.status.code == 404, "\(path)")
        }
        #expect(RouterTests.router.respond(to: .make(.get, "/ukjent")).text.contains("Fant ikke siden"))
    }

    @Test("answers 405 with Allow when the path exists for other methods, and 501 for unknown methods")
    func methods() {
        let response = RouterTests.router.respond(to: .make(.post, "/tiltak/klima-1.1"))
        #expect(response.status.code == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
        let get = RouterTests.router.respond(to: .make(.get, "/tiltak/a/oppdateringer"))
        #expect(get.status.code == 405)
        #expect(get.headers["Allow"] == "POST")
        #expect(RouterTests.router.respond(to: .make(HTTPMethod(rawValue: "BREW"), "/")).status.code == 501)
    }

    @Test("answers HEAD with the GET handler")
    func head() {
        let response = RouterTests.router.respond(to: .make(.head, "/tiltak/klima-1.1"))
        #expect(response.status.code == 200)
        #expect(response.text == "tiltak klima-1.1")
    }

    @Test("refuses a path segment with broken %-encoding with 400")
    func badEncoding() {
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/%E6")).status.code == 400)
        #expect(RouterTests.router.respond(to: .make(.get, "/tiltak/%2")).status.code == 400)
    }

    @Test("turns a thrown HTTPError into its page, anything else into a 500 that is logged")
    func errors() {
        let conflict = RouterTests.router.respond(to: .make(.get, "/feil"))
        #expect(conflict.status.code == 409)
        #expect(conflict.text.contains("konflikt"))
        let logged = LogLines()
        var router = RouterTests.router
        router.log = { logged.append($0) }
        let crash = router.respond(to: .make(.get, "/krasj"))
        #expect(crash.status.code == 500)
        #expect(crash.text.contains("Noe gikk galt"))
        #expect(!crash.text.contains("CancellationLikeError"))
        #expect(logged.lines.count == 1)
        #expect(logged.lines.first?.contains("CancellationLikeError") == true)
    }

    @Test("answers errors under /api/ as JSON")
    func apiErrors() {
        let response = RouterTests.router.respond(to: .make(.get, "/api/krasj"))
        #expect(response.status.code == 500)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.text.contains("\"status\": 500"))
        let missing = RouterTests.router.respond(to: .make(.get, "/api/ukjent"))
        #expect(missing.text == "{\n  \"status\": 404,\n  \"error\": \"Siden finnes ikke.\"\n}\n")
    }

    @Test("runs middleware in order, outermost first, each able to answer or pass on")
    func middleware() {
        struct Tag: Middleware {
            let name: String
            func respond(to request: HTTPRequest, next: any Responder) -> HTTPResponse {
                if request.path == "/stopp-\(name)" { return .text("stoppet av \(name)") }
                var response = next.respond(to: request)
                response.headers.add("X-Trail", name)
                return response
            }
        }
        let chain = MiddlewareChain([Tag(name: "ytre"), Tag(name: "indre")], responder: RouterTests.router)
        #expect(chain.respond(to: .make(.get, "/")).headers.values("X-Trail") == ["indre", "ytre"])
        #expect(chain.respond(to: .make(.get, "/stopp-indre")).text == "stoppet av indre")
        #expect(chain.respond(to: .make(.get, "/stopp-indre")).headers.values("X-Trail") == ["ytre"])
    }
}
