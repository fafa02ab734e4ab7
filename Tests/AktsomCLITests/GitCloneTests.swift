import Foundation
import Testing

/// Real `git` clones in a temporary folder: two teams work on the same plan in their own clones
/// and merge; nobody edits JSON to do it.
@Suite("A plan in git with several clones")
struct GitCloneTests {
    /// A bare repository and clones of it, each with its own `aktsom` command line; git gets a
    /// name and no system or user config, so the machine's settings never matter.
    struct Repository {
        let root = TemporaryFolder()
        var environment: [String: String] {
            ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid", "GIT_COMMITTER_NAME": "Test",
             "GIT_COMMITTER_EMAIL": "test@example.invalid", "GIT_CONFIG_NOSYSTEM": "1", "HOME": root.path, "GIT_TERMINAL_PROMPT": "0"]
        }

        init() throws {
            try git(["init", "-q", "--bare", "-b", "main", "origin.git"], in: root.url)
        }

        @discardableResult
        func git(_ arguments: [String], in folder: URL, allowFailure: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.currentDirectoryURL = folder
            var variables = ProcessInfo.processInfo.environment
            for (key, value) in environment { variables[key] = value }
            process.environment = variables
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if !allowFailure {
                #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed:\n\(output)", sourceLocation: sourceLocation)
            }
            return (process.terminationStatus, output)
        }

        /// A clone of the repository at `name`, and aktsom working in it.
        func clone(_ name: String) throws -> CLI {
            try git(["clone", "-q", "origin.git", name], in: root.url)
            var cli = CLI(folder: TemporaryFolder(inside: root, named: name), now: "2025-06-02")
            cli.environment = environment
            return cli
        }

