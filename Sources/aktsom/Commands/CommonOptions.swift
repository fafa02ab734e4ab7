import AktsomKit

/// A command of `aktsom`: it runs with an ``Invocation``.
typealias Command = CommandSpec<Invocation>

/// The options every command takes, wherever they stand on the line.
enum GlobalOptions {
    static let plan = OptionSpec.value("--plan", "DIR", Localized(
        "plan-mappen; ellers $AKTSOM_PLAN, ellers den eneste mappen under ./Plans",
        en: "the plan folder; else $AKTSOM_PLAN, else the only folder under ./Plans"))
    static let json = OptionSpec.flag("--json", Localized("skriv resultatet som JSON (se README)", en: "write the result as JSON (see the README)"))
    static let lang = OptionSpec.value("--lang", "nb|en", Localized("språk for tekst og meldinger; standard nb", en: "language of text and messages; default nb"))
    static let help = OptionSpec.flag("--help", Localized("vis denne hjelpen (også -h)", en: "show this help (also -h)"))

    static let all = [plan, json, lang, help]
}

/// Options several commands share, declared once so their help reads the same everywhere.
enum CommonOptions {
    static func year(required: Bool, _ help: Localized = Localized("rapporteringsåret, for eksempel 2025", en: "the reporting year, for example 2025")) -> OptionSpec {
        .value("--year", "YYYY", help, required: required)
    }

    static let asOf = OptionSpec.value("--as-of", "DATE", Localized(
        "vis status slik den var denne dagen (standard i dag)", en: "show status as it was on this day (default today)"))

    static let team = OptionSpec.value("--team", "TEAM", Localized("bare tiltak dette teamet er ansvarlig for", en: "only measures this team owns"))

    static let start = OptionSpec.value("--start", "DATE|YYYY-Qn|YYYY", Localized(
        "fra når den gjelder: en dato, et kvartal eller et år (standard i dag, eller første statusoppdatering)",
        en: "when it starts: a date, a quarter or a year (default today, or the first status update)"))

    static let end = OptionSpec.value("--end", "DATE|YYYY-Qn|YYYY", Localized(
        "til når den gjelder; tom verdi (\"\") fjerner slutten", en: "when it ends; an empty value (\"\") removes the end"))

    static let focus = OptionSpec.value("--focus", "TEXT", Localized(
        "satsingsområdet i strategiområdet målet hører til, for eksempel «Kontraktsoppfølging»; en underoverskrift i rapporten",
        en: "the focus area within the area the goal belongs to, for example «Kontraktsoppfølging»; a sub-heading in the report"))

    static let id = OptionSpec.value("--id", "ID", Localized(
        "egen id (bokstaver, sifre, - _ . /); ellers lager Aktsom en", en: "an id of your own (letters, digits, - _ . /); else Aktsom makes one"))
}

extension Invocation {
    /// `--start` and `--end` of a new record, which is added today.
    func newActivePeriod() throws -> ActivePeriod {
        ActivePeriod(start: try due("--start"), end: try due("--end"), added: today)
    }

    /// `--start` or `--end` of an edit: a new value, or `""` to remove it.
    func periodChange(_ name: String) throws -> FieldChange<DueDate> {
        try reading { () throws(FieldProblem) in try FieldInput.periodChange(text(name), field: name) }
    }

    /// A year of an edit: a new value, or `""` to remove it.
    func yearChange(_ name: String) throws -> FieldChange<Int> {
        try reading { () throws(FieldProblem) in try FieldInput.yearChange(text(name), field: name) }
    }

    /// `--text` or `--remove`, exactly one of them: the text, or nil for `--remove`.
    func textOrRemove() throws -> String? {
        switch (text("--text"), flag("--remove")) {
        case (let text?, false): return text
        case (nil, true): return nil
        default: throw usageError(Localized("oppgi enten --text eller --remove", en: "give either --text or --remove"))
        }
    }

    /// The day views are taken on: `--as-of`, or today.
    func asOfDay() throws -> Day {
        try day("--as-of") ?? today
    }
}
