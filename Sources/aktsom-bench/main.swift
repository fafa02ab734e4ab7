import AktsomKit
import Foundation

/// What a benchmark command needs from outside: its arguments and where it prints.
struct BenchContext: Sendable {
    let arguments: ParsedArguments
}

let scaleOption = OptionSpec.value("--scale", "SCALE[,SCALE…]", Localized(
    "datasettets størrelse: kommune (150 tiltak), by (2 000 tiltak, 200 000 oppdateringer), nasjonalt (357 kommuner), nettverk (6 ulike medlemmer)",
    en: "the data set's size: municipality (150 measures), city (2,000 measures, 200,000 updates), national (357 municipalities), network (6 members that differ)"))

func scales(_ arguments: ParsedArguments, default all: [Scale]) throws -> [Scale] {
    guard let text = arguments.value("--scale") else { return all }
    // Several scales, comma-separated, run in one go: the write targets compare municipality and city.
    return try text.split(separator: ",", omittingEmptySubsequences: false).map { name in
        guard let scale = Scale(rawValue: String(name)) else {
            throw UsageError(message: Localized("ukjent skala «\(name)»", en: "unknown scale «\(name)»"),
                             notes: [Localized("gyldige verdier: municipality, city, national, network (flere med komma)",
                                               en: "valid values: municipality, city, national, network (several with commas)")],
                             command: CommandSpec<BenchContext>?.none, program: "aktsom-bench")
        }
        return scale
    }
}

