/// The steps that bring an older file up to the current version, one function per step. Each is
/// kept for ever: a plan folder written years ago must still open.
enum Migrations {
    /// Plan version 1 → 2: goals, measures and risks got `start`, `end` and `added`.
    ///
    /// A version 1 record has none of them. It was part of the strategy the file described, so
    /// it counts as added on the first day of the plan's period (`"period": "2025-2028"` →
    /// 2025-01-01), and earlier if history says so (see ``ActivePeriod``). In a plan without a
    /// period it is left without: in force for as long as the plan has existed.
    static let planAddedDays: FileFormat.Migration = { root throws(JSONError) in
        guard case .object(var object) = root.kind,
              let period = object["period"]?.stringValue.flatMap(Period.init(parsing:)),
              let first = Day.firstDay(of: period.first) else { return root }
        for index in object.members.indices where ["goals", "measures", "risks"].contains(object.members[index].key) {
            guard case .array(var records) = object.members[index].value.kind else { continue }
            for recordIndex in records.indices {
                guard case .object(var record) = records[recordIndex].kind, record["added"] == nil else { continue }
                record.members.append(JSONObject.Member(key: "added", value: .string(first.iso)))
                records[recordIndex].kind = .object(record)
            }
            object.members[index].value.kind = .array(records)
        }
        var upgraded = root
        upgraded.kind = .object(object)
        return upgraded
    }

    /// Register version 1 → 2: a deviation's `status` became the report's own words, and its
    /// `state` (åpen, under arbeid, lukket) a field of its own. Version 1 allowed only the three
    /// states as status, so each is both: the state read from it, and the text as it was.
    static let deviationStates: FileFormat.Migration = { root throws(JSONError) in
        guard case .object(var object) = root.kind, let index = object.members.firstIndex(where: { $0.key == "procurements" }),
              case .array(var procurements) = object.members[index].value.kind else { return root }
        for procurementIndex in procurements.indices {
            guard case .object(var procurement) = procurements[procurementIndex].kind,
                  let deviationsIndex = procurement.members.firstIndex(where: { $0.key == "deviations" }),
                  case .array(var deviations) = procurement.members[deviationsIndex].value.kind else { continue }
            for deviationIndex in deviations.indices {
                guard case .object(var deviation) = deviations[deviationIndex].kind, deviation["state"] == nil,
                      let status = deviation.member("status"), let text = status.value.stringValue,
                      let state = DeviationState(parsing: text) else { continue }
                deviation.members.append(JSONObject.Member(key: "state", keyOffset: status.keyOffset,
                                                           value: JSONValue(.string(state.rawValue), offset: status.value.offset)))
                deviations[deviationIndex].kind = .object(deviation)
            }
            procurement.members[deviationsIndex].value.kind = .array(deviations)
            procurements[procurementIndex].kind = .object(procurement)
        }
        object.members[index].value.kind = .array(procurements)
        var upgraded = root
        upgraded.kind = .object(object)
        return upgraded
    }

    /// A step where only fields were added, so the older file reads as it is; the step exists so
    /// that an older Aktsom refuses the newer file instead of stumbling on a field it does not
    /// know. Year 1 → 2 (entered figures, blank and copied notes); plan 2 → 3 (own high-risk
    /// categories); register 3 → 4 (contract dates, announcement, kind, part, climate rank and
    /// where its reason stands).
    static let unchanged: FileFormat.Migration = { root throws(JSONError) in root }
}
