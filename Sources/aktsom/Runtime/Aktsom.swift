import AktsomKit
import Foundation

/// The program: parse the line, run the command, turn any error into a message for a person and
/// an exit code for a script.
struct Aktsom {
    static let version = "1.0.0"

    let catalog: CommandCatalog<Invocation>

    func run(_ arguments: [String], surroundings: Surroundings) -> ExitCode {
        var language = ArgumentParser<Invocation>.languageHint(in: arguments) ?? .nb
        do {
            let request = try ArgumentParser(catalog: catalog).parse(arguments)
            switch request {
            case .version:
                surroundings.console.out("aktsom \(Aktsom.version)\n")
                return .success
            case .help(let topic):
                surroundings.console.out(Usage.page(for: topic, catalog: catalog, language: language))
                return .success
            case .run(let command, let parsed):
                let settings = try GlobalSettings(parsed, command: command)
                language = settings.language
                let invocation = Invocation(command: command, arguments: parsed, settings: settings, surroundings: surroundings)
                return try command.run(invocation)
            }
        } catch let error as DiagnosticConvertible {
            let diagnostic = error.diagnostic
            surroundings.console.err(diagnostic.rendered(language) + "\n")
            return diagnostic.kind == .usage ? .usage : .failure
        } catch {
            let message = Localized("uventet feil: \(error)", en: "unexpected error: \(error)")
            surroundings.console.err(Diagnostic(message: message).rendered(language) + "\n")
            return .failure
        }
    }
}

extension Surroundings {
    /// The real world: the disk, the system clock (or `AKTSOM_NOW` when a script fixes the
    /// date), the process environment.
    static func live(holdingUntilExit held: HeldUntilExit) -> Surroundings {
        let variables = ProcessInfo.processInfo.environment
        let clock = variables["AKTSOM_NOW"].flatMap(WallClock.fixed(parsing:)) ?? .system
        return Surroundings(fileSystem: LocalFileSystem(), clock: clock, variables: variables, console: Console(), heldUntilExit: held)
    }
}
