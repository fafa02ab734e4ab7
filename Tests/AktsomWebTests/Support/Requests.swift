@testable import AktsomWeb

extension HTTPRequest {
    /// A request as a test writes it: method, target, headers; Host is 127.0.0.1:8080 unless given.
    static func make(_ method: HTTPMethod = .get, _ target: String, headers: [(String, String)] = [], body: String = "") -> HTTPRequest {
        var all = HTTPHeaders(headers)
        if !all.contains("Host") { all.add("Host", "127.0.0.1:8080") }
        do {
            return try HTTPRequest(method: method, target: target, headers: all, body: Array(body.utf8))
        } catch {
            fatalError("bad test request \(target): \(error)")
        }
    }
}

extension HTTPResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
}
