import Foundation
import Testing

@Suite("Year-end export")
struct ExportTests {
    /// The README's main command makes `Exports/eksempel-kommune/2025`; this fails when the
    /// committed export no longer matches the example plan. Regenerate with
    /// `swift run aktsom export --year 2025`.
    @Test("the committed example export is up to date with the example plan")
    func exampleExportIsUpToDate() throws {
        let cli = try Golden.examplePlan()
        try cli.ok("export", "--year", "2025")
        let committed = Golden.packageRoot.appendingPathComponent("Exports/eksempel-kommune/2025")
        if Golden.isUpdating { return }
        try Golden.expectSame(cli.folder.file("Exports/eksempel-kommune/2025"), as: committed)
    }

    @Test("every template and format on the example plan matches its golden files", arguments: [
        ["--template", "ehn-virksomhet"], ["--template", "ehn-2020"], ["--template", "handlingsplan", "--as-of", "2026-11-21"],
    ])
    func exampleTemplates(arguments: [String]) throws {
        let cli = try Golden.examplePlan()
        try cli.ok(["export", "--year", "2025", "--out", "out"] + arguments)
        try Golden.expectSame(cli.folder.file("out"), as: Golden.folder("eksempel-kommune/\(arguments[1])"))
    }

    @Test("a year outside the strategy period is exported as any other: the period never blocks a report")
    func yearOutsidePeriod() throws {
        let cli = try CLI.withSmallPlan()
        let result = try cli.ok("export", "--year", "2022", "--format", "md", "--out", "x")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(cli.folder.exists("x/ehn-offentlig.md"))
    }

    @Test("the same input gives the same bytes, whatever day it is run")
    func deterministic() throws {
        var cli = try Golden.examplePlan()
        try cli.ok("export", "--year", "2025", "--out", "a")
        cli.now = "2027-03-01"
        try cli.ok("export", "--year", "2025", "--out", "b")
        #expect(try Golden.files(in: cli.folder.file("a")) == Golden.files(in: cli.folder.file("b")))
    }

    @Test("every section of the template appears in order with its id and label")
    func sectionsInOrder() throws {
        let cli = try Golden.examplePlan()
        try cli.ok("export", "--year", "2025", "--format", "md", "--out", "md")
        let markdown = try cli.folder.read("md/ehn-offentlig.md")
        let headings = ["## Forord fra virksomhetsleder", "## Nøkkelinformasjon om virksomheten", "## Informasjon om anskaffelser/avtaler", "### MÅL OG FREMDRIFT | RAPPORTERINGSÅRET",
                        "### MÅL FOR KOMMENDE ÅR", "## 1 Forankring", "### 1.A.1 Lenke til offentlig tilgjengelig policy for egen virksomhet",
                        "### 1.E.1 Erfaringer og endringer", "### 2.A.2 Etiske/sosiale krav i anskaffelsesprosessen",
                        "### 2.A.4 Beskriv prioriterte risikoområder og bakgrunn for prioriteringen", "### 3.A.1 Legg til mål",
                        "#### 3.B.1 Reduksjon av natur- og miljøpåvirkning", "#### 3.B.7 Annen relevant informasjon",
                        "### 4.A Overvåke og evaluere (oppfølging)", "#### 4.A.1 Beskriv hvem som har ansvar for å overvåke effekten av tiltak",
                        "#### 4.A.2 Hvor mange leverandører", "#### 4.A.3 Er det i rapporteringsåret identifisert avvik",
                        "### 5.A Kommunisere eksternt (oppfølging)", "#### 5.A.1 Beskriv hvordan virksomheten kommuniserer offentlig",
                        "### 6.A Gjenoppretting", "#### 6.A.1 Beskriv virksomhetens strategi/policy for gjenoppretting",
                        "#### 6.A.2 Beskriv eventuelle tilfeller av gjenoppretting i rapporteringsperioden.",
                        "### 6.B Sikre tilgang til mekanismer for gjenoppretting (oppfølging)", "#### 6.B.1 Beskriv hva virksomheten gjør"]
        var position = markdown.startIndex
        for heading in headings {
            let found = try #require(markdown.range(of: heading, range: position..<markdown.endIndex), "missing or out of order: \(heading)")
            position = found.upperBound
        }
        #expect(markdown.contains("#### 6.A.2 Beskriv eventuelle tilfeller av gjenoppretting i rapporteringsperioden.\n\n> _Ikke utfylt._ Fyll inn på siden Årsrapport i aktsom serve, eller med `aktsom year note 2025 --section 6.A.2 --text \"…\"`"))
        #expect(!markdown.contains("Gjenoppretting\n\n>"), "no leaf section is titled only by its part")
        #expect(markdown.contains("| Sengetøy, håndklær og tekstiler til institusjonene | Ja | Nei | Ja |"), "a procurement is named by its title alone")
        #expect(!markdown.contains("2025/0158"), "the register's id is not in the report's text")
        #expect(!markdown.contains("Solcellepaneler på Fjordvikhallen og Nordbø sykehjem |"), "a procurement without ethical requirements is not a row")
        #expect(markdown.contains("**Samlet verdi innkjøp av varer og tjenester i rapporteringsåret (NOK):** 2 150 000 000"))
        #expect(markdown.contains("Status per 31.12.2025"))
    }

