import Foundation

/// One member of a network as `aktsom compare` keeps it: its name, its template and its figures
/// for the year, or why its plan could not be read. Nothing else of the plan is kept, so the
/// memory a comparison needs does not grow with the number of members.
public struct NetworkMember: Sendable, Equatable {
    /// The plan folder, as given or found.
    public let folder: String
    public let organisation: String
    /// The plan's report template (`ehn-offentlig` or `ehn-virksomhet`).
    public let template: String?
    /// The year's figures; nil when the plan could not be read.
    public let figures: YearFigureValues?
    /// Why the plan could not be read.
    public let problem: String?

    /// The problem on one line, for a table or a terminal line.
    public var problemSummary: String {
        TextTable.singleLine(problem ?? "")
    }

    public init(folder: String, organisation: String, template: String?, figures: YearFigureValues?, problem: String?) {
        self.folder = folder
        self.organisation = organisation
        self.template = template
        self.figures = figures
        self.problem = problem
    }
}

/// Finding and reading a network's plan folders.
public enum NetworkMembers {
    /// The plan folders named: a folder holding `plan.json` is one member; any other folder is a
    /// folder of plan folders (such as `Plans`), whose subfolders are the members in name order.
    /// A subfolder without `plan.json` is kept, so it is listed as a member that cannot be read.
    public static func folders(_ given: [String], fileSystem: any FileSystem) throws(PlanError) -> [String] {
        var folders: [String] = []
        for path in given {
            let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            if fileSystem.fileExists(joinPath(trimmed, PlanCodec.fileName)) {
                folders.append(trimmed)
            } else if fileSystem.isDirectory(trimmed) {
                let names = (try? fileSystem.contentsOfDirectory(trimmed)) ?? []
                let subfolders = names.filter { !$0.hasPrefix(".") }.map { joinPath(trimmed, $0) }.filter(fileSystem.isDirectory)
                guard !subfolders.isEmpty else { throw .noPlanFolder(trimmed) }
                folders += subfolders
            } else {
                throw .noPlanFolder(trimmed)
            }
        }
        return folders
    }

    /// Reads every member's figures for the year, several plans at a time on the machine's cores,
    /// keeping only the figures. Members come back in the order given.
    public static func read(_ folders: [String], year: Int, fileSystem: any FileSystem) -> [NetworkMember] {
        let results = Results(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            results.set(index, member(folders[index], year: year, fileSystem: fileSystem))
        }
        return results.all
    }

    static func member(_ folder: String, year: Int, fileSystem: any FileSystem) -> NetworkMember {
        do {
            let loaded = try PlanStore(folder: folder, fileSystem: fileSystem).load()
            if let problem = loaded.problems.first {
                return NetworkMember(folder: folder, organisation: loaded.data.plan.organisation, template: loaded.data.plan.reportTemplate.rawValue,
                                     figures: nil, problem: summary(problem))
            }
            return NetworkMember(folder: folder, organisation: loaded.data.plan.organisation, template: loaded.data.plan.reportTemplate.rawValue,
                                 figures: YearFigureValues(data: loaded.data, year: year), problem: nil)
        } catch {
            return NetworkMember(folder: folder, organisation: lastPathComponent(folder), template: nil, figures: nil,
                                 problem: summary(error.diagnostic))
        }
    }

    /// `plan.json:2:1: filen slutter for tidlig`: where and what, on one line.
    static func summary(_ diagnostic: Diagnostic) -> String {
        (diagnostic.location.map { "\($0.reference): " } ?? "") + diagnostic.message.nb
    }

    /// Results filled in from several threads, each at its own index.
    private final class Results: @unchecked Sendable {
        private var members: [NetworkMember?]
        private let lock = NSLock()

        init(count: Int) { members = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ member: NetworkMember) {
            lock.lock()
            members[index] = member
            lock.unlock()
        }

        var all: [NetworkMember] {
            lock.lock()
            defer { lock.unlock() }
            return members.compactMap { $0 }
        }
    }
}
