import Foundation
@testable import AktsomWeb

/// A response as a client reads it off the wire, for the session and server tests.
struct TestResponse {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    var closes: Bool { headers.hasToken("close", in: "Connection") }

    /// The first response at the start of `bytes` and how many bytes it took, or nil when it is
    /// not all there yet. `head`: the request was HEAD, so no body follows the headers.
    static func parse(_ bytes: [UInt8], head: Bool = false) -> (TestResponse, Int)? {
        let crlf2: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4, let end = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<$0 + 4]) == crlf2 }) else { return nil }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = head || status < 200 ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        let bodyStart = end + 4
        guard bytes.count >= bodyStart + length else { return nil }
        return (TestResponse(status: status, headers: headers, body: Array(bytes[bodyStart..<bodyStart + length])), bodyStart + length)
    }

    /// Every complete response in `bytes`, in order.
    static func all(_ bytes: [UInt8], heads: Set<Int> = []) -> [TestResponse] {
        var responses: [TestResponse] = []
        var rest = bytes[...]
        while let (response, used) = parse(Array(rest), head: heads.contains(responses.count)) {
            responses.append(response)
            rest = rest.dropFirst(used)
        }
        return responses
    }
}
