/// An Excel workbook (.xlsx, Office Open XML SpreadsheetML) as an import needs it: its sheets
/// by name and order, and each sheet's cells as the text a person sees in them.
///
/// Read from the package's own map: `_rels/.rels` names the workbook part, the workbook names its
/// sheets and their parts through its relationships, the shared strings and the styles (for
/// which numbers are dates) are found the same way. A sheet is read only when asked for.
public struct XLSXWorkbook: Sendable {
    public struct SheetInfo: Sendable, Equatable {
        public let name: String
        public let hidden: Bool
        let part: String
    }

    /// The sheets in the workbook's order, hidden ones included.
    public let sheets: [SheetInfo]
    public let limits: WorkbookLimits
    let archive: ZipArchive
    let sharedStrings: [String]
    /// The number format of each cell style (`s="3"` is the fourth).
    let cellFormats: [NumberFormat]
    let dateSystem: ExcelDate.System

    public var sheetNames: [String] { sheets.map(\.name) }

    public init(bytes: [UInt8], limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError) {
        let archive: ZipArchive
        do throws(ZipError) { archive = try ZipArchive(bytes: bytes, limits: limits.zip) } catch { throw WorkbookError(error) }
        self.archive = archive
        self.limits = limits
        if let mimetype = archive.entry(named: "mimetype"), let text = try? archive.contents(of: mimetype),
           String(decoding: text, as: UTF8.self).contains("opendocument") {
            throw WorkbookError(.unsupported, Localized(
                "filen er et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok; lagre den som .xlsx (Excel 2007–365) og importer den filen",
                en: "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx (Excel 2007–365) and import that file"))
        }
        if archive.entry(named: "word/document.xml") != nil {
            throw WorkbookError(.unsupported, Localized("filen er et Word-dokument, ikke en Excel-arbeidsbok", en: "the file is a Word document, not an Excel workbook"))
        }
        guard let workbookPart = try XLSXWorkbook.relationships(of: "", in: archive)
            .first(where: { $0.type.hasSuffix("/officeDocument") })?.target, archive.entry(named: workbookPart) != nil else {
            throw WorkbookError(.damaged, part: "_rels/.rels", Localized("pakken sier ikke hvor arbeidsboken er", en: "the package does not say where the workbook is"))
        }
        let relationships = try XLSXWorkbook.relationships(of: workbookPart, in: archive)
        func target(_ type: String) -> String? { relationships.first { $0.type.hasSuffix("/" + type) }?.target }

        var sheets: [SheetInfo] = []
        var date1904 = false
        var reader = XMLReader(try XLSXWorkbook.part(workbookPart, in: archive))
        while let event = try XLSXWorkbook.next(&reader, part: workbookPart) {
            guard case .start(let name, let attributes) = event else { continue }
            if name == "workbookPr" {
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            } else if name == "sheet" {
                let id = attributes.first { $0.key.hasSuffix(":id") }?.value
                guard let sheetName = attributes["name"], let id, let relationship = relationships.first(where: { $0.id == id }),
                      archive.entry(named: relationship.target) != nil else {
                    throw WorkbookError(.damaged, part: workbookPart, Localized("et ark i arbeidsboken mangler navn eller innhold",
                                                                                en: "a sheet in the workbook lacks a name or its contents"))
                }
                sheets.append(SheetInfo(name: sheetName, hidden: ["hidden", "veryHidden"].contains(attributes["state"] ?? ""), part: relationship.target))
            }
        }
        guard !sheets.isEmpty else {
            throw WorkbookError(.damaged, part: workbookPart, Localized("arbeidsboken har ingen ark", en: "the workbook has no sheets"))
        }
        self.sheets = sheets
        dateSystem = date1904 ? .from1904 : .from1900
        sharedStrings = try target("sharedStrings").map { part throws(WorkbookError) in
            try XLSXWorkbook.sharedStrings(part, in: archive, limit: limits.sharedStrings)
        } ?? []
        cellFormats = try target("styles").map { part throws(WorkbookError) in try XLSXWorkbook.cellFormats(part, in: archive) } ?? []
    }

    /// The sheet of that name (the same letters in any case also match), or the first sheet not
    /// hidden when `name` is nil or empty.
    public func sheet(named name: String? = nil) throws(WorkbookError) -> XLSXSheet {
        let wanted = name?.trimmingSpaces ?? ""
        let found = wanted.isEmpty ? (sheets.first { !$0.hidden } ?? sheets.first)
            : sheets.first { $0.name == wanted } ?? sheets.first { $0.name.trimmingSpaces.lowercased() == wanted.lowercased() }
        guard let found else {
            let names = sheets.map(\.name)
            throw WorkbookError(.missingSheet(sheets: names), Localized(
                "arbeidsboken har ikke noe ark som heter \(quoted(wanted)); arkene er \(names.map(quoted).joined(separator: ", "))",
                en: "the workbook has no sheet named \(quoted(wanted)); its sheets are \(names.map(quoted).joined(separator: ", "))"))
        }
        return try XLSXSheetReader(workbook: self, info: found).read()
    }

