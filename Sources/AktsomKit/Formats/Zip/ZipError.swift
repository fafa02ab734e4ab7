/// Why an archive (or an entry in it) cannot be read, for a person: the reader of a workbook
/// turns it into a message naming the file.
public struct ZipError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The bytes are not a ZIP archive as the format describes it, or are damaged.
        case damaged
        /// The archive is within the format but beyond what Aktsom reads (ZIP64, encryption,
        /// a compression method other than stored and deflated).
        case unsupported
        /// Reading it would take more than a limit allows: a zip bomb, or a file far too large.
        case tooLarge
    }

    public var kind: Kind
    /// The entry concerned, when there is one.
    public var entry: String?
    public var message: Localized

    public init(_ kind: Kind, entry: String? = nil, _ message: Localized) {
        self.kind = kind
        self.entry = entry
        self.message = message
    }

    /// The same error, said of an entry.
    func about(_ name: String) -> ZipError {
        var copy = self
        copy.entry = copy.entry ?? name
        return copy
    }
}
