import AktsomKit
import Foundation
@testable import AktsomWeb

/// The example plan copied into a temporary folder, served in process by the whole site behind
/// its security layer, with the clock fixed to the day the command-line helper uses, so a page
/// and a command run on the same plan see the same today.
final class SiteHarness: @unchecked Sendable {
    static let token = String(repeating: "a", count: 64)
    static let csrf = String(repeating: "c", count: 64)
    static let host = "127.0.0.1:8080"

    let aktsom: AktsomProcess
    let folder: String
    let site: AktsomSite
    let responder: any Responder

    init() throws {
        aktsom = try AktsomProcess()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plans = aktsom.folder.appendingPathComponent("Plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let target = plans.appendingPathComponent("eksempel-kommune")
        try FileManager.default.copyItem(at: package.appendingPathComponent("Plans/eksempel-kommune"), to: target)
        folder = target.path
        guard let clock = WallClock.fixed(parsing: AktsomProcess.now) else { fatalError("bad fixed day") }
        site = AktsomSite(store: PlanStore(folder: folder, fileSystem: LocalFileSystem()), clock: clock)
        let security = WebSecurity(allowed: AllowedHosts(bound: IPAddress.loopbackIPv4, port: 8080),
                                   accessToken: AccessToken(value: SiteHarness.token), csrfToken: AccessToken(value: SiteHarness.csrf))
        responder = security.protect(site.responder())
    }

    /// A page as the browser asks for it, with the token cookie; `english` adds the language cookie.
    func get(_ target: String, english: Bool = false) -> HTTPResponse {
        responder.respond(to: .make(.get, target, headers: [("Cookie", cookie(english: english))]))
    }

    /// A form sent from a page: url-encoded, with the CSRF field; `english` as for ``get(_:english:)``.
    func post(_ target: String, _ fields: [(String, String)], english: Bool = false) -> HTTPResponse {
        let form = FormData((fields + [(CSRFGuard.fieldName, SiteHarness.csrf)]).map { FormData.Field(name: $0.0, value: $0.1) })
        return responder.respond(to: .make(.post, target, headers: [("Cookie", cookie(english: english)), ("Content-Type", "application/x-www-form-urlencoded")],
                                           body: form.encoded))
    }

    /// A multipart form with one file, as a browser uploads it.
    func upload(_ target: String, fields: [(String, String)], file: [UInt8], fileName: String) -> HTTPResponse {
        let boundary = "----aktsomtest"
        var body: [UInt8] = []
        for (name, value) in fields + [(CSRFGuard.fieldName, SiteHarness.csrf)] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += file + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders([("Cookie", cookie(english: false)), ("Content-Type", "multipart/form-data; boundary=\(boundary)")])
        headers.add("Host", SiteHarness.host)
        let request: HTTPRequest
        do {
            request = try HTTPRequest(method: .post, target: target, headers: headers, body: body)
        } catch {
            fatalError("bad upload \(error)")
        }
        return responder.respond(to: request)
    }

    /// An API call as a script makes it, with the bearer token.
    func api(_ method: HTTPMethod = .get, _ target: String, json: String? = nil) -> HTTPResponse {
        var headers = [("Authorization", "Bearer \(SiteHarness.token)")]
        if json != nil { headers.append(("Content-Type", "application/json")) }
        return responder.respond(to: .make(method, target, headers: headers, body: json ?? ""))
    }

    private func cookie(english: Bool) -> String {
        "aktsom-8080=\(SiteHarness.token)" + (english ? "; aktsom-lang=en" : "")
    }

    /// Every file of the plan folder, to prove a refused form wrote nothing.
    func files() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = URL(fileURLWithPath: folder)
        for case let url as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[url.path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// The value of the hidden `seen` field of a removal page: what the person was shown.
    func seen(_ page: String) -> String? {
        guard let start = page.range(of: "name=\"seen\" value=\"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    func text(_ file: String) throws -> String {
        try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    }

    func journal() throws -> String {
        try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
    }
}
