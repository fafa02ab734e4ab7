import Foundation

/// What a command loaded, held until the process ends instead of being freed piece by piece.
///
/// A city's plan holds 200,000 journal updates, each with its own note; releasing them one by one
/// costs about 15 ms at the end of every command, work the operating system does at once when the
/// process exits. `main.swift` keeps one of these for the life of the process and ends with
/// `exit`, so nothing held here is released. Nothing is ever read back: this only keeps memory.
final class HeldUntilExit: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Any] = []

    func hold(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
