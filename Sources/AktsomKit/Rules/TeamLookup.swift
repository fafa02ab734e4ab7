extension ActionPlan {
    /// The team as the plan spells it, for a name typed in any case or spacing; a name that
    /// matches no team is refused with the closest one, since a typo would otherwise give a
    /// quiet, empty list or sheet.
    public func team(matching typed: String) throws(PlanError) -> String {
        guard let team = teams.first(where: { Team.matches($0, typed) }) else {
            throw .unknownTeam(typed, teams: teams)
        }
        return team
    }
}
