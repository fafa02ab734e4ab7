import Testing
@testable import AktsomKit

@Suite("Markdown escaping of user text")
struct MarkdownTests {
    @Test("block markers at the start of a line stay text", arguments: [
        ("# Ikke en overskrift", "\\# Ikke en overskrift"),
        ("> sitat", "\\> sitat"),
        ("- punkt", "\\- punkt"),
        ("+ punkt", "\\+ punkt"),
        ("1. januar var fristen", "1\\. januar var fristen"),
        ("2) andre", "2\\) andre"),
        ("===", "\\===" ),
        ("    kode", "kode"),
    ])
    func blockMarkers(text: String, escaped: String) {
        #expect(Markdown.escape(text) == escaped)
    }

    @Test("inline markup stays text, and markup never passes through")
    func inline() {
        #expect(Markdown.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(Markdown.escape("*viktig* og `kode` og [lenke](x)") == "\\*viktig\\* og \\`kode\\` og \\[lenke\\](x)")
        #expect(Markdown.escape("A & B, &amp; og &#169;") == "A & B, \\&amp; og \\&#169;")
        #expect(Markdown.escape("_understreket_") == "\\_understreket\\_")
    }

    @Test("ordinary text, e-mail addresses, URLs, dates and percentages read as written")
    func ordinaryText() {
        for text in ["ingrid_aasen@fjordvik.kommune.no", "https://www.fjordvik.kommune.no/innkjop/baerekraft – her",
                     "31.12.2025 var fristen", "30 % av 14 anskaffelser", "Nådd: 5 av 7 (71 %).", "– en tankestrek"] {
            #expect(Markdown.escape(text) == text, "\(text)")
        }
    }

    @Test("each line of a note is escaped on its own")
    func lines() {
        #expect(Markdown.escape("Første linje\n# andre\n\n> tredje") == "Første linje\n\\# andre\n\n\\> tredje")
    }

    @Test("a table cell is one line with its bars escaped")
    func cell() {
        #expect(Markdown.cell("a | b\nc") == "a \\| b c")
    }
}
