/// A cell's place as Excel names it, `B12`: column and row counted from 1.
struct CellReference: Equatable, Sendable {
    /// Excel's own bounds: columns A–XFD, rows 1–1 048 576.
    static let maximumColumn = 16_384
    static let maximumRow = 1_048_576

    var column: Int
    var row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B12` (or `$B$12`); nil for anything else or beyond Excel's bounds.
    init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
            case 0x30...0x39:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(scalar.value - 0x30)
                digits += 1
            default:
                return nil
            }
        }
        guard (1...CellReference.maximumColumn).contains(column), (1...CellReference.maximumRow).contains(row) else { return nil }
        self.init(column: column, row: row)
    }

    /// `A`, `Z`, `AA`, `XFD`.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    var name: String { CellReference.columnName(column) + String(row) }
}

/// A rectangle of cells, `A2:C5`, as merged cells and data validations give it.
struct CellRange: Equatable, Sendable {
    var first: CellReference
    var last: CellReference

    init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }

    /// Reads `A2:C5` or a single `B3`; nil when a corner is not a cell or the corners are reversed.
    init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let first = CellReference(parts[0]), let last = CellReference(parts[parts.count - 1]),
              first.column <= last.column, first.row <= last.row else { return nil }
        self.init(first: first, last: last)
    }

    var cellCount: Int { (last.column - first.column + 1) * (last.row - first.row + 1) }

    var name: String { first == last ? first.name : "\(first.name):\(last.name)" }
}
