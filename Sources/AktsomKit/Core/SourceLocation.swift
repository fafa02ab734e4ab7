/// A place in a file a person can open and go to: the path as they would type it, the line
/// and the column (both counted from 1, columns in characters), and the text of that line so a
/// message can show it with a caret under the spot.
public struct SourceLocation: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var lineText: String

    public init(file: String, line: Int, column: Int, lineText: String) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    /// Finds the line and column of a byte offset in a file's bytes. An offset past the end
    /// points just after the last character, which is where a truncated file "ends too soon".
    public init(file: String, bytes: some Collection<UInt8>, offset: Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        var position = 0
        while index != bytes.endIndex && position < offset {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
            position += 1
        }
        var lineEnd = index
        while lineEnd != bytes.endIndex && bytes[lineEnd] != UInt8(ascii: "\n") {
            lineEnd = bytes.index(after: lineEnd)
        }
        let before = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        self.init(file: file, line: line, column: before.count + 1, lineText: text)
    }

    /// The location of `offset` when the line it is on is known: `line`, starting at byte
    /// `lineStart`. Costs only the length of that line, however long the file.
    init(file: String, bytes: [UInt8], line: Int, lineStart: Int, offset: Int) {
        let start = min(max(lineStart, 0), bytes.count)
        let spot = min(max(offset, start), bytes.count)
        var lineEnd = spot
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let before = String(decoding: bytes[start..<spot], as: UTF8.self)
        var text = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        self.init(file: file, line: line, column: before.count + 1, lineText: text)
    }

    /// `file:line:column`, the form editors and terminals make clickable.
    public var reference: String {
        "\(file):\(line):\(column)"
    }
}
