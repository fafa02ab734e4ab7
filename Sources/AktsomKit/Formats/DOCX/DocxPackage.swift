/// A Word document (.docx, ECMA-376 WordprocessingML, transitional) put together from its body:
/// the styles its paragraphs name (Heading 1–6 as Word's own, so the navigation pane and a
/// table of contents find them), a bullet list, a header with the organisation's name, a footer
/// with page numbers, A4 pages, and the pictures. Every part is declared in
/// `[Content_Types].xml` and reached through relationships; the same body makes the same bytes.
struct DocxPackage {
    struct Picture {
        /// `media/figur-1.png`: the file name inside `word/`.
        let name: String
        let bytes: [UInt8]
    }

    let title: String
    /// The header's text: the organisation's name.
    let header: String
    /// The words around the page number: `Side` and `av`.
    let pageWords: (page: String, of: String)
    var body = ""
    private(set) var pictures: [Picture] = []

    init(title: String, header: String, pageWords: (page: String, of: String)) {
        self.title = title
        self.header = header
        self.pageWords = pageWords
    }

    /// Adds a picture and returns its relationship id.
    mutating func add(_ picture: Picture) -> String {
        pictures.append(picture)
        return "rIdImage\(pictures.count)"
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    func bytes() -> [UInt8] {
        let header = XLSXWriter.xmlHeader
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var zip = OfficePackage.start(main: "word/document.xml", title: title, types: [
            ("word/document.xml", word + ".document.main+xml"), ("word/styles.xml", word + ".styles+xml"),
            ("word/settings.xml", word + ".settings+xml"), ("word/numbering.xml", word + ".numbering+xml"),
            ("word/header1.xml", word + ".header+xml"), ("word/footer1.xml", word + ".footer+xml"),
        ], extensions: [("png", "image/png"), ("svg", "image/svg+xml")])
        zip.add("word/document.xml", text: document)
        var relationships = """
            <Relationship Id="rIdStyles" Type="\(DocxPackage.r)/styles" Target="styles.xml"/>\
            <Relationship Id="rIdSettings" Type="\(DocxPackage.r)/settings" Target="settings.xml"/>\
            <Relationship Id="rIdNumbering" Type="\(DocxPackage.r)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rIdHeader" Type="\(DocxPackage.r)/header" Target="header1.xml"/>\
            <Relationship Id="rIdFooter" Type="\(DocxPackage.r)/footer" Target="footer1.xml"/>
            """
        for (index, picture) in pictures.enumerated() {
            relationships += "<Relationship Id=\"rIdImage\(index + 1)\" Type=\"\(DocxPackage.r)/image\" Target=\"\(XMLText.attribute(picture.name))\"/>"
        }
        zip.add("word/_rels/document.xml.rels", text: header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>")
        zip.add("word/styles.xml", text: DocxStyles.xml)
        zip.add("word/settings.xml", text: header + """
            <w:settings xmlns:w="\(DocxPackage.w)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>\
            <w:characterSpacingControl w:val="doNotCompress"/>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
            """)
        zip.add("word/numbering.xml", text: header + """
            <w:numbering xmlns:w="\(DocxPackage.w)"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """)
        zip.add("word/header1.xml", text: header + "<w:hdr xmlns:w=\"\(DocxPackage.w)\">"
            + WordML.paragraph(WordML.run(self.header, .muted), WordML.Layout(style: "Header", alignment: "right")) + "</w:hdr>")
        zip.add("word/footer1.xml", text: header + "<w:ftr xmlns:w=\"\(DocxPackage.w)\">"
            + WordML.paragraph(WordML.pageNumbers(page: pageWords.page, of: pageWords.of), WordML.Layout(style: "Footer", alignment: "right")) + "</w:ftr>")
        for picture in pictures {
            zip.add("word/" + picture.name, picture.bytes)
        }
        return zip.finished()
    }

    /// The body, then the section: A4 portrait, 2 cm margins, the header and footer on every page.
    var document: String {
        XLSXWriter.xmlHeader + "<w:document xmlns:w=\"\(DocxPackage.w)\" xmlns:r=\"\(DocxPackage.r)\" xmlns:wp=\"\(DocxPackage.wp)\"><w:body>" + body
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + "<w:pgSz w:w=\"\(WordML.pageWidth)\" w:h=\"\(WordML.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(WordML.margin)\" w:right=\"\(WordML.margin)\" w:bottom=\"\(WordML.margin)\" w:left=\"\(WordML.margin)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }
}

/// The styles a report uses: Word's built-in Normal, Title, Subtitle, Heading 1–6, Header and
/// Footer (by their built-in names, so Word and LibreOffice treat them as their own), in a
/// plain sans-serif at 10.5 pt.
enum DocxStyles {
    static func heading(_ level: Int, size: Int, border: Bool) -> String {
        let rule = border ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"1\" w:color=\"2F6FB0\"/></w:pBdr>" : ""
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\(rule)<w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"100\"/>"
            + "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
    }

    static let xml = XLSXWriter.xmlHeader + "<w:styles xmlns:w=\"\(DocxPackage.w)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
        + "<w:color w:val=\"1F2933\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"nb-NO\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>"
        + "<w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/>"
        + "<w:pPr><w:spacing w:after=\"200\"/></w:pPr><w:rPr><w:color w:val=\"5F6B7A\"/></w:rPr></w:style>"
        + heading(1, size: 28, border: true) + heading(2, size: 24, border: false) + heading(3, size: 22, border: false)
        + heading(4, size: 21, border: false) + heading(5, size: 21, border: false) + heading(6, size: 21, border: false)
        + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
        + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
        + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"5F6B7A\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"
}
