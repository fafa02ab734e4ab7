import AktsomKit
import AktsomWeb
import Foundation

extension Commands {
    static let serve = Command(
        path: ["serve"],
        abstract: Localized("start Aktsom som nettapp i nettleseren, over den samme plan-mappen",
                            en: "start Aktsom as a web app in the browser, over the same plan folder"),
        discussion: Localized(
            "Første linje på stdout er lenken med et nytt, tilfeldig token: åpne den i nettleseren. Uten\nlenken slipper ingen inn. Serveren lytter bare på denne maskinen (127.0.0.1) med mindre du\nvelger en annen adresse med --host. Er port 8080 opptatt, brukes den neste ledige. Ctrl-C stopper.",
            en: "The first line on stdout is the link with a fresh random token: open it in the browser. Without\nthe link nobody gets in. The server listens on this machine only (127.0.0.1) unless you\nchoose another address with --host. If port 8080 is taken, the next free one is used. Ctrl-C stops it."),
        options: [
            .value("--port", "N", Localized("porten; standard 8080, eller den neste ledige; 0 lar systemet velge",
                                            en: "the port; default 8080, or the next free one; 0 lets the system choose")),
            .value("--host", "ADDR", Localized("adressen det lyttes på; standard 127.0.0.1 (bare denne maskinen)",
                                               en: "the address to listen on; default 127.0.0.1 (this machine only)")),
            .flag("--open", Localized("åpne lenken i standardnettleseren", en: "open the link in the default browser")),
        ],
        examples: [
            Example("aktsom serve"),
            Example("aktsom serve --port 8090 --open", Localized("egen port, og åpne nettleseren", en: "a port of your own, and open the browser")),
        ]
    ) { invocation in
        var store = try invocation.store()
        // Records the browser adds get this clone's mark, as the commands' do (see `git setup`).
        store.cloneMark = try invocation.cloneMark(for: store.folder)
        _ = try invocation.load(from: store)   // a plan that cannot be read stops here, as for every command
        let hostText = invocation.text("--host") ?? "127.0.0.1"
        guard let address = IPAddress(host: hostText) else {
            throw invocation.usageError(Localized("--host: ugyldig adresse \(quoted(hostText))", en: "--host: invalid address \(quoted(hostText))"),
                                        notes: [Localized("bruk en IP-adresse som 127.0.0.1, ::1 eller 0.0.0.0, eller localhost",
                                                          en: "use an IP address such as 127.0.0.1, ::1 or 0.0.0.0, or localhost")])
        }
        let requestedPort = try invocation.count("--port", in: 0...65_535)
        let console = invocation.surroundings.console
        let language = invocation.language
        func say(_ message: Localized) { console.err(message.text(language) + "\n") }

        var configuration = ServerConfiguration()
        configuration.language = language
        configuration.log = { line in console.err("aktsom serve: \(line)\n") }
        let site = AktsomSite(store: store, clock: invocation.clock).responder(log: configuration.log)
        // Without --port, 8080 or the next free of 20 ports; a port asked for is that port or an error.
        let app = try WebApp(address: address, port: requestedPort ?? 8080, candidates: requestedPort == nil ? 20 : 1,
                             configuration: configuration, site: site)
        // The browser is started before ShutdownSignals ignores SIGPIPE, which a child would
        // inherit; it connects once the accept loop runs.
        let opened = invocation.flag("--open") ? openInBrowser(app.link, path: invocation.surroundings.variables["PATH"]) : true
        let signals = ShutdownSignals { app.server.stop() }

        invocation.print(app.link)
        if requestedPort == nil && app.port != 8080 {
            say(Localized("Port 8080 er opptatt; bruker port \(app.port).", en: "Port 8080 is taken; using port \(app.port)."))
        }
        if !address.isLoopback {
            say(Localized(
                "Advarsel: serveren lytter på \(address.uriHost), ikke bare på denne maskinen. Alle som kan nå maskinen over nettverket og får tak i lenken, kan lese og endre planen, og trafikken er ukryptert (HTTP): lenken med tokenet kan fanges opp av andre på nettverket. Bruk standardadressen 127.0.0.1 om du ikke trenger dette.",
                en: "Warning: the server listens on \(address.uriHost), not only on this machine. Anyone who can reach the machine over the network and gets hold of the link can read and change the plan, and the traffic is unencrypted (HTTP): the link with the token can be picked up by others on the network. Use the default address 127.0.0.1 unless you need this."))
        }
        say(Localized("Aktsom kjører for \(store.folder). Åpne lenken over i nettleseren; Ctrl-C stopper.",
                      en: "Aktsom is running for \(store.folder). Open the link above in the browser; Ctrl-C stops it."))
        if !opened {
            say(Localized("Kunne ikke åpne nettleseren; åpne lenken selv.", en: "Could not open the browser; open the link yourself."))
        }
        app.server.run()
        withExtendedLifetime(signals) {}
        say(Localized("Stoppet.", en: "Stopped."))
        return .success
    }

    /// Hands the link to the desktop's opener (`xdg-open`, or `open` on macOS), found on `PATH`,
    /// without waiting for it. False when there is none or it cannot be started.
    private static func openInBrowser(_ link: String, path: String?) -> Bool {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let executable = folders.map({ URL(fileURLWithPath: $0).appendingPathComponent(opener) })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { return false }
        let process = Process()
        process.executableURL = executable
        process.arguments = [link]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return true
        } catch {
            return false
        }
    }
}
