/// The result of `aktsom check`: damage and broken links in the files, then the gaps each rule
/// found, grouped by rule.
public struct CheckReport: Sendable {
    public let organisation: String
    public let year: Int
    public let asOf: Day
    /// Problems in the files themselves: skipped journal lines, broken links, stray files.
    public let fileProblems: [Diagnostic]
    /// Findings per rule, in catalog order; rules with none are listed with an empty array.
    public let groups: [(id: String, title: Localized, findings: [Finding])]

    public init(loaded: LoadedPlan, year: Int?, today: Day, rules: [any CheckRule] = CheckCatalog.rules, ruleBook: RuleBook = .standard) {
        let context = CheckContext(loaded: loaded, year: year, today: today, rules: ruleBook)
        organisation = loaded.data.plan.organisation
        self.year = context.year
        asOf = context.asOf
        fileProblems = loaded.problems + loaded.warnings
        let acknowledged = loaded.data.year(context.year).acknowledgements
        groups = rules.map { rule in
            (rule.id, rule.title, rule.findings(in: context).map { finding in
                var finding = finding
                finding.acknowledgement = acknowledged[FindingAcknowledgement.key(check: finding.check, subject: finding.subject)]
                return finding
            })
        }
    }

    /// Problems in the files and gaps not acknowledged: what makes `check` fail.
    public var findingCount: Int {
        groups.reduce(fileProblems.count) { $0 + $1.findings.filter { $0.severity == .gap && $0.acknowledgement == nil }.count }
    }

    /// Notices for the lead to decide on, such as an entered figure that differs from the count.
    public var noticeCount: Int {
        groups.reduce(0) { $0 + $1.findings.filter { $0.severity == .notice && $0.acknowledgement == nil }.count }
    }

    /// Findings the lead has acknowledged with a reason.
    public var acknowledgedCount: Int {
        groups.reduce(0) { $0 + $1.findings.filter { $0.acknowledgement != nil }.count }
    }

    public var isClean: Bool { findingCount == 0 }

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        var heading = nb ? "Kontroll av \(organisation) for \(year) (per \(asOf.norwegian)): \(findingCount) funn"
                         : "Check of \(organisation) for \(year) (as of \(asOf.norwegian)): \(findingCount.counted("finding", "findings"))"
        if noticeCount > 0 {
            heading += nb ? " og \(noticeCount.counted("merknad", "merknader")) til vurdering" : " and \(noticeCount.counted("notice", "notices")) to consider"
        }
        if acknowledgedCount > 0 {
            heading += nb ? "; \(acknowledgedCount) kvittert ut" : "; \(acknowledgedCount) acknowledged"
        }
        var lines = [heading]
        if !fileProblems.isEmpty {
            lines.append("")
            lines.append(nb ? "Feil i filene (\(fileProblems.count))" : "Problems in the files (\(fileProblems.count))")
            for problem in fileProblems {
                lines.append(contentsOf: problem.rendered(language).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
            }
        }
        for group in groups where !group.findings.isEmpty {
            lines.append("")
            let notice = group.findings.allSatisfy { $0.severity == .notice } ? (nb ? ", merknad" : ", notice") : ""
            lines.append("\(group.title.text(language)) (\(group.findings.count)\(notice))")
            let width = group.findings.map(\.subject.count).max() ?? 0
            for finding in group.findings {
                let padding = String(repeating: " ", count: width - finding.subject.count)
                lines.append("  \(finding.subject)\(padding)  \(finding.message.text(language))")
                if let acknowledgement = finding.acknowledgement {
                    lines.append("  \(String(repeating: " ", count: width))  " + (nb ? "kvittert ut \(acknowledgement.date.norwegian): " : "acknowledged \(acknowledgement.date.norwegian): ")
                                 + TextTable.singleLine(acknowledgement.reason))
                } else {
                    lines.append("  \(String(repeating: " ", count: width))  → \(finding.fix.text(language))")
                }
            }
            // The sources once per group: a rule's findings rest on the same few.
            var cited: [String] = []
            for line in group.findings.compactMap({ $0.source?.line.text(language) }) where !cited.contains(line) { cited.append(line) }
            lines += cited.map { "  \($0)" }
        }
        let clean = groups.filter(\.findings.isEmpty).map { $0.title.text(language).lowercased() }
        if !clean.isEmpty {
            lines.append("")
            lines.append((nb ? "Ingen funn: " : "Nothing found: ") + clean.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(_ language: Language) -> JSONValue {
        var findings: [JSONValue] = fileProblems.map { problem in
            .object([
                ("check", .string("file-problem")),
                ("severity", .string(Finding.Severity.gap.rawValue)),
                ("subject", problem.location.map { .string($0.file) } ?? .null),
                ("message", .string(problem.message.text(language))),
                ("fix", problem.notes.last.map { .string($0.text(language)) } ?? .null),
                ("file", problem.location.map { .string($0.file) }),
                ("line", problem.location.map { .int($0.line) }),
                ("column", problem.location.map { .int($0.column) }),
            ])
        }
        for group in groups {
            findings += group.findings.map { finding in
                .object([
                    ("check", .string(finding.check)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("subject", .string(finding.subject)),
                    ("message", .string(finding.message.text(language))),
                    ("fix", .string(finding.fix.text(language))),
                    ("file", finding.location.map { .string($0.file) }),
                    ("line", finding.location.map { .int($0.line) }),
                    ("column", finding.location.map { .int($0.column) }),
                    ("procurement", finding.procurement.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) } ?? .null),
                    ("source", finding.source?.json(language) ?? .null),
                    ("acknowledged", finding.acknowledgement.map { .object([("reason", .string($0.reason)), ("date", .string($0.date.iso))]) } ?? .null),
                ])
            }
        }
        return .object([
            ("organisation", .string(organisation)),
            ("year", .int(year)),
            ("asOf", .string(asOf.iso)),
            ("count", .int(findingCount)),
            ("notices", .int(noticeCount)),
            ("acknowledgedCount", .int(acknowledgedCount)),
            ("findings", .array(findings)),
        ])
    }
}
