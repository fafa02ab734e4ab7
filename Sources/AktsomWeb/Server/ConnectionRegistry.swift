import Foundation

/// The server's one piece of shared mutable state: how many connections are being served and
/// whether the server is stopping, behind one lock, with a condition to wait for the count to
/// reach zero at shutdown.
final class ConnectionRegistry: @unchecked Sendable {
    private let condition = NSCondition()
    private var active = 0
    private var stopping = false
    private var finished = false
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// Takes a place for a new connection; false when all are taken or the server is stopping.
    func enter() -> Bool {
        condition.withLock {
            guard !stopping, active < maximum else { return false }
            active += 1
            return true
        }
    }

    func leave() {
        condition.withLock {
            active -= 1
            condition.broadcast()
        }
    }

    var count: Int {
        condition.withLock { active }
    }

    var isStopping: Bool {
        condition.withLock { stopping }
    }

    /// Marks the server as stopping; true the first time.
    func beginStopping() -> Bool {
        condition.withLock {
            defer { stopping = true }
            return !stopping
        }
    }

    /// Waits until no connection is left or the deadline passes; true when none is left.
    func waitUntilEmpty(before deadline: Date) -> Bool {
        condition.withLock {
            while active > 0 {
                if !condition.wait(until: deadline) { break }
            }
            return active == 0
        }
    }

    /// Marks the accept loop as done and wakes those waiting for it.
    func markFinished() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    func waitUntilFinished() {
        condition.withLock {
            while !finished { condition.wait() }
        }
    }
}
