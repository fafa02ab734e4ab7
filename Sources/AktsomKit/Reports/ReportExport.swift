/// The formats a report is exported in.
public enum ReportFormat: String, Sendable, CaseIterable, ClosedVocabulary {
    case md, html, json, csv

    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let format = ReportFormat(rawValue: word == "markdown" ? "md" : word) else { return nil }
        self = format
    }

    public static let vocabularyName = Localized("format", en: "format")
    public static let validValues = Localized("gyldige formater: md, html, json, csv (kommaseparert)", en: "valid formats: md, html, json, csv (comma-separated)")

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
        public let content: String

        public init(name: String, content: String) {
            self.name = name
            self.content = content
        }
    }

    /// The files for the chosen formats, in a fixed order.
    public static func files(for report: Report, formats: [ReportFormat]) -> [File] {
        var files: [File] = []
        for format in ReportFormat.allCases where formats.contains(format) {
            switch format {
            case .md: files.append(File(name: "\(report.templateID).md", content: MarkdownRenderer.render(report)))
            case .html: files.append(File(name: "\(report.templateID).html", content: HTMLRenderer.render(report)))
            case .json: files.append(File(name: "\(report.templateID).json", content: JSONReportRenderer.render(report)))
            case .csv: files += CSVReportRenderer.render(report).map { File(name: $0.name, content: $0.content) }
            }
        }
        return files
    }

    /// `Exports/<plan>/<year>`: where a plan's export goes unless `--out` says otherwise.
    public static func defaultFolder(plan: String, year: Int) -> String {
        joinPath("Exports", SafeFileName.component(plan), String(year))
    }

    /// Writes the files atomically into `folder`, creating it, and removes files an earlier export
    /// of the same template and formats left behind (a table that is gone), so the folder always
    /// matches the data. File names never contain a path separator.
    public static func write(_ files: [File], template: String, formats: [ReportFormat], to folder: String,
                             fileSystem: any FileSystem) throws(FileSystemError) -> [String] {
        try fileSystem.createDirectory(folder)
        var written: [String] = []
        for file in files {
            let path = joinPath(folder, SafeFileName.component(file.name))
            try fileSystem.writeAtomically(Array(file.content.utf8), to: path)
            written.append(path)
        }
        let names = Set(files.map(\.name))
        for name in try fileSystem.contentsOfDirectory(folder) where !names.contains(name) {
            let isOurs = formats.contains { format in
                format == .csv ? (name.hasPrefix("\(template)-") && name.hasSuffix(".csv")) : name == "\(template).\(format.rawValue)"
            }
            if isOurs { try fileSystem.removeFile(joinPath(folder, name)) }
        }
        return written
    }
}
