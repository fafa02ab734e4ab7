/// The organisation's own text read as what it was typed as: paragraphs, and lists where lines
/// start with «- », «• », «– » or «1. ». A lead's list must come out as a list in every format,
/// not as lines escaped into `\-` (Markdown) or run together (HTML).
public enum TextBlock: Equatable, Sendable {
    /// Lines of one paragraph, single line breaks kept inside.
    case paragraph(String)
    case bullets([String])
    /// Numbered items, from the number the first one was given.
    case numbered(start: Int, items: [String])
}

public enum TextBlocks {
    /// The text as blocks: a blank line ends a paragraph or a list; a list item's indented
    /// following lines belong to it.
    public static func parse(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [Substring] = []
        var items: [String] = []
        var kind: ListKind?
        var start = 1

        func flushParagraph() {
            let joined = paragraph.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            if !joined.isEmpty { blocks.append(.paragraph(joined)) }
            paragraph = []
        }
        func flushList() {
            guard let current = kind, !items.isEmpty else { kind = nil; items = []; return }
            if current == .number, items.count == 1 {
                // One numbered line is a sentence that starts with a number, not a list.
                blocks.append(.paragraph("\(start). \(items[0])"))
            } else {
                blocks.append(current == .bullet ? .bullets(items) : .numbered(start: start, items: items))
            }
            kind = nil
            items = []
        }

        for line in LineEndings.normalized(text).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flushParagraph()
                flushList()
                continue
            }
            if let item = listItem(line) {
                flushParagraph()
                if kind != item.kind {
                    flushList()
                    kind = item.kind
                    start = item.number ?? 1
                }
                items.append(item.text)
            } else if kind != nil, let first = line.first, first == " " || first == "\t", let last = items.popLast() {
                items.append(last + "\n" + line.trimmingCharacters(in: .whitespaces))
            } else {
                flushList()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushList()
        return blocks
    }

    /// Whether the text holds a list at all: most notes are plain sentences.
    public static func hasList(_ text: String) -> Bool {
        text.split(separator: "\n").contains { listItem($0) != nil }
    }

    enum ListKind { case bullet, number }

    /// A line that starts a list item: its kind, its number and its text.
    static func listItem(_ line: Substring) -> (kind: ListKind, number: Int?, text: String)? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = trimmed.first else { return nil }
        if "-•–*".contains(first), trimmed.dropFirst().first == " " {
            let text = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : (.bullet, nil, text)
        }
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        let after = trimmed.dropFirst(digits.count)
        guard let marker = after.first, ".)".contains(marker), after.dropFirst().first == " " else { return nil }
        let text = after.dropFirst(2).trimmingCharacters(in: .whitespaces)
        // «1. januar 2025 …» is a date, not an item.
        let firstWord = text.prefix(while: \.isLetter).lowercased()
        guard !text.isEmpty, !months.contains(firstWord) else { return nil }
        return (.number, number, text)
    }

    static let months: Set<String> = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
                                      "november", "desember"]
}

/// Line breaks as they are kept once stored: LF. A browser sends a textarea's lines with CRLF
/// and a Windows program writes them so; both doors store what they read with LF only.
public enum LineEndings {
    public static func normalized(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
