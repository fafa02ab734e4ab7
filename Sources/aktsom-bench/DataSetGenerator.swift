import AktsomKit
import Foundation

/// The sizes the benchmark runs at.
enum Scale: String, CaseIterable {
    case municipality, city, national
    /// A purchasing network of small members that differ from each other, for `aktsom compare`.
    case network

    /// Measures, procurements and journal entries per plan, and how many plans.
    var size: (measures: Int, procurements: Int, journal: Int, plans: Int) {
        switch self {
        case .municipality: return (150, 500, 5_000, 1)
        case .city: return (2_000, 5_000, 200_000, 1)
        case .national: return (150, 500, 5_000, 357)
        case .network: return (40, 60, 400, 6)
        }
    }
}

/// Makes realistic plan folders in the format Aktsom writes, the same for the same seed. The
/// data is clean for 2025: `aktsom check --year 2025` finds nothing, as a well-kept plan would.
struct DataSetGenerator {
    let fileSystem: any FileSystem

    /// Writes the scale's plans under `folder/Plans/` and returns their folders.
    func generate(_ scale: Scale, into folder: String, seed: UInt64 = 2025) throws -> [String] {
        let size = scale.size
        var folders: [String] = []
        for index in 1...size.plans {
            let name = size.plans == 1 ? "\(scale.rawValue)" : String(format: "kommune-%03d", index)
            let organisation = Vocabulary.municipalityName(scale == .city ? 5 : index) + " kommune"
            var random = SeededRandom(seed: seed &+ UInt64(index) &* 7919)
            var data = makePlan(organisation: organisation, measures: size.measures, procurements: size.procurements, journal: size.journal, random: &random)
            if scale == .network { vary(&data, member: index) }
            let path = joinPath(folder, "Plans", name)
            try write(data, to: path)
            folders.append(path)
        }
        return folders
    }

    /// Writes a journal of exactly `entries` updates for a plan folder's measures, replacing its
    /// journal: for measuring appends on journals of different lengths.
    func writeJournal(entries: Int, for folder: String, seed: UInt64) throws {
        let plan = try PlanStore(folder: folder, fileSystem: fileSystem).load(journal: .skip).data.plan
        var random = SeededRandom(seed: seed)
        let updates = makeJournal(plan: plan, entries: entries, random: &random)
        try fileSystem.writeAtomically(Array(journalText(updates).utf8), to: joinPath(folder, JournalCodec.fileName))
    }

    // MARK: Making the data

    func makePlan(organisation: String, measures measureCount: Int, procurements procurementCount: Int, journal: Int, random: inout SeededRandom) -> PlanData {
        var plan = ActionPlan(organisation: organisation, period: Period(parsing: "2023-2026"))
        for index in plan.areas.indices { plan.areas[index].overarchingGoal = "Overordnet mål for \(plan.areas[index].name.lowercased())" }
        let teamCount = min(Vocabulary.teams.count, max(6, measureCount / 80))
        let teams = Array(Vocabulary.teams.prefix(teamCount))
        for (index, risk) in Vocabulary.risks.enumerated() {
            plan.risks.append(Risk(id: "risiko-\(index + 1)", title: risk.0, theme: risk.1, geography: risk.2, area: risk.3,
                                   overarchingGoal: "Ingen \(risk.1.lowercased()) i våre leverandørkjeder",
                                   rationale: "Alvorlig skade, høy sannsynlighet og avtaler av betydelig omfang."))
        }
        // About ten measures per goal; each area gets strategic goals and annual goals for 2025 and 2026.
        let goalCount = max(8, measureCount / 10)
        for index in 0..<goalCount {
            let area = plan.areas[index % plan.areas.count]
            let titles = Vocabulary.goalTitles[area.id] ?? ["Mål"]
            let year: Int? = index % 3 == 0 ? nil : (index % 3 == 1 ? 2025 : 2026)
            plan.goals.append(Goal(id: "\(area.id)-\(index / plan.areas.count + 1)", area: area.id,
                                   title: "\(titles[index % titles.count]) (\(index + 1))", year: year))
        }
        let families = MeasureCategory.allCases.compactMap { $0.code(in: .publicSector) }
        for index in 0..<measureCount {
            let goal = plan.goals[index % goalCount]
            let number = index / goalCount + 1
            let dueYear = [2025, 2026, 2026, 2027][index % 4]
            var measure = Measure(id: "\(goal.id).\(number)", goal: goal.id,
                                  title: "\(Vocabulary.measureVerbs.randomElement(using: &random) ?? "Innføre") \(Vocabulary.measureObjects.randomElement(using: &random) ?? "tiltak")",
                                  owner: teams[index % teams.count], due: DueDate(parsing: "\(dueYear)-Q\(index % 4 + 1)"))
            if index % 3 == 0 { measure.category = families[index % families.count] }
            if index % 5 == 0 { measure.description = "Tiltaket skal redusere risikoen og gi bedre oppfølging av leverandørene." }
            if index < plan.risks.count * 2 { measure.risks = [plan.risks[index % plan.risks.count].id] }
            plan.measures.append(measure)
        }
        var data = PlanData(plan: plan)
        data.register = makeRegister(count: procurementCount, plan: &data.plan, random: &random)
        data.journal = makeJournal(plan: data.plan, entries: journal, random: &random)
        for year in 2023...2025 {
            data.editYear(year) { entry in
                entry.keyFigures = KeyFigures(spend: Amount(whole: procurementCount * 4_000_000), activeContracts: procurementCount / 3,
                                              announced: procurementCount / 5, employees: measureCount * 25)
                entry.contact = Contact(address: "Rådhuset", name: "Kari Nordmann", title: "Innkjøpssjef", phone: "+47 12 34 56 78",
                                        email: "postmottak@\(organisation.prefix { $0 != " " }.lowercased()).kommune.no")
                for section in ReportTemplate.ehnOffentlig.noteSections.map(\.id) {
                    entry.notes[section] = "Svar for \(section) i \(year): \(Vocabulary.notes.randomElement(using: &random) ?? "")"
                }
            }
        }
        for goal in data.plan.goals where goal.year == nil || goal.year == 2025 {
            data.editYear(2025) { $0.goalReports[goal.id] = "Status for 2025: i rute." }
        }
        return data
    }

