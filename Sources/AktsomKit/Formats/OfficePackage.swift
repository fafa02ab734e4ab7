/// What every Office package (.xlsx, .docx) begins with, written once: the content types of its
/// parts, the package's relationships to its main part and its properties, and the properties.
enum OfficePackage {
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A ZIP writer holding `[Content_Types].xml` (`types` names each part by its path; `rels`,
    /// `xml` and `extensions` go by extension), `_rels/.rels` and `docProps/`; the caller adds
    /// the main part `main` and the rest.
    static func start(main: String, title: String, types: [(part: String, type: String)],
                      extensions: [(String, String)] = []) -> ZipWriter {
        let header = XLSXWriter.xmlHeader
        var defaults = "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (extensionName, type) in extensions { defaults += "<Default Extension=\"\(extensionName)\" ContentType=\"\(type)\"/>" }
        var overrides = types.map { "<Override PartName=\"/\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined()
        overrides += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        overrides += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\(defaults)\(overrides)</Types>")
        zip.add("_rels/.rels", text: header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"\(main)\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(relationships)/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>")
        zip.add("docProps/core.xml", text: core(title: title))
        zip.add("docProps/app.xml", text: app)
        return zip
    }

    // The document properties: the title, and the program that made it.

    /// No creation time: it would make the same document differ from run to run.
    static func core(title: String) -> String {
        XLSXWriter.xmlHeader + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(XMLText.escape(title))</dc:title><dc:creator>Aktsom</dc:creator></cp:coreProperties>
            """
    }

    static let app = XLSXWriter.xmlHeader + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Aktsom</Application></Properties>
        """
}
