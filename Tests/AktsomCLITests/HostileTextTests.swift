import AktsomKit
import Foundation
import Testing

@Suite("Hostile text: formulas, markup and paths")
struct HostileTextTests {
    static let formulas = ["=HYPERLINK(\"http://example.invalid\";\"klikk\")", "+47 99 99 99 99", "-1+1", "@SUM(A1)", "\tinnrykk",
                           "\u{FF1D}1+1", "\u{FF0B}47", "\u{FF20}SUM(A1)", "\u{FF0D}2", " =1+1", "\u{00A0}=1+1", "\u{200B}@SUM(A1)"]

    /// Whether a spreadsheet would take the cell as a formula: written here apart from the
    /// writer's own rule, so a weakened rule is caught.
    static func startsFormula(_ cell: String) -> Bool {
        let skipped: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\n"]
        if cell.hasPrefix("\t") || cell.hasPrefix("\r") { return true }
        guard let first = cell.unicodeScalars.first(where: { !skipped.contains($0) }) else { return false }
        return "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first)
    }

    @Test("cells Excel would run as formulas are neutralized in every CSV Aktsom writes")
    func csvInjection() throws {
        var cli = try CLI.withSmallPlan()
        for (index, formula) in Self.formulas.enumerated() {
            try cli.ok("measure", "add", "--goal", "etikk-1", "--title", formula, "--owner", "Innkjøp", "--due", "2025-12-31", "--category", "3.B.\(index % 7 + 1)")
            // Trimmed titles would lose the leading space a look-alike hides behind; notes keep it.
            try cli.ok("update", "etikk-1.\(index + 2)", "--status", "pågår", "--note", formula)
        }
        cli.now = "2025-06-02"
        try cli.ok("sheet", "export", "--team", "Innkjøp", "--out", "ark.csv")
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-06-02", "--format", "csv", "--out", "csv")
        let files = ["ark.csv"] + (try FileManager.default.contentsOfDirectory(atPath: cli.folder.file("csv").path)).filter { $0.hasSuffix(".csv") }.map { "csv/" + $0 }
        for file in files {
            let text = try cli.folder.read(file).dropFirst()
            let cells = try CSVHelpers.cells(String(text))
            for cell in cells {
                #expect(!Self.startsFormula(cell), "\(file): a cell starts a formula: \(cell.debugDescription)")
            }
        }
        let sheet = try cli.folder.read("ark.csv")
        #expect(sheet.contains("'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klikk\"\")"))
        #expect(sheet.contains("'+47 99 99 99 99"))
    }

    @Test("markup in text that ends in report tables is escaped in every template's HTML")
    func markupInTables() throws {
        let cli = try CLI.withSmallPlan()
        let hostile = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>"
        try cli.ok("procurement", "add", "--id", "2025/1", "--title", hostile, "--year", "2025", "--category", hostile,
                   "--requirements", "qualification,contract", "--measure", "etikk-1.1")
        try cli.ok("followup", "add", "2025/1", "--kind", "revisjon", "--date", "2025-05-01", "--supplier", hostile, "--note", hostile)
        try cli.ok("deviation", "add", "2025/1", "--type", hostile, "--where", hostile, "--action", hostile, "--status", "åpen")
        try cli.ok("measure", "edit", "klima-1.1", "--title", hostile, "--category", "3.B.2")
        for template in ["ehn-offentlig", "ehn-virksomhet", "ehn-2020"] {
            try cli.ok("export", "--year", "2025", "--template", template, "--format", "html,csv", "--out", template)
            let html = try cli.folder.read("\(template)/\(template).html")
            #expect(!html.contains("<script") && !html.contains("<img"), "\(template): markup came through")
            #expect(html.contains("&lt;script&gt;"), "\(template): the text is not in the report at all")
            let tables = try FileManager.default.contentsOfDirectory(atPath: cli.folder.file(template).path).filter { $0.hasSuffix(".csv") }
            #expect(!tables.isEmpty, "\(template) has no tables to check")
        }
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-06-01", "--format", "html", "--out", "plan")
        #expect(!(try cli.folder.read("plan/handlingsplan.html")).contains("<script"))
    }

    @Test("ids and names never steer a write outside the plan folder or the chosen output folder")
    func pathsStayInside() throws {
        let outer = TemporaryFolder()
        let cli = CLI(folder: TemporaryFolder(inside: outer, named: "arbeid"), now: "2025-06-01")
        try cli.ok("init", "Plans/p", "--org", "Kommune")
        var plan = try cli.folder.read("Plans/p/plan.json")
        plan = plan.replacingOccurrences(of: "\"id\": \"klima\"", with: "\"id\": \"klima/../../../utenfor\"")
        try cli.folder.write("Plans/p/plan.json", plan)
        let refused = try cli.fails(["status"], exitCode: 1)
        #expect(refused.stderr.contains("ugyldig id «klima/../../../utenfor»"))
        plan = plan.replacingOccurrences(of: "\"id\": \"klima/../../../utenfor\"", with: "\"id\": \"klima/miljø\"")
        try cli.folder.write("Plans/p/plan.json", plan)
        try cli.ok("goal", "add", "--area", "klima/miljø", "--title", "Mål")
        try cli.ok("measure", "add", "--goal", "klima/miljø-1", "--title", "Tiltak", "--owner", "../../../utenfor")
        try cli.ok("sheet", "export", "--team", "../../../utenfor")
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-06-01")
        try cli.ok("export", "--year", "2025", "--plan", "Plans/p/../p")
        let everything = outer.snapshot().keys.sorted()
        #expect(everything.allSatisfy { $0.hasPrefix("arbeid/") }, "a file was written outside: \(everything)")
        #expect(everything.contains("arbeid/Exports/p/2025/handlingsplan-tiltak-klima-miljø-1.csv"))
        #expect(everything.contains("arbeid/statusark-_.-..-..-utenfor.csv"))
        let exportFolders = Set(everything.filter { $0.hasPrefix("arbeid/Exports/") }.map { $0.split(separator: "/").dropLast().joined(separator: "/") })
        #expect(exportFolders == ["arbeid/Exports/p/2025"])
    }
}

/// Reads cells back from CSV text with Aktsom's own reader.
enum CSVHelpers {
    static func cells(_ text: String) throws -> [String] {
        try CSVReader.records(in: text, separator: ";").flatMap(\.cells)
    }
}
