import Foundation

/// Log lines collected from other threads, for tests that check what was logged.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func append(_ line: String) {
        lock.withLock { collected.append(line) }
    }

    var lines: [String] {
        lock.withLock { collected }
    }
}
