import AktsomKit

/// Removing a record from the browser: `/mal/ID/fjern`, `/tiltak/ID/fjern`, `/risikoer/ID/fjern`,
/// `/anskaffelser/ID/fjern`, `/avvik/ID/fjern`, `/oppfolging/ID/fjern`, `/omrader/ID/fjern` and `/dokumenter/ID/fjern`,
/// the `remove` command of each kind. The page first shows what `remove --dry-run` says would go:
/// the same ``Removal`` from AktsomKit, with every record that refers to it in the command's own
/// words; when there are any, «fjern også det som viser til det» is `--cascade`, and without it
/// the removal is refused as the command refuses it. The POST removes through the same rule
/// under the folder's lock, and only if what would go is still exactly what the page showed, so
/// nothing added in the meantime is taken along unseen.
enum RemovalPage: SitePage {
    /// One kind of record: its path, the rule's target, and where the lead comes from and lands.
    struct Kind: Sendable {
        let path: String
        let target: @Sendable (String) -> RemovalTarget
        let section: Layout.Section
        /// Where the record is shown: «Avbryt» goes back there.
        let shown: @Sendable (String, PlanData) -> String
        /// Where the lead lands once it is gone.
        let after: @Sendable (String, PlanData) -> String
    }

    static let kinds: [Kind] = [
        Kind(path: "mal", target: RemovalTarget.goal, section: .plan,
             shown: { id, _ in "/handlingsplan#mal-\(id)" }, after: { _, _ in "/handlingsplan" }),
        // A removed measure keeps its page: it says so and shows the history that stays.
        Kind(path: "tiltak", target: RemovalTarget.measure, section: .plan,
             shown: { id, _ in PathLink.to("tiltak", id) }, after: { id, _ in PathLink.to("tiltak", id) }),
        Kind(path: "risikoer", target: RemovalTarget.risk, section: .risks,
             shown: { id, _ in "/risikoer#risiko-\(id)" }, after: { _, _ in "/risikoer" }),
        Kind(path: "anskaffelser", target: RemovalTarget.procurement, section: .procurements,
             shown: { id, _ in PathLink.to("anskaffelser", id) }, after: { _, _ in "/anskaffelser" }),
        Kind(path: "avvik", target: RemovalTarget.deviation, section: .procurements,
             shown: { id, data in procurementPage(of: id, in: data) }, after: { id, data in procurementPage(of: id, in: data) }),
        Kind(path: "oppfolging", target: RemovalTarget.followUp, section: .procurements,
             shown: { id, data in procurementPage(ofFollowUp: id, in: data) }, after: { id, data in procurementPage(ofFollowUp: id, in: data) }),
        Kind(path: "omrader", target: RemovalTarget.area, section: .strategy,
             shown: { id, _ in "/strategi#omrade-\(id)" }, after: { _, _ in "/strategi#omrader" }),
        Kind(path: "dokumenter", target: RemovalTarget.reference, section: .strategy,
             shown: { id, _ in "/strategi#dok-\(id)" }, after: { _, _ in "/strategi#dokumenter" }),
    ]

    static func register(in router: inout Router, site: AktsomSite) {
        for kind in kinds {
            router.get("/\(kind.path)/:id/fjern") { request in
                let id = try request.parameters.require("id")
                let data = try site.plan.load()
                return page(kind, id: id, removal: try preview(kind.target(id), in: data), data: data, request: request,
                            problems: FormProblems(language: request.language))
            }
            router.post("/\(kind.path)/:id/fjern") { request in
                let id = try request.parameters.require("id")
                let form = try request.form()
                let data = try site.plan.load()
                let target = kind.target(id)
                let shown = try preview(target, in: data)
                var problems = FormProblems(language: request.language)
                do {
                    try site.plan.change(journal: .read) { data, _ in
                        guard fingerprint(try data.removal(of: target)) == form["seen"] else { throw Changed() }
                        _ = try data.remove(target, cascade: form.ticked("cascade"), today: site.today)
                    }
                    return Notice.removed.redirect(to: kind.after(id, data))
                } catch is Changed {
                    problems.add(field: "seen", Localized("Planen er endret siden siden ble vist; se over hva som nå ville blitt fjernet, og bekreft igjen.",
                                                          en: "The plan has changed since the page was shown; look again at what would now be removed, and confirm again."))
                } catch {
                    problems.add(error)
                }
                let now = try site.plan.load()
                return page(kind, id: id, removal: (try? preview(target, in: now)) ?? shown, data: now, request: request, problems: problems,
                            status: .unprocessableContent)
            }
        }
    }

