/// The name and version every Aktsom file carries in its first fields
/// (`"format": "aktsom-plan", "version": 1`), so a file is never read as something it is not and
/// a file from a newer Aktsom is refused instead of half understood.
public struct FileFormat: Sendable, Equatable {
    public let name: String
    /// The version this build writes. Older versions are read and migrated; newer are refused.
    public let currentVersion: Int

    public static let plan = FileFormat(name: "aktsom-plan", currentVersion: 1)
    public static let procurements = FileFormat(name: "aktsom-procurements", currentVersion: 1)
    public static let year = FileFormat(name: "aktsom-year", currentVersion: 1)
    public static let journal = FileFormat(name: "aktsom-journal", currentVersion: 1)

    /// The header fields, first in every file.
    public var header: [(String, JSONValue?)] {
        [("format", .string(name)), ("version", .int(currentVersion))]
    }

    /// Checks the header of a file's root object and returns the version it was written in.
    public func checkHeader(of root: FieldReader) throws(JSONError) -> Int {
        guard let formatValue = root.value("format") else {
            throw JSONError(offset: root.offset,
                            Localized("filen mangler \"format\": \"\(name)\"", en: "the file lacks \"format\": \"\(name)\""),
                            notes: [Localized("er dette en Aktsom-fil? Den skal begynne med \"format\": \"\(name)\", \"version\": \(currentVersion)",
                                              en: "is this an Aktsom file? It must start with \"format\": \"\(name)\", \"version\": \(currentVersion)")])
        }
        guard formatValue.stringValue == name else {
            let found = formatValue.stringValue.map(quoted) ?? formatValue.kindName.nb
            throw JSONError(offset: formatValue.offset,
                            Localized("filen er \(found), men her ventes \(quoted(name))", en: "the file is \(found), but \(quoted(name)) is expected here"),
                            notes: [Localized("har filen fått feil navn eller havnet i feil mappe?", en: "was the file renamed or put in the wrong folder?")])
        }
        let version = try root.int("version", in: 1...Int(Int32.max))
        if version > currentVersion {
            throw JSONError(offset: root.value("version")?.offset ?? root.offset,
                            Localized("filen har formatversjon \(version), men denne Aktsom leser bare til og med versjon \(currentVersion)",
                                      en: "the file has format version \(version), but this Aktsom reads only up to version \(currentVersion)"),
                            notes: [Localized("filen er skrevet av en nyere Aktsom; oppgrader Aktsom (git pull, så swift build) og prøv igjen",
                                              en: "the file was written by a newer Aktsom; upgrade Aktsom (git pull, then swift build) and try again")])
        }
        return version
    }
}
