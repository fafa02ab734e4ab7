/// Words and small formats shared by the terminal views, in both languages.
enum ViewText {
    static func due(_ due: DueDate?, _ language: Language) -> String {
        due?.display(language) ?? "–"
    }


    static func measures(_ count: Int, _ language: Language) -> String {
        language == .nb ? count.counted("tiltak", "tiltak") : count.counted("measure", "measures")
    }

    /// A bar of ten blocks for a percentage: `██████░░░░`.
    static func bar(percent: Int?) -> String {
        guard let percent else { return "░░░░░░░░░░" }
        let filled = max(0, min(10, Int((Double(percent) / 10).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    /// `sist oppdatert 14.03.2025 av Byggherre`.
    static func lastUpdate(_ update: StatusUpdate?, _ language: Language) -> String {
        guard let update else { return language == .nb ? "ingen oppdateringer ennå" : "no updates yet" }
        let by = update.by.map { language == .nb ? " av \($0)" : " by \($0)" } ?? ""
        return (language == .nb ? "sist oppdatert " : "last updated ") + update.date.norwegian + by
    }
}
