import Foundation
import Testing

/// Issue 2's bad input: each is refused with one clear message and leaves every file as it was.
@Suite("Bad input is refused and changes nothing")
struct BadInputTests {
    @Test("an unknown status is named and the valid ones listed")
    func unknownStatus() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["update", "klima-1.1", "--status", "ferdig"], exitCode: 2)
        #expect(result.stderr.contains("ukjent status «ferdig»"))
        #expect(result.stderr.contains("gyldige verdier: planlagt, pågår, gjennomført, forsinket, avbrutt"))
    }

    @Test("an unknown id is named with the closest one", arguments: [
        (["update", "klima-1.9", "--status", "pågår"], "tiltaket «klima-1.9» finnes ikke", "«klima-1.1»"),
        (["measure", "show", "etik-1.1"], "tiltaket «etik-1.1» finnes ikke", "«etikk-1.1»"),
        (["history", "klima1.2"], "tiltaket «klima1.2» finnes ikke", "«klima-1.2»"),
        (["measure", "add", "--goal", "klima-2", "--title", "x"], "målet «klima-2» finnes ikke", "«klima-1»"),
        (["goal", "report", "etikk-2", "--year", "2025", "--text", "x"], "målet «etikk-2» finnes ikke", "«etikk-1»"),
        (["goal", "add", "--area", "klimaa", "--title", "x"], "strategiområdet «klimaa» finnes ikke", "«klima»"),
        (["measure", "add", "--goal", "klima-1", "--title", "x", "--risk", "risiko-2"], "risikoen «risiko-2» finnes ikke", "«risiko-1»"),
        (["risk", "report", "risiko-11", "--year", "2025", "--status", "x"], "risikoen «risiko-11» finnes ikke", "«risiko-1»"),
    ])
    func unknownIDs(arguments: [String], message: String, suggestion: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("mente du \(suggestion)?"), "\(result.stderr)")
    }

    @Test("an impossible date is refused", arguments: ["2025-13-45", "2025-02-30", "30.02.2025", "i går", "2025-6-1"])
    func impossibleDate(date: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["update", "klima-1.1", "--status", "pågår", "--date", date], exitCode: 2)
        #expect(result.stderr.contains("--date: ugyldig verdi «\(date)»"))
        #expect(result.stderr.contains("ÅÅÅÅ-MM-DD"))
    }

    @Test("an impossible due date or year is refused", arguments: [
        ["measure", "add", "--goal", "klima-1", "--title", "x", "--due", "2025-02-30"],
        ["measure", "add", "--goal", "klima-1", "--title", "x", "--due", "2025-Q5"],
        ["goal", "add", "--area", "klima", "--title", "x", "--year", "25"],
        ["goal", "report", "klima-1", "--year", "twenty", "--text", "x"],
    ])
    func impossibleDueDates(arguments: [String]) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: 2)
        #expect(result.stderr.contains("ugyldig verdi"))
    }

    @Test("a duplicate id is refused", arguments: [
        ["goal", "add", "--area", "klima", "--title", "x", "--id", "klima-1"],
        ["measure", "add", "--goal", "klima-1", "--title", "x", "--id", "klima-1.1"],
        ["risk", "add", "--title", "x", "--id", "risiko-1"],
    ])
    func duplicateID(arguments: [String]) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: 1)
        #expect(result.stderr.contains("finnes allerede"))
        #expect(result.stderr.contains("med id"))
    }

    @Test("an id with path characters or spaces is refused", arguments: ["../x", "a b", "x/", "/root"])
    func badID(id: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["goal", "add", "--area", "klima", "--title", "x", "--id", id], exitCode: 2)
        #expect(result.stderr.contains("ugyldig id «\(id)»"))
    }

    @Test("corrupt JSON in a plan file is shown at its file, line and column with a caret")
    func corruptJSON() throws {
        let cli = try CLI.withSmallPlan()
        var plan = try cli.folder.read("Plans/fjordvik/plan.json")
        plan = plan.replacingOccurrences(of: "\"title\": \"Klimabudsjett for innkjøp\",", with: "\"title\": \"Klimabudsjett for innkjøp\"")
        try cli.folder.write("Plans/fjordvik/plan.json", plan)
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false)
        let lineNumber = try #require(lines.firstIndex { $0.contains("Klimabudsjett") }) + 2
        for arguments in [["status"], ["update", "klima-1.1", "--status", "pågår"], ["measure", "list"]] {
            let result = try cli.fails(arguments, exitCode: 1)
            #expect(result.stderr.hasPrefix("Plans/fjordvik/plan.json:\(lineNumber):7: uventet tegn «\"»"), "\(result.stderr)")
            #expect(result.stderr.contains(" |       \"owner\": \"Innkjøp\","))
            #expect(result.stderr.contains(" |       ^"))
            #expect(result.stderr.contains("forventet «,» mellom feltene eller «}» til slutt"))
        }
    }

    @Test("an unknown value in a hand-edited file names the file, line, column and the valid values")
    func badValueInFile() throws {
        let cli = try CLI.withSmallPlan()
        let plan = try cli.folder.read("Plans/fjordvik/plan.json").replacingOccurrences(of: "\"due\": \"2025-Q1\"", with: "\"due\": \"2025-13-45\"")
        try cli.folder.write("Plans/fjordvik/plan.json", plan)
        let result = try cli.fails(["measure", "list"], exitCode: 1)
        #expect(result.stderr.contains("Plans/fjordvik/plan.json:"))
        #expect(result.stderr.contains("«due» i tiltak «klima-1.1»: ugyldig frist «2025-13-45»"))
    }

    @Test("a file from a newer Aktsom is refused with advice to upgrade")
    func newerFormat() throws {
        let cli = try CLI.withSmallPlan()
        let plan = try cli.folder.read("Plans/fjordvik/plan.json").replacingOccurrences(of: "\"version\": 3", with: "\"version\": 4")
        try cli.folder.write("Plans/fjordvik/plan.json", plan)
        let result = try cli.fails(["goal", "add", "--area", "klima", "--title", "x"], exitCode: 1)
        #expect(result.stderr.contains("plan.json:3:14: filen har formatversjon 4, men denne Aktsom leser bare til og med versjon 3"))
        #expect(result.stderr.contains("oppgrader Aktsom"))
    }

    @Test("a missing plan folder is named with how to create one")
    func missingPlanFolder() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["status", "--plan", "Plans/finnes-ikke"], exitCode: 1)
        #expect(result.stderr.contains("plan-mappen Plans/finnes-ikke finnes ikke"))
        #expect(result.stderr.contains("aktsom init Plans/finnes-ikke"))
        let empty = CLI()
        let none = try empty.fails(["status"], exitCode: 1)
        #expect(none.stderr.contains("fant ingen plan"))
    }

    @Test("run from inside the plan folder, aktsom says where to stand, and --plan . names the plan by its folder")
    func insideThePlanFolder() throws {
        let plan = try CLI.withSmallPlan()
        let inside = CLI(folder: TemporaryFolder(inside: plan.folder, named: "Plans/fjordvik"))
        let result = try inside.fails(["status"], exitCode: 1)
        #expect(result.stderr.contains("denne mappen er selv en plan-mappe"), "\(result)")
        #expect(result.stderr.contains("cd ../.."))
        #expect(try inside.ok("status", "--plan", ".").stdout.contains("Fjordvik kommune"))
        // Named by its folder, not «.»: the export goes to Exports/fjordvik/.
        try inside.ok("export", "--year", "2025", "--plan", ".", "--format", "md")
        #expect(inside.folder.exists("Exports/fjordvik/2025/ehn-offentlig.md"))
    }

    @Test("a missing required flag is named with the usage line", arguments: [
        (["goal", "add", "--area", "klima"], "mangler --title TEXT"),
        (["measure", "add", "--title", "x"], "mangler --goal GOAL"),
        (["update", "klima-1.1"], "mangler --status STATUS"),
        (["update"], "mangler MEASURE"),
        (["goal", "report", "klima-1", "--text", "x"], "mangler --year YYYY"),
        (["init", "Plans/ny"], "mangler --org NAME"),
    ])
    func missingFlag(arguments: [String], message: String) throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(arguments, exitCode: 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("bruk: aktsom \(arguments[0])"))
    }

    @Test("a dangling link written by hand stops commands and names the place")
    func danglingLink() throws {
        let cli = try CLI.withSmallPlan()
        let plan = try cli.folder.read("Plans/fjordvik/plan.json").replacingOccurrences(of: "\"risks\": [\"risiko-1\"]", with: "\"risks\": [\"risiko-7\"]")
        try cli.folder.write("Plans/fjordvik/plan.json", plan)
        let result = try cli.fails(["update", "etikk-1.1", "--status", "pågår"], exitCode: 1)
        #expect(result.stderr.contains("Plans/fjordvik/plan.json:"))
        #expect(result.stderr.contains("tiltak «etikk-1.1» viser til risiko «risiko-7», som ikke finnes"))
        #expect(result.stderr.contains("mente du «risiko-1»?"))
    }

    @Test("a status dated in the future is refused")
    func futureDate() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.fails(["update", "klima-1.1", "--status", "pågår", "--date", "2025-06-02"], exitCode: 2)
        #expect(result.stderr.contains("er fram i tid"))
    }
}