    // MARK: The parts

    struct Relationship {
        let id: String
        let type: String
        /// The part it points to, as a path inside the archive.
        let target: String
    }

    /// The relationships of a part (`""` for the package itself), from `…/_rels/NAME.rels`.
    /// Targets outside the package (`TargetMode="External"`) are left out.
    static func relationships(of part: String, in archive: ZipArchive) throws(WorkbookError) -> [Relationship] {
        let folder = part.contains("/") ? String(part[..<(part.lastIndex(of: "/") ?? part.endIndex)]) : ""
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive.entry(named: relsPart) != nil else {
            if part.isEmpty {
                throw WorkbookError(.damaged, part: relsPart, Localized("filen er et ZIP-arkiv, men ikke en Excel-arbeidsbok (pakken mangler _rels/.rels)",
                                                                        en: "the file is a ZIP archive but not an Excel workbook (the package lacks _rels/.rels)"))
            }
            return []
        }
        var reader = XMLReader(try self.part(relsPart, in: archive))
        var found: [Relationship] = []
        while let event = try next(&reader, part: relsPart) {
            guard case .start("Relationship", let attributes) = event, attributes["TargetMode"] != "External",
                  let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { continue }
            found.append(Relationship(id: id, type: type, target: resolve(target, from: folder)))
        }
        return found
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` from the root;
    /// `..` steps up. Never above the package's root.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    static func part(_ name: String, in archive: ZipArchive) throws(WorkbookError) -> [UInt8] {
        guard let entry = archive.entry(named: name) else {
            throw WorkbookError(.damaged, part: name, Localized("delen mangler i arkivet", en: "the part is missing from the archive"))
        }
        do throws(ZipError) { return try archive.contents(of: entry) } catch { throw WorkbookError(error) }
    }

    static func next(_ reader: inout XMLReader, part: String) throws(WorkbookError) -> XMLEvent? {
        do throws(XMLError) { return try reader.next() } catch { throw WorkbookError(error, part: part) }
    }

    /// The text of the element just opened, up to its end: `<t>` directly, or the runs of rich
    /// text (`<r><t>…</t></r>`), without phonetic hints (`<rPh>`), `_x000D_` escapes decoded.
    /// `plain` takes the element's own text as it is (`<v>`, `<f>`).
    static func text(_ reader: inout XMLReader, part: String, plain: Bool = false) throws(WorkbookError) -> String {
        var out = ""
        var depth = 1
        var inText = plain
        var skipping = 0
        while depth > 0, let event = try next(&reader, part: part) {
            switch event {
            case .start(let name, _):
                depth += 1
                if name == "rPh" || skipping > 0 { skipping += 1 } else if name == "t" { inText = true }
            case .end(let name):
                depth -= 1
                if skipping > 0 { skipping -= 1 } else if name == "t" { inText = false }
            case .text(let text):
                if inText && skipping == 0 { out += text }
            }
        }
        return plain ? out : unescaped(out)
    }

    /// Undoes OOXML's `_xHHHH_` escape for characters XML cannot hold (ECMA-376, 22.9.2.19):
    /// `_x000D_` is a carriage return, `_x005F_` an underscore.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars[scalars.startIndex + 1] == "x", scalars[scalars.startIndex + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(scalars.startIndex + 2)..<(scalars.startIndex + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(7)
            } else {
                out.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return out
    }

    static func sharedStrings(_ part: String, in archive: ZipArchive, limit: Int) throws(WorkbookError) -> [String] {
        var reader = XMLReader(try self.part(part, in: archive))
        var strings: [String] = []
        while let event = try next(&reader, part: part) {
            guard case .start("si", _) = event else { continue }
            guard strings.count < limit else {
                throw WorkbookError(.tooLarge, part: part, Localized("arbeidsboken har mer enn \(limit.norwegian) ulike tekster; Aktsom leser høyst \(limit.norwegian)",
                                                                     en: "the workbook has more than \(limit.norwegian) distinct texts; Aktsom reads at most \(limit.norwegian)"))
            }
            strings.append(try text(&reader, part: part))
        }
        return strings
    }

    /// The number format of each entry of `<cellXfs>`, from its `numFmtId`: a built-in one, or a
    /// custom one from `<numFmts>`.
    static func cellFormats(_ part: String, in archive: ZipArchive) throws(WorkbookError) -> [NumberFormat] {
        var reader = XMLReader(try self.part(part, in: archive))
        var custom: [Int: NumberFormat] = [:]
        var ids: [Int] = []
        var inCellFormats = false
        while let event = try next(&reader, part: part) {
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { custom[id] = NumberFormat(code: code) }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                ids.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        return ids.map { custom[$0] ?? NumberFormat.builtIn($0) }
    }
}
