import AktsomKit
import Foundation
import Testing
@testable import AktsomWeb

@Suite("aktsom serve, end to end")
struct ServeCommandTests {
    /// A small plan whose organisation name needs escaping.
    static func plan() throws -> AktsomProcess {
        let aktsom = try AktsomProcess()
        let org = "Fjordvik <kommune> & «co»"
        #expect(try aktsom.run("init", "Plans/fjordvik", "--org", org, "--period", "2025-2028").code == 0)
        #expect(try aktsom.run("goal", "add", "--area", "klima", "--title", "Halvere utslippene").code == 0)
        #expect(try aktsom.run("measure", "add", "--goal", "klima-1", "--title", "Utslippsfrie byggeplasser", "--owner", "Byggherre", "--due", "2025-Q1").code == 0)
        return aktsom
    }

    @Test("prints the link first, serves the home page and /api/status, and stops with exit 0 on SIGINT")
    func serve() throws {
        let aktsom = try ServeCommandTests.plan()
        let server = try aktsom.serve("--port", "0")
        let link = server.firstLine
        let match = try #require(link.wholeMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})/))
        let port = try #require(Int(match.output.1))
        let token = String(match.output.2)
        let host = "127.0.0.1:\(port)"

        let client = try LoopbackClient(port: port)
        #expect(try client.get("/", host: host).status == 401)
        let redirect = try client.get("/?token=\(token)", host: host)
        #expect(redirect.status == 303)
        #expect(redirect.headers["Location"] == "/")
        let cookie = try #require(redirect.headers["Set-Cookie"]?.split(separator: ";").first.map(String.init))
        #expect(cookie == "aktsom-\(port)=\(token)")

        let home = try client.get("/", host: host, headers: [("Cookie", cookie)])
        #expect(home.status == 200)
        #expect(home.text.contains("<h1>Fjordvik &lt;kommune&gt; &amp; «co»</h1>"))
        #expect(!home.text.contains("<kommune>"))
        #expect(home.headers["Content-Security-Policy"]?.hasPrefix("default-src 'none'") == true)
        let css = try client.get("/static/aktsom.css", host: host, headers: [("Cookie", cookie)])
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")

        let api = try LoopbackClient(port: port).get("/api/status", host: host, headers: [("Authorization", "Bearer \(token)")])
        #expect(api.status == 200)
        #expect(api.headers["Content-Type"] == "application/json; charset=utf-8")
        let command = try aktsom.run("status", "--json")
        #expect(command.code == 0)
        #expect(api.text == command.out)
        #expect(api.text.contains("\"organisation\": \"Fjordvik <kommune> & «co»\""))

        let stopped = server.interrupt()
        #expect(stopped.reason == .exit)
        #expect(stopped.status == 0)
        #expect(stopped.err.contains("Stoppet."))
        #expect(throws: LoopbackClient.Failure.self) { try LoopbackClient(port: port) }
    }

    @Test("warns, naming the risk, when bound to more than this machine")
    func nonLoopbackWarning() throws {
        let aktsom = try ServeCommandTests.plan()
        let server = try aktsom.serve("--port", "0", "--host", "0.0.0.0")
        #expect(server.firstLine.hasPrefix("http://127.0.0.1:"))
        let stopped = server.interrupt()
        #expect(stopped.status == 0)
        #expect(stopped.err.contains("Advarsel: serveren lytter på 0.0.0.0, ikke bare på denne maskinen."))
        #expect(stopped.err.contains("kan lese og endre planen"))
        #expect(stopped.err.contains("ukryptert"))
    }

    @Test("refuses a host that is not an address, and a port that is taken")
    func refusals() throws {
        let aktsom = try ServeCommandTests.plan()
        let name = try aktsom.run("serve", "--host", "intranett.example")
        #expect(name.code == 2)
        #expect(name.err.contains("--host: ugyldig adresse «intranett.example»"))
        #expect(name.out.isEmpty)
        let taken = try SocketListener(address: .loopbackIPv4, port: 0)
        let busy = try aktsom.run("serve", "--port", String(taken.port))
        #expect(busy.code == 1)
        #expect(busy.err.contains("port \(taken.port) på 127.0.0.1 er opptatt"))
        #expect(busy.out.isEmpty)
    }

    @Test("stops with the message every command gives when there is no plan or it cannot be read")
    func brokenPlan() throws {
        let aktsom = try AktsomProcess()
        let none = try aktsom.run("serve", "--port", "0")
        #expect(none.code == 1)
        #expect(none.out.isEmpty)
        #expect(none.err == (try aktsom.run("status")).err)
        #expect(none.err.contains("fant ingen plan"))

        #expect(try aktsom.run("init", "Plans/fjordvik", "--org", "Fjordvik kommune").code == 0)
        try Data("{\"format\": \"aktsom-plan\", \"version\": 1, \"organisation\": ".utf8)
            .write(to: aktsom.folder.appendingPathComponent("Plans/fjordvik/plan.json"))
        let broken = try aktsom.run("serve", "--port", "0")
        #expect(broken.code == 1)
        #expect(broken.out.isEmpty)
        #expect(broken.err == (try aktsom.run("status")).err)
        #expect(broken.err.contains("plan.json:1:"))
    }

    @Test("has help with an example")
    func help() throws {
        let aktsom = try AktsomProcess()
        let help = try aktsom.run("serve", "--help")
        #expect(help.code == 0)
        #expect(help.out.contains("aktsom serve --port 8090 --open"))
        #expect(help.out.contains("--host ADDR"))
    }
}

extension ServeCommandTests {
    @Test("--open hands the link to xdg-open, which does not inherit an ignored SIGPIPE or SIGINT")
    func open() throws {
        let aktsom = try ServeCommandTests.plan()
        let bin = aktsom.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let opened = aktsom.folder.appendingPathComponent("opened.txt")
        let script = "#!/bin/sh\n{ echo \"$1\"; grep SigIgn /proc/$$/status; } > \"\(opened.path).tmp\"\nmv \"\(opened.path).tmp\" \"\(opened.path)\"\n"
        try Data(script.utf8).write(to: bin.appendingPathComponent("xdg-open"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("xdg-open").path)

        let process = aktsom.process(["serve", "--port", "0", "--open"])
        var environment = process.environment ?? [:]
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let server = try AktsomProcess.Server(process)
        var waited = 0
        while !FileManager.default.fileExists(atPath: opened.path) && waited < 1_000 {
            usleep(10_000)
            waited += 1
        }
        let stopped = server.interrupt()
        #expect(stopped.status == 0)
        let lines = try String(contentsOf: opened, encoding: .utf8).split(separator: "\n")
        #expect(lines.first.map(String.init) == server.firstLine)
        let ignored = try #require(lines.last.flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) })
        #expect(ignored & (1 << (UInt64(SIGPIPE) - 1)) == 0)
        #expect(ignored & (1 << (UInt64(SIGINT) - 1)) == 0)
    }
}
