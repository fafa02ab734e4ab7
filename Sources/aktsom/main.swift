import Foundation

// Lives until `exit`, which ends the process without freeing what it holds (see HeldUntilExit).
let held = HeldUntilExit()
let code = Aktsom(catalog: .standard).run(Array(CommandLine.arguments.dropFirst()), surroundings: .live(holdingUntilExit: held))
exit(code.rawValue)
