import AktsomKit

/// Aktsom's pages and API over one plan folder: the routes, each calling the same AktsomKit
/// views and rules the commands call, so no rule is written twice.
public struct AktsomSite: Sendable {
    public let plan: PlanSource
    public let clock: WallClock

    /// The short-lived places where an uploaded file waits for the person to confirm its import.
    let uploads = UploadSlots()

    public init(store: PlanStore, clock: WallClock) {
        self.plan = PlanSource(store: store)
        self.clock = clock
    }

    /// Every page and API group, in no particular order (the router picks by path).
    static var pages: [any SitePage.Type] {
        [
            DashboardPage.self, ActionPlanPage.self, MeasurePage.self, MeasureForm.self, GoalForm.self,
            ProcurementListPage.self, ProcurementPage.self, ProcurementForm.self, FollowUpForm.self, FollowUpPlanPage.self, DeviationForm.self,
            RiskPage.self, RiskForm.self, YearPage.self, YearFiguresForm.self, SectionNoteForm.self, CheckPage.self, ImportPage.self, ExportPage.self,
            StrategyPage.self, PlanSettingsForm.self, AreaForm.self, ReferenceForm.self, RemovalPage.self, GoalReportForm.self, RiskReportForm.self, YearStartForm.self,
            LanguageSwitch.self, StatusAPI.self, MeasuresAPI.self, CheckAPI.self, RulesPage.self,
        ]
    }

    public func router(log: @escaping @Sendable (String) -> Void = { _ in }) -> Router {
        var router = Router(log: log)
        router.serve(.stylesheet)
        for page in AktsomSite.pages {
            page.register(in: &router, site: self)
        }
        return router
    }

    /// The site as the server runs it: the language chosen in front of the routes.
    public func responder(log: @escaping @Sendable (String) -> Void = { _ in }) -> any Responder {
        MiddlewareChain([LanguageChoice()], responder: router(log: log))
    }

    /// Today, as the commands see it (`AKTSOM_NOW` fixes it for tests).
    var today: Day { clock.today() }
}