    func makeRegister(count: Int, plan: inout ActionPlan, random: inout SeededRandom) -> ProcurementRegister {
        var register = ProcurementRegister()
        let highRisk = HighRiskClassifier(plan: plan)
        for index in 0..<count {
            let (category, type) = Vocabulary.categories[index % Vocabulary.categories.count]
            let year = 2023 + index % 3
            var procurement = Procurement(id: "\(year)/\(String(format: "%04d", index + 1))", title: "\(category) \(index + 1)", year: year,
                                          category: category, contractType: type, suppliers: 1 + index % 4,
                                          value: Amount(whole: 100_000 * (1 + Int.random(in: 0..<500, using: &random))))
            if highRisk.isHighRisk(procurement) || index % 2 == 0 {
                procurement.requirements["etikk"] = index % 3 == 0 ? [.qualification, .contract] : [.contract]
            }
            if index % 4 == 0 { procurement.requirements["klima"] = [.award] }
            // The climate rule (from 2024) met as municipalities meet it: mostly a weight, some in
            // the specification or exempted; high-risk agreements get DFØ's self-report in their year.
            if year >= 2024 {
                switch index % 10 {
                case 0: procurement.climate = .exempt(reason: "Ubetydelig klima- og miljøbelastning.")
                case 1: procurement.climate = .inSpecification(reason: "Krav i kravspesifikasjonen gir bedre effekt.")
                case 2: procurement.climate = .weight(Amount(whole: 20) ?? .zero, reason: "Få leverandører kan dokumentere utslipp.", specification: nil)
                default: procurement.climate = .weight(Amount(whole: 30) ?? .zero, reason: nil, specification: nil)
                }
            }
            if highRisk.isHighRisk(procurement), let sent = Day(year: year, month: 2, day: 1 + index % 28) {
                procurement.followUps.append(FollowUp(kind: .selfReporting, date: sent, id: "egenrapportering-\(index + 1)",
                                                      answered: sent.adding(days: 21), outcome: .ok))
            }
            if index % 5 == 0, let day = Day(year: year, month: 1 + index % 12, day: 1 + index % 28) {
                let kind = FollowUpKind.allCases[index % FollowUpKind.allCases.count]
                let answered = kind == .selfReporting ? day.adding(days: 21) : nil
                procurement.followUps.append(FollowUp(kind: kind, date: day,
                                                      note: "Oppfølging gjennomført.", supplier: Vocabulary.suppliers[index % Vocabulary.suppliers.count],
                                                      id: "oppfolging-\(index / 5 + 1)", answered: answered, outcome: answered == nil ? nil : .ok))
            }
            if index % 25 == 0, let day = Day(year: year, month: 1 + index % 12, day: 10) {
                let state: DeviationState = index % 50 == 0 ? .closed : .inProgress
                procurement.deviations.append(Deviation(id: "avvik-\(index / 25 + 1)", type: "Arbeidstid", location: "Underleverandør",
                                                        action: "Korrigerende tiltaksplan", status: state.rawValue, state: state,
                                                        date: day, closed: state == .closed ? day.adding(days: 60) : nil))
            }
            register.procurements.append(procurement)
            if index < plan.measures.count && index % 3 == 0 { plan.measures[index].procurements.append(procurement.id) }
        }
        return register
    }

