/// The pieces of a Word document's body (WordprocessingML, ECMA-376 part 1, 17), as text, each
/// with its properties in the order the schema requires: Word refuses (or «repairs») a
/// document whose elements stand in another order.
enum WordML {
    /// A4 with 2 cm margins, in twentieths of a point: the width text and tables fill.
    static let pageWidth = 11_906, pageHeight = 16_838, margin = 1_134
    static let textWidth = pageWidth - 2 * margin

    /// How a run of text looks.
    struct Look {
        var bold = false
        var color: String?
        /// In half-points.
        var size: Int?
        var font: String?

        static let plain = Look()
        static let strong = Look(bold: true)
        static let muted = Look(color: "5F6B7A")
    }

    /// A run: `\n` becomes a line break, a tab a tab, and text XML cannot hold is dropped.
    static func run(_ text: String, _ look: Look = .plain) -> String {
        var properties = ""
        if let font = look.font { properties += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\"/>" }
        if look.bold { properties += "<w:b/><w:bCs/>" }
        if let color = look.color { properties += "<w:color w:val=\"\(color)\"/>" }
        if let size = look.size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        var out = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "<w:br/>" }
            for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if part > 0 { out += "<w:tab/>" }
                if !piece.isEmpty { out += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>" }
            }
        }
        return out + "</w:r>"
    }

    /// How a paragraph stands.
    struct Layout {
        var style: String?
        var keepNext = false
        /// A bullet list's item (the numbering defined in ``DocxPackage``).
        var bullet = false
        /// A left border and a background, for a notice: (border colour, fill colour).
        var box: (border: String, fill: String)?
        var pageBreakBefore = false
        var alignment: String?
        /// A hanging indent in twentieths of a point: the first line's start (a number) stands
        /// out, the rest of the text is indented by this much.
        var hanging: Int?
        var spacingAfter: Int?

        static let plain = Layout()
    }

    static func paragraph(_ runs: String, _ layout: Layout = .plain) -> String {
        var properties = ""
        if let style = layout.style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if layout.keepNext { properties += "<w:keepNext/>" }
        if layout.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if layout.bullet { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        if let box = layout.box {
            properties += "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"6\" w:color=\"\(box.border)\"/></w:pBdr>"
            properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(box.fill)\"/>"
        }
        if let after = layout.spacingAfter { properties += "<w:spacing w:after=\"\(after)\"/>" }
        if let hanging = layout.hanging { properties += "<w:ind w:left=\"\(hanging)\" w:hanging=\"\(hanging)\"/>" }
        if let alignment = layout.alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    /// A table across the text width: a header row repeated on every page, rows that do not
    /// break across pages, thin grey borders. `marked` rows are shaded red and bold; `cellLook`
    /// may colour a cell (Ja green, Nei grey).
    static func table(columns: [String], rows: [[String]], marked: Set<Int> = [], widths: [Int]? = nil,
                      cellLook: (String) -> Look = { _ in .plain }) -> String {
        let count = max(1, columns.count, rows.map(\.count).max() ?? 1)
        let widths = widths ?? columnWidths(columns: columns, rows: rows, count: count)
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        out += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D5DBE1\"/>"
        }.joined() + "</w:tblBorders>"
        out += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
        out += "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [String], header: Bool, marked: Bool) -> String {
            var out = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for index in 0..<count {
                let text = index < cells.count ? cells[index] : ""
                let fill = header ? "F1F4F7" : marked ? "FDECEA" : nil
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/>"
                if let fill { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
                out += "</w:tcPr>"
                var look = header ? Look.strong : cellLook(text)
                if marked { look.bold = true }
                look.size = 19
                out += paragraph(run(text, look), Layout(spacingAfter: 0)) + "</w:tc>"
            }
            return out + "</w:tr>"
        }
        out += row(columns, header: true, marked: false)
        for (index, cells) in rows.enumerated() {
            out += row(cells, header: false, marked: marked.contains(index))
        }
        return out + "</w:tbl>"
    }

    /// Widths that fill the text width: each column at least as wide as its longest word (a
    /// header «gjennomført» is not split), and what is left shared by how much more each column
    /// holds on its longest line (held to 40 characters), as a browser lays out a table.
    static func columnWidths(columns: [String], rows: [[String]], count: Int) -> [Int] {
        // About a character of 9.5 pt text, and the cell's margins, in twentieths of a point.
        let character = 110.0, margins = 200.0
        var least = [Double](repeating: 3 * character + margins, count: count)
        var wanted = least
        for cells in [columns] + rows {
            for (index, text) in cells.enumerated() where index < count {
                let longestLine = text.split(separator: "\n").map(\.count).max() ?? 0
                let longestWord = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
                least[index] = max(least[index], Double(min(longestWord, 20) + 1) * character + margins)
                wanted[index] = max(wanted[index], least[index], Double(min(longestLine, 40) + 1) * character + margins)
            }
        }
        let room = Double(textWidth)
        var widths: [Double]
        if least.reduce(0, +) >= room {
            widths = least.map { $0 * room / least.reduce(0, +) }
        } else {
            let extra = room - least.reduce(0, +)
            let more = zip(wanted, least).map { $0 - $1 }
            let totalMore = more.reduce(0, +)
            widths = totalMore > 0 ? zip(least, more).map { $0 + extra * min(1, $1 / totalMore) } : least.map { $0 + extra / Double(count) }
            if totalMore > 0 && totalMore < extra {
                // Every column has what it wants; the rest goes by what they want.
                let rest = room - wanted.reduce(0, +)
                widths = wanted.map { $0 + rest * $0 / wanted.reduce(0, +) }
            }
        }
        var rounded = widths.map { Int($0) }
        rounded[rounded.count - 1] += textWidth - rounded.reduce(0, +)
        return rounded
    }

    /// A picture in its own paragraph, `width` EMU wide: the PNG (relationship `png`) with the
    /// SVG (relationship `svg`) beside it as Office 2016's extension, which Word shows when it can.
    static func picture(png: String, svg: String, id: Int, name: String, description: String, width: Int, height: Int) -> String {
        let graphic = "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(XMLText.attribute(name))\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(png)\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
            + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\(svg)\"/></a:ext></a:extLst></a:blip>"
            + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        let drawing = "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"\(XMLText.attribute(name))\" descr=\"\(XMLText.attribute(description))\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + graphic + "</wp:inline></w:drawing>"
        return paragraph("<w:r>\(drawing)</w:r>", Layout(keepNext: true))
    }

    /// `Side 3 av 14`: the page number and the page count as fields Word and LibreOffice fill in.
    static func pageNumbers(page: String, of: String) -> String {
        func field(_ instruction: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return run(page + " ") + field("PAGE") + run(" " + of + " ") + field("NUMPAGES")
    }
}
