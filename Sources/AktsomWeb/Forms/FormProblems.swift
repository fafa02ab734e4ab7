import AktsomKit

/// What was wrong with a submitted form, sorted by the field it belongs to, in the request's
/// language. The messages are AktsomKit's, the same the command line prints: a ``FieldProblem``
/// from ``FieldInput`` names its field, a ``PlanError`` from a rule is placed by what it is about
/// (an unknown goal by the goal field, a duplicate id by the id field), anything else goes above
/// the form.
struct FormProblems {
    private(set) var fields: [(name: String, lines: [String])] = []
    private(set) var general: [[String]] = []
    let language: Language
    /// The fields the form shows; a message for any other goes above the form, so none is lost.
    let known: Set<String>

    init(language: Language, fields: [String] = []) {
        self.language = language
        self.known = Set(fields)
    }

    var isEmpty: Bool { fields.isEmpty && general.isEmpty }

    /// The first message with its notes on one line, as an API answers: nothing is placed by a
    /// field there. Kept in both languages so the answer follows the request's.
    var firstMessage: Localized? { firstProblem }
    private(set) var firstProblem: Localized?

    /// The lines shown under a field: the message, then its notes.
    func lines(for field: String) -> [String] {
        fields.filter { $0.name == field }.flatMap(\.lines)
    }

    mutating func add(field: String, _ message: Localized, notes: [Localized] = []) {
        if firstProblem == nil {
            firstProblem = notes.reduce(message) { $0 + Localized("; ", en: "; ") + $1 }
        }
        if known.contains(field) {
            // Shown under its field, a message needs no option name in front: «ugyldig verdi
            // «31.02.2026»», not «--date: ugyldig verdi …».
            fields.append((field, [FormProblems.withoutOption(message.text(language))] + notes.map { $0.text(language) }))
        } else {
            general.append([message.text(language)] + notes.map { $0.text(language) })
        }
    }

    /// `--date: ugyldig verdi «x»` → `ugyldig verdi «x»`; any other text as it is.
    static func withoutOption(_ text: String) -> String {
        guard text.hasPrefix("--"), let colon = text.firstIndex(of: ":"),
              text[text.index(text.startIndex, offsetBy: 2)..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return text }
        let rest = text[text.index(after: colon)...].drop { $0 == " " }
        return rest.isEmpty ? text : String(rest)
    }

    /// Runs one ``FieldInput`` rule; a problem is noted by its field and the value is nil.
    mutating func read<Value>(_ rule: () throws(FieldProblem) -> Value?) -> Value? {
        do throws(FieldProblem) {
            return try rule()
        } catch {
            add(field: error.formField, error.message, notes: error.notes)
            return nil
        }
    }

    /// An error from a rule or the store, placed by field where it names one.
    mutating func add(_ error: any Error, fieldFor placement: (PlanError) -> String? = FormProblems.field(for:)) {
        switch error {
        case let problem as FieldProblem:
            add(field: problem.formField, problem.message, notes: problem.notes)
        case let planError as PlanError:
            let diagnostic = planError.diagnostic
            if let field = placement(planError), known.contains(field) {
                add(field: field, diagnostic.message, notes: diagnostic.notes)
            } else {
                general.append([diagnostic.message.text(language)] + diagnostic.notes.map { $0.text(language) })
            }
        case let convertible as any DiagnosticConvertible:
            general.append(convertible.diagnostic.rendered(language).split(separator: "\n").map(String.init))
        default:
            general.append([ErrorPage.unexpected.text(language)])
        }
    }

    /// The field a rule's refusal is about, by the form fields' names (the command's options
    /// without dashes).
    static func field(for error: PlanError) -> String? {
        switch error {
        case .unknownRecord(let kind, _, _):
            switch kind {
            case .area: return "area"
            case .goal: return "goal"
            case .measure: return "measure"
            case .risk: return "risk"
            case .procurement: return "procurement"
            default: return nil
            }
        case .duplicateID, .invalidID: return "id"
        case .goalNotForYear: return "year"
        case .unknownCategory: return "category"
        case .emptyText(let field): return String(field.drop { $0 == "-" })
        case .dateInFuture: return "date"
        case .unknownTeam: return "owner"
        case .closedWithoutAction: return "action"
        case .unreadableDeviationStatus: return "status"
        case .endBeforeStart: return "end"
        case .unknownSection, .nothingCopied: return "section"
        case .invalidAssignment, .unknownIndicator: return "indicator"
        case .invalidField(let problem): return problem.formField
        case .invalidSDG: return "sdgs"
        case .categoriesWithoutSection: return "template"
        case .startFromSameYear, .nothingToCopy: return "from"
        default: return nil
        }
    }

    /// The messages that belong to no field, as a box above the form.
    var summary: Markup {
        guard !isEmpty else { return .empty }
        return Markup.element(.div, [.class("form-problems"), .id("feil")]) {
            Markup.element(.p) {
                Markup.element(.strong) { language == .nb ? "Ingenting er lagret." : "Nothing was saved." }
                " "
                language == .nb ? "Rett det som er merket, og send skjemaet igjen." : "Fix what is marked and send the form again."
            }
            for lines in general {
                Markup.element(.p, [.class("field-error")]) {
                    Markup.joined(lines.enumerated().map { index, line in
                        index == 0 ? Markup.text(line) : Markup.void(.br) + Markup.text(line)
                    })
                }
            }
        }
    }
}
