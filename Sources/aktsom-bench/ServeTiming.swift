import AktsomKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How fast `aktsom serve` answers, as issue 15 asks: every page of the web app once warm, and a
/// status update through the form and through the API beside `aktsom update` as a process.
///
/// The built `aktsom serve` runs on a copy of the plan (the writes must not change the generated
/// data); one kept-alive connection over loopback asks for each page twice to warm it and then
/// `runs` times, timing from the request's first byte sent to the response's last byte read, so
/// a row is the server's time plus a loopback round trip. Called from the benchmark's run of a
/// scale with one line:
///
///     print(ServeTiming.Row.header + (try ServeTiming.rows(aktsom: aktsom, plan: plan, work: joinPath(dataFolder, "serve-\(scale.rawValue)"), runs: runs)).map(\.line).joined())
enum ServeTiming {
    /// One page or write: the median and the spread (slowest less fastest) of its runs, in seconds.
    struct Row: Sendable {
        let page: String
        let median: Double
        let spread: Double

        static let header = "\n| aktsom serve, warm | median | spread |\n| --- | ---: | ---: |\n"

        var line: String {
            "| \(page) | \(String(format: "%.1f", median * 1000)) ms | \(String(format: "%.1f", spread * 1000)) ms |\n"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func rows(aktsom: String, plan: String, work: String, runs: Int) throws -> [Row] {
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.copyItem(atPath: plan, toPath: work)
        let data = try PlanStore(folder: work, fileSystem: LocalFileSystem()).load(journal: .skip).data
        guard let measure = data.plan.measures.first?.id, let goal = data.plan.goals.first?.id, let area = data.plan.areas.first?.id else {
            throw Failure(description: "the plan in \(plan) has no area, goal or measure to time")
        }
        var pages = ["/", "/strategi", "/handlingsplan", "/handlingsplan?overdue=ja", "/tiltak/\(measure)", "/tiltak/\(measure)/endre", "/tiltak/ny",
                     "/mal/\(goal)/endre", "/mal/\(goal)/fjern", "/omrader/\(area)/endre", "/omrader/\(area)/fjern", "/risikoer", "/anskaffelser",
                     "/ar/2025", "/ar/2025/nokkeltall", "/ar/2025/svar/1.E.1", "/ar/2025/mal/\(goal)", "/kontroll", "/import", "/eksport?year=2025",
                     "/api/status", "/api/measures", "/api/measures/\(measure)", "/api/check"]
        if let procurement = data.register.procurements.first?.id {
            pages.append(["anskaffelser", procurement].map(percentEncoded).reduce("") { $0 + "/" + $1 })
        }

        let server = try Server(aktsom: aktsom, plan: work)
        defer { server.stop() }
        let client = try Client(port: server.port, token: server.token)
        var rows: [Row] = []
        for page in pages {
            rows.append(try time(page, runs: runs) { try client.get(page) })
        }
        let csrf = try client.csrfToken(page: "/tiltak/\(percentEncoded(measure))")
        let form = "status=p%C3%A5g%C3%A5r&note=benchmark&\(CSRFField.name)=\(csrf)"
        rows.append(try time("POST /tiltak/\(measure)/status (the form)", runs: runs) {
            try client.send("POST", "/tiltak/\(percentEncoded(measure))/status", body: form, type: "application/x-www-form-urlencoded", expect: 303)
        })
        rows.append(try time("POST /api/measures/\(measure)/updates", runs: runs) {
            try client.send("POST", "/api/measures/\(percentEncoded(measure))/updates", body: #"{"status": "pågår", "note": "benchmark"}"#,
                            type: "application/json", bearer: true, expect: 201)
        })
        var command = Sample()
        for _ in 0..<runs {
            let run = try ProcessRunner.run(aktsom, ["update", measure, "--status", "pågår", "--note", "benchmark", "--plan", work], environment: environment)
            guard run.exitCode == 0 else { throw Failure(description: "aktsom update exited \(run.exitCode)") }
            command.seconds.append(run.seconds)
        }
        rows.append(Row(page: "aktsom update (a process, for comparison)", median: command.medianSeconds,
                        spread: (command.seconds.max() ?? 0) - (command.seconds.min() ?? 0)))
        return rows
    }

    /// The day the generated data is measured on, as for the other tasks.
    static let environment = ["AKTSOM_NOW": "2026-01-15"]

    /// The form field the CSRF token goes in (`CSRFGuard.fieldName` in AktsomWeb).
    private enum CSRFField { static let name = "_csrf" }

    private static func time(_ page: String, runs: Int, _ request: () throws -> Void) throws -> Row {
        for _ in 0..<2 { try request() }
        var seconds: [Double] = []
        for _ in 0..<runs {
            let started = ProcessRunner.monotonicSeconds()
            try request()
            seconds.append(ProcessRunner.monotonicSeconds() - started)
        }
        return Row(page: page, median: Sample.median(seconds), spread: (seconds.max() ?? 0) - (seconds.min() ?? 0))
    }

    private static func percentEncoded(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? segment
    }

    /// `aktsom serve --port 0` on the plan, stopped with SIGTERM as Ctrl-C would.
    private final class Server {
        let process = Process()
        let port: Int
        let token: String

        init(aktsom: String, plan: String) throws {
            process.executableURL = URL(fileURLWithPath: aktsom)
            process.arguments = ["serve", "--port", "0", "--plan", plan]
            process.environment = ProcessInfo.processInfo.environment.merging(ServeTiming.environment) { $1 }
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line is the link: http://127.0.0.1:PORT/?token=TOKEN
            var line: [UInt8] = []
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                line += chunk
            }
            let link = String(decoding: line.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            guard let colon = link.range(of: "127.0.0.1:"), let slash = link[colon.upperBound...].firstIndex(of: "/"),
                  let port = Int(link[colon.upperBound..<slash]), let equals = link.range(of: "token=") else {
                process.terminate()
                throw Failure(description: "aktsom serve printed \(link.debugDescription), not its link")
            }
            self.port = port
            self.token = String(link[equals.upperBound...])
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// HTTP/1.1 over one kept-alive loopback connection: just enough to ask for a page and read
    /// the whole answer by its Content-Length.
    private final class Client {
        let socket: Int32
        let port: Int
        let token: String

        init(port: Int, token: String) throws {
            #if canImport(Glibc)
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
            #endif
            self.port = port
            self.token = token
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port)).bigEndian
            address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard socket >= 0, connected == 0 else { throw Failure(description: "could not connect to aktsom serve on port \(port)") }
        }

        deinit {
            close(socket)
        }

        func get(_ path: String) throws {
            _ = try send("GET", path, expect: 200)
        }

        /// The CSRF token the page's forms carry.
        func csrfToken(page: String) throws -> String {
            let body = try send("GET", page, expect: 200)
            guard let start = body.range(of: "name=\"\(CSRFField.name)\" value=\"") else { throw Failure(description: "\(page) has no form token") }
            return String(body[start.upperBound...].prefix { $0 != "\"" })
        }

        @discardableResult
        func send(_ method: String, _ path: String, body: String = "", type: String? = nil, bearer: Bool = false, expect status: Int) throws -> String {
            var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
            head += bearer ? "Authorization: Bearer \(token)\r\n" : "Cookie: aktsom-\(port)=\(token)\r\n"
            if let type { head += "Content-Type: \(type)\r\n" }
            if method != "GET" { head += "Content-Length: \(body.utf8.count)\r\n" }
            let request = Array((head + "\r\n" + body).utf8)
            var sent = 0
            while sent < request.count {
                let count = request[sent...].withUnsafeBytes { sendBytes(socket, $0.baseAddress, $0.count) }
                guard count > 0 else { throw Failure(description: "could not send \(method) \(path)") }
                sent += count
            }
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            var headEnd: Int?
            var length = 0
            while headEnd.map({ received.count < $0 + length }) ?? true {
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { throw Failure(description: "the connection closed during \(method) \(path)") }
                received += buffer[0..<count]
                if headEnd == nil, let end = Client.endOfHead(received) {
                    headEnd = end
                    length = Client.contentLength(received[0..<end])
                }
            }
            let text = String(decoding: received, as: UTF8.self)
            let code = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
            guard code == status else { throw Failure(description: "\(method) \(path) answered \(code.map(String.init) ?? "?"), not \(status)") }
            return text
        }

        private static func endOfHead(_ bytes: [UInt8]) -> Int? {
            guard bytes.count >= 4 else { return nil }
            for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
                return index + 4
            }
            return nil
        }

        private static func contentLength(_ head: ArraySlice<UInt8>) -> Int {
            for line in String(decoding: head, as: UTF8.self).split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            }
            return 0
        }
    }
}

/// `send(2)`, named apart from the client's own `send`; a closed peer is an error, not SIGPIPE.
private func sendBytes(_ socket: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.send(socket, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    return Darwin.send(socket, bytes, count, 0)
    #endif
}
