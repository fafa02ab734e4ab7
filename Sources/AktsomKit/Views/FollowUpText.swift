/// How a follow-up is told in a line, the same on the command line and in the browser's notices:
/// what it is, when, and for a self-report where its answer stands.
public enum FollowUpText {
    /// `Registrerte egenrapportering av 2025/0158 sendt 08.04.2026 (oppfolging-7), ingen svarfrist satt.`
    public static func recorded(_ followUp: FollowUp, procurement: String) -> Localized {
        if followUp.isPlanned {
            return Localized("Planla \(followUp.kind.rawValue) av \(procurement) til \(followUp.day.norwegian) (\(followUp.id)).",
                             en: "Planned \(followUp.kind.label(.en)) of \(procurement) for \(followUp.day.norwegian) (\(followUp.id)).")
        }
        let sent = followUp.kind == .selfReporting ? Localized("sendt ", en: "sent ") : Localized(verbatim: "")
        return Localized("Registrerte \(followUp.kind.rawValue) av \(procurement) \(sent.nb)\(followUp.day.norwegian) (\(followUp.id))",
                         en: "Recorded \(followUp.kind.label(.en)) of \(procurement) \(sent.en)\(followUp.day.norwegian) (\(followUp.id))")
            + answer(followUp) + Localized(verbatim: ".")
    }

    /// `egenrapportering sendt 08.04.2026, svar 02.05.2026, utfall ok.`
    public static func state(_ followUp: FollowUp) -> Localized {
        if followUp.isPlanned {
            return Localized("\(followUp.kind.rawValue) planlagt til \(followUp.day.norwegian).", en: "\(followUp.kind.label(.en)) planned for \(followUp.day.norwegian).")
        }
        let sent = followUp.kind == .selfReporting ? Localized(" sendt", en: " sent") : Localized(verbatim: "")
        var text = Localized("\(followUp.kind.rawValue)\(sent.nb) \(followUp.day.norwegian)", en: "\(followUp.kind.label(.en))\(sent.en) \(followUp.day.norwegian)") + answer(followUp)
        if let outcome = followUp.outcome {
            text = text + Localized(", utfall \(outcome.label(.nb))", en: ", outcome \(outcome.label(.en))")
        }
        return text + Localized(verbatim: ".")
    }

    /// `, svarfrist 20.05.2026`, `, svar 02.05.2026`, or `, ingen svarfrist satt` for a self-report
    /// sent; nothing for other kinds. No deadline is made up; each door says how to set one.
    static func answer(_ followUp: FollowUp) -> Localized {
        if let answered = followUp.answered { return Localized(", svar \(answered.norwegian)", en: ", answered \(answered.norwegian)") }
        if let due = followUp.answerDue { return Localized(", svarfrist \(due.norwegian)", en: ", answer due \(due.norwegian)") }
        if followUp.awaitsAnswer {
            return Localized(", ingen svarfrist satt", en: ", no deadline set")
        }
        return Localized(verbatim: "")
    }

    /// The command that sets a deadline, for a self-report sent with none; nothing otherwise.
    public static func deadlineHint(_ followUp: FollowUp) -> Localized {
        guard followUp.awaitsAnswer, followUp.answerDue == nil else { return Localized(verbatim: "") }
        return Localized("\nSett svarfrist med: aktsom followup edit \(followUp.id) --due DATO", en: "\nSet a deadline with: aktsom followup edit \(followUp.id) --due DATE")
    }

    /// After a change: the deviation recorded with it, or, for the outcome `avvik` with none,
    /// how to record one. DFØ: a «nei» in a self-report is a breach of contract.
    public static func deviationHint(_ followUp: FollowUp, procurement: String, found deviation: Deviation?) -> Localized {
        if let deviation {
            return Localized("\nRegistrerte avvik \(deviation.id) (\(deviation.type), \(deviation.location)), funnet ved \(followUp.id).",
                             en: "\nRecorded deviation \(deviation.id) (\(deviation.type), \(deviation.location)), found by \(followUp.id).")
                + (deviation.action.isBlank ? Localized("\nSkriv tiltaket når det er bestemt: aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\"",
                                                        en: "\nWrite the action once it is decided: aktsom deviation update \(deviation.id) --status \"under arbeid\" --action \"…\"")
                                            : Localized(verbatim: ""))
        }
        guard followUp.outcome == .deviation else { return Localized(verbatim: "") }
        return Localized("\nUtfallet er avvik: registrer avviket med aktsom deviation add \(procurement) --type … --where … --status åpen --follow-up \(followUp.id)",
                         en: "\nThe outcome is a deviation: record it with aktsom deviation add \(procurement) --type … --where … --status åpen --follow-up \(followUp.id)")
    }

    /// `{"procurement", "followUp", "deviation"?}`: what `followup add` and `edit` print with `--json`.
    public static func json(_ followUp: FollowUp, procurement: String, deviation: Deviation?) -> JSONValue {
        .object([
            ("procurement", .string(procurement)),
            ("followUp", RecordJSON.followUp(followUp)),
            ("deviation", deviation.map(RecordJSON.deviation)),
        ])
    }
}
