import Foundation

let code = Aktsom(catalog: .standard).run(Array(CommandLine.arguments.dropFirst()), surroundings: .live())
exit(code.rawValue)
