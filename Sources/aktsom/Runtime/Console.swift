import Foundation

/// Standard output and standard error. Results go to stdout, so they can be piped or
/// redirected; messages and progress go to stderr.
struct Console: Sendable {
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether stderr is a terminal, so progress lines are shown to people and not to scripts.
    var errorIsTerminal: Bool {
        isatty(2) == 1
    }
}
