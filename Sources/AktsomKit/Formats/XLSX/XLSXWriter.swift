/// A worksheet to write: its cells by row, with what Excel needs to make it a form a team fills
/// in (drop-down lists, locked columns, a frozen header) and nothing more.
struct WorksheetModel {
    /// The look and the protection of a cell, from a fixed palette (``XLSXWriter/styles``).
    enum Style: Int, CaseIterable {
        /// Plain text, locked when the sheet is protected.
        case text = 0
        /// The title or instruction row: bold, wrapped.
        case title
        /// A column header: bold on grey, with a border.
        case header
        /// Data the team reads: wrapped, bordered, locked.
        case locked
        /// Data the team may change: wrapped, bordered, unlocked.
        case input
        /// An input cell for a date: shown as a date, unlocked.
        case dateInput
        /// The same two on an overdue row: light red.
        case overdueLocked
        case overdueInput
        case overdueDateInput
    }

    struct Cell {
        var text: String
        var style: Style
    }

    /// A drop-down list (or a date check) over a range of cells.
    struct Validation {
        enum Kind {
            case list([String])
            /// Dates from the first to the last day given.
            case dates(Day, Day)
        }

        var range: CellRange
        var kind: Kind
        var title: String
        var message: String
    }

    var name: String
    /// Column widths in characters, column A first.
    var widths: [Double]
    var rows: [[Cell]]
    /// Rows kept in view at the top (the header), 0 for none.
    var frozenRows = 0
    var merges: [CellRange] = []
    var validations: [Validation] = []
    /// Rows given their height in points (a wrapped title row), by row number.
    var heights: [Int: Double] = [:]
    /// Whether the sheet is protected (without a password): only unlocked cells can be changed.
    var protected = false
    /// The row repeated at the top of each printed page.
    var printTitleRow: Int?
    var title: String
}

