/// What `aktsom git merge-file BASE OURS THEIRS PATH` does when git merges a plan file: reads the
/// three versions, brings each to the current format, merges them record by record
/// (``RecordMerge``) and writes the result in Aktsom's own style. A record changed differently on
/// both sides is written twice between git's conflict markers, around that record only, so the
/// rest of the file is merged and the loader names the conflict by file and line.
public enum PlanFileMerge {
    /// The plan files the driver merges, known by their path.
    public enum Kind: Sendable, Equatable {
        case plan
        case register
        case year(Int)

        var format: FileFormat {
            switch self {
            case .plan: return .plan
            case .register: return .procurements
            case .year: return .year
            }
        }
    }

    /// `Plans/x/plan.json`, `Plans/x/procurements.json`, `Plans/x/years/2025.json`.
    public static func kind(ofPath path: String) -> Kind? {
        let name = lastPathComponent(path)
        if name == PlanCodec.fileName { return .plan }
        if name == RegisterCodec.fileName { return .register }
        if lastPathComponent(parentPath(path)) == YearCodec.folderName, name.count == 9, name.hasSuffix(".json"),
           let year = Int(name.prefix(4)), (1000...9999).contains(year) {
            return .year(year)
        }
        return nil
    }

    /// The merged file and how many conflicts it holds.
    public struct Outcome: Sendable, Equatable {
        public var text: String
        public var conflicts: Int
    }

    public static let oursMarker = "<<<<<<< ours"
    public static let separator = "======="
    public static let theirsMarker = ">>>>>>> theirs"

    /// The merge, or nil when the files are not ones this Aktsom can merge by record (not JSON,
    /// holding conflict markers already, or from a newer Aktsom): then git's own line merge is
    /// the right tool.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String) -> Outcome? {
        guard let kind = kind(ofPath: path),
              let oursValue = current(ours, kind: kind), let theirsValue = current(theirs, kind: kind) else { return nil }
        let isBlank = base.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }
        var baseValue: JSONValue?
        if !isBlank {
            guard let value = current(base, kind: kind) else { return nil }
            baseValue = value
        }
        var token = "aktsom-konflikt"
        while [base, ours, theirs].contains(where: { contains($0, Array(token.utf8)) }) { token += "-x" }
        let result = RecordMerge.merge(base: baseValue, ours: oursValue, theirs: theirsValue, token: token)
        guard !result.conflicts.isEmpty else {
            return Outcome(text: canonical(result.value, kind: kind, path: path), conflicts: 0)
        }
        return Outcome(text: withMarkers(JSONWriter.pretty(result.value), conflicts: result.conflicts, token: token),
                       conflicts: result.conflicts.count)
    }

    /// A version read and brought to the current format, its version field set to match.
    static func current(_ bytes: [UInt8], kind: Kind) -> JSONValue? {
        guard let value = try? JSONParser.parse(bytes),
              let upgraded = try? kind.format.upgrade(value, subject: Localized("filen", en: "the file")).value,
              var object = upgraded.objectValue else { return nil }
        if let index = object.members.firstIndex(where: { $0.key == "version" }) {
            object.members[index].value = .int(kind.format.currentVersion)
        }
        return JSONValue(.object(object), offset: upgraded.offset)
    }

    /// The merged file as Aktsom itself writes it, when it reads as a valid file; else as merged.
    static func canonical(_ value: JSONValue, kind: Kind, path: String) -> String {
        let text = JSONWriter.pretty(value)
        let bytes = Array(text.utf8)
        switch kind {
        case .plan:
            if let plan = try? PlanCodec.decode(bytes, file: path).plan { return JSONWriter.pretty(PlanCodec.encode(plan)) }
        case .register:
            if let register = try? RegisterCodec.decode(bytes, file: path).register { return JSONWriter.pretty(RegisterCodec.encode(register)) }
        case .year(let year):
            if let entry = try? YearCodec.decode(bytes, file: path, expectedYear: year).year { return JSONWriter.pretty(YearCodec.encode(entry)) }
        }
        return text
    }

    /// Replaces each conflict's placeholder record (three lines: `{`, the marker, `}`) with both
    /// versions between git's markers, at the same indentation and with the same trailing comma.
    static func withMarkers(_ text: String, conflicts: [RecordMerge.Conflict], token: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, conflict) in conflicts.enumerated().reversed() {
            let marker = JSONWriter.line(RecordMerge.placeholder(index, token: token)).dropFirst().dropLast()
            guard let line = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == marker }),
                  line > 0, line + 1 < lines.count else { continue }
            let opener = lines[line - 1]
            let prefix = String(opener.dropLast())   // the indentation, and `"key": ` for a top-level field
            let indent = String(opener.prefix { $0 == " " })
            let comma = lines[line + 1].hasSuffix(",") ? "," : ""
            func side(_ value: JSONValue?) -> [String] {
                guard let value else { return [] }
                let body = JSONWriter.pretty(value).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                return body.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element } .enumerated()
                    .map { $0.offset == body.count - 1 ? $0.element + comma : $0.element }
            }
            let block = [oursMarker] + side(conflict.ours) + [separator] + side(conflict.theirs) + [theirsMarker]
            lines.replaceSubrange((line - 1)...(line + 1), with: block)
        }
        return lines.joined(separator: "\n")
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.firstRange(of: needle) != nil
    }
}
