/// A problem at a byte offset of a JSON file: bad syntax, or a value of the wrong shape. The
/// message is a short fragment; the storage layer adds the file, line and column.
public struct JSONError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: Localized
    public var notes: [Localized]

    public init(offset: Int, _ message: Localized, notes: [Localized] = []) {
        self.offset = offset
        self.message = message
        self.notes = notes
    }
}
