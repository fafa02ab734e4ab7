/// The UN Sustainable Development Goals (bærekraftsmålene), by number, with the Norwegian names
/// FN-sambandet uses. Areas store the numbers; reports write the names, so a council reads
/// «12 Ansvarlig forbruk og produksjon» rather than a bare 12.
public enum SustainableDevelopmentGoal {
    public static let numbers = 1...17

    /// `Ansvarlig forbruk og produksjon`; nil outside 1–17.
    public static func name(_ number: Int) -> String? {
        guard numbers.contains(number) else { return nil }
        return names[number - 1]
    }

    /// `12 Ansvarlig forbruk og produksjon`.
    public static func display(_ number: Int) -> String {
        name(number).map { "\(number) \($0)" } ?? String(number)
    }

    private static let names = [
        "Utrydde fattigdom",
        "Utrydde sult",
        "God helse og livskvalitet",
        "God utdanning",
        "Likestilling mellom kjønnene",
        "Rent vann og gode sanitærforhold",
        "Ren energi til alle",
        "Anstendig arbeid og økonomisk vekst",
        "Innovasjon og infrastruktur",
        "Mindre ulikhet",
        "Bærekraftige byer og lokalsamfunn",
        "Ansvarlig forbruk og produksjon",
        "Stoppe klimaendringene",
        "Liv under vann",
        "Liv på land",
        "Fred, rettferdighet og velfungerende institusjoner",
        "Samarbeid for å nå målene",
    ]

}
