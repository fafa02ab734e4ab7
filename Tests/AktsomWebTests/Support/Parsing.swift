@testable import AktsomWeb

/// Runs bytes through a fresh parser, the way a connection would, for the parser's tests.
enum Parsing {
    enum Outcome {
        case requests([HTTPRequest], needsMore: Bool)
        case failed(HTTPParseError, after: [HTTPRequest])
    }

    /// Every request the text holds, in order, fed in pieces of `chunk` bytes (all at once by default).
    static func parse(_ text: String, limits: HTTPLimits = HTTPLimits(), chunk: Int? = nil) -> Outcome {
        parse(Array(text.utf8), limits: limits, chunk: chunk)
    }

    static func parse(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits(), chunk: Int? = nil) -> Outcome {
        var parser = RequestParser(limits: limits)
        var requests: [HTTPRequest] = []
        var offset = 0
        let size = chunk ?? max(bytes.count, 1)
        while true {
            do {
                switch try parser.next() {
                case .request(let request):
                    requests.append(request)
                    continue
                case .expectsContinue:
                    continue
                case .needMoreData:
                    guard offset < bytes.count else { return .requests(requests, needsMore: !parser.isIdle) }
                    parser.append(bytes[offset..<min(offset + size, bytes.count)])
                    offset += size
                }
            } catch {
                return .failed(error, after: requests)
            }
        }
    }

    /// The one request the text holds, or nil.
    static func single(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPRequest? {
        guard case .requests(let requests, false) = parse(text, limits: limits), requests.count == 1 else { return nil }
        return requests[0]
    }

    /// The error the text is refused with, or nil if it is not.
    static func error(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPParseError? {
        error(Array(text.utf8), limits: limits)
    }

    static func error(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()) -> HTTPParseError? {
        guard case .failed(let error, _) = parse(bytes, limits: limits) else { return nil }
        return error
    }
}