/// A whole-number option within `range`, or `fallback` when it is not given. A value that is not
/// such a number is refused: a silently ignored `--runs abc` would time something else.
func wholeNumber(_ arguments: ParsedArguments, _ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
    guard let text = arguments.value(name) else { return fallback }
    guard let number = Int(text), range.contains(number) else {
        throw UsageError(message: Localized("\(name): ugyldig verdi «\(text)»", en: "\(name): invalid value «\(text)»"),
                         notes: [Localized("forventet et heltall fra \(range.lowerBound) til \(range.upperBound)",
                                           en: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")],
                         command: CommandSpec<BenchContext>?.none, program: "aktsom-bench")
    }
    return number
}

/// A plan folder to read, refused with a message when it holds no plan.
func existingPlan(_ arguments: ParsedArguments) throws -> String {
    let folder = arguments.value("--plan") ?? "."
    guard FileManager.default.fileExists(atPath: joinPath(folder, PlanCodec.fileName)) else {
        throw Diagnostic(.data, message: Localized("fant ingen plan i \(folder)", en: "found no plan in \(folder)"),
                         notes: [Localized("lag en med: aktsom-bench generate --out MAPPE", en: "make one with: aktsom-bench generate --out DIR")])
    }
    return folder
}

let generate = CommandSpec<BenchContext>(
    path: ["generate"],
    abstract: Localized("lag realistiske plan-mapper i Aktsoms format, like for samme frø", en: "make realistic plan folders in Aktsom's format, the same for the same seed"),
    options: [scaleOption, .value("--out", "DIR", Localized("mappen datasettet skrives til", en: "the folder to write the data set to"), required: true),
              .value("--seed", "N", Localized("frø for tilfeldige tall (standard 2025)", en: "seed for random numbers (default 2025)"))],
    examples: [Example("aktsom-bench generate --scale city --out /tmp/aktsom-data")]
) { context in
    let out = context.arguments.value("--out") ?? "."
    let seed = UInt64(try wholeNumber(context.arguments, "--seed", in: 0...Int.max, default: 2025))
    for scale in try scales(context.arguments, default: [.municipality]) {
        let folders = try DataSetGenerator(fileSystem: LocalFileSystem()).generate(scale, into: joinPath(out, scale.rawValue), seed: seed)
        print("\(scale.rawValue): \(folders.count.counted("plan", "plans")) under \(joinPath(out, scale.rawValue, "Plans"))")
    }
    return .success
}

let journal = CommandSpec<BenchContext>(
    path: ["journal"],
    abstract: Localized("erstatt journalen i en plan-mappe med en generert av gitt lengde", en: "replace a plan folder's journal with a generated one of a given length"),
    options: [.value("--plan", "DIR", Localized("plan-mappen", en: "the plan folder"), required: true),
              .value("--entries", "N", Localized("antall statusoppdateringer", en: "number of status updates"), required: true)],
    examples: [Example("aktsom-bench journal --plan /tmp/data/municipality/Plans/municipality --entries 1000000")]
) { context in
    let folder = try existingPlan(context.arguments)
    let entries = try wholeNumber(context.arguments, "--entries", in: 0...100_000_000, default: 0)
    try DataSetGenerator(fileSystem: LocalFileSystem()).writeJournal(entries: entries, for: folder, seed: UInt64(entries))
    return .success
}

let decode = CommandSpec<BenchContext>(
    path: ["decode"],
    abstract: Localized("mål lesing av filene og dekoding med Foundations JSONDecoder", en: "time reading the files and decoding them with Foundation's JSONDecoder"),
    discussion: Localized("Skriver to tall i sekunder: bare lesing, og lesing med dekoding.", en: "Prints two numbers in seconds: reading only, and reading with decoding."),
    options: [.value("--plan", "DIR", Localized("plan-mappen", en: "the plan folder"), required: true)],
    examples: [Example("aktsom-bench decode --plan /tmp/data/city/Plans/city")]
) { context in
    let folder = try existingPlan(context.arguments)
    print("\(try Peers.rawRead(folder)) \(try Peers.jsonDecoder(folder))")
    return .success
}

let run = CommandSpec<BenchContext>(
    path: ["run"],
    abstract: Localized("mål den bygde aktsom på datasettene og skriv en tabell med målene", en: "time the built aktsom on the data sets and print a table with the targets"),
    discussion: Localized("Bygg først med swift build -c release; aktsom hentes fra samme mappe som aktsom-bench.",
                          en: "Build first with swift build -c release; aktsom is taken from the same folder as aktsom-bench."),
    options: [scaleOption, .value("--data", "DIR", Localized("mappe for datasettene (lages ved behov)", en: "folder for the data sets (made when needed)")),
              .value("--runs", "N", Localized("antall kjøringer per oppgave (standard 7)", en: "runs per task (default 7)"))],
    examples: [Example("swift build -c release && .build/release/aktsom-bench run"), Example("aktsom-bench run --scale city --runs 5")]
) { context in
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let aktsom = executable.deletingLastPathComponent().appendingPathComponent("aktsom").path
    guard FileManager.default.isExecutableFile(atPath: aktsom) else {
        throw Diagnostic(.data, message: Localized("finner ikke aktsom ved siden av aktsom-bench (\(aktsom))", en: "cannot find aktsom beside aktsom-bench (\(aktsom))"),
                         notes: [Localized("bygg begge med: swift build -c release", en: "build both with: swift build -c release")])
    }
    let data = context.arguments.value("--data") ?? (FileManager.default.temporaryDirectory.path + "/aktsom-bench-data")
    let runs = try wholeNumber(context.arguments, "--runs", in: 1...101, default: 7)
    let machine = ProcessInfo.processInfo
    print("# Aktsom benchmark")
    print("")
    print("\(machine.activeProcessorCount) cores, \(machine.physicalMemory / 1_073_741_824) GiB, \(machine.operatingSystemVersionString); "
          + "\(aktsom.contains("/release/") ? "release" : "DEBUG (use -c release)") build; median of \(runs) runs with the fastest and slowest; whole processes, start included")
    let benchmark = Benchmark(aktsom: aktsom, bench: executable.path, dataFolder: data, runs: runs, print: { print($0) })
    var targets: [Benchmark.Target] = []
    var measured: [Scale: Benchmark.Measured] = [:]
    for scale in try scales(context.arguments, default: [.municipality, .city, .national]) {
        let outcome = try benchmark.run(scale)
        targets += outcome.targets
        measured[scale] = outcome.measured
    }
    if let municipality = measured[.municipality], let city = measured[.city] {
        targets += try benchmark.writeCostTargets(municipality: municipality, city: city)
    }
    print("")
    print("## Targets")
    print("")
    for target in targets {
        print("- \(target.met ? "met" : "NOT MET"): \(target.description)")
    }
    return targets.allSatisfy(\.met) ? .success : .failure
}

let catalog = CommandCatalog<BenchContext>(
    program: "aktsom-bench",
    summary: Localized("ytelsesmåling av Aktsom", en: "Aktsom's benchmark"),
    commands: [generate, run, journal, decode],
    globalOptions: [.flag("--help", Localized("vis denne hjelpen", en: "show this help"))],
    examples: ["aktsom-bench generate --scale municipality --out /tmp/data", "aktsom-bench run --scale city"])

// A run to be measured, started by the benchmark through this fresh, small process (see
// ProcessRunner): start it, wait for it, print what it took, and nothing else.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == ProcessRunner.measureCommand {
    do {
        let run = try ProcessRunner.run(CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3)))
        print(ProcessRunner.measuredLine(run))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let language = ArgumentParser<BenchContext>.languageHint(in: arguments) ?? .en
do {
    switch try ArgumentParser(catalog: catalog).parse(arguments) {
    case .help(let topic): print(Usage.page(for: topic, catalog: catalog, language: language), terminator: "")
    case .version: print("aktsom-bench 1.0.0")
    case .run(let command, let parsed): exit(try command.run(BenchContext(arguments: parsed)).rawValue)
    }
} catch let error as DiagnosticConvertible {
    FileHandle.standardError.write(Data((error.diagnostic.rendered(language) + "\n").utf8))
    exit(error.diagnostic.kind == .usage ? 2 : 1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
