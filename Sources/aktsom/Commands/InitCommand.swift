import AktsomKit
import Foundation

extension Commands {
    static let initialize = Command(
        path: ["init"],
        abstract: Localized("opprett en ny plan-mappe med de fire strategiområdene", en: "create a new plan folder with the four strategy areas"),
        discussion: Localized(
            "Planen får områdene klima, etikk, dyrevelferd og seriositet. Navn, overordnede mål og\nbærekraftsmål endres med «aktsom area edit», strategien selv med «aktsom plan edit».",
            en: "The plan gets the areas klima, etikk, dyrevelferd and seriositet. Names, overarching goals\nand SDGs are changed with «aktsom area edit», the strategy itself with «aktsom plan edit»."),
        positionals: [PositionalSpec(name: "DIR", help: Localized("mappen planen skal ligge i, for eksempel Plans/fjordvik", en: "the folder for the plan, for example Plans/fjordvik"))],
        options: [
            .value("--org", "NAME", Localized("navnet på virksomheten", en: "the organisation's name"), required: true),
            .value("--period", "2025-2028", Localized("strategiperioden", en: "the strategy period")),
            .value("--template", "ehn-offentlig|ehn-virksomhet|ehn-2020", Localized(
                "rapportmalen planen følger (standard ehn-offentlig)", en: "the report template the plan follows (default ehn-offentlig)")),
        ],
        examples: [Example("aktsom init Plans/fjordvik --org \"Fjordvik kommune\" --period 2025-2028"),
                   Example("aktsom init Plans/medlem --org \"Medlem AS\" --template ehn-2020", Localized("rapporterer etter 2020-skjemaet", en: "reports on the 2020 form"))]
    ) { invocation in
        let folder = try invocation.required("DIR", invocation.path)
        let organisation = try invocation.required("--org")
        guard !organisation.isBlank else { throw PlanError.emptyText(field: "--org") }
        let period = try invocation.parse("--period", expected: Period.expectedForm) { Period(parsing: $0) }
        let family = try invocation.word("--template", as: ReportFamily.self) ?? .publicSector
        let plan = ActionPlan(organisation: organisation, period: period, reportTemplate: family)
        let store = PlanStore(folder: folder, fileSystem: invocation.surroundings.fileSystem)
        try store.create(plan)
        let git = invocation.setUpGitIfInRepository(store)
        let areas = plan.areas.map(\.id).joined(separator: ", ")
        var message = Localized(
            "Opprettet planen for \(organisation) i \(folder) med strategiområdene \(areas).\nNeste steg: aktsom goal add --plan \(folder) --area klima --title \"…\"",
            en: "Created the plan for \(organisation) in \(folder) with the areas \(areas).\nNext: aktsom goal add --plan \(folder) --area klima --title \"…\"")
        if let git { message = message + Localized("\n", en: "\n") + invocation.gitSetupSummary(git, folder: folder) }
        invocation.confirm(message,
            json: .object([("plan", .string(folder)), ("organisation", .string(organisation)), ("areas", .strings(plan.areas.map(\.id))),
                           ("gitMark", git.map { .string($0.mark) } ?? .null)]))
        return .success
    }
}

extension Invocation {
    /// `aktsom git setup` for a new plan inside a git work tree; outside one nothing is started.
    /// The plan is made either way: a failed setup is a warning that says what to run.
    func setUpGitIfInRepository(_ store: PlanStore) -> GitSetup.Outcome? {
        let setup = gitSetup
        guard setup.mayBeInGit(URL(fileURLWithPath: store.folder).standardizedFileURL.path), setup.workTree(of: store.folder) != nil else { return nil }
        var random = SystemRandomNumberGenerator()
        do {
            return try setup.setUp(store, executable: surroundings.executable, using: &random)
        } catch let error as DiagnosticConvertible {
            warn([error.diagnostic.asWarning().withNote(Localized("kjør «aktsom git setup» når feilen er rettet", en: "run «aktsom git setup» once the problem is fixed"))])
        } catch {
            warn([Diagnostic(.data, severity: .warning, message: Localized("git-oppsettet feilet: \(error)", en: "the git setup failed: \(error)"))])
        }
        return nil
    }
}
