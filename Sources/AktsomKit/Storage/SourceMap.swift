import Foundation

/// Where each record and field of a decoded file stood, so that a problem found later (a link
/// to a goal that does not exist) can still be shown at its line and column.
public struct SourceMap: Sendable {
    /// The file as the user would type its path.
    public let file: String
    /// The format version the file was written in; older files are rewritten on the next change.
    public var version = 1
    private let bytes: [UInt8]
    private var offsets: [String: Int] = [:]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// Remembers where `key` (such as `measure klima-1.1 goal`) stood.
    public mutating func record(_ key: String, at offset: Int) {
        offsets[key] = offset
    }

    public func location(of key: String) -> SourceLocation? {
        offsets[key].map { location(at: $0) }
    }

    /// Where each line starts, found once on the first location asked for: `check` may place
    /// thousands of findings in one file, and scanning from the start for each was quadratic.
    private let lines = LineIndex()

    public func location(at offset: Int) -> SourceLocation {
        let (line, start) = lines.line(containing: offset, in: bytes)
        return SourceLocation(file: file, bytes: bytes, line: line, lineStart: start, offset: offset)
    }

    /// A JSON problem in this file, placed at its line and column. An unresolved git merge is
    /// named as such, since its markers are what a person sees when two edits collided.
    public func diagnostic(for error: JSONError) -> Diagnostic {
        if let conflict = SourceMap.conflictMarkerOffset(in: bytes) {
            return Diagnostic(.data, location: location(at: conflict),
                              message: Localized("filen har en uløst git-konflikt", en: "the file has an unresolved git conflict"),
                              notes: [Localized("behold endringene fra begge sider mellom <<<<<<<, ======= og >>>>>>>, slett markeringslinjene, og prøv igjen",
                                                en: "keep the changes of both sides between <<<<<<<, ======= and >>>>>>>, delete the marker lines, and try again")])
        }
        return Diagnostic(.data, location: location(at: error.offset), message: error.message, notes: error.notes)
    }

    /// The offset of a line starting with `<<<<<<< `, git's conflict marker, if any.
    static func conflictMarkerOffset(in bytes: [UInt8]) -> Int? {
        let marker = Array("<<<<<<< ".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes[lineStart...].starts(with: marker) { return lineStart }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lineStart = newline + 1
        }
        return nil
    }

    /// Keys for the source map, kept in one place so writer and reader agree.
    public static func key(_ kind: RecordKind, _ id: String, _ field: String? = nil) -> String {
        field.map { "\(kind.rawValue) \(id) \($0)" } ?? "\(kind.rawValue) \(id)"
    }
}

/// The byte offsets where a file's lines start, computed at most once and shared by the copies of
/// a ``SourceMap`` (which is a value, passed around freely; the index is only ever filled in).
final class LineIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var starts: [Int]?

    /// The 1-based line holding `offset`, and the offset that line starts at. An offset past the
    /// end belongs to the last line.
    func line(containing offset: Int, in bytes: [UInt8]) -> (line: Int, start: Int) {
        let starts = self.starts(of: bytes)
        // The last line start at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, starts[low])
    }

    private func starts(of bytes: [UInt8]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let starts { return starts }
        var found = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") { found.append(index + 1) }
        }
        starts = found
        return found
    }
}