    /// Updates spread evenly from 2023 to the end of 2025, chronological as real journals are.
    /// Every measure is reported on in 2025, and measures due in 2025 end the year done.
    func makeJournal(plan: ActionPlan, entries: Int, random: inout SeededRandom) -> [StatusUpdate] {
        guard let start = Day(iso: "2023-01-02"), let end = Day(iso: "2025-12-20"), !plan.measures.isEmpty else { return [] }
        let span = start.days(until: end)
        var updates: [StatusUpdate] = []
        updates.reserveCapacity(entries)
        let closing = plan.measures.count
        let open = max(0, entries - closing)
        for index in 0..<open {
            let measure = plan.measures[Int.random(in: 0..<plan.measures.count, using: &random)]
            let day = start.adding(days: span * index / max(open, 1))
            let status: Status = index % 7 == 0 ? .delayed : (index % 2 == 0 ? .inProgress : .planned)
            updates.append(update(measure, status, day, index, random: &random))
        }
        // The year's closing round: one update per measure in December 2025.
        for (index, measure) in plan.measures.prefix(entries).enumerated() {
            let status: Status = measure.due?.year == 2025 ? .done : .inProgress
            updates.append(update(measure, status, end, open + index, random: &random))
        }
        return updates
    }

    private func update(_ measure: Measure, _ status: Status, _ day: Day, _ index: Int, random: inout SeededRandom) -> StatusUpdate {
        let seconds = 28_800 + index % 30_000
        let recorded = "\(day.iso)T\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))Z"
        return StatusUpdate(measure: measure.id, status: status, date: day, by: measure.owner,
                            note: Vocabulary.notes.randomElement(using: &random), recorded: RecordedTime(recorded))
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    // MARK: Writing

    func journalText(_ updates: [StatusUpdate]) -> String {
        var text = JournalCodec.headerLine + "\n"
        text.reserveCapacity(updates.count * 170)
        for update in updates {
            text += JournalCodec.line(for: update)
            text += "\n"
        }
        return text
    }

    func write(_ data: PlanData, to folder: String) throws {
        try fileSystem.createDirectory(joinPath(folder, YearCodec.folderName))
        try fileSystem.writeAtomically(Array(JSONWriter.pretty(PlanCodec.encode(data.plan)).utf8), to: joinPath(folder, PlanCodec.fileName))
        try fileSystem.writeAtomically(Array(JSONWriter.pretty(RegisterCodec.encode(data.register)).utf8), to: joinPath(folder, RegisterCodec.fileName))
        try fileSystem.writeAtomically(Array(journalText(data.journal).utf8), to: joinPath(folder, JournalCodec.fileName))
        for entry in data.yearsInOrder {
            try fileSystem.writeAtomically(Array(JSONWriter.pretty(YearCodec.encode(entry)).utf8),
                                           to: joinPath(folder, YearCodec.folderName, YearCodec.fileName(for: entry.year)))
        }
    }

    // MARK: A network whose members differ

    /// Makes member `member` of a network differ from the others the way real members do: in
    /// size, in how many high-risk procurements got ethical requirements, in how much was
    /// followed up, in how many measures were done on time, in their goals, and (for one) in its
    /// report template and areas.
    func vary(_ data: inout PlanData, member: Int) {
        let stride = member + 1
        for year in data.years.keys {
            data.editYear(year) { entry in
                entry.keyFigures.spend = Amount(whole: 150_000_000 * stride)
                entry.keyFigures.activeContracts = 20 * stride
            }
        }
        let highRisk = data.highRiskClassifier()
        for index in data.register.procurements.indices {
            if highRisk.isHighRisk(data.register.procurements[index]) && index % (member + 2) == 0 {
                data.register.procurements[index].requirements["etikk"] = nil
            }
            if index % stride != 0 { data.register.procurements[index].followUps = [] }
            if index % (member + 3) == 1 { data.register.procurements[index].climate = nil }
        }
        // Measures due in 2025 are reported done on their deadline, except every few.
        for index in data.journal.indices where data.journal[index].status == .done {
            guard let measure = data.plan.measure(data.journal[index].measure), let due = measure.due, due.year == 2025 else { continue }
            if index % (member + 2) != 0 { data.journal[index].date = due.lastDay }
        }
        for index in data.plan.goals.indices where data.plan.goals[index].year == 2025 && index % 3 == 1 {
            let target = [50, 70, 90, 100][(index + member) % 4]
            data.plan.goals[index].target = Target(value: Amount(whole: target) ?? .zero, unit: "%", indicator: .shareHighRiskWithRequirements)
        }
        if member == 3 {
            // A company-style member with three areas: no animal welfare.
            data.plan.reportTemplate = .enterprise
            for index in data.plan.measures.indices { data.plan.measures[index].category = nil }
            let dropped = Set(data.plan.goals.filter { $0.area == "dyrevelferd" }.map(\.id))
            data.plan.measures.removeAll { dropped.contains($0.goal) }
            data.plan.goals.removeAll { dropped.contains($0.id) }
            data.plan.risks = data.plan.risks.map { risk in var risk = risk; if risk.area == "dyrevelferd" { risk.area = nil }; return risk }
            data.plan.areas.removeAll { $0.id == "dyrevelferd" }
            let kept = Set(data.plan.measures.map(\.id))
            data.journal.removeAll { !kept.contains($0.measure) }
            for year in data.years.keys { data.editYear(year) { entry in entry.goalReports = entry.goalReports.filter { !dropped.contains($0.key) } } }
        }
    }
}
