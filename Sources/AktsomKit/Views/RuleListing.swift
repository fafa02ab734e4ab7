/// The rules in force in a year, with their sources: `aktsom rules` and the page `/regler`, for a
/// lead to show an auditor what each check rests on. Each rule gives the versions in force that
/// year, with their dates, the source's own words, what Aktsom makes of them, and every source
/// with its address and the day it was read, and what of it could not be read. The plan's own
/// high-risk categories follow as its own risk assessment, and proposals not in force last.
public struct RuleListing: Sendable {
    public struct Version: Sendable {
        public let period: Localized
        public let from: Day?
        public let until: Day?
        public let summary: [Localized]
        public let quote: Localized?
        public let note: Localized?
        public let sources: [RuleSource]
    }

    public struct Entry: Sendable {
        public let id: String
        public let title: Localized
        public let versions: [Version]
        public let decisions: [RuleSource]
    }

    public let year: Int
    public let entries: [Entry]
    public let ownHighRiskCategories: [String]
    public let reportDeadline: MonthDay
    public let proposals: [RuleProposal]

    public init(plan: ActionPlan, year: Int, rules: RuleBook = .standard) {
        self.year = year
        ownHighRiskCategories = plan.ownHighRiskCategories
        reportDeadline = plan.reportDeadline
        proposals = rules.proposals
        func entry<Content>(_ history: RuleHistory<Content>, _ summary: (Content) -> [Localized]) -> Entry {
            Entry(id: history.id, title: history.title, versions: history.inForce(during: year).map { version in
                Version(period: version.period, from: version.from, until: version.until, summary: summary(version.content),
                        quote: version.quote, note: version.note, sources: version.sources)
            }, decisions: rules.decisions[history.id] ?? [])
        }
        entries = [
            entry(rules.highRiskList) { list in
                list.categories.map { category in
                    Localized(verbatim: "\(category.name): \(category.examples.joined(separator: ", "))" + (category.page.map { " (\($0))" } ?? ""))
                }
            },
            entry(rules.climateDuty) { duty in
                [Localized("Gjelder fra \(duty.lowerValueLimit.norwegian) kr ekskl. mva.; vekt minst \(duty.minimumWeight.norwegian) %, eller blant de \(duty.topRanksInWords.nb) høyest prioriterte tildelingskriteriene",
                           en: "Applies from NOK \(duty.lowerValueLimit.norwegian) excl. VAT; a weight of at least \(duty.minimumWeight.norwegian) %, or among the \(duty.topRanksInWords.en) highest ranked award criteria")]
            },
            entry(rules.regulationParts) { parts in
                [Localized("Utenfor forskriften under \(parts.lowerLimit.norwegian) kr; del I opp til nasjonal terskelverdi \(parts.national.norwegian) kr; del II opp til EØS-terskelverdien; del III over den",
                           en: "Outside the regulation under NOK \(parts.lowerLimit.norwegian); part I up to the national threshold NOK \(parts.national.norwegian); part II up to the EEA threshold; part III above it"),
                 Localized("EØS-terskelverdier: vare- og tjenestekontrakter \(parts.eeaGoodsAndServicesCentral.norwegian) kr (statlige myndigheter) og \(parts.eeaGoodsAndServicesOther.norwegian) kr (andre oppdragsgivere); bygge- og anleggskontrakter \(parts.eeaWorks.norwegian) kr",
                           en: "EEA thresholds: goods and services NOK \(parts.eeaGoodsAndServicesCentral.norwegian) (central government) and NOK \(parts.eeaGoodsAndServicesOther.norwegian) (other authorities); works NOK \(parts.eeaWorks.norwegian)")]
            },
            entry(rules.selfReport) { timing in
                [Localized("Skjemaet leveres senest \(timing.monthsAfterStart.counted("måned", "måneder")) etter kontraktsstart",
                           en: "The form is due at the latest \(timing.monthsAfterStart.counted("month", "months")) after the contract start")]
            },
            entry(rules.followUpLadder) { ladder in
                ladder.methods.map { method in method.label + Localized(" (\(method.kinds.map(\.rawValue).joined(separator: ", ")))", en: " (\(method.kinds.map(\.rawValue).joined(separator: ", ")))") }
            },
            entry(rules.reportDeadline) { rule in
                [Localized("Aktsoms standard: \(rule.standard.description); planens frist: \(plan.reportDeadline.description)",
                           en: "Aktsom's default: \(rule.standard.description); the plan's deadline: \(plan.reportDeadline.description)")]
            },
        ]
    }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var lines = [nb ? "Regler i kraft i \(year), med kildene" : "Rules in force in \(year), with their sources"]
        func source(_ source: RuleSource) -> [String] {
            var out = ["    " + (nb ? "Kilde: " : "Source: ") + source.citation.text(language) + (source.url.map { " – \($0)" } ?? "")]
            if let caveat = source.caveat { out.append("      (" + caveat.text(language) + ")") }
            return out
        }
        for entry in entries {
            lines.append("")
            lines.append("\(entry.title.text(language))  [\(entry.id)]")
            if entry.versions.isEmpty { lines.append(nb ? "  ikke i kraft i \(year)" : "  not in force in \(year)") }
            for version in entry.versions {
                lines.append("  " + version.period.text(language))
                lines += version.summary.map { "    · " + $0.text(language) }
                if let quote = version.quote { lines.append("    «" + quote.text(language) + "»") }
                if let note = version.note { lines.append("    " + note.text(language)) }
                for item in version.sources { lines += source(item) }
            }
            if !entry.decisions.isEmpty {
                lines.append(nb ? "  Avgjørelser:" : "  Decisions:")
                for item in entry.decisions { lines += source(item) }
            }
        }
        lines.append("")
        lines.append(nb ? "Egen risikovurdering (planens egne høyrisikokategorier, ikke DFØs)  [egen-risikovurdering]"
                        : "Own risk assessment (the plan's own high-risk categories, not DFØ's)  [egen-risikovurdering]")
        lines.append("  " + (ownHighRiskCategories.isEmpty ? (nb ? "ingen (aktsom plan edit --own-high-risk \"…\")" : "none (aktsom plan edit --own-high-risk \"…\")")
                                                           : ownHighRiskCategories.joined(separator: ", ")))
        if !proposals.isEmpty {
            lines.append("")
            lines.append(nb ? "Foreslått, ikke i kraft:" : "Proposed, not in force:")
            for proposal in proposals {
                lines.append("  \(proposal.title.text(language))  [\(proposal.id)]")
                lines.append("    " + proposal.summary.text(language))
                lines.append("    " + proposal.status.text(language))
                for item in proposal.sources { lines += source(item) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(_ language: Language) -> JSONValue {
        .object([
            ("year", .int(year)),
            ("rules", .array(entries.map { entry in
                .object([
                    ("id", .string(entry.id)),
                    ("title", .string(entry.title.text(language))),
                    ("versions", .array(entry.versions.map { version in
                        .object([
                            ("from", version.from.map { .string($0.iso) } ?? .null),
                            ("until", version.until.map { .string($0.iso) } ?? .null),
                            ("inForce", .string(version.period.text(language))),
                            ("summary", .strings(version.summary.map { $0.text(language) })),
                            ("quote", version.quote.map { .string($0.text(language)) } ?? .null),
                            ("note", version.note.map { .string($0.text(language)) } ?? .null),
                            ("sources", .array(version.sources.map { $0.json(language) })),
                        ])
                    })),
                    ("decisions", .array(entry.decisions.map { $0.json(language) })),
                ])
            })),
            ("ownHighRiskCategories", .strings(ownHighRiskCategories)),
            ("proposals", .array(proposals.map { proposal in
                .object([
                    ("id", .string(proposal.id)),
                    ("title", .string(proposal.title.text(language))),
                    ("summary", .string(proposal.summary.text(language))),
                    ("status", .string(proposal.status.text(language))),
                    ("sources", .array(proposal.sources.map { $0.json(language) })),
                ])
            })),
        ])
    }
}
