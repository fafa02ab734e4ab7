extension Migrations {
    /// Register version 2 → 3: follow-ups got ids, so two git clones' follow-ups merge as records.
    ///
    /// A follow-up's id is made from what it says (procurement, kind, date, supplier, note), not
    /// from where it stands: two git clones that each add a follow-up to an old register, and the
    /// base they share, then give every unchanged follow-up the same id, so the merge driver can
    /// match them as records. Follow-ups recorded from now on get `oppfolging-<n>` (see
    /// `addFollowUp`).
    static let followUpIDs: FileFormat.Migration = { root throws(JSONError) in giveFollowUpsIDs(root) }

    static func giveFollowUpsIDs(_ root: JSONValue) -> JSONValue {
        guard var file = root.objectValue, let index = file.members.firstIndex(where: { $0.key == "procurements" }),
              var procurements = file.members[index].value.arrayValue else { return root }
        var used: Set<String> = []
        for position in procurements.indices {
            guard var procurement = procurements[position].objectValue,
                  let followUpsIndex = procurement.members.firstIndex(where: { $0.key == "followUps" }),
                  var followUps = procurement.members[followUpsIndex].value.arrayValue else { continue }
            let procurementID = procurement["id"]?.stringValue ?? ""
            for followUpIndex in followUps.indices {
                guard var followUp = followUps[followUpIndex].objectValue, followUp["id"] == nil else { continue }
                let content = [procurementID] + ["kind", "date", "supplier", "note"].map { followUp[$0]?.stringValue ?? "" }
                var id = "oppfolging-" + letters(of: content.joined(separator: "\u{1F}"))
                var copy = 1
                while used.contains(id) {
                    copy += 1
                    id = "oppfolging-" + letters(of: content.joined(separator: "\u{1F}")) + "-\(copy)"
                }
                used.insert(id)
                followUp.members.insert(JSONObject.Member(key: "id", value: JSONValue(.string(id), offset: followUps[followUpIndex].offset)), at: 0)
                followUps[followUpIndex] = JSONValue(.object(followUp), offset: followUps[followUpIndex].offset)
            }
            procurement.members[followUpsIndex].value = JSONValue(.array(followUps), offset: procurement.members[followUpsIndex].value.offset)
            procurements[position] = JSONValue(.object(procurement), offset: procurements[position].offset)
        }
        file.members[index].value = JSONValue(.array(procurements), offset: file.members[index].value.offset)
        return JSONValue(.object(file), offset: root.offset)
    }

    /// Seven lowercase letters from a 64-bit FNV-1a hash of the text: the same on every machine
    /// and run (Swift's own hashing is seeded per process), and never read as a number by
    /// ``Identifier/next(prefix:existing:)``.
    static func letters(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var result = ""
        for _ in 0..<7 {
            result.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "a") + UInt8(hash % 26)))
            hash /= 26
        }
        return result
    }
}
