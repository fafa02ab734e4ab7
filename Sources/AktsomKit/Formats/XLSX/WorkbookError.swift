/// How much of a workbook Aktsom reads: past these the workbook is refused with the limit named,
/// before it is read further. Far above any action plan or register (a city's register is a
/// few thousand rows), far below what would exhaust a laptop's memory.
public struct WorkbookLimits: Sendable, Equatable {
    public var zip = ZipLimits()
    /// Cells with a value in the sheet read, merged cells filled in included.
    public var cells = 2_000_000
    /// Entries in the shared string table.
    public var sharedStrings = 1_000_000

    public init() {}
}

/// Why a workbook cannot be read: the part of the archive (`xl/worksheets/sheet1.xml`) and its
/// line when the trouble is in one, and what.
public struct WorkbookError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case damaged
        case unsupported
        case tooLarge
        /// The sheet asked for is not in the workbook; `sheets` says which are.
        case missingSheet(sheets: [String])
    }

    public var kind: Kind
    public var part: String?
    public var line: Int?
    public var message: Localized

    public init(_ kind: Kind, part: String? = nil, line: Int? = nil, _ message: Localized) {
        self.kind = kind
        self.part = part
        self.line = line
        self.message = message
    }

    init(_ error: ZipError) {
        switch error.kind {
        case .damaged: kind = .damaged
        case .unsupported: kind = .unsupported
        case .tooLarge: kind = .tooLarge
        }
        part = error.entry
        line = nil
        message = error.message
    }

    init(_ error: XMLError, part: String) {
        self.init(.damaged, part: part, line: error.line, Localized("XML-en er ugyldig: ", en: "the XML is invalid: ") + error.message)
    }

    /// `xl/worksheets/sheet1.xml, linje 3: …`: the message with its place.
    public var described: Localized {
        var place = Localized(verbatim: part ?? "")
        if let line { place = place + Localized(", linje \(line)", en: ", line \(line)") }
        return part == nil ? message : place + Localized(": ", en: ": ") + message
    }
}