        func commit(_ cli: CLI, _ message: String) throws {
            try git(["add", "-A"], in: cli.folder.url)
            try git(["commit", "-q", "-m", message], in: cli.folder.url)
        }
    }

    /// The first clone makes the plan and pushes it; the second is cloned and set up.
    static func twoClones() throws -> (Repository, CLI, CLI) {
        let repository = try Repository()
        let first = try repository.clone("forste")
        let made = try first.ok("init", "Plans/fjordvik", "--org", "Fjordvik kommune", "--period", "2025-2028")
        #expect(made.stdout.contains("Satte opp git-klonen"), "init sets the clone up inside a repository: \(made)")
        try first.ok("goal", "add", "--id", "klima-1", "--area", "klima", "--title", "Halvere utslippene")
        try first.ok("measure", "add", "--id", "klima-1.1", "--goal", "klima-1", "--title", "Utslippsfrie byggeplasser", "--owner", "Byggherre")
        try first.ok("procurement", "add", "--id", "2025/1", "--title", "Arbeidsklær", "--measure", "klima-1.1")
        try first.ok("update", "klima-1.1", "--status", "pågår")
        try repository.commit(first, "Planen")
        try repository.git(["push", "-q", "origin", "HEAD:main"], in: first.folder.url)
        let second = try repository.clone("andre")
        try second.ok("git", "setup")
        return (repository, first, second)
    }

    /// The id in «La til … ID …» or «Registrerte avvik ID …».
    static func id(in result: CLI.Result, after words: String) throws -> String {
        let rest = try #require(result.stdout.range(of: words)).upperBound
        return String(result.stdout[rest...].prefix { !$0.isWhitespace && $0 != ":" })
    }

    /// Adds one record of every kind the way a team would, each complete enough for `check`.
    static func addEverything(_ cli: CLI, as team: String) throws -> [String] {
        let goal = try id(in: try cli.ok("goal", "add", "--area", "etikk", "--title", "Mål fra \(team)"), after: "La til mål ")
        let risk = try id(in: try cli.ok("risk", "add", "--title", "Risiko fra \(team)", "--area", "etikk"), after: "La til risiko ")
        let measure = try id(in: try cli.ok("measure", "add", "--goal", goal, "--title", "Tiltak fra \(team)", "--owner", team, "--risk", risk),
                             after: "La til tiltak ")
        let second = try id(in: try cli.ok("measure", "add", "--goal", "klima-1", "--title", "Også under klima-1 fra \(team)", "--owner", team),
                            after: "La til tiltak ")
        let procurement = try id(in: try cli.ok("procurement", "add", "--title", "Anskaffelse fra \(team)"), after: "La til anskaffelse ")
        try cli.ok("followup", "add", "2025/1", "--kind", "dialog", "--date", "2025-05-01", "--note", "Oppfølging fra \(team)")
        let deviation = try id(in: try cli.ok("deviation", "add", "2025/1", "--type", "Lønn", "--where", team, "--action", "Plan", "--status", "åpen"),
                               after: "Registrerte avvik ")
        for id in [measure, second, "klima-1.1"] {
            try cli.ok("update", id, "--status", "pågår", "--note", "Status fra \(team)")
        }
        return [goal, risk, measure, second, procurement, deviation]
    }

    @Test("two clones adding every kind of record in parallel merge without a conflict, and check passes", .timeLimit(.minutes(3)))
    func parallelAdditionsMerge() throws {
        let (repository, first, second) = try Self.twoClones()
        let fromFirst = try Self.addEverything(first, as: "Innkjøp")
        let fromSecond = try Self.addEverything(second, as: "Byggherre")
        #expect(Set(fromFirst).isDisjoint(with: fromSecond), "two clones made the same id: \(fromFirst) \(fromSecond)")
        #expect(fromFirst[3].hasPrefix("klima-1.2-") && fromSecond[3].hasPrefix("klima-1.2-"), "both number on from klima-1.1")
        try repository.commit(first, "Innkjøp")
        try repository.git(["push", "-q", "origin", "HEAD:main"], in: first.folder.url)
        try repository.commit(second, "Byggherre")
        try repository.git(["fetch", "-q", "origin"], in: second.folder.url)
        let merge = try repository.git(["merge", "--no-edit", "origin/main"], in: second.folder.url)
        #expect(!merge.output.contains("CONFLICT"), "\(merge.output)")

        for file in ["plan.json", "procurements.json", "journal.jsonl"] {
            #expect(!(try second.folder.read("Plans/fjordvik/\(file)")).contains("<<<<<<<"), "\(file) has conflict markers")
        }
        let check = try second.run("check")
        #expect(check.exitCode == 0, "\(check)")
        let plan = try second.folder.read("Plans/fjordvik/plan.json") + second.folder.read("Plans/fjordvik/procurements.json")
        for id in fromFirst + fromSecond { #expect(plan.contains("\"id\": \"\(id)\""), "lost \(id)") }
        #expect(plan.components(separatedBy: "\"kind\": \"dialog\"").count == 3, "both follow-ups are kept")
        let history = try second.ok("history", "klima-1.1").stdout
        #expect(history.contains("Status fra Innkjøp") && history.contains("Status fra Byggherre"))

        // The first clone takes the merge as it is.
        try repository.git(["push", "-q", "origin", "HEAD:main"], in: second.folder.url)
        try repository.git(["pull", "-q", "--no-rebase", "origin", "main"], in: first.folder.url)
        #expect(try first.run("check").exitCode == 0)
    }

    @Test("the same record changed differently in two clones is a conflict Aktsom names by file and line")
    func sameRecordConflicts() throws {
        let (repository, first, second) = try Self.twoClones()
        try first.ok("measure", "edit", "klima-1.1", "--title", "Utslippsfrie byggeplasser innen 2026")
        try second.ok("measure", "edit", "klima-1.1", "--title", "Fossilfrie byggeplasser")
        try second.ok("goal", "add", "--area", "etikk", "--title", "Et mål som merges fint")
        try repository.commit(first, "Første")
        try repository.git(["push", "-q", "origin", "HEAD:main"], in: first.folder.url)
        try repository.commit(second, "Andre")
        try repository.git(["fetch", "-q", "origin"], in: second.folder.url)
        let merge = try repository.git(["merge", "--no-edit", "origin/main"], in: second.folder.url, allowFailure: true)
        #expect(merge.status != 0 && merge.output.contains("CONFLICT"), "\(merge.output)")
        let text = try second.folder.read("Plans/fjordvik/plan.json")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("<<<<<<<") }) + 1
        #expect(text.contains("Et mål som merges fint"), "the rest of the file is merged")
        #expect(text.components(separatedBy: "<<<<<<<").count == 2, "one conflict, around the one record")
        let status = try second.fails(["status"], exitCode: 1)
        #expect(status.stderr.contains("Plans/fjordvik/plan.json:\(line):1: filen har en uløst git-konflikt"), "\(status.stderr)")
    }

    @Test("git setup is idempotent: the same mark, the driver at this aktsom, .gitattributes once")
    func setupIsIdempotent() throws {
        let (repository, _, second) = try Self.twoClones()
        let mark = try repository.git(["config", "--get", "aktsom.clone"], in: second.folder.url).output
        let attributes = try second.folder.read("Plans/fjordvik/.gitattributes")
        let again = try second.ok("git", "setup")
        #expect(again.stdout.contains("merket «\(mark.trimmingCharacters(in: .whitespacesAndNewlines))» som før"), "\(again)")
        #expect(try repository.git(["config", "--get", "aktsom.clone"], in: second.folder.url).output == mark)
        #expect(try second.folder.read("Plans/fjordvik/.gitattributes") == attributes)
        for line in ["journal.jsonl merge=union", "plan.json merge=aktsom", "procurements.json merge=aktsom", "years/*.json merge=aktsom"] {
            #expect(attributes.contains(line + "\n"))
        }
        let driver = try repository.git(["config", "--get", "merge.aktsom.driver"], in: second.folder.url).output
        #expect(driver.contains("aktsom' git merge-file %O %A %B %P"), "\(driver)")
        #expect(try repository.git(["status", "--porcelain"], in: second.folder.url).output.isEmpty, "setup commits nothing; the mark stays in .git/config")
    }

    @Test("git setup gives a plan made by an older Aktsom the ignore line for its index, and git then ignores the index")
    func setupIgnoresTheIndex() throws {
        let (repository, _, second) = try Self.twoClones()
        // A plan folder from before the index: its .gitignore has only the temporary files.
        try second.folder.write("Plans/fjordvik/.gitignore", "# temporary files of an interrupted Aktsom write\n.*.tmp-*\n")
        func ignoreChanged() throws -> Bool? {
            let json = try JSONSerialization.jsonObject(with: Data(try second.ok("git", "setup", "--json").stdout.utf8)) as? [String: Any]
            return json?["ignoreChanged"] as? Bool
        }
        #expect(try ignoreChanged() == true)
        #expect(try second.folder.read("Plans/fjordvik/.gitignore").hasSuffix("# Aktsom (aktsom git setup)\n.aktsom-index\n"))
        try second.ok("update", "klima-1.1", "--status", "pågår")
        #expect(FileManager.default.fileExists(atPath: second.folder.file("Plans/fjordvik/.aktsom-index").path))
        let status = try repository.git(["status", "--porcelain"], in: second.folder.url).output
        #expect(!status.contains(".aktsom-index"), "\(status)")
        #expect(try ignoreChanged() == false)
    }

    @Test("git setup refuses a linked .gitattributes before it touches .git/config")
    func setupRefusesLink() throws {
        let (repository, _, _) = try Self.twoClones()
        let third = try repository.clone("tredje")
        try repository.root.write("utenfor.txt", "egen fil")
        try FileManager.default.removeItem(at: third.folder.file("Plans/fjordvik/.gitattributes"))
        try FileManager.default.createSymbolicLink(at: third.folder.file("Plans/fjordvik/.gitattributes"), withDestinationURL: repository.root.file("utenfor.txt"))
        let refused = try third.fails(["git", "setup"], exitCode: 1)
        #expect(refused.stderr.contains("Plans/fjordvik/.gitattributes er en symbolsk lenke"), "\(refused.stderr)")
        #expect(try repository.root.read("utenfor.txt") == "egen fil")
        #expect(try repository.git(["config", "--get", "aktsom.clone"], in: third.folder.url, allowFailure: true).status != 0)
    }

    @Test("a clone that was never set up is told so when it makes an id, and git setup outside git is refused")
    func notSetUp() throws {
        let (repository, _, _) = try Self.twoClones()
        let third = try repository.clone("tredje")
        let added = try third.ok("goal", "add", "--area", "klima", "--title", "Uten oppsett")
        #expect(added.stderr.contains("denne klonen er ikke satt opp for Aktsom") && added.stderr.contains("aktsom git setup"), "\(added)")
        let outside = try CLI.withSmallPlan()
        let refused = try outside.fails(["git", "setup"], exitCode: 1)
        #expect(refused.stderr.contains("Plans/fjordvik ligger ikke i et git-repo"), "\(refused.stderr)")
    }
}
