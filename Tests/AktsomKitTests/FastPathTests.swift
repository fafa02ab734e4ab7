import Foundation
import Testing
@testable import AktsomKit

/// The byte-level shortcuts taken for speed (see README, Performance) must agree with the rule
/// read the plain way, character by character, on the same text. Each test holds a shortcut to a
/// straightforward reference written here, over thousands of seeded random texts that mix
/// markup, line breaks, control characters, æøå and characters outside Latin.
@Suite("Byte shortcuts agree with the plain rules")
struct FastPathTests {
    /// Pieces random texts are made of: what the shortcuts treat specially, and what they must not.
    static let pieces = ["a", "Z", "7", " ", "-", "&", "<", ">", "\"", "'", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "#", "|", "_", "*", "1.",
                         "æ", "Ø", "å", "a\u{30A}", "–", "é", "ß", "İ", "½", "𝔸", "🙂", "/", ",", "(", ")", "møbler", "Kaffe",
                         "sko", "te", "STÅL", "kantstein", "arbeidsklær", "automater", "vernesko", "skap", "kjøle", "papir", "Bord"]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
    }

    // MARK: HTML escaping

    /// HTML escaping written the plain way: one Unicode scalar at a time.
    static func referenceEscape(_ text: String, keepingLines: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ""
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += keepingLines ? "<br>\n" : "\n"
            case "\r" where keepingLines && index + 1 < scalars.count && scalars[index + 1] == "\n": continue
            case "\t", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test("HTML escaping on bytes gives what escaping scalar by scalar gives")
    func htmlEscaping() {
        for text in Self.randomTexts(count: 4_000, seed: 11) {
            #expect(HTML.escape(text) == Self.referenceEscape(text, keepingLines: false), "\(text.debugDescription)")
            #expect(HTML.escapeKeepingLines(text) == Self.referenceEscape(text, keepingLines: true), "\(text.debugDescription)")
        }
    }

    // MARK: High-risk categories

    /// The high-risk rule read the plain way: split into words of letters, digits and hyphens;
    /// a word is a listed word, or ends with a listed word of four letters or more.
    /// a word is a listed word, or ends with a listed word of four letters or more that is not
    /// listed as whole.
    static func referenceMatch(_ category: String, in list: HighRiskList = .dfo) -> HighRiskList.Category? {
        let words = category.precomposedStringWithCanonicalMapping.lowercased()
            .split { !($0.isLetter || $0.isNumber || $0 == "-") }
        for word in words {
            for category in list.categories {
                for listed in category.words where word == listed || (listed.count >= 4 && word.count > listed.count && word.hasSuffix(listed)) {
                    return category
                }
                if category.wholeWords.contains(where: { word == $0 }) { return category }
            }
        }
        return nil
    }

    @Test("matching high-risk categories on bytes gives what matching word by word gives")
    func highRiskMatching() {
        var matched = 0
        for text in Self.randomTexts(count: 4_000, seed: 12) {
            let fast = HighRiskList.dfo.match(text)
            #expect(fast == Self.referenceMatch(text), "\(text.debugDescription)")
            if fast != nil { matched += 1 }
        }
        // Both outcomes must be well represented, or the comparison proves little.
        #expect(matched > 500 && matched < 3_500, "\(matched) of 4 000 matched")
    }

    @Test("high-risk words are found across punctuation, case and composed or decomposed letters", arguments: [
        ("Møbler–kontor", "Møbler"), ("KONTORMØBLER", "Møbler"), ("Kantstein/gatestein", "Bygg- og anleggsmaterialer"),
        ("Armeringssta\u{30A}l", "Bygg- og anleggsmaterialer"), ("Innkjøp (arbeidsklær)", "Arbeidstøy, fottøy og tekstil"),
    ])
    func highRiskExamples(category: String, expected: String) {
        #expect(HighRiskList.dfo.match(category)?.name == expected)
    }

    @Test("no listed word reads differently by letters and by bytes: the four-letter limit is the same either way")
    func listedWordLengths() {
        for category in HighRiskList.dfo.categories {
            for word in category.words {
                #expect((word.count >= 4) == (word.utf8.count >= 4), "\(word)")
            }
        }
    }

    // MARK: Blank text and parsing of known words

    @Test("the first-byte shortcut for blank text agrees with trimming whitespace")
    func blankText() {
        for text in Self.randomTexts(count: 2_000, seed: 13) + [" ", "\u{A0}", "\u{2003}\n", "\r\n\t", "\u{0}"] {
            #expect(text.isBlank == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
        }
    }

    @Test("values read by their exact spelling read the same as when typed by hand")
    func exactSpellings() {
        func typed(_ raw: String) -> String { "  " + raw.uppercased() + " " }
        for status in Status.allCases { #expect(Status(parsing: status.rawValue) == Status(parsing: typed(status.rawValue))) }
        for kind in FollowUpKind.allCases { #expect(FollowUpKind(parsing: kind.rawValue) == FollowUpKind(parsing: typed(kind.rawValue))) }
        for status in DeviationState.allCases { #expect(DeviationState(parsing: status.rawValue) == DeviationState(parsing: typed(status.rawValue))) }
        for phase in RequirementPhase.allCases { #expect(RequirementPhase(parsing: phase.rawValue) == RequirementPhase(parsing: typed(phase.rawValue))) }
    }
}

@Suite("Locations from the line index")
struct LineIndexTests {
    @Test("every offset gets the same line, column and text as scanning from the start")
    func sameAsScanning() {
        let text = "{\r\n  \"a\": \"æøå\",\n\n  \"b\": [1,\n 2]\n}"
        let bytes = Array(text.utf8)
        let map = SourceMap(file: "f.json", bytes: bytes)
        for offset in 0...(bytes.count + 3) {
            #expect(map.location(at: offset) == SourceLocation(file: "f.json", bytes: bytes, offset: offset), "offset \(offset)")
        }
        let empty = SourceMap(file: "e", bytes: [])
        #expect(empty.location(at: 0) == SourceLocation(file: "e", bytes: [UInt8](), offset: 0))
    }
}

@Suite("Team names on the fast path")
struct TeamNameTests {
    @Test("the byte path normalizes team names exactly as trimming and lowercasing does", arguments: [
        "Byggherre", "BYGGHERRE", "  Byggherre ", "Innkjøpsavdelingen", "Helse og omsorg", "\tDrift", "IKT-seksjonen", "ØKONOMI", "", " ", "a\tb",
    ])
    func sameAsFoundation(name: String) {
        #expect(Team.normalized(name) == name.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

@Suite("Text shortcuts agree with Foundation")
struct TextShortcutTests {
    /// Calendar escaping written the plain way, as it was before it moved to bytes.
    static func referenceCalendarEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r": result += "\\n"
            default:
                if scalar.value < 0x20 && scalar != "\t" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test("Markdown escaping passes text with nothing to escape through unchanged, as escaping it would")
    func markdownShortcut() {
        for text in FastPathTests.randomTexts(count: 4_000, seed: 31) + ["Økonomi", "1. januar", "#1", " innrykk", "a|b", "ingrid_aasen", "AT&T", "&amp;"] {
            #expect(Markdown.escape(text) == Markdown.escapeEveryLine(text), "\(text.debugDescription)")
            #expect(Markdown.cell(text) == Markdown.escapeCell(TextTable.singleLine(text)), "\(text.debugDescription)")
        }
    }

    @Test("numbers are kept together in HTML on the byte shortcut as character by character")
    func numbersKeptTogether() {
        let numbers = ["5", " ", "%", "2 150 000", "30 %", "5\u{301} %", "5 \u{301}%", "1 %\u{301}", "1 1\u{FE0F}\u{20E3}", "\u{600}5 %"]
        var random = SeededRandom(seed: 41)
        let texts = FastPathTests.randomTexts(count: 3_000, seed: 43) + (0..<3_000).map { _ in
            (0..<Int.random(in: 0...10, using: &random)).map { _ in (numbers + FastPathTests.pieces).randomElement(using: &random) ?? "" }.joined()
        }
        for text in texts {
            #expect(HTMLRenderer.keepNumbersTogether(text) == HTMLRenderer.keepNumbersTogetherByCharacter(text), "\(text.debugDescription)")
        }
        #expect(HTMLRenderer.keepNumbersTogether("2 150 000 kr og 30 %") == "2&nbsp;150&nbsp;000 kr og 30&nbsp;%")
    }

    @Test("calendar text escaping on bytes gives what escaping scalar by scalar gives")
    func calendarEscaping() {
        for text in FastPathTests.randomTexts(count: 4_000, seed: 17) + ["a;b,c\\d", "linje\r\nlinje\rlinje\nslutt", "\r\r\n\n", "tab\there"] {
            #expect(ICalendar.escape(text) == Self.referenceCalendarEscape(text), "\(text.debugDescription)")
        }
    }

    /// Folding written the plain way: character by character.
    static func referenceFold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = [], current = "", octets = 0
        for character in line {
            if octets + character.utf8.count > (pieces.isEmpty ? 75 : 74) {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += character.utf8.count
        }
        pieces.append(current)
        return pieces.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    @Test("calendar lines fold on bytes where folding character by character would")
    func calendarFolding() {
        let texts = FastPathTests.randomTexts(count: 3_000, seed: 29)
        for (index, text) in texts.enumerated() {
            let extra = ["…", "–", "€", "\u{200D}", "👩\u{200D}💻", "e\u{301}", "🇳🇴", "«»"][index % 8]
            let line = "DESCRIPTION:" + ICalendar.escape(text + extra + texts[(index + 1) % texts.count] + extra + texts[(index + 2) % texts.count])
                + String(repeating: "ø", count: index % 40) + extra
            #expect(ICalendar.fold(line) == Self.referenceFold(line), "\(line.debugDescription)")
        }
    }

    @Test("trimming spaces gives what Foundation's trimming of whitespace gives")
    func trimmingSpaces() {
        var random = SeededRandom(seed: 23)
        let spaces = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\r\n"]
        for text in FastPathTests.randomTexts(count: 4_000, seed: 19) {
            let padded = (spaces.randomElement(using: &random) ?? "") + text + (spaces.randomElement(using: &random) ?? "")
            for candidate in [text, padded] {
                #expect(candidate.trimmingSpaces == candidate.trimmingCharacters(in: .whitespaces), "\(candidate.debugDescription)")
            }
        }
    }

    @Test("a team key matches an owner exactly when the plain comparison does")
    func teamKeys() {
        let names = ["Økonomi", "økonomi", " ØKONOMI ", "Okonomi", "Byggherre", "byggherre\t", "Helse og omsorg", "", " "]
        for team in names {
            let key = Team.Key(team)
            for owner in names {
                let plain = owner.trimmingCharacters(in: .whitespaces).lowercased() == team.trimmingCharacters(in: .whitespaces).lowercased()
                #expect(key.matches(owner) == plain, "\(team.debugDescription) ~ \(owner.debugDescription)")
            }
        }
    }

    @Test("the measures a team owns are those whose owner matches it")
    func ownedMeasures() {
        var plan = ActionPlan(organisation: "Testvik kommune")
        plan.measures = [Measure(id: "a", goal: "g", title: "A", owner: "Økonomi"), Measure(id: "b", goal: "g", title: "B", owner: " økonomi"),
                         Measure(id: "c", goal: "g", title: "C", owner: "Drift"), Measure(id: "d", goal: "g", title: "D", owner: nil)]
        #expect(plan.measureIDs(ownedBy: Team.Key("ØKONOMI")) == ["a", "b"])
        #expect(plan.measureIDs(ownedBy: Team.Key("Drift")) == ["c"])
        #expect(plan.measureIDs(ownedBy: Team.Key("Ingen")).isEmpty)
    }
}