    @Test("the HTML is one self-contained file with no script and no external resource")
    func selfContainedHTML() throws {
        let cli = try Golden.examplePlan()
        try cli.ok("export", "--year", "2025", "--format", "html", "--out", "h")
        let html = try cli.folder.read("h/ehn-offentlig.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        // The only links are the web addresses the organisation wrote in its own text; nothing is loaded.
        let links = html.components(separatedBy: "href=\"").dropFirst()
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") }, "\(links.map { $0.prefix(40) })")
        #expect(html.contains("size: A4;"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4, "four charts as inline SVG")
        #expect(html.contains("Klima- og miljøvekt i anskaffelser 2025"), "the climate chart among them")
        #expect(try cli.folder.bytes("h/ehn-offentlig.html").count > 10_000)
    }

    @Test("user text with <, & and quotes is escaped in HTML and kept as written elsewhere")
    func escaping() throws {
        let cli = try EmptyYearPlans.smallPlan(named: "escape")
        let hostile = "<script>alert(\"x\")</script> & 'co' <b>"
        try cli.ok("measure", "add", "--goal", "klima-1", "--title", hostile, "--category", "3.B.2")
        try cli.ok("year", "note", "2025", "--section", "1.E.1", "--text", hostile)
        try cli.ok("export", "--year", "2025", "--out", "x")
        let html = try cli.folder.read("x/ehn-offentlig.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; &lt;b&gt;"))
        let markdown = try cli.folder.read("x/ehn-offentlig.md")
        #expect(!markdown.contains("<script>") && !markdown.contains("<b>"), "markup stays text in Markdown")
        #expect(markdown.contains(#"\<script\>alert("x")\</script\> & 'co' \<b\>"#))
        let json = try cli.folder.read("x/ehn-offentlig.json")
        #expect(json.contains(#""text": "<script>alert(\"x\")</script> & 'co' <b>""#))
    }

    @Test("tables are written as Excel-ready CSV files")
    func csvTables() throws {
        let cli = try Golden.examplePlan()
        try cli.ok("export", "--year", "2025", "--format", "csv", "--out", "c")
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.folder.file("c").path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["ehn-offentlig-2.A.2.csv", "ehn-offentlig-4.A.2.csv", "ehn-offentlig-4.A.3.csv"])
        let bytes = try cli.folder.bytes("c/ehn-offentlig-4.A.3.csv")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("ID;Type avvik;Hvor i leverandørkjeden;Tiltak iverksatt for å rette avvik;Status\r\n"))
        #expect(text.contains("\r\navvik-1;Arbeidstid;"), "each row keeps the deviation's id in the ID column")
    }

    @Test("the export command refuses wrong usage and names what to do", arguments: [
        (["export", "--period"], "--period gjelder bare malen handlingsplan, ikke ehn-offentlig"),
        (["export", "--year", "2025", "--template", "ehn-offentlg"], "mente du «ehn-offentlig»?"),
        (["export", "--year", "2025", "--format", "pdf"], "ukjent format «pdf»"),
        (["export", "--year", "2025", "--as-of", "2025-06-01"], "--as-of gjelder bare malen handlingsplan"),
        (["export", "--year", "20x5"], "--year: ugyldig verdi «20x5»"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let cli = try Golden.examplePlan()
        let result = try cli.fails(arguments, exitCode: 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("the action plan marks overdue measures as of the chosen day")
    func actionPlanAsOf() throws {
        let cli = try Golden.examplePlan()
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2026-11-21", "--format", "md", "--out", "p")
        let markdown = try cli.folder.read("p/handlingsplan.md")
        #expect(markdown.contains("Status per 21.11.2026"))
        #expect(markdown.contains("| Kartlegge tilgangen på elektriske anleggsmaskiner i regionen | Byggherre | 1. kvartal 2026 | forsinket – FORFALT |"))
        #expect(markdown.contains("4 tiltak er forfalt."))
        try cli.ok("export", "--template", "handlingsplan", "--as-of", "2025-06-01", "--format", "md", "--out", "q")
        #expect(!(try cli.folder.read("q/handlingsplan.md")).contains("FORFALT |"))
    }
}
