extension Int {
    /// The count with its noun in the right number, in Norwegian number form: `1 linje`,
    /// `3 linjer`, `12 000 oppdateringer`. Messages say how many of something there were, and
    /// `1 linjer` reads as careless to the people who get them.
    public func counted(_ one: String, _ many: String) -> String {
        "\(norwegian) \(self == 1 ? one : many)"
    }
}