    /// What the page was showing no longer holds under the lock.
    struct Changed: Error {}

    /// What removing the target would take, or a 404 naming what does not exist.
    static func preview(_ target: RemovalTarget, in data: PlanData) throws(HTTPError) -> Removal {
        do throws(PlanError) {
            return try data.removal(of: target)
        } catch {
            throw HTTPError(.notFound, error.diagnostic.message)
        }
    }

    /// A short digest of everything the removal would take, sent with the form and compared
    /// under the lock. FNV-1a over the dry run's own words: no secret, only a change detector.
    static func fingerprint(_ removal: Removal) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in RemovalView(removal, dryRun: true).text(.nb).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func procurementPage(of deviation: String, in data: PlanData) -> String {
        data.register.deviations.first { $0.deviation.id == deviation }.map { PathLink.to("anskaffelser", $0.procurement.id) + "#avvik" } ?? "/anskaffelser"
    }

    static func procurementPage(ofFollowUp followUp: String, in data: PlanData) -> String {
        data.register.followUps.first { $0.followUp.id == followUp }.map { PathLink.to("anskaffelser", $0.procurement.id) + "#oppfolging" } ?? "/anskaffelser"
    }

    static func page(_ kind: Kind, id: String, removal: Removal, data: PlanData, request: HTTPRequest, problems: FormProblems,
                     status: HTTPStatus = .ok) -> HTTPResponse {
        let language = request.language
        let name = removal.kind.name.text(language), definite = removal.kind.definite.text(language)
        let title = request.t("Fjern \(name) «\(removal.id)»", "Remove \(name) «\(removal.id)»")
        return Layout.page(title, request: request, organisation: data.plan.organisation, section: kind.section, status: status) {
            Markup.element(.p, [.class("crumbs")]) { Markup.link(to: kind.shown(id, data)) { request.t("Tilbake", "Back") } }
            Layout.heading(title + "?", subtitle: removal.title)
            problems.summary
            if removal.dependents.isEmpty {
                Markup.element(.p) { request.t("Ingenting annet viser til \(definite); det fjernes alene.", "Nothing else refers to \(definite); it goes alone.") }
            } else {
                Markup.element(.section, [.id("viser-til")]) {
                    Markup.element(.h2) { request.t("Dette viser til \(definite) (\(removal.dependents.count))", "These refer to \(definite) (\(removal.dependents.count))") }
                    Markup.element(.ul) {
                        for dependent in removal.dependents { Markup.element(.li) { dependent.description.text(language) } }
                    }
                    Markup.element(.p, [.class("muted")]) {
                        request.t("Uten «fjern også» avvises fjerningen; endre eller flytt dem først, eller fjern dem med.",
                                  "Without «also remove» the removal is refused; change or move them first, or remove them too.")
                    }
                }
            }
            if removal.kind == .measure || removal.updatesKept > 0 {
                Markup.element(.p) {
                    request.t("Historikken (\(removal.updatesKept.counted("statusoppdatering", "statusoppdateringer"))) blir stående i journalen, og id-en brukes ikke igjen.",
                              "The history (\(removal.updatesKept.counted("status update", "status updates"))) stays in the journal, and the id is not used again.")
                }
            }
            if [.goal, .measure, .risk].contains(removal.kind) {
                Markup.element(.p, [.class("notice")]) {
                    request.t("Fjern bare det som ble lagt inn ved en feil. Det som var reelt men er over, gis heller en slutt («Gjelder til») eller en status, så tidligere års rapporter er som før.",
                              "Only remove what was entered by mistake. What was real but is over should rather get an end («In force until») or a status, so earlier years' reports stay as they were.")
                }
            }
            Markup.postForm(action: PathLink.to(kind.path, id, "fjern"), for: request, [.class("record-form")]) {
                Markup.void(.input, [.type("hidden"), .name("seen"), .value(fingerprint(removal))])
                if !removal.dependents.isEmpty {
                    Field.checkbox("cascade", request.t("Fjern også det som viser til \(definite)", "Also remove what refers to \(definite)"),
                                   values: FormData(), problems: problems)
                }
                Field.submit(request.t("Fjern", "Remove"))
                " "
                Markup.link(to: kind.shown(id, data)) { request.t("Avbryt", "Cancel") }
            }
        }
    }
}
