/// What `year note` does to a section's answer.
public enum NoteChange: Sendable, Equatable {
    /// The organisation's words; replaces a blank mark or a copied answer.
    case text(String)
    /// Leave the section empty on purpose.
    case blank
    /// Confirm an answer copied from an earlier year as this year's.
    case keep
    /// Remove the answer, so the section is «Ikke utfylt» again.
    case remove
}

/// Where a section id is shown, for `year note --section`.
public enum SectionReach: Sendable, Equatable {
    /// The plan's own template shows it.
    case planTemplate
    /// Only these other templates show it: saved, with a warning naming them.
    case otherTemplates([String])
}

extension TemplateCatalog {
    /// Whether a section id is one a note can go to, and which templates show it. An id no
    /// template has is refused with the valid ids.
    public static func reach(of section: String, plan: ActionPlan) throws(PlanError) -> SectionReach {
        let showing = all.filter { $0.answerableSections.contains(section) }
        guard !showing.isEmpty else {
            throw .unknownSection(section, valid: answerableSections.map(\.id))
        }
        let own = [defaultTemplate(for: plan).id, ReportTemplate.handlingsplan.id]
        if showing.contains(where: { own.contains($0.id) }) { return .planTemplate }
        return .otherTemplates(showing.map(\.id))
    }
}

extension PlanData {
    /// Changes the year's answer to one section: the words, a blank mark, a confirmation of a
    /// copied answer, or its removal. The section must be one a template has (see
    /// ``TemplateCatalog/reach(of:plan:)``).
    public mutating func changeNote(_ year: Int, section: String, _ change: NoteChange) throws(PlanError) {
        _ = try TemplateCatalog.reach(of: section, plan: plan)
        let entry = self.year(year)
        switch change {
        case .text(let text):
            let text = try PlanData.requiredText(text, field: "--text")
            editYear(year) { entry in
                entry.notes[section] = text
                entry.blankSections.remove(section)
                entry.copiedNotes[section] = nil
            }
        case .blank:
            editYear(year) { entry in
                entry.notes[section] = nil
                entry.blankSections.insert(section)
                entry.copiedNotes[section] = nil
            }
        case .keep:
            guard entry.copiedNotes[section] != nil else { throw .nothingCopied(section: section, year: year) }
            editYear(year) { $0.copiedNotes[section] = nil }
        case .remove:
            editYear(year) { entry in
                entry.notes[section] = nil
                entry.blankSections.remove(section)
                entry.copiedNotes[section] = nil
            }
        }
    }

    /// Starts a year from an earlier one: copies its free-text answers, blank marks, contact and
    /// address as a draft, each marked as copied until changed or confirmed. Key figures and status
    /// texts are never copied: they are the year's own. Answers already written for the year stay.
    /// Returns the sections copied.
    @discardableResult
    public mutating func startYear(_ year: Int, from source: Int) throws(PlanError) -> [String] {
        guard source != year else { throw .startFromSameYear(year) }
        guard let earlier = years[source], !earlier.notes.isEmpty || !earlier.blankSections.isEmpty || earlier.contact != Contact() else {
            throw .nothingToCopy(from: source)
        }
        var copied: [String] = []
        editYear(year) { entry in
            for (section, text) in earlier.notes where entry.answer(section) == .none {
                entry.notes[section] = text
                entry.copiedNotes[section] = source
                copied.append(section)
            }
            for section in earlier.blankSections where entry.answer(section) == .none {
                entry.blankSections.insert(section)
                entry.copiedNotes[section] = source
                copied.append(section)
            }
            if entry.contact == Contact(), earlier.contact != Contact() {
                entry.contact = earlier.contact
                entry.contactCopiedFrom = source
            }
        }
        return copied.sorted(by: Identifier.naturalOrder)
    }
}
