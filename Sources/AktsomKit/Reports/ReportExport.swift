/// The formats a report is exported in.
public enum ReportFormat: String, Sendable, CaseIterable, ClosedVocabulary {
    case md, html, json, csv, docx

    /// What `export` writes when no `--format` is given: the text formats, which the example
    /// export in `Exports/` holds. A Word document is made when asked for.
    public static let standard: [ReportFormat] = [.md, .html, .json, .csv]

    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let format = ReportFormat(rawValue: word == "markdown" ? "md" : word == "word" ? "docx" : word) else { return nil }
        self = format
    }

    public static let vocabularyName = Localized("format", en: "format")
    public static let validValues = Localized("gyldige formater: md, html, json, csv, docx (kommaseparert)", en: "valid formats: md, html, json, csv, docx (comma-separated)")

    /// Reads `md,html`; the first unknown word is refused.
    public static func parseList(_ text: String) -> Result<[ReportFormat], UnknownWord> {
        var formats: [ReportFormat] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            switch read(word) {
            case .success(let format): if !formats.contains(format) { formats.append(format) }
            case .failure(let unknown): return .failure(unknown)
            }
        }
        return formats.isEmpty ? .failure(unknown(text)) : .success(formats)
    }
}

/// Renders a report into files and writes them into one folder.
public enum ReportExport {
    public struct File: Sendable, Equatable {
        public let name: String
        /// The file's bytes: UTF-8 text, or a Word document's archive.
        public let bytes: [UInt8]

        public init(name: String, content: String) {
            self.name = name
            self.bytes = Array(content.utf8)
        }

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        /// The text of a text format (for a .docx, its bytes read as UTF-8: use `bytes`).
        public var content: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// The files for the chosen formats, in a fixed order.
    public static func files(for report: Report, formats: [ReportFormat]) -> [File] {
        planned(for: report, formats: formats).map { File(name: $0.name, bytes: $0.render()) }
    }

    /// The names of those files, without rendering any: for a page that lists the downloads.
    public static func names(for report: Report, formats: [ReportFormat]) -> [String] {
        planned(for: report, formats: formats).map(\.name)
    }

    /// The one file of that name among every format's, rendered alone; nil when there is none.
    public static func file(named name: String, for report: Report) -> File? {
        planned(for: report, formats: ReportFormat.allCases).first { $0.name == name }.map { File(name: $0.name, bytes: $0.render()) }
    }

    /// Each file's name, and how to render it when it is wanted.
    private static func planned(for report: Report, formats: [ReportFormat]) -> [(name: String, render: () -> [UInt8])] {
        var planned: [(name: String, render: () -> [UInt8])] = []
        for format in ReportFormat.allCases where formats.contains(format) {
            switch format {
            case .md: planned.append(("\(report.templateID).md", { Array(MarkdownRenderer.render(report).utf8) }))
            case .html: planned.append(("\(report.templateID).html", { Array(HTMLRenderer.render(report).utf8) }))
            case .json: planned.append(("\(report.templateID).json", { Array(JSONReportRenderer.render(report).utf8) }))
            case .csv: planned += report.tables.map { table in (CSVReportRenderer.fileName(of: table, in: report), { Array(CSVReportRenderer.render(table).utf8) }) }
            case .docx: planned.append(("\(report.templateID).docx", { DocxRenderer.render(report) }))
            }
        }
        return planned
    }

    /// `Exports/<plan>/<year>`: where a plan's export goes unless `--out` says otherwise.
    public static func defaultFolder(plan: String, year: Int) -> String {
        defaultFolder(plan: plan, named: String(year))
    }

    /// `Exports/<plan>/<name>`: a year's folder, or a period's (`2022-2025`).
    public static func defaultFolder(plan: String, named name: String) -> String {
        joinPath(defaultFolders(plan: plan), SafeFileName.component(name))
    }

    /// `Exports/<plan>`: the folder that holds a plan's exports, one folder per year.
    public static func defaultFolders(plan: String) -> String {
        joinPath("Exports", SafeFileName.component(plan))
    }

    /// Writes the files into `folder` as ``ExportFolder`` does (a manifest of Aktsom's files, only
    /// those removed, no write through a link, all staged then renamed) and returns their paths.
    /// For callers that need only the paths; the export command also says what was removed.
    public static func write(_ files: [File], template: String, formats: [ReportFormat], to folder: String,
                             fileSystem: any FileSystem) throws(FileSystemError) -> [String] {
        do {
            return try ExportFolder.write(files, to: folder, fileSystem: fileSystem) { isOutput($0, template: template, formats: formats) }.written
        } catch let error as FileSystemError {
            throw error
        } catch {
            throw .other(folder, reason: "\(error)")
        }
    }

    /// Whether a file name in an export folder is one an export of `template` in `formats`
    /// makes: `ehn-offentlig.md`, or a table such as `ehn-offentlig-2.A.2.csv`.
    public static func isOutput(_ name: String, template: String, formats: [ReportFormat]) -> Bool {
        formats.contains { format in
            format == .csv ? (name.hasPrefix("\(template)-") && name.hasSuffix(".csv")) : name == "\(template).\(format.rawValue)"
        }
    }
}
