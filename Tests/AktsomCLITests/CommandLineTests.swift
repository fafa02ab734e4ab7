import Foundation
import Testing

@Suite("The command line: help, flags anywhere, languages, text kept exactly")
struct CommandLineTests {
    static let commands: [[String]] = [
        ["init"], ["goal", "add"], ["goal", "edit"], ["goal", "list"], ["goal", "report"], ["measure", "add"], ["measure", "edit"],
        ["measure", "list"], ["measure", "show"], ["update"], ["history"], ["status"], ["risk", "add"], ["risk", "edit"], ["risk", "list"],
        ["risk", "report"], ["procurement", "add"], ["procurement", "edit"], ["procurement", "import"], ["procurement", "list"],
        ["procurement", "show"], ["followup", "add"], ["deviation", "add"], ["deviation", "update"], ["year", "set"], ["year", "note"],
        ["year", "show"], ["check"], ["export"],
        ["plan", "show"], ["plan", "edit"], ["plan", "reference", "add"], ["plan", "reference", "list"], ["plan", "reference", "edit"],
        ["plan", "reference", "remove"], ["area", "list"], ["area", "add"], ["area", "edit"], ["area", "remove"], ["goal", "remove"],
        ["measure", "remove"], ["risk", "remove"], ["procurement", "remove"], ["deviation", "edit"], ["deviation", "remove"],
    ]

    @Test("every command has help with usage and a real example", arguments: commands)
    func helpHasExamples(command: [String]) throws {
        let result = try CLI().run(command + ["--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Bruk:\n  aktsom \(command.joined(separator: " "))"))
        #expect(result.stdout.contains("Eksempler:\n  aktsom \(command.joined(separator: " "))"), "\(result.stdout)")
        let english = try CLI().run(command + ["--help", "--lang", "en"])
        #expect(english.stdout.contains("Usage:") && english.stdout.contains("Examples:"))
    }

    @Test("the overview lists every command")
    func overview() throws {
        let result = try CLI().run("--help")
        #expect(result.exitCode == 0)
        for command in Self.commands {
            #expect(result.stdout.contains("  " + command.joined(separator: " ")))
        }
        #expect(try CLI().run("help", "measure", "add").stdout.contains("aktsom measure add –"))
    }

    @Test("an unknown command or option is a usage error with a suggestion")
    func unknownWords() throws {
        let cli = try CLI.withSmallPlan()
        let command = try cli.fails(["mesure", "list"], exitCode: 2)
        #expect(command.stderr.contains("ukjent kommando «mesure»") && command.stderr.contains("mente du «measure»?"))
        let option = try cli.fails(["goal", "add", "--area", "klima", "--titel", "x"], exitCode: 2)
        #expect(option.stderr.contains("ukjent valg «--titel»") && option.stderr.contains("mente du «--title»?"))
        let group = try cli.fails(["goal"], exitCode: 2)
        #expect(group.stderr.contains("trenger en underkommando: add, edit, list, remove, report"))
    }

    @Test("--plan, --json and --lang may stand anywhere on the line")
    func globalFlagsAnywhere() throws {
        let cli = try CLI.withSmallPlan()
        let forms: [[String]] = [
            ["--plan", "Plans/fjordvik", "--json", "measure", "list"],
            ["measure", "--json", "list", "--plan", "Plans/fjordvik"],
            ["measure", "list", "--plan=Plans/fjordvik", "--json"],
            ["--lang", "en", "measure", "list", "--json"],
        ]
        for form in forms {
            let result = try cli.run(form)
            #expect(result.exitCode == 0, "\(form): \(result)")
            #expect(result.stdout.hasPrefix("{\n  \"asOf\": \"2025-06-01\""), "\(form)")
        }
    }

    @Test("--lang en speaks English in output and errors")
    func english() throws {
        let cli = try CLI.withSmallPlan()
        #expect(try cli.ok("status", "--lang", "en").stdout.contains("as of 01.06.2025"))
        let error = try cli.fails(["--lang", "en", "update", "klima-1.1", "--status", "ferdig"], exitCode: 2)
        #expect(error.stderr.contains("error: --status: unknown status «ferdig»"))
        let unknown = try cli.fails(["update", "klima-1.1", "--status", "ferdig", "--lang", "fr"], exitCode: 2)
        #expect(unknown.stderr.contains("ukjent"))
    }

    @Test("the plan is found from $AKTSOM_PLAN or as the only folder under ./Plans")
    func planResolution() throws {
        var cli = try CLI.withSmallPlan()
        try cli.ok("status")
        try cli.ok("init", "Plans/annen", "--org", "Annen kommune")
        let several = try cli.fails(["status"], exitCode: 2)
        #expect(several.stderr.contains("det er flere planer under Plans/: Plans/annen, Plans/fjordvik"))
        cli.environment["AKTSOM_PLAN"] = "Plans/annen"
        #expect(try cli.ok("status").stdout.contains("Annen kommune"))
    }

    @Test("text arguments keep æ, ø, å, quotes, <, & and newlines exactly", arguments: [
        "Blåbærsyltetøy for Ærøy & Østfold", "Sitat: \"krav\" og 'vilkår'", "<script>alert(1)</script>", "Linje 1\nLinje 2\n\tinnrykk",
        "--ser ut som et valg", "   mellomrom rundt   ", "😀 emoji og \u{0301}kombinerende",
    ])
    func textKeptExactly(text: String) throws {
        let cli = try CLI.withSmallPlan()
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", text, "--owner", "Team «Ø»")
        try cli.ok("update", "klima-1.3", "--status", "pågår", "--note", text)
        let json = try cli.ok("measure", "show", "klima-1.3", "--json").stdout
        let data = try #require(json.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let measure = try #require(object["measure"] as? [String: Any])
        #expect(measure["title"] as? String == text)
        #expect(measure["owner"] as? String == "Team «Ø»")
        #expect((measure["latestUpdate"] as? [String: Any])?["note"] as? String == text)
    }
}
