import AktsomKit

/// Measures as a table with links to their pages: the dashboard's short lists and the action
/// plan's full one share it, so a measure reads the same everywhere.
enum MeasureTable {
    /// Id, title, owner, due date and status.
    static func compact(_ states: [MeasureState], request: HTTPRequest, empty: String, showGoal: Bool = false) -> Markup {
        guard !states.isEmpty else { return Markup.element(.p, [.class("muted")]) { empty } }
        let language = request.language
        return Markup.element(.table, [.class("measures")]) {
            Markup.element(.thead) {
                Markup.element(.tr) {
                    Markup.element(.th) { "ID" }
                    Markup.element(.th) { request.t("Tiltak", "Measure") }
                    if showGoal { Markup.element(.th) { request.t("Mål", "Goal") } }
                    Markup.element(.th) { request.t("Ansvarlig", "Owner") }
                    Markup.element(.th) { request.t("Frist", "Due") }
                    Markup.element(.th) { "Status" }
                }
            }
            Markup.element(.tbody) {
                for state in states {
                    let page = PathLink.to("tiltak", state.measure.id)
                    Markup.element(.tr, state.isOverdue ? [.class("overdue-row")] : []) {
                        Markup.element(.td) { Markup.link(to: page) { state.measure.id } }
                        Markup.element(.td) { Markup.link(to: page) { state.measure.title } }
                        if showGoal { Markup.element(.td) { state.measure.goal } }
                        Markup.element(.td) { state.measure.owner ?? "–" }
                        Markup.element(.td) { state.measure.due.map { $0.display(language) } ?? "–" }
                        Markup.element(.td) { Layout.statusTag(state.status, overdue: state.isOverdue, language: language) }
                    }
                }
            }
        }
    }
}
