/// The name and version every Aktsom file carries in its first fields
/// (`"format": "aktsom-plan", "version": 1`), so a file is never read as something it is not and
/// a file from a newer Aktsom is refused instead of half understood.
public struct FileFormat: Sendable {
    /// Turns a file's JSON from one version into the next.
    public typealias Migration = @Sendable (JSONValue) throws(JSONError) -> JSONValue

    public let name: String
    /// The version this build writes. Older versions are read and migrated; newer are refused.
    public let currentVersion: Int
    /// The step from version `n` to `n + 1`, by `n`. When a format changes, its version goes up,
    /// a migration is added here, and a copy of the old format joins the test fixtures.
    public let migrations: [Int: Migration]

    public init(name: String, currentVersion: Int, migrations: [Int: Migration] = [:]) {
        self.name = name
        self.currentVersion = currentVersion
        self.migrations = migrations
    }

    // Version 1 of every file is the first released format; Migrations.swift has each step since.
    // The register's version 3 gave follow-ups ids, so two git clones' follow-ups merge as records.
    // Plan version 3 and register version 4 only added fields (the plan's own high-risk
    // categories; contract dates, announcement, kind, part, climate rank and where the reason
    // stands): read as they are, and refused by an older Aktsom instead of half understood.
    public static let plan = FileFormat(name: "aktsom-plan", currentVersion: 3, migrations: [1: Migrations.planAddedDays, 2: Migrations.unchanged])
    public static let procurements = FileFormat(name: "aktsom-procurements", currentVersion: 4,
                                                migrations: [1: Migrations.deviationStates, 2: Migrations.followUpIDs, 3: Migrations.unchanged])
    // Year version 3 only added fields (whether the register is complete; findings acknowledged
    // with a reason), and plan version 3 also a goal's description.
    public static let year = FileFormat(name: "aktsom-year", currentVersion: 3, migrations: [1: Migrations.unchanged, 2: Migrations.unchanged])
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

    /// Checks the header and brings an older file up to the current version, one migration at a
    /// time. Returns the upgraded value and the version the file was written in.
    public func upgrade(_ root: JSONValue, subject: Localized) throws(JSONError) -> (value: JSONValue, version: Int) {
        let version = try checkHeader(of: FieldReader(root, subject: subject))
        var value = root
        for step in version..<currentVersion {
            guard let migration = migrations[step] else {
                throw JSONError(offset: root.offset, Localized("formatversjon \(step) av \(name) kan ikke leses av denne Aktsom",
                                                               en: "format version \(step) of \(name) cannot be read by this Aktsom"))
            }
            value = try migration(value)
        }
        return (value, version)
    }

    /// The version in a journal's first line, or nil when the first line is not a header.
    public func headerVersion(ofLine bytes: [UInt8]) -> Int? {
        guard let value = try? JSONParser.parse(bytes), let object = value.objectValue,
              object["format"]?.stringValue == name else { return nil }
        return object["version"]?.intValue
    }
}
