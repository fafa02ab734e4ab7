import Foundation

/// What others would spend on the same files: reading the bytes, decoding them with
/// Foundation's JSONDecoder into plain Codable structs, and parsing them with Python's json.
enum Peers {
    /// All the files of a plan folder, as Aktsom reads them.
    static func files(in folder: String) -> [String] {
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/years")) ?? []).sorted().map { folder + "/years/" + $0 }
        return [folder + "/plan.json", folder + "/procurements.json", folder + "/journal.jsonl"] + years
    }

    static func bytesOnDisk(_ folder: String) -> Int {
        files(in: folder).reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }

    static func rawRead(_ folder: String) throws -> Double {
        let started = ProcessRunner.monotonicSeconds()
        for file in files(in: folder) { _ = try Data(contentsOf: URL(fileURLWithPath: file)) }
        return ProcessRunner.monotonicSeconds() - started
    }

    /// Decodes every file with JSONDecoder, the journal line by line, and returns the time taken.
    static func jsonDecoder(_ folder: String) throws -> Double {
        let decoder = JSONDecoder()
        let started = ProcessRunner.monotonicSeconds()
        _ = try decoder.decode(PlanFile.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/plan.json")))
        _ = try decoder.decode(RegisterFile.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/procurements.json")))
        for file in files(in: folder) where file.contains("/years/") {
            _ = try decoder.decode(YearFile.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        }
        let journal = try Data(contentsOf: URL(fileURLWithPath: folder + "/journal.jsonl"))
        for line in journal.split(separator: UInt8(ascii: "\n")).dropFirst() {
            _ = try decoder.decode(JournalLine.self, from: Data(line))
        }
        return ProcessRunner.monotonicSeconds() - started
    }

    /// Python's json on the same files (the journal with json.loads per line), timed inside Python
    /// so the interpreter's start is not counted against it. Nil when python3 is missing.
    static func python(_ folder: String) -> Double? {
        let script = """
            import json, sys, time, glob
            folder = sys.argv[1]
            start = time.perf_counter()
            for name in ["plan.json", "procurements.json"] + sorted(glob.glob(folder + "/years/*.json")):
                path = name if name.startswith(folder) else folder + "/" + name
                with open(path, encoding="utf-8") as f:
                    json.load(f)
            with open(folder + "/journal.jsonl", encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        json.loads(line)
            print(time.perf_counter() - start)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, folder]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    // Plain Codable mirrors of the files, what a peer without a parser of its own would write.
    struct PlanFile: Decodable {
        struct Area: Decodable { let id, name: String; let overarchingGoal: String?; let sdgs: [Int]?; let ethical: Bool? }
        struct Target: Decodable { let value: Double; let unit, indicator: String? }
        struct Goal: Decodable { let id, area, title: String; let year: Int?; let target: Target? }
        struct Measure: Decodable {
            let id, goal, title: String
            let description, owner, due, category, audience: String?
            let risks, procurements: [String]?
        }
        struct Risk: Decodable { let id, title: String; let theme, geography, area, overarchingGoal, rationale: String? }
        let format: String
        let version: Int
        let organisation: String
        let period, reportTemplate, reportDeadline: String?
        let areas: [Area]
        let goals: [Goal]
        let measures: [Measure]
        let risks: [Risk]
    }

    struct RegisterFile: Decodable {
        struct FollowUp: Decodable { let kind, date: String; let supplier, note: String? }
        struct Deviation: Decodable { let id, type, `where`, action, status: String; let date, closed: String? }
        struct Procurement: Decodable {
            let id, title: String
            let year: Int?
            let category, contractType: String?
            let suppliers: Int?
            let value: Double?
            let highRisk: Bool?
            let requirements: [String: [String]]?
            let followUps: [FollowUp]?
            let deviations: [Deviation]?
        }
        let format: String
        let version: Int
        let procurements: [Procurement]
    }

    struct YearFile: Decodable {
        struct Note: Decodable { let section, text: String }
        struct GoalReport: Decodable { let goal, status: String }
        struct RiskReport: Decodable { let risk: String; let status, yearGoal, results: String? }
        let format: String
        let version, year: Int
        let keyFigures: [String: Double]?
        let contact: [String: String]?
        let goals: [GoalReport]
        let risks: [RiskReport]
        let notes: [Note]
    }

    struct JournalLine: Decodable {
        let measure, status, date: String
        let by, note, recorded: String?
    }
}
