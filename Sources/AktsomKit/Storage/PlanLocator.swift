/// Finds the plan folder a command works on: `--plan DIR`, else `$AKTSOM_PLAN`, else the only
/// folder under `./Plans`. Most users keep one plan, so they never type the flag.
public enum PlanLocator {
    public static let environmentVariable = "AKTSOM_PLAN"
    public static let plansFolder = "Plans"

    public static func resolve(flag: String?, environment: [String: String], fileSystem: any FileSystem) throws(Diagnostic) -> String {
        if let flag {
            return flag
        }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let candidates = plansUnder(plansFolder, fileSystem: fileSystem)
        switch candidates.count {
        case 1:
            return candidates[0]
        case 0 where fileSystem.fileExists(PlanCodec.fileName):
            // Someone who `cd`-ed into the plan folder: say where to stand instead of "no plan".
            throw Diagnostic(.data, message: Localized("denne mappen er selv en plan-mappe; aktsom kjøres fra mappen som har \(plansFolder)/",
                                                       en: "this folder is itself a plan folder; aktsom runs from the folder that holds \(plansFolder)/"),
                             notes: [Localized("gå dit (cd ../.. når planen ligger i Plans/<navn>), eller oppgi planens mappe med --plan",
                                               en: "go there (cd ../.. when the plan is in Plans/<name>), or name the plan's folder with --plan")])
        case 0:
            throw Diagnostic(.data, message: Localized("fant ingen plan", en: "found no plan"),
                             notes: [Localized("oppgi planen med --plan MAPPE eller \(environmentVariable), eller opprett en med: aktsom init Plans/min-kommune --org \"Min kommune\"",
                                               en: "name the plan with --plan DIR or \(environmentVariable), or create one with: aktsom init Plans/my-town --org \"My town\"")])
        default:
            throw Diagnostic(.usage, message: Localized("det er flere planer under \(plansFolder)/: \(candidates.joined(separator: ", "))",
                                                        en: "there are several plans under \(plansFolder)/: \(candidates.joined(separator: ", "))"),
                             notes: [Localized("velg én med --plan, for eksempel --plan \(candidates[0])",
                                               en: "choose one with --plan, for example --plan \(candidates[0])")])
        }
    }

    /// The folders under `folder` that hold a `plan.json`, sorted.
    public static func plansUnder(_ folder: String, fileSystem: any FileSystem) -> [String] {
        guard fileSystem.isDirectory(folder), let names = try? fileSystem.contentsOfDirectory(folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") }
            .map { joinPath(folder, $0) }
            .filter { fileSystem.fileExists(joinPath($0, PlanCodec.fileName)) }
    }
}
