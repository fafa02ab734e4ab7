import AktsomKit

/// The filters of `measure list` read from a query string, with the options' names without
/// dashes: `?owner=Byggherre&status=pågår&overdue&due-within=30&area=klima&goal=klima-1&as-of=…`.
/// The action plan page's filter form and `GET /api/measures` both read it here, through the
/// same ``FieldInput`` rules as the command, so the same value gives the same list or message.
struct MeasureQuery {
    var filter = MeasureFilter()
    var asOf: Day?

    init(_ query: FormData, problems: inout FormProblems) {
        filter.owner = query.given("owner")
        filter.status = problems.read { () throws(FieldProblem) in try FieldInput.status(query.given("status"), field: "--status") }
        filter.overdueOnly = MeasureQuery.isOn(query, "overdue")
        filter.dueWithin = problems.read { () throws(FieldProblem) in try FieldInput.count(query.given("due-within"), field: "--due-within", in: 0...36_500) }
        filter.area = query.given("area")
        filter.goal = query.given("goal")
        asOf = problems.read { () throws(FieldProblem) in try FieldInput.day(query.given("as-of"), field: "--as-of") }
    }

    /// A flag in a query: present (`?overdue`, `?overdue=ja`, `?overdue=true`) unless it says no.
    static func isOn(_ query: FormData, _ name: String) -> Bool {
        guard let value = query[name] else { return false }
        return !["nei", "no", "false", "0"].contains(value.lowercased())
    }
}
