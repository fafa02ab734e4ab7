/// Words and small formats shared by the terminal views, in both languages.
enum ViewText {
    static func due(_ due: DueDate?, _ language: Language) -> String {
        due?.display(language) ?? "–"
    }


    /// `fra 2. kvartal 2025 til 2028`, or nil when a record has neither start nor end.
    static func inForce(_ active: ActivePeriod, _ language: Language) -> String? {
        let nb = language == .nb
        switch (active.start, active.end) {
        case (nil, nil): return nil
        case (let start?, nil): return (nb ? "fra " : "from ") + start.display(language)
        case (nil, let end?): return (nb ? "til og med " : "until ") + end.display(language)
        case (let start?, let end?): return (nb ? "fra \(start.display(language)) til og med " : "from \(start.display(language)) until ") + end.display(language)
        }
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
