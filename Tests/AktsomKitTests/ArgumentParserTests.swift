import Testing
@testable import AktsomKit

@Suite("The argument parser")
struct ArgumentParserTests {
    typealias Spec = CommandSpec<Void>

    static let catalog = CommandCatalog<Void>(
        program: "prog",
        summary: Localized("test", en: "test"),
        commands: [
            Spec(path: ["goal", "add"], abstract: Localized("a", en: "a"),
                 options: [.value("--title", "TEXT", Localized("t", en: "t"), required: true), .value("--risk", "RISK", Localized("r", en: "r"), repeatable: true),
                           .flag("--draft", Localized("d", en: "d"))]) { _ in .success },
            Spec(path: ["goal", "list"], abstract: Localized("l", en: "l")) { _ in .success },
            Spec(path: ["update"], abstract: Localized("u", en: "u"), positionals: [PositionalSpec(name: "MEASURE", help: Localized("m", en: "m"))],
                 options: [.value("--note", "TEXT", Localized("n", en: "n"))]) { _ in .success },
        ],
        globalOptions: [.value("--plan", "DIR", Localized("p", en: "p")), .flag("--json", Localized("j", en: "j")), .flag("--help", Localized("h", en: "h"))],
        examples: [])

    func parse(_ arguments: [String]) throws(UsageError) -> (CommandSpec<Void>, ParsedArguments) {
        guard case .run(let command, let parsed) = try ArgumentParser(catalog: Self.catalog).parse(arguments) else {
            throw UsageError(message: Localized("not a run", en: "not a run"), command: Spec?.none, program: "prog")
        }
        return (command, parsed)
    }

    @Test("reads options, flags, repeated options and positionals, with global options anywhere")
    func reads() throws {
        let (command, parsed) = try parse(["--plan", "P", "goal", "--json", "add", "--title", "T", "--risk", "a", "--risk=b", "--draft"])
        #expect(command.name == "goal add")
        #expect(parsed.value("--plan") == "P" && parsed.has("--json") && parsed.has("--draft"))
        #expect(parsed.values("--risk") == ["a", "b"])
        let (_, update) = try parse(["update", "klima-1.1", "--note", "--ser ut som et valg"])
        #expect(update.positional("MEASURE") == "klima-1.1")
        #expect(update.value("--note") == "--ser ut som et valg")
        let (_, negative) = try parse(["update", "klima-1.1", "--note", "-5"])
        #expect(negative.value("--note") == "-5")
        let (_, inline) = try parse(["update", "klima-1.1", "--note=--json"])
        #expect(inline.value("--note") == "--json")
        let (_, dashed) = try parse(["update", "--", "-rart-id"])
        #expect(dashed.positional("MEASURE") == "-rart-id")
    }

    @Test("help wins over mistakes on the same line, and bare words ask for help")
    func help() throws {
        let parser = ArgumentParser(catalog: Self.catalog)
        guard case .help(.command(let command)) = try parser.parse(["goal", "add", "--titel", "x", "--help"]) else { Issue.record("no help"); return }
        #expect(command.name == "goal add")
        guard case .help(.overview) = try parser.parse([]) else { Issue.record("no overview"); return }
        guard case .help(.group(["goal"])) = try parser.parse(["help", "goal"]) else { Issue.record("no group help"); return }
    }

    @Test("refuses what the declaration does not allow, saying what to do", arguments: [
        (["goal", "add"], "mangler --title TEXT"),
        (["goal", "add", "--title"], "--title mangler verdi"),
        (["goal", "add", "--title", "a", "--title", "b"], "--title er gitt mer enn én gang"),
        (["goal", "add", "--title", "a", "--draft=yes"], "--draft tar ingen verdi"),
        (["goal", "add", "--titel", "a"], "mente du «--title»?"),
        (["goal"], "trenger en underkommando: add, list"),
        (["gaol", "add"], "mente du «goal»?"),
        (["update"], "mangler MEASURE"),
        (["update", "a", "b"], "uventet argument «b»"),
        (["update", "a", "--note", "--json"], "--note mangler verdi: «--json» er et valg"),
        (["update", "a", "--note", "--plan=x"], "--note mangler verdi: «--plan=x» er et valg"),
        (["goal", "add", "--title", "--draft"], "en verdi som selv begynner med - skrives --title=--draft"),
        (["--plan", "--json", "goal", "list"], "--plan mangler verdi: «--json» er et valg"),
    ])
    func refuses(arguments: [String], message: String) {
        do {
            _ = try ArgumentParser(catalog: Self.catalog).parse(arguments)
            Issue.record("accepted \(arguments)")
        } catch {
            let text = error.diagnostic.rendered(.nb)
            #expect(text.contains(message), "\(text)")
            #expect(error.diagnostic.kind == .usage)
        }
    }

    @Test("usage lines come from the declaration")
    func usageLine() throws {
        let command = try #require(Self.catalog.command(["goal", "add"]))
        #expect(Usage.line(for: command, program: "prog") == "prog goal add --title TEXT [--risk RISK…] [--draft]")
    }
}
