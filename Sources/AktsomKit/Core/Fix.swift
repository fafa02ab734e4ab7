/// What brings something right, as a value: the library says which record and which field, and
/// each door words it its own way: the command line as a command to run (``command``), the
/// browser as a link to the form that does it, JSON as both.
public enum Fix: Sendable, Hashable {
    /// Give a goal, measure or risk a start: `aktsom measure edit K2 --start 2023`, or the field
    /// «Gjelder fra» on its form.
    case setStart(RecordKind, id: String, start: DueDate)

    /// The command that makes the fix, as the command line shows it. Ids need no quoting: they
    /// are made of letters, digits and `-._/` (``Identifier``).
    public var command: String {
        switch self {
        case .setStart(let kind, let id, let start):
            return "aktsom \(kind.commandNoun) edit \(id) --start \(start)"
        }
    }
}

extension RecordKind {
    /// `measure`, as in `aktsom measure edit`.
    public var commandNoun: String {
        switch self {
        case .area: return "area"
        case .goal: return "goal"
        case .measure: return "measure"
        case .risk: return "risk"
        case .procurement: return "procurement"
        case .deviation: return "deviation"
        case .reference: return "plan reference"
        case .followUp: return "followup"
        }
    }
}