/// Writes a workbook of one sheet as an .xlsx file (ECMA-376, SpreadsheetML, transitional) that
/// Excel and LibreOffice open without a repair prompt: every part declared in
/// `[Content_Types].xml` and reached through relationships, the elements in the order the schema
/// requires, text in a shared string table, styles from a small fixed palette. The same sheet
/// always makes the same bytes (``ZipWriter``).
enum XLSXWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func workbook(_ sheet: WorksheetModel) -> [UInt8] {
        var strings = SharedStrings()
        let sheetXML = worksheet(sheet, strings: &strings)
        var zip = OfficePackage.start(main: "xl/workbook.xml", title: sheet.title, types: [
            ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
        ])
        var names = ""
        if let row = sheet.printTitleRow {
            names = "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'\(XMLText.escape(sheet.name.replacingOccurrences(of: "'", with: "''")))'!$\(row):$\(row)</definedName></definedNames>"
        }
        zip.add("xl/workbook.xml", text: xmlHeader + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)"><workbookPr date1904="false"/>\
            <bookViews><workbookView activeTab="0"/></bookViews>\
            <sheets><sheet name="\(XMLText.attribute(sheet.name))" sheetId="1" r:id="rId1"/></sheets>\(names)</workbook>
            """)
        zip.add("xl/_rels/workbook.xml.rels", text: xmlHeader + """
            <Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
            <Relationship Id="rId3" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """)
        zip.add("xl/worksheets/sheet1.xml", text: sheetXML)
        zip.add("xl/styles.xml", text: styles)
        zip.add("xl/sharedStrings.xml", text: strings.xml)
        return zip.finished()
    }

    /// The worksheet part, its elements in CT_Worksheet's order: sheetPr, dimension, sheetViews,
    /// sheetFormatPr, cols, sheetData, sheetProtection, mergeCells, dataValidations,
    /// pageMargins, pageSetup.
    static func worksheet(_ sheet: WorksheetModel, strings: inout SharedStrings) -> String {
        let lastColumn = max(1, sheet.widths.count, sheet.rows.map(\.count).max() ?? 1)
        let lastRow = max(1, sheet.rows.count)
        var out = xmlHeader + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"A1:\(CellReference(column: lastColumn, row: lastRow).name)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let first = CellReference(column: 1, row: sheet.frozenRows + 1).name
            out += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(first)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"\(first)\" sqref=\"\(first)\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            let number = index + 1
            out += "<row r=\"\(number)\""
            if let height = sheet.heights[number] { out += " ht=\"\(self.number(height))\" customHeight=\"1\"" }
            out += ">"
            for (column, cell) in row.enumerated() {
                let place = CellReference(column: column + 1, row: number).name
                if cell.text.isEmpty {
                    out += "<c r=\"\(place)\" s=\"\(cell.style.rawValue)\"/>"
                } else {
                    out += "<c r=\"\(place)\" s=\"\(cell.style.rawValue)\" t=\"s\"><v>\(strings.index(of: cell.text))</v></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if sheet.protected {
            // No password: the protection keeps ids and titles from being changed by mistake,
            // and leaves widening columns and rows free.
            out += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.merges.isEmpty {
            out += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0.name)\"/>" }.joined() + "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            out += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let texts = " showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLText.attribute(validation.title))\" error=\"\(XMLText.attribute(validation.message))\""
                    + " promptTitle=\"\(XMLText.attribute(validation.title))\" prompt=\"\(XMLText.attribute(validation.message))\" sqref=\"\(validation.range.name)\""
                switch validation.kind {
                case .list(let values):
                    // A list written in the formula itself: quoted, comma-separated, at most 255 characters.
                    let list = values.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
                    out += "<dataValidation type=\"list\" allowBlank=\"1\"\(texts)><formula1>\"\(XMLText.escape(list))\"</formula1></dataValidation>"
                case .dates(let first, let last):
                    out += "<dataValidation type=\"date\" operator=\"between\" allowBlank=\"1\"\(texts)><formula1>\(serial(first))</formula1><formula2>\(serial(last))</formula2></dataValidation>"
                }
            }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return out + "</worksheet>"
    }

    /// A day as Excel's serial in the 1900 system (from 1 March 1900 on).
    static func serial(_ day: Day) -> Int {
        day.ordinal + 25_569
    }

    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return fraction == 0 ? String(hundredths / 100) : "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The palette, in ``WorksheetModel/Style`` order. Fill 0 and 1 are the two the format
    /// reserves (none and gray125); every style sets its protection explicitly.
    static let styles = xmlHeader + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE8ECF0"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFCE4E1"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color rgb="FFB8C2CC"/></left><right style="thin"><color rgb="FFB8C2CC"/></right>\
        <top style="thin"><color rgb="FFB8C2CC"/></top><bottom style="thin"><color rgb="FFB8C2CC"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="9">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="1"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>\
        <xf numFmtId="49" fontId="1" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="0"/><tableStyles count="0"/>\
        </styleSheet>
        """
}

/// The shared string table: each distinct text once, in the order first used.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var out = XLSXWriter.xmlHeader + "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            out += "<si><t xml:space=\"preserve\">\(OfficeText.escaped(text))</t></si>"
        }
        return out + "</sst>"
    }
}

/// Text as the Office formats hold it.
enum OfficeText {
    /// XML-escaped, with `_xHHHH_` written as `_x005F_xHHHH_` so that Excel does not read a
    /// note's literal `_x0041_` as an escape (ECMA-376, 22.9.2.19), and carriage returns dropped
    /// (a line break is LF in a cell).
    static func escaped(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if text.contains("_x") {
            text = escapeUnderscores(text)
        }
        return XMLText.escape(text)
    }

    static func escapeUnderscores(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               scalars[(index + 2)...(index + 5)].allSatisfy({ $0.properties.isASCIIHexDigit }) {
                out += "_x005F_"
                index += 1
                continue
            }
            out.unicodeScalars.append(scalars[index])
            index += 1
        }
        return out
    }
}
